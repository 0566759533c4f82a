#include "shell/diagnostics_view.h"

#include "text/diagnostic_text.h"

#include <QHeaderView>
#include <QStyle>

namespace spokewise::views {

namespace {

QIcon severityIcon(const QStyle *style, io::Severity severity)
{
    switch (severity) {
    case io::Severity::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case io::Severity::Warning: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case io::Severity::Info: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString placeText(const io::Diagnostic &d)
{
    if (d.line > 0)
        return DiagnosticsView::tr("line %1, column %2").arg(d.line).arg(d.column);
    return QString::fromStdString(d.path);
}

} // namespace

DiagnosticsView::DiagnosticsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(5);
    setHeaderLabels({tr("Severity"), tr("Message"), tr("Element"), tr("Place"), tr("Rule")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setWordWrap(false);
    header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
}

void DiagnosticsView::setDiagnostics(const io::Diagnostics &diagnostics)
{
    clear();
    if (diagnostics.empty()) {
        auto *item = new QTreeWidgetItem;
        item->setText(MessageColumn, tr("No problems found."));
        item->setIcon(SeverityColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
        addTopLevelItem(item);
        return;
    }
    for (const io::Diagnostic &d : diagnostics) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(SeverityColumn, severityIcon(style(), d.severity));
        item->setText(SeverityColumn, severityText(d.severity));
        const QString message = diagnosticText(d);
        item->setText(MessageColumn, message);
        item->setToolTip(MessageColumn, message);
        item->setText(ElementColumn, QString::fromStdString(d.elementId));
        item->setText(LocationColumn, placeText(d));
        item->setToolTip(LocationColumn, QString::fromStdString(d.path));
        item->setText(RuleColumn, QString::fromStdString(d.ruleId));
        addTopLevelItem(item);
    }
    for (int column : {SeverityColumn, ElementColumn, LocationColumn, RuleColumn})
        resizeColumnToContents(column);
}

} // namespace spokewise::views
