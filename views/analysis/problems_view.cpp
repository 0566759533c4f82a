#include "analysis/problems_view.h"

#include "analysis/finding_text.h"
#include "document/document.h"
#include "text/element_text.h"

#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace spokewise::views {

namespace {

QIcon severityIcon(const QStyle *style, routing::Severity severity)
{
    switch (severity) {
    case routing::Severity::Error:
    case routing::Severity::Unsupported: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case routing::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case routing::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

// Errors first, then unsupported configurations, warnings and information.
int severityRank(routing::Severity severity)
{
    switch (severity) {
    case routing::Severity::Error: return 0;
    case routing::Severity::Unsupported: return 1;
    case routing::Severity::Warning: return 2;
    case routing::Severity::Info: return 3;
    }
    return 4;
}

} // namespace

ProblemsView::ProblemsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("ProblemsView"));
    setColumnCount(4);
    setHeaderLabels({tr("Severity"), tr("Rule"), tr("Elements"), tr("Explanation")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setWordWrap(false);
    header()->setSectionResizeMode(ExplanationColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList ids = item->data(SeverityColumn, ElementIdsRole).toStringList();
        if (!ids.isEmpty())
            emit elementsActivated(ids);
    });
}

void ProblemsView::setAnalysis(const routing::Analysis &analysis, const Design &design)
{
    clear();
    const auto addRow = [this](const QIcon &icon, const QString &severity, const QString &rule,
                               const QStringList &ids, const QStringList &names, const QString &text) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(SeverityColumn, icon);
        item->setText(SeverityColumn, severity);
        item->setData(SeverityColumn, ElementIdsRole, ids);
        item->setText(RuleColumn, rule);
        item->setText(ElementsColumn, names.join(QStringLiteral(", ")));
        item->setToolTip(ElementsColumn, names.join(QStringLiteral("\n")));
        item->setText(ExplanationColumn, text);
        item->setToolTip(ExplanationColumn, text);
        addTopLevelItem(item);
    };

    // Violated intents are what the architect asked for, so they come first.
    for (const routing::IntentResult &r : analysis.intents()) {
        if (r.satisfied)
            continue;
        QStringList ids{toQString(r.intent)};
        QStringList names{elementDisplayName(design, r.intent)};
        addRow(style()->standardIcon(QStyle::SP_MessageBoxCritical), tr("Intent violated"),
               ruleText(r.rule), ids, names, intentResultText(r, design));
    }
    std::vector<const routing::Finding *> findings;
    for (const routing::Finding &f : analysis.findings())
        findings.push_back(&f);
    std::stable_sort(findings.begin(), findings.end(), [](const routing::Finding *a, const routing::Finding *b) {
        return severityRank(a->severity) < severityRank(b->severity);
    });
    for (const routing::Finding *f : findings) {
        QStringList ids;
        QStringList names;
        for (const Id &id : f->elements) {
            ids.append(toQString(id));
            names.append(elementDisplayName(design, id));
        }
        addRow(severityIcon(style(), f->severity), findingSeverityText(f->severity),
               ruleText(f->check), ids, names, findingText(*f, design));
    }
    m_problemCount = topLevelItemCount();
    if (m_problemCount == 0) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(SeverityColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setText(ExplanationColumn, tr("No routing problems: every intent holds and no check fails."));
        addTopLevelItem(item);
    }
    // Severity and rule fit their text; the elements column up to a third of the width (the
    // tooltip lists them all), the explanation takes the rest.
    resizeColumnToContents(SeverityColumn);
    resizeColumnToContents(RuleColumn);
    resizeColumnToContents(ElementsColumn);
    header()->resizeSection(ElementsColumn, std::min(header()->sectionSize(ElementsColumn), std::max(120, width() / 3)));
}

QString problemCountText(int count)
{
    return ProblemsView::tr("%n problem(s)", nullptr, count);
}

} // namespace spokewise::views
