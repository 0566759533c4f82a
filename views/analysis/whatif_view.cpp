#include "analysis/whatif_view.h"

#include "analysis/finding_text.h"
#include "document/document.h"
#include "text/element_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace spokewise::views {

namespace {

QString namesOf(const std::set<Id> &ids, const Design &design)
{
    QStringList names;
    for (const Id &id : ids)
        names.append(elementDisplayName(design, id));
    return names.join(QStringLiteral(", "));
}

} // namespace

QString transitText(const TransitPath &path, const Design &design)
{
    if (path.empty())
        return WhatIfView::tr("directly");
    QStringList names;
    for (const Id &id : path)
        names.append(elementDisplayName(design, id));
    return names.join(QStringLiteral(" → "));
}

WhatIfView::WhatIfView(QWidget *parent)
    : QWidget(parent),
      m_summary(new QLabel(this)),
      m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("WhatIfView"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(4, 4, 4, 4);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Change"), tr("Flow"), tr("Explanation")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(ExplanationColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList ids = item->data(ChangeColumn, ElementIdsRole).toStringList();
        if (!ids.isEmpty())
            emit elementsActivated(ids);
    });
    setReport(nullptr, Design{});
}

QString WhatIfView::summary() const
{
    return m_summary->text();
}

void WhatIfView::setReport(const WhatIfReport *report, const Design &design)
{
    m_list->clear();
    if (!report) {
        m_summary->setText(tr("Nothing is failed. Select an element and choose Fail Element (toolbar or right-click) "
                              "to see which flows its failure loses or moves."));
        return;
    }
    const routing::AnalysisDiff &d = report->diff;
    m_summary->setText(tr("Failed: %1. Compared with the healthy design: %2 lost, %3 moved to another path, "
                          "%4 gained, %5 otherwise changed.")
                           .arg(namesOf(report->failed, design))
                           .arg(d.lost.size())
                           .arg(d.moved.size())
                           .arg(d.gained.size())
                           .arg(d.changed.size()));

    // `sentence` gets the two endpoints' names.
    const auto add = [&](const QString &change, const routing::FlowChange &c, auto &&sentence) {
        const QString from = elementDisplayName(design, c.source);
        const QString to = elementDisplayName(design, c.destination);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ChangeColumn, change);
        item->setText(FlowColumn, tr("%1 → %2").arg(from, to));
        item->setText(ExplanationColumn, sentence(from, to));
        item->setToolTip(ExplanationColumn, item->text(ExplanationColumn));
        item->setData(ChangeColumn, ElementIdsRole, QStringList{toQString(c.source), toQString(c.destination)});
    };
    const auto more = [&](std::size_t count) {
        if (count <= static_cast<std::size_t>(kMaxRowsPerKind))
            return false;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ExplanationColumn, tr("… and %n more", nullptr, static_cast<int>(count - kMaxRowsPerKind)));
        return true;
    };

    // Lost flows matter most, then the ones that survive on another path.
    int shown = 0;
    for (const routing::FlowChange &c : d.lost) {
        if (shown++ == kMaxRowsPerKind)
            break;
        add(tr("Lost"), c, [&](const QString &from, const QString &to) {
            return tr("%1 can no longer reach %2: %3.").arg(from, to, reasonText(c.after.reason));
        });
    }
    more(d.lost.size());
    shown = 0;
    for (const MovedFlow &m : report->moved) {
        if (shown++ == kMaxRowsPerKind)
            break;
        add(tr("Moved"), m.change, [&](const QString &from, const QString &to) {
            if (m.before.empty() && m.after.empty()) // beyond the traced ones
                return tr("%1 still reaches %2, on another path.").arg(from, to);
            return tr("%1 still reaches %2, now through %3 instead of %4.")
                    .arg(from, to, transitText(m.after, design), transitText(m.before, design));
        });
    }
    more(report->moved.size());
    shown = 0;
    for (const routing::FlowChange &c : d.gained) {
        if (shown++ == kMaxRowsPerKind)
            break;
        add(tr("Gained"), c, [](const QString &from, const QString &to) {
            return tr("%1 now reaches %2, which it could not before.").arg(from, to);
        });
    }
    more(d.gained.size());
    shown = 0;
    for (const routing::FlowChange &c : d.changed) {
        if (shown++ == kMaxRowsPerKind)
            break;
        add(tr("Changed"), c, [&](const QString &from, const QString &to) {
            return tr("%1 to %2 was %3 and is now %4: %5.")
                    .arg(from, to, verdictText(c.before.verdict), verdictText(c.after.verdict),
                         reasonText(c.after.reason));
        });
    }
    more(d.changed.size());
    if (m_list->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ExplanationColumn, tr("No flow changes: every flow takes the same path as in the healthy design."));
    }
    for (int c = 0; c < ExplanationColumn; ++c)
        m_list->resizeColumnToContents(c);
}

} // namespace spokewise::views
