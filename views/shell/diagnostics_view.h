#pragma once

#include "io/diagnostic.h"

#include <QTreeWidget>

namespace spokewise::views {

// The findings about the open design, one row each: severity, message, element and place.
class DiagnosticsView final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, ElementColumn, LocationColumn, RuleColumn };

    explicit DiagnosticsView(QWidget *parent = nullptr);

    // Shows `diagnostics`; with none, a single row says the design has no problems.
    void setDiagnostics(const io::Diagnostics &diagnostics);
};

} // namespace spokewise::views
