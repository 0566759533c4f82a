#include "screenshot.h"

#include "designer_window.h"

#include "analysis/analysis_runner.h"
#include "document/document.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPixmap>
#include <QThread>

namespace spokewise::designer {

bool saveSettledScreenshot(DesignerWindow &window, const QString &path, QString *error, int timeoutMs)
{
    views::AnalysisRunner *runner = window.analysisRunner();
    runner->analyzeNow();
    const QDeadlineTimer deadline(timeoutMs);
    // Plain polling: the result arrives through the event loop, and layouts settle in it too.
    while (runner->analysedRevision() != window.document()->revision() || runner->isRunning()) {
        if (deadline.hasExpired()) {
            *error = QStringLiteral("the analysis did not finish within %1 ms").arg(timeoutMs);
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    QCoreApplication::processEvents();
    const QPixmap picture = window.grab();
    if (picture.isNull() || !picture.save(path, "PNG")) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace spokewise::designer
