// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/I18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace todoku::i18n {

namespace {

// The translators are children of the application object, found again by these names; the application
// owns them, so nothing here is a global of our own.
const char* const APP_TRANSLATOR = "todoku-app-translator";
const char* const QT_TRANSLATOR = "todoku-qt-translator";

QTranslator* findTranslator(const char* name)
{
    return QCoreApplication::instance()->findChild<QTranslator*>(QLatin1String(name),
                                                                 Qt::FindDirectChildrenOnly);
}

void removeTranslator(const char* name)
{
    if (QTranslator* t = findTranslator(name)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString languageFor(const QLocale& locale)
{
    return locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool setLanguage(const QString& code)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app) {
        return false;
    }
    const QString lang = availableLanguages().contains(code) ? code : QStringLiteral("en");
    removeTranslator(APP_TRANSLATOR);
    removeTranslator(QT_TRANSLATOR);

    // Qt's own catalog translates standard buttons (QWizard, QDialogButtonBox). Debian ships it in
    // qt6-translations-l10n; a missing file only leaves those buttons in English.
    auto* qt = new QTranslator(app);
    qt->setObjectName(QLatin1String(QT_TRANSLATOR));
    if (lang != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }

    auto* own = new QTranslator(app);
    own->setObjectName(QLatin1String(APP_TRANSLATOR));
    const bool loaded = own->load(QStringLiteral(":/i18n/todoku_") + lang);
    if (loaded) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    app->setProperty("todokuLanguage", lang);
    if (!loaded) {
        // Installing nothing sends no LanguageChange; send one so windows still re-render in English.
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(app, &event);
    }
    return loaded;
}

QString currentLanguage()
{
    const QCoreApplication* app = QCoreApplication::instance();
    const QString lang = app ? app->property("todokuLanguage").toString() : QString();
    return lang.isEmpty() ? QStringLiteral("en") : lang;
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String("ja")) {
        return QStringLiteral("日本語");
    }
    return QStringLiteral("English");
}

} // namespace todoku::i18n
