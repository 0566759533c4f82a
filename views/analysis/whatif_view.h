#pragma once

#include "analysis/whatif_report.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace spokewise::views {

// The What-if dock: what the failed elements change compared with the healthy design, one row per
// flow that was lost, moved to another path (naming the transit before and after, e.g. the
// ExpressRoute circuit, then the VPN connection), gained or otherwise changed. Activating a row
// asks for the flow's two endpoints to be selected.
class WhatIfView final : public QWidget
{
    Q_OBJECT

public:
    enum Column { ChangeColumn, FlowColumn, ExplanationColumn };
    enum Role { ElementIdsRole = Qt::UserRole + 1 };

    explicit WhatIfView(QWidget *parent = nullptr);

    // Shows `report` (null: nothing is failed), naming elements as `design` does.
    void setReport(const WhatIfReport *report, const Design &design);

    QTreeWidget *list() const { return m_list; }
    QString summary() const;
    // Rows shown per kind of change; the rest are counted in a last row.
    static constexpr int kMaxRowsPerKind = 1000;

signals:
    void elementsActivated(const QStringList &ids);

private:
    QLabel *m_summary;
    QTreeWidget *m_list;
};

// The transit as names joined by arrows ("Circuit → ErGateway"), or "directly" when empty.
QString transitText(const TransitPath &path, const Design &design);

} // namespace spokewise::views
