#include "analysis/canvas_legend.h"

#include "analysis/finding_text.h"
#include "analysis/problems_view.h"
#include "analysis/verdict_style.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace spokewise::views {

namespace {

constexpr int kRow = 20;
constexpr int kMargin = 12;

// The colour CanvasMarks' broken-path outline uses (canvas_items.cpp).
const QColor kBrokenColor(0xd0, 0x30, 0x30);

struct LegendRow
{
    QColor color;
    QString glyph;
    QString text;
    bool dashed = false;
};

QList<LegendRow> legendRows(bool dark)
{
    QList<LegendRow> rows;
    for (routing::Verdict v : kAllVerdicts) {
        const VerdictLook look = verdictLook(v, dark);
        rows.append({look.strong, look.glyph, verdictText(v)});
    }
    rows.append({kBrokenColor, QString(), CanvasLegend::tr("on a broken path"), false});
    rows.append({traceColor(dark), QStringLiteral("1"), CanvasLegend::tr("traced flow, hop by hop"), true});
    return rows;
}

} // namespace

CanvasLegend::CanvasLegend(QAbstractScrollArea *canvas)
    : QWidget(canvas),
      m_canvas(canvas),
      m_toggle(new QAction(tr("Analysis &Legend"), this))
{
    setObjectName(QStringLiteral("CanvasLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolTip(tr("Show what the colours on the canvas mean"));
    connect(m_toggle, &QAction::toggled, this, &QWidget::setVisible);
    canvas->installEventFilter(this);
    canvas->viewport()->installEventFilter(this);
    place();
    raise();
}

// The entries flow left to right in as few lines as the canvas width allows, so that the key
// covers little of the diagram.
QList<QRect> CanvasLegend::layoutEntries(int maxWidth, QSize *size) const
{
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    QList<QRect> rects;
    int x = 10;
    int y = 6;
    int widest = 0;
    const auto place = [&](int width) {
        if (x > 10 && x + width > maxWidth - 10) {
            x = 10;
            y += kRow;
        }
        rects.append(QRect(x, y, width, kRow));
        x += width + 14;
        widest = std::max(widest, x - 14);
    };
    place(boldFm.horizontalAdvance(tr("From the selected endpoint:")));
    for (const LegendRow &row : legendRows(false))
        place(28 + fm.horizontalAdvance(row.text));
    *size = QSize(widest + 10, y + kRow + 6);
    return rects;
}

QSize CanvasLegend::sizeHint() const
{
    QSize size;
    layoutEntries(std::max(240, m_canvas->viewport()->width() - 2 * kMargin - 220), &size);
    return size;
}

void CanvasLegend::paintEvent(QPaintEvent *)
{
    const bool dark = isDarkPalette(palette());
    QSize size;
    const QList<QRect> rects = layoutEntries(width(), &size);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor panel = palette().color(QPalette::Base);
    panel.setAlpha(235);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.setBrush(panel);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.setPen(palette().color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(rects.front(), Qt::AlignLeft | Qt::AlignVCenter, tr("From the selected endpoint:"));
    const QList<LegendRow> rows = legendRows(dark);
    for (int i = 0; i < rows.size(); ++i) {
        const LegendRow &row = rows[i];
        const QRect r = rects[i + 1];
        const QRectF swatch(r.left(), r.top() + 3, 22, kRow - 6);
        QPen pen(row.color, 2.5);
        if (row.dashed)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(swatch, 4, 4);
        if (!row.glyph.isEmpty()) {
            p.setFont(bold);
            p.setPen(row.color);
            p.drawText(swatch, Qt::AlignCenter, row.glyph);
        }
        p.setFont(font());
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(r.left() + 28, r.top(), r.width() - 28, kRow), Qt::AlignLeft | Qt::AlignVCenter, row.text);
    }
}

bool CanvasLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void CanvasLegend::place()
{
    const QRect area = m_canvas->viewport()->geometry();
    const QSize size = sizeHint();
    setGeometry(area.left() + kMargin, area.bottom() - size.height() - kMargin, size.width(), size.height());
}

ProblemsBadge::ProblemsBadge(QAbstractScrollArea *canvas)
    : QToolButton(canvas),
      m_canvas(canvas)
{
    setObjectName(QStringLiteral("ProblemsBadge"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Open the Problems list"));
    canvas->installEventFilter(this);
    canvas->viewport()->installEventFilter(this);
    updateLook();
    raise();
}

void ProblemsBadge::setProblems(int count, int errors)
{
    m_count = count;
    m_errors = errors;
    updateLook();
}

void ProblemsBadge::updateLook()
{
    setText(problemCountText(m_count));
    // The application's palette: this button's own is the style sheet's.
    const bool dark = isDarkPalette(QApplication::palette());
    m_dark = dark;
    const VerdictLook look = verdictLook(m_errors > 0 ? routing::Verdict::Unreachable
                                         : m_count > 0 ? routing::Verdict::Asymmetric
                                                       : routing::Verdict::Reachable, dark);
    setStyleSheet(QStringLiteral("QToolButton { background: %1; color: %2; border: 1px solid %2; border-radius: 10px;"
                                 " padding: 3px 10px; font-weight: bold; }")
                          .arg(look.fill.name(), look.strong.name()));
    adjustSize();
    place();
}

bool ProblemsBadge::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        place();
    // The style sheet keeps this button's own palette, so the canvas tells when the theme changes.
    if (event->type() == QEvent::PaletteChange && isDarkPalette(QApplication::palette()) != m_dark)
        updateLook();
    return QToolButton::eventFilter(watched, event);
}

void ProblemsBadge::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        && isDarkPalette(QApplication::palette()) != m_dark)
        updateLook();
    QToolButton::changeEvent(event);
}

void ProblemsBadge::place()
{
    const QRect area = m_canvas->viewport()->geometry();
    const QSize size = sizeHint();
    setGeometry(area.right() - size.width() - kMargin, area.top() + kMargin, size.width(), size.height());
}

} // namespace spokewise::views
