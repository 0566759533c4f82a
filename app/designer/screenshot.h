#pragma once

// `spokewise --screenshot FILE`: the designer opens, analyses its design, saves a picture of its
// window and exits. The install test runs it from the installed path; it also makes doc images.

#include <QString>

namespace spokewise::designer {

class DesignerWindow;

// Waits until the window's design has been analysed (at most `timeoutMs`), then saves the window
// as a PNG. Returns whether the analysis finished and the file was written; `error` says why not.
bool saveSettledScreenshot(DesignerWindow &window, const QString &path, QString *error, int timeoutMs = 60000);

} // namespace spokewise::designer
