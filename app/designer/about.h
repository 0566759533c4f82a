#pragma once

// The About box's text: what Spokewise is, its version and licence, the price catalog it prices
// with, the Qt it runs on and where the documentation is.

#include <QCoreApplication>
#include <QString>

namespace spokewise::designer {

// The licence Spokewise is distributed under (LICENSE at the top of the repository).
inline constexpr char kLicence[] = "MIT";

// Rich text for QMessageBox::about(); every sentence is translated.
QString aboutText();

// Where the user guide is on this computer: the installed copy (share/doc/spokewise), else the
// source tree's docs/ for a developer build. Empty when neither exists.
QString findUserGuide();

// The About box's texts, in one translation context.
class AboutText
{
    Q_DECLARE_TR_FUNCTIONS(spokewise::designer::AboutText)
};

} // namespace spokewise::designer
