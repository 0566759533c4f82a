#pragma once

#include <QToolButton>
#include <QWidget>

class QAbstractScrollArea;
class QAction;

namespace spokewise::views {

// A small key in the canvas's bottom-left corner: what the verdict outlines, the broken-path
// marks and the traced path mean. Shown and hidden by toggleAction() (View menu).
class CanvasLegend final : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasLegend(QAbstractScrollArea *canvas);
    QAction *toggleAction() const { return m_toggle; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
    QList<QRect> layoutEntries(int maxWidth, QSize *size) const;

    QAbstractScrollArea *m_canvas;
    QAction *m_toggle;
};

// "N problems" in the canvas's top-right corner, red while something fails; clicking it asks
// for the Problems dock.
class ProblemsBadge final : public QToolButton
{
    Q_OBJECT

public:
    explicit ProblemsBadge(QAbstractScrollArea *canvas);
    // `errors`: errors, unsupported configurations and violated intents among the `count` problems.
    void setProblems(int count, int errors);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void place();
    void updateLook();

    QAbstractScrollArea *m_canvas;
    int m_count = 0;
    int m_errors = 0;
    bool m_dark = false;
};

} // namespace spokewise::views
