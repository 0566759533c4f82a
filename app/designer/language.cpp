#include "language.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace spokewise::designer {

QString storedLanguage(const QSettings &settings)
{
    const QString value = settings.value(QLatin1String(kLanguageKey)).toString();
    // A hand-edited or future value must not leave the user with no way back: treat it as "system".
    if (value == QLatin1String(kEnglish) || value == QLatin1String(kChinese))
        return value;
    return {};
}

void storeLanguage(QSettings &settings, const QString &language)
{
    if (language.isEmpty())
        settings.remove(QLatin1String(kLanguageKey));
    else
        settings.setValue(QLatin1String(kLanguageKey), language);
    settings.sync();
}

QString resolveLanguage(const QString &choice, const QLocale &system)
{
    if (choice == QLatin1String(kEnglish) || choice == QLatin1String(kChinese))
        return choice;
    // zh_TW and zh_HK read Traditional script; Simplified Chinese would be the wrong script for them.
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalHanScript)
        return QString::fromLatin1(kChinese);
    return QString::fromLatin1(kEnglish);
}

Translations::Translations(const QString &language, const QString &appDir, const QString &qtDir)
    : m_language(language)
{
    if (language == QLatin1String(kEnglish))
        return;
    m_appLoaded = m_app.load(QStringLiteral("spokewise_") + language, appDir);
    if (m_appLoaded)
        QCoreApplication::installTranslator(&m_app);
    // Qt's buttons and standard dialogs (Open, Save, Cancel…); missing when qt6-translations-l10n is not installed.
    m_qtLoaded = m_qt.load(QStringLiteral("qtbase_") + language, qtDir);
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
}

Translations::~Translations()
{
    if (m_appLoaded)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
}

QMenu *createLanguageMenu(QWidget *parent, QSettings *settings)
{
    auto *menu = new QMenu(LanguageText::tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("LanguageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = settings ? storedLanguage(*settings) : storedLanguage(QSettings());
    const struct
    {
        QString code;
        QString label;
    } choices[] = {
            {QString(), LanguageText::tr("&System language")},
            // Each language in its own script, so that it can be found whatever the UI shows now.
            {QString::fromLatin1(kEnglish), QStringLiteral("English")},
            {QString::fromLatin1(kChinese), QStringLiteral("简体中文")},
    };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.label);
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        action->setData(choice.code);
        group->addAction(action);
    }
    QObject::connect(group, &QActionGroup::triggered, menu, [parent, settings](QAction *action) {
        const QString code = action->data().toString();
        if (settings) {
            storeLanguage(*settings, code);
        } else {
            QSettings appSettings;
            storeLanguage(appSettings, code);
        }
        // Not modal-blocking: the choice is already stored, the note only says when it applies.
        auto *note = new QMessageBox(QMessageBox::Information, LanguageText::tr("Language"),
                                     LanguageText::tr("The language changes when Spokewise is started again."),
                                     QMessageBox::Ok, parent);
        note->setObjectName(QStringLiteral("LanguageRestartNote"));
        note->setAttribute(Qt::WA_DeleteOnClose);
        note->open();
    });
    return menu;
}

} // namespace spokewise::designer
