// SPDX-License-Identifier: GPL-3.0-or-later
// todoku entry point: the desktop application.
#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "translations/I18n.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("todoku"));
    QApplication::setApplicationDisplayName(QStringLiteral("Todoku"));
    QApplication::setOrganizationName(QStringLiteral("Todoku"));
    QApplication::setApplicationVersion(QStringLiteral(TODOKU_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("jp.todoku.Todoku"));
    const todoku::AresLibrary ares;

    QSettings store;
    AppSettings settings(&store);
    // The first start follows the system locale; later starts use the language chosen in the menu.
    const QString saved = settings.language();
    todoku::i18n::setLanguage(saved.isEmpty() ? todoku::i18n::languageFor(QLocale::system()) : saved);

    todoku::AresResolver resolver(settings.dnsSettings());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Finds out why mail does not reach Gmail and helps you fix it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption offline(
        QStringLiteral("offline"),
        QCoreApplication::translate("main", "Do not re-check the message with DNS."));
    parser.addOption(offline);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "A message (.eml) to analyse."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    MainWindow window(&resolver, &settings);
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        window.openMessage(parser.positionalArguments().first(), !parser.isSet(offline));
    }
    return app.exec();
}
