// SPDX-License-Identifier: GPL-3.0-or-later
// ShotDomainCheck: runs the Domain check workspace inside the main window against its own copy of the DNS
// fixture (tests/zones) and saves pictures of the report (scripts/screenshots runs it under Xvfb). Not a
// test: a tool to look at the layout.
//   ShotDomainCheck OUTDIR LANG [PENDING.json]
// PENDING.json (translations/pending/*.json merged) supplies Japanese for strings not yet in the catalog.
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/smtp/DnsblCheck.h"
#include "tests/support/TestEnvironment.h"
#include "translations/I18n.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/check/DomainCheckPane.h"

using namespace Qt::StringLiterals;

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QTest::qWait(30);
    }
}

/** Expands the rows whose status is not plain OK, and the Gmail list. */
void expandProblems(QTreeWidget* tree)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = tree->topLevelItem(i);
        const QString status = row->data(0, DomainCheckPane::STATUS_ROLE).toString();
        if (status == u"error" || status == u"warning"
            || row->data(0, DomainCheckPane::CHECK_ROLE).toString() == u"gmail-requirements") {
            row->setExpanded(true);
            for (int c = 0; c < row->childCount(); ++c) {
                const QString s = row->child(c)->data(0, DomainCheckPane::STATUS_ROLE).toString();
                row->child(c)->setExpanded(s == u"error" || s == u"fail");
            }
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qWarning("usage: ShotDomainCheck OUTDIR LANG");
        return 2;
    }
    const QString out = args.at(1);
    const QString lang = args.at(2);
    QDir().mkpath(out);
    QTemporaryDir state;
    QString error;
    const auto port =
        todoku::test::startExtraNamed(state.path(), todoku::test::sourcePath(u"zones"_s), &error);
    if (!port) {
        qWarning("cannot start named: %s", qPrintable(error));
        return 1;
    }
    QTemporaryDir config;
    QSettings store(config.filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(&store);
    todoku::i18n::setLanguage(lang);
    todoku::AresLibrary ares;
    todoku::DnsServer server;
    server.address = QHostAddress::LocalHost;
    server.port = *port;
    todoku::AresResolver resolver(todoku::test::fixtureSettings(server));
    int status = 0;
    {
        MainWindow window(&resolver, &settings);
        window.resize(1100, 720);
        window.show();
        window.showWorkspace(2);
        auto* pane = window.findChild<DomainCheckPane*>();
        pane->setDnsblLists(todoku::test::fixtureDnsblLists());
        todoku::audit::AuthoritativeCheckOptions authoritative;
        authoritative.port = server.port; // the zones' NS records name the fixture on 127.0.0.1
        pane->setAuthoritativeOptions(authoritative);
        auto* tabs = pane->findChild<QTabWidget*>(u"detailsTabWidget"_s);
        auto* checklist = pane->findChild<QTreeWidget*>(u"checklistTreeWidget"_s);

        auto shot = [&](const QString& name) {
            settle();
            window.grab().save(out + u"/check-"_s + name + u'-' + lang + u".png"_s);
        };
        auto run = [&](const QString& domain, const QString& ips, const QString& helo, const QString& sel) {
            pane->setInputs(domain, ips, helo, sel);
            QSignalSpy done(pane, &DomainCheckPane::checkFinished);
            if (!pane->startCheck() || !done.wait(20000)) {
                qWarning("the check of %s did not finish", qPrintable(domain));
                status = 1;
            }
        };

        shot(u"1-intro"_s);
        pane->setInputs(u"localhost"_s);
        pane->startCheck();
        shot(u"2-invalid"_s);

        run(u"good.audit.test"_s, u"198.51.100.10, 2001:db8:1ad::10"_s, u"mx.good.audit.test"_s, u"s1"_s);
        checklist->topLevelItem(checklist->topLevelItemCount() - 1)->setExpanded(true);
        shot(u"3-good"_s);
        checklist->scrollToBottom();
        shot(u"3-good-gmail"_s);

        run(u"softfail.audit.test"_s, u"198.51.100.20, 198.51.100.30"_s, u"mail.softfail.audit.test"_s, {});
        expandProblems(checklist);
        shot(u"4-problems"_s);
        checklist->scrollToBottom();
        shot(u"5-problems-gmail"_s);

        run(u"chain.spf.test"_s, u"203.0.113.5"_s, {}, {});
        tabs->setCurrentIndex(1);
        pane->findChild<QTreeWidget*>(u"spfTreeWidget"_s)->expandAll();
        shot(u"6-spf-tree"_s);
        tabs->setCurrentIndex(2);
        shot(u"7-dns-queries"_s);
    }
    todoku::test::stopExtraNamed(state.path());
    return status;
}
