#pragma once

#include "design/design.h"
#include "routing/analysis.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace spokewise::views {

// The Routes dock: the effective routes of the selected subnet, gateway, hub, on-premises site or
// P2S client group, with origin, rule and validity; for a destination typed in, the route that
// wins is marked and "why this route wins" is spelled out from the selection's rule codes.
class RoutesView final : public QWidget
{
    Q_OBJECT

public:
    enum Column { PrefixColumn, NextHopColumn, OriginColumn, RuleColumn, StateColumn };
    enum Role { WinnerRole = Qt::UserRole + 1 };

    explicit RoutesView(QWidget *parent = nullptr);

    void setAnalysis(std::shared_ptr<const routing::Analysis> analysis, const Design &design);
    // Shows the routes of this element (kept when it holds none: the dock says so).
    void setElement(const QString &id);
    void setDestination(const QString &address);
    QString element() const { return m_element; }

    QTreeWidget *routeList() const { return m_routes; }
    QString explanation() const;
    QString title() const;

private:
    void refresh();

    std::shared_ptr<const routing::Analysis> m_analysis;
    Design m_design;
    QString m_element;
    QLabel *m_title;
    QLineEdit *m_destination;
    QTreeWidget *m_routes;
    QLabel *m_why;
};

} // namespace spokewise::views
