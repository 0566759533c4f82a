#pragma once

// The language of the designer's texts: English or Simplified Chinese, following the system
// unless the user chose one in Settings › Language (stored in QSettings, applied at start-up).

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

class QMenu;
class QSettings;
class QWidget;

namespace spokewise::designer {

// The QSettings key of the user's choice: absent or "" follows the system; "en" or "zh_CN".
inline constexpr char kLanguageKey[] = "ui/language";
inline constexpr char kEnglish[] = "en";
inline constexpr char kChinese[] = "zh_CN";

// The stored choice ("" when there is none or it names no language Spokewise has).
QString storedLanguage(const QSettings &settings);
void storeLanguage(QSettings &settings, const QString &language);

// The language in force, "en" or "zh_CN": the choice, or for "" the system's (Chinese in any
// Simplified-script locale, English otherwise).
QString resolveLanguage(const QString &choice, const QLocale &system);

// Spokewise's and Qt's translators for one language, installed into the application for as long
// as this object lives. English needs none.
class Translations
{
public:
    // `appDir` holds spokewise_<lang>.qm (":/i18n" in the designer, where the build embeds it);
    // `qtDir` holds Qt's qtbase_<lang>.qm (QLibraryInfo::TranslationsPath, from qt6-translations-l10n).
    Translations(const QString &language, const QString &appDir, const QString &qtDir);
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    QString language() const { return m_language; }
    bool appLoaded() const { return m_appLoaded; }
    bool qtLoaded() const { return m_qtLoaded; }

private:
    QString m_language;
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appLoaded = false;
    bool m_qtLoaded = false;
};

// The Settings › Language menu: System, English, 简体中文. A choice is stored at once and takes
// effect when Spokewise starts again (every text is built when its widget is). `settings` is where
// the choice goes; null means the application's QSettings().
QMenu *createLanguageMenu(QWidget *parent, QSettings *settings = nullptr);

// The texts of the language menu, in one translation context.
class LanguageText
{
    Q_DECLARE_TR_FUNCTIONS(spokewise::designer::LanguageText)
};

} // namespace spokewise::designer
