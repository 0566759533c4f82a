#pragma once

#include "design/design.h"
#include "routing/analysis.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace spokewise::views {

class MatrixModel;

// The Reachability matrix dock: every endpoint to every other, a colour and a glyph per verdict,
// a name filter and "problems only". Clicking a cell asks for its trace.
class MatrixView final : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixView(QWidget *parent = nullptr);

    void setAnalysis(std::shared_ptr<const routing::Analysis> analysis, const Design &design);
    MatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *problemsOnlyBox() const { return m_problemsOnly; }

signals:
    // A cell was clicked: trace the flow from -> to.
    void flowActivated(const QString &fromId, const QString &toId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    MatrixModel *m_model;
    QTableView *m_table;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QLabel *m_summary;
};

} // namespace spokewise::views
