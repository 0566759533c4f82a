#pragma once

#include "design/design.h"
#include "routing/analysis.h"

#include <QTreeWidget>

namespace spokewise::views {

// The routing problems of the open design, one row each: error, warning and information
// findings of ROUTING.md §8 and violated intents, with the rule, the elements and a plain-language
// explanation. Activating a row asks for its elements to be selected on the canvas.
class ProblemsView final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, ElementsColumn, ExplanationColumn };
    enum Role { ElementIdsRole = Qt::UserRole + 1 };

    explicit ProblemsView(QWidget *parent = nullptr);

    // Shows the problems of `analysis`, naming elements as they are called in `design`.
    void setAnalysis(const routing::Analysis &analysis, const Design &design);
    int problemCount() const { return m_problemCount; }

signals:
    void elementsActivated(const QStringList &ids);

private:
    int m_problemCount = 0;
};

// "No problems", "1 problem", "N problems" (translated) for the status bar.
QString problemCountText(int count);

} // namespace spokewise::views
