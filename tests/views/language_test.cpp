// Language and About: a Chinese system gets Chinese texts, a choice made in Settings › Language is
// stored and wins at the next start, Qt's own buttons follow, and the About box names the version,
// the licence and the price catalog.
#include "about.h"
#include "designer_window.h"
#include "language.h"

#include "cost/price_catalog.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

using namespace spokewise;
using namespace spokewise::designer;

namespace {

const QString kQtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);

// What main() does at start-up, with the settings and the system locale given by the test.
QString languageAtStartup(const QSettings &settings, const QLocale &system)
{
    return resolveLanguage(storedLanguage(settings), system);
}

QStringList menuTitles(const QMainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

TEST_CASE("without a choice the language follows the system: Simplified Chinese or English", "[designer][language]")
{
    CHECK(resolveLanguage({}, QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("zh_CN"));
    CHECK(resolveLanguage({}, QLocale(QStringLiteral("zh_SG"))) == QStringLiteral("zh_CN"));
    CHECK(resolveLanguage({}, QLocale(QStringLiteral("zh_TW"))) == QStringLiteral("en"));
    CHECK(resolveLanguage({}, QLocale(QStringLiteral("en_GB"))) == QStringLiteral("en"));
    CHECK(resolveLanguage({}, QLocale(QStringLiteral("de_DE"))) == QStringLiteral("en"));
    CHECK(resolveLanguage(QStringLiteral("en"), QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("en"));
    CHECK(resolveLanguage(QStringLiteral("zh_CN"), QLocale(QStringLiteral("fr_FR"))) == QStringLiteral("zh_CN"));
}

TEST_CASE("the chosen language is stored and honoured at the next start", "[designer][language]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QLocale english(QStringLiteral("en_US"));
    const QLocale chinese(QStringLiteral("zh_CN"));

    CHECK(languageAtStartup(settings, english) == QStringLiteral("en"));
    CHECK(languageAtStartup(settings, chinese) == QStringLiteral("zh_CN"));

    storeLanguage(settings, QStringLiteral("zh_CN"));
    QSettings reopened(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    CHECK(storedLanguage(reopened) == QStringLiteral("zh_CN"));
    CHECK(languageAtStartup(reopened, english) == QStringLiteral("zh_CN"));

    storeLanguage(settings, QStringLiteral("en"));
    CHECK(languageAtStartup(QSettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat), chinese)
          == QStringLiteral("en"));

    // Back to "system" removes the key; a value Spokewise does not know is treated the same.
    storeLanguage(settings, QString());
    CHECK_FALSE(settings.contains(QLatin1String(kLanguageKey)));
    settings.setValue(QLatin1String(kLanguageKey), QStringLiteral("klingon"));
    CHECK(storedLanguage(settings).isEmpty());
    CHECK(languageAtStartup(settings, english) == QStringLiteral("en"));
}

TEST_CASE("with Chinese chosen the designer and Qt's own buttons read in Chinese", "[designer][language]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    storeLanguage(settings, QStringLiteral("zh_CN"));
    {
        const Translations translations(languageAtStartup(settings, QLocale(QStringLiteral("en_US"))),
                                        QStringLiteral(SPOKEWISE_QM_DIR), kQtTranslations);
        CHECK(translations.language() == QStringLiteral("zh_CN"));
        REQUIRE(translations.appLoaded());
        REQUIRE(translations.qtLoaded()); // qt6-translations-l10n, installed by scripts/setup-deps.sh

        DesignerWindow window;
        const QStringList titles = menuTitles(window);
        REQUIRE_FALSE(titles.isEmpty());
        CHECK(titles.first() == QStringLiteral("文件(&F)"));
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("取消"));
    }
    // Removed with the Translations object: the other tests see English again.
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
    DesignerWindow window;
    CHECK(menuTitles(window).first() == QStringLiteral("&File"));
}

TEST_CASE("English needs no translation files", "[designer][language]")
{
    const Translations translations(QStringLiteral("en"), QStringLiteral(SPOKEWISE_QM_DIR), kQtTranslations);
    CHECK_FALSE(translations.appLoaded());
    CHECK_FALSE(translations.qtLoaded());
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Cancel"));
}

TEST_CASE("Settings › Language stores the choice and says it applies after a restart", "[designer][language]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    storeLanguage(settings, QStringLiteral("en"));
    QWidget parent;
    QMenu *menu = createLanguageMenu(&parent, &settings);
    const auto actions = menu->actions();
    REQUIRE(actions.size() == 3);
    CHECK(actions[0]->text() == QStringLiteral("&System language"));
    CHECK(actions[1]->text() == QStringLiteral("English"));
    CHECK(actions[2]->text() == QStringLiteral("简体中文"));
    CHECK(actions[1]->isChecked()); // the stored choice

    actions[2]->trigger();
    CHECK(storedLanguage(QSettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat))
          == QStringLiteral("zh_CN"));
    auto *note = parent.findChild<QMessageBox *>(QStringLiteral("LanguageRestartNote"));
    REQUIRE(note);
    CHECK(note->text().contains(QStringLiteral("started again")));
    note->close();

    actions[0]->trigger();
    CHECK_FALSE(settings.contains(QLatin1String(kLanguageKey)));

    // The designer offers the same menu under Settings.
    DesignerWindow window;
    CHECK(window.findChild<QMenu *>(QStringLiteral("LanguageMenu")) != nullptr);
    CHECK(menuTitles(window).contains(QStringLiteral("&Settings")));
}

TEST_CASE("the About box names the version, the licence, the price catalog and Qt", "[designer][about]")
{
    const QString text = aboutText();
    CHECK(text.contains(QStringLiteral("<h3>Spokewise " SPOKEWISE_VERSION "</h3>")));
    CHECK(text.contains(QStringLiteral("MIT licence")));
    const cost::PriceCatalog &catalog = cost::bundledCatalog();
    CHECK(text.contains(QStringLiteral("the bundled catalog of %1, in %2")
                                .arg(QString::fromStdString(catalog.date), QString::fromStdString(catalog.currency))));
    CHECK(text.contains(QStringLiteral("running on Qt %1").arg(QString::fromLatin1(qVersion()))));
    CHECK(text.contains(QStringLiteral("href=\"https://spokewise.example\"")));
    // A developer build finds the user guide in the source tree.
    CHECK(text.contains(QStringLiteral("docs/user-guide.md\">User guide</a>")));
}
