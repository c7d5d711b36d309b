// SPDX-License-Identifier: GPL-3.0-or-later
// DomainCheckPane (offscreen) against the named fixture (tests/zones/audit.test.zone and friends): the
// checklist fills in item by item, cancel, a non-answering server, inputs, export, language switch.
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUdpSocket>

#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/dns/DnsText.h"
#include "core/smtp/DnsblCheck.h"
#include "tests/support/TestEnvironment.h"
#include "translations/I18n.h"
#include "ui/AppSettings.h"
#include "ui/check/DomainCheckPane.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

QStringList rowKeys(const QTreeWidget* tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = tree->topLevelItem(i);
        out.append(row->data(0, DomainCheckPane::CHECK_ROLE).toString() + u':'
                   + row->data(0, DomainCheckPane::SUBJECT_ROLE).toString() + u'='
                   + row->data(0, DomainCheckPane::STATUS_ROLE).toString());
    }
    return out;
}

QTreeWidgetItem* rowFor(const QTreeWidget* tree, const QString& check, const QString& subject = {})
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = tree->topLevelItem(i);
        if (row->data(0, DomainCheckPane::CHECK_ROLE).toString() == check
            && (subject.isEmpty() || row->data(0, DomainCheckPane::SUBJECT_ROLE).toString() == subject)) {
            return row;
        }
    }
    return nullptr;
}

QStringList childIds(const QTreeWidgetItem* row, int role)
{
    QStringList out;
    for (int i = 0; i < row->childCount(); ++i) {
        out.append(row->child(i)->data(0, role).toString());
    }
    return out;
}

QTreeWidgetItem* childWith(const QTreeWidgetItem* row, int role, const QString& value)
{
    for (int i = 0; i < row->childCount(); ++i) {
        if (row->child(i)->data(0, role).toString() == value) {
            return row->child(i);
        }
    }
    return nullptr;
}

} // namespace

class TestDomainCheckPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checkFillsTheChecklist();
    void failingItemsShowTheirFindings();
    void spfIncludeTreeShowsLookupCounts();
    void cancelReturnsToIdle();
    void staysResponsiveWhileAServerTimesOut();
    void invalidInputsSayWhy_data();
    void invalidInputsSayWhy();
    void unicodeDomainIsAccepted();
    void copyAndExportTheReport();
    void languageSwitchRetranslatesTheReport();
    void languageSwitchWhileChecking();
    void inputsAreRemembered();

private:
    void makePane(const DnsResolverSettings& settings);
    bool runCheck(const QString& domain,
                  const QString& ips = {},
                  const QString& helo = {},
                  const QString& selectors = {});

    AresLibrary m_ares;
    DnsResolverSettings m_settings;
    std::unique_ptr<AresResolver> m_resolver;
    std::unique_ptr<DomainCheckPane> m_pane;
    QTreeWidget* m_checklist = nullptr;
};

void TestDomainCheckPane::initTestCase()
{
    QVERIFY(m_ares.isInitialized());
}

void TestDomainCheckPane::init()
{
    i18n::setLanguage(u"en"_s);
    TODOKU_REQUIRE_FIXTURE(server);
    m_settings = test::fixtureSettings(server);
    makePane(m_settings);
}

void TestDomainCheckPane::makePane(const DnsResolverSettings& settings)
{
    m_pane.reset();
    m_resolver = std::make_unique<AresResolver>(settings);
    m_pane = std::make_unique<DomainCheckPane>(m_resolver.get());
    m_pane->setDnsblLists(test::fixtureDnsblLists());
    audit::AuthoritativeCheckOptions authoritative;
    authoritative.port = settings.servers.value(0).port;
    m_pane->setAuthoritativeOptions(authoritative);
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_checklist = m_pane->findChild<QTreeWidget*>(u"checklistTreeWidget"_s);
    QVERIFY(m_checklist);
}

void TestDomainCheckPane::cleanup()
{
    m_pane.reset();
    m_resolver.reset();
    i18n::setLanguage(u"en"_s);
}

bool TestDomainCheckPane::runCheck(const QString& domain,
                                   const QString& ips,
                                   const QString& helo,
                                   const QString& selectors)
{
    m_pane->setInputs(domain, ips, helo, selectors);
    QSignalSpy done(m_pane.get(), &DomainCheckPane::checkFinished);
    QTest::mouseClick(m_pane->findChild<QPushButton*>(u"checkButton"_s), Qt::LeftButton);
    return done.count() == 1 || done.wait(20000);
}

void TestDomainCheckPane::checkFillsTheChecklist()
{
    auto* cancel = m_pane->findChild<QPushButton*>(u"cancelButton"_s);
    auto* check = m_pane->findChild<QPushButton*>(u"checkButton"_s);
    auto* progress = m_pane->findChild<QProgressBar*>(u"progressBar"_s);
    QVERIFY(!cancel->isEnabled());
    m_pane->setInputs(
        u"good.audit.test"_s, u"198.51.100.10, 2001:db8:1ad::10"_s, u"mx.good.audit.test"_s, u"s1"_s);
    QSignalSpy done(m_pane.get(), &DomainCheckPane::checkFinished);
    QTest::keyClick(m_pane->findChild<QLineEdit*>(u"domainLineEdit"_s), Qt::Key_Return);
    // The rows are there at once, all waiting for their answers; the Gmail list comes last.
    QVERIFY(m_pane->isBusy());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!check->isEnabled());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->value(), 0);
    QCOMPARE(m_checklist->topLevelItemCount(), 17);
    QCOMPARE(rowKeys(m_checklist).first(), u"mx:good.audit.test=running"_s);
    QCOMPARE(rowKeys(m_checklist).last(), u"gmail-requirements:good.audit.test=pending"_s);
    QCOMPARE(m_checklist->topLevelItem(0)->text(1), u"Checking…"_s);

    // Each row fills in as its item finishes: count how the progress grows.
    QList<int> seen;
    connect(m_pane->findChild<QProgressBar*>(u"progressBar"_s),
            &QProgressBar::valueChanged,
            this,
            [&](int v) { seen.append(v); });
    QVERIFY(done.wait(20000));
    QVERIFY(!m_pane->isBusy());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(check->isEnabled());
    QVERIFY(!progress->isVisible());
    QVERIFY2(seen.size() >= 5, qPrintable(QString::number(seen.size())));
    QCOMPARE(seen.last(), 17);

    QCOMPARE(rowKeys(m_checklist),
             QStringList({u"mx:good.audit.test=ok"_s,
                          u"ptr:198.51.100.10=ok"_s,
                          u"ptr:2001:db8:1ad::10=ok"_s,
                          u"helo:mx.good.audit.test=ok"_s,
                          u"spf:good.audit.test=ok"_s,
                          u"spf:198.51.100.10=ok"_s,
                          u"spf:2001:db8:1ad::10=ok"_s,
                          u"dmarc:good.audit.test=info"_s,
                          u"dkim:good.audit.test=ok"_s,
                          u"dnsbl:good.audit.test=ok"_s,
                          u"mta-sts:good.audit.test=info"_s,
                          u"tls-rpt:good.audit.test=info"_s,
                          u"bimi:good.audit.test=info"_s,
                          // "Why temperror?": every authoritative server agrees on the three records.
                          u"authns:good.audit.test=ok"_s,
                          u"authns:_dmarc.good.audit.test=ok"_s,
                          u"authns:s1._domainkey.good.audit.test=ok"_s,
                          u"gmail-requirements:good.audit.test=info"_s}));
    QTreeWidgetItem* mx = rowFor(m_checklist, u"mx"_s);
    QCOMPARE(mx->text(0), u"MX records of good.audit.test"_s);
    QCOMPARE(mx->text(1), u"OK"_s);
    QVERIFY(childIds(mx, DomainCheckPane::FINDING_ID_ROLE).contains(u"mx.ok"_s));
    QCOMPARE(rowFor(m_checklist, u"ptr"_s, u"2001:db8:1ad::10"_s)->text(0),
             u"Reverse DNS of 2001:db8:1ad::10"_s);

    // Gmail's requirements: pass / unknown, each with the reply code Gmail gives when it fails.
    QTreeWidgetItem* gmail = rowFor(m_checklist, u"gmail-requirements"_s);
    QCOMPARE(childIds(gmail, DomainCheckPane::REQUIREMENT_ID_ROLE),
             QStringList({u"spf-or-dkim"_s,
                          u"ptr"_s,
                          u"tls"_s,
                          u"spam-rate"_s,
                          u"rfc5322"_s,
                          u"spf"_s,
                          u"dkim"_s,
                          u"dmarc"_s,
                          u"alignment"_s,
                          u"one-click-unsubscribe"_s}));
    QTreeWidgetItem* ptr = childWith(gmail, DomainCheckPane::REQUIREMENT_ID_ROLE, u"ptr"_s);
    QCOMPARE(ptr->data(0, DomainCheckPane::STATUS_ROLE).toString(), u"pass"_s);
    QCOMPARE(ptr->text(1), u"Pass"_s);
    QCOMPARE(ptr->text(2), u"Gmail replies 4.7.23, 5.7.25"_s);
    QTreeWidgetItem* spam = childWith(gmail, DomainCheckPane::REQUIREMENT_ID_ROLE, u"spam-rate"_s);
    QCOMPARE(spam->data(0, DomainCheckPane::STATUS_ROLE).toString(), u"unknown"_s);
    QCOMPARE(spam->text(1), u"Unknown"_s);
    QVERIFY(spam->childCount() >= 1); // why it cannot be checked from here

    // Every query the audit made, with the fixture as the server.
    auto* dns = m_pane->findChild<QTreeWidget*>(u"dnsTreeWidget"_s);
    QCOMPARE(dns->topLevelItemCount(), m_pane->report().queryLog.size());
    QVERIFY(dns->topLevelItemCount() > 50);
    QVERIFY(dns->topLevelItem(0)->text(3).startsWith(u"127.0.0.1"_s));
}

void TestDomainCheckPane::failingItemsShowTheirFindings()
{
    QVERIFY(runCheck(u"softfail.audit.test"_s, u"198.51.100.20"_s));
    QTreeWidgetItem* spf = rowFor(m_checklist, u"spf"_s, u"198.51.100.20"_s);
    QVERIFY(spf);
    QCOMPARE(spf->text(0), u"SPF result for 198.51.100.20"_s);
    QVERIFY(childIds(spf, DomainCheckPane::FINDING_ID_ROLE).contains(u"spf.softfail"_s));
    QTreeWidgetItem* ptr = rowFor(m_checklist, u"ptr"_s);
    QCOMPARE(ptr->data(0, DomainCheckPane::STATUS_ROLE).toString(), u"error"_s);
    QCOMPARE(ptr->text(1), u"Error"_s);
    QTreeWidgetItem* missing = childWith(ptr, DomainCheckPane::FINDING_ID_ROLE, u"ptr.missing"_s);
    QVERIFY(missing);
    // The finding expands to why, how to fix, and the DNS answer that shows it.
    QStringList lines;
    for (int i = 0; i < missing->childCount(); ++i) {
        lines.append(missing->child(i)->text(0));
    }
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u'\n')));
    QVERIFY(lines.at(1).startsWith(u"How to fix: "_s));
    QVERIFY2(lines.join(u'\n').contains(u"20.100.51.198.in-addr.arpa"_s), qPrintable(lines.join(u'\n')));
    QCOMPARE(ptr->text(2), FindingCatalog::text(m_pane->report().item(u"ptr"_s)->findings.first()).title);

    QTreeWidgetItem* gmail = rowFor(m_checklist, u"gmail-requirements"_s);
    QTreeWidgetItem* ptrRequirement = childWith(gmail, DomainCheckPane::REQUIREMENT_ID_ROLE, u"ptr"_s);
    QCOMPARE(ptrRequirement->data(0, DomainCheckPane::STATUS_ROLE).toString(), u"fail"_s);
    QCOMPARE(ptrRequirement->text(1), u"Fail"_s);
    QCOMPARE(childWith(gmail, DomainCheckPane::REQUIREMENT_ID_ROLE, u"spf"_s)
                 ->data(0, DomainCheckPane::STATUS_ROLE)
                 .toString(),
             u"fail"_s);
    auto* summary = m_pane->findChild<QLabel*>(u"summaryLabel"_s);
    QVERIFY2(summary->text().contains(u"has problems that affect delivery to Gmail"_s),
             qPrintable(summary->text()));
}

void TestDomainCheckPane::spfIncludeTreeShowsLookupCounts()
{
    // chain.spf.test: include → include → ip4, passing at the bottom for 203.0.113.5.
    QVERIFY(runCheck(u"chain.spf.test"_s, u"203.0.113.5"_s));
    auto* tree = m_pane->findChild<QTreeWidget*>(u"spfTreeWidget"_s);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem* includes = tree->topLevelItem(0);
    QCOMPARE(includes->text(0), u"Include tree of chain.spf.test: every branch with its lookup cost"_s);
    QCOMPARE(includes->text(2), u"2 of 10"_s);
    QTreeWidgetItem* top = includes->child(0);
    QCOMPARE(top->text(0), u"chain.spf.test  \"v=spf1 include:_spf.chain.spf.test -all\""_s);
    QCOMPARE(top->text(2), u"2"_s);
    QTreeWidgetItem* term = top->child(0);
    QCOMPARE(term->text(0), u"include:_spf.chain.spf.test"_s);
    QTreeWidgetItem* second = term->child(0);
    QVERIFY(second->text(0).startsWith(u"_spf.chain.spf.test  \"v=spf1 include:_netblocks"_s));
    QCOMPARE(second->text(2), u"1"_s);
    QCOMPARE(second->child(0)->child(0)->text(2), u"0"_s);

    QTreeWidgetItem* evaluation = tree->topLevelItem(1);
    QCOMPARE(evaluation->text(0), u"Evaluation of chain.spf.test for 203.0.113.5"_s);
    QCOMPARE(evaluation->text(1), u"pass"_s);
    QCOMPARE(evaluation->text(2), u"2 of 10"_s);
    QCOMPARE(evaluation->child(0)->child(0)->text(1), u"match"_s);
}

void TestDomainCheckPane::cancelReturnsToIdle()
{
    // Names under slow.audit.test are dropped by the fixture (rpz): dmarc and dkim wait until cancelled.
    m_pane->setInputs(u"slow.audit.test"_s, u"198.51.100.10"_s);
    QSignalSpy done(m_pane.get(), &DomainCheckPane::checkFinished);
    QVERIFY(m_pane->startCheck());
    QTest::qWait(300);
    QVERIFY(m_pane->isBusy());
    QCOMPARE(done.count(), 0);
    QTest::mouseClick(m_pane->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
    QCOMPARE(done.count(), 1);
    QVERIFY(!m_pane->isBusy());
    QVERIFY(m_pane->report().cancelled);
    QVERIFY(m_pane->findChild<QPushButton*>(u"checkButton"_s)->isEnabled());
    QVERIFY(!m_pane->findChild<QPushButton*>(u"cancelButton"_s)->isEnabled());
    QVERIFY(m_pane->findChild<QLineEdit*>(u"domainLineEdit"_s)->isEnabled());
    int cancelled = 0;
    for (int i = 0; i < m_checklist->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = m_checklist->topLevelItem(i);
        const QString status = row->data(0, DomainCheckPane::STATUS_ROLE).toString();
        QVERIFY2(status != u"running" && status != u"pending", qPrintable(row->text(0)));
        if (status == u"cancelled") {
            ++cancelled;
            QCOMPARE(row->text(1), u"Cancelled"_s);
        }
    }
    QVERIFY(cancelled >= 2);
    QCOMPARE(rowFor(m_checklist, u"dmarc"_s)->data(0, DomainCheckPane::STATUS_ROLE).toString(),
             u"cancelled"_s);
    QCOMPARE(rowFor(m_checklist, u"ptr"_s)->data(0, DomainCheckPane::STATUS_ROLE).toString(), u"ok"_s);
    // Requirements that depended on the cancelled items are unknown, not failed.
    QTreeWidgetItem* gmail = rowFor(m_checklist, u"gmail-requirements"_s);
    QCOMPARE(childWith(gmail, DomainCheckPane::REQUIREMENT_ID_ROLE, u"dmarc"_s)
                 ->data(0, DomainCheckPane::STATUS_ROLE)
                 .toString(),
             u"unknown"_s);
    QVERIFY(m_pane->findChild<QLabel*>(u"summaryLabel"_s)->text().contains(u"was cancelled"_s));
    QTest::qWait(100);
    QCOMPARE(done.count(), 1);
    // And it can check again right away.
    QVERIFY(runCheck(u"good.audit.test"_s));
    QCOMPARE(rowFor(m_checklist, u"mx"_s)->data(0, DomainCheckPane::STATUS_ROLE).toString(), u"ok"_s);
}

void TestDomainCheckPane::staysResponsiveWhileAServerTimesOut()
{
    // A loopback port that takes the queries and never answers: every query waits for its timeout.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    DnsServer server;
    server.address = QHostAddress::LocalHost;
    server.port = silent.localPort();
    makePane(test::fixtureSettings(server, 1500));

    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start(20);
    m_pane->setInputs(u"good.audit.test"_s, u"198.51.100.10"_s);
    QSignalSpy done(m_pane.get(), &DomainCheckPane::checkFinished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(m_pane->startCheck());
    QVERIFY(clock.elapsed() < 1000); // starting never waits for DNS (a blocking start takes 1500 ms)
    QTest::qWait(800);
    QVERIFY(m_pane->isBusy());
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the event loop kept running (about 40)
    // The window takes input meanwhile: switch to the DNS tab.
    auto* tabs = m_pane->findChild<QTabWidget*>(u"detailsTabWidget"_s);
    tabs->setCurrentIndex(2);
    QCOMPARE(tabs->currentIndex(), 2);
    QVERIFY(done.wait(20000));
    QVERIFY(clock.elapsed() >= 1500);
    // The items end as DNS failures; none is left running, the report is whole.
    QTreeWidgetItem* mx = rowFor(m_checklist, u"mx"_s);
    QCOMPARE(mx->data(0, DomainCheckPane::STATUS_ROLE).toString(), u"warning"_s);
    auto* dns = m_pane->findChild<QTreeWidget*>(u"dnsTreeWidget"_s);
    QVERIFY(dns->topLevelItemCount() > 0);
    QCOMPARE(dns->topLevelItem(0)->text(2), DnsText::outcome(DnsOutcome::Timeout));
    QCOMPARE(m_checklist->topLevelItemCount(), 13);
}

void TestDomainCheckPane::invalidInputsSayWhy_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("ips");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"  "_s << u""_s << u"domainLineEdit"_s
                           << u"Enter the domain to check, e.g. example.jp."_s;
    QTest::newRow("one label") << u"localhost"_s << u""_s << u"domainLineEdit"_s
                               << u"“localhost” is not a whole domain name. Enter it with its ending, e.g. "
                                  "example.jp."_s;
    QTest::newRow("space") << u"exa mple.jp"_s << u""_s << u"domainLineEdit"_s
                           << u"“exa mple.jp” is not a valid domain name."_s;
    QTest::newRow("bad ip") << u"good.audit.test"_s << u"198.51.100.10, 300.1.2.3"_s << u"ipsLineEdit"_s
                            << u"“300.1.2.3” is not an IPv4 or IPv6 address."_s;
}

void TestDomainCheckPane::invalidInputsSayWhy()
{
    QFETCH(QString, domain);
    QFETCH(QString, ips);
    QFETCH(QString, field);
    QFETCH(QString, message);
    m_pane->setInputs(domain, ips);
    QTest::mouseClick(m_pane->findChild<QPushButton*>(u"checkButton"_s), Qt::LeftButton);
    QVERIFY(!m_pane->isBusy());
    auto* hint = m_pane->findChild<QLabel*>(u"hintLabel"_s);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), message);
    QCOMPARE(m_checklist->topLevelItemCount(), 0);
    QCOMPARE(QApplication::focusWidget(), m_pane->findChild<QWidget*>(field));
    // A good input clears the message.
    QVERIFY(runCheck(u"good.audit.test"_s));
    QVERIFY(!hint->isVisible());
}

void TestDomainCheckPane::unicodeDomainIsAccepted()
{
    QVERIFY(runCheck(u"日本語.test"_s));
    QTreeWidgetItem* mx = rowFor(m_checklist, u"mx"_s);
    QCOMPARE(mx->data(0, DomainCheckPane::SUBJECT_ROLE).toString(), u"xn--wgv71a119e.test"_s);
    QCOMPARE(mx->text(0), u"MX records of 日本語.test"_s);
    QCOMPARE(mx->data(0, DomainCheckPane::STATUS_ROLE).toString() == u"running", false);
}

void TestDomainCheckPane::copyAndExportTheReport()
{
    auto* copy = m_pane->findChild<QPushButton*>(u"copyReportButton"_s);
    QVERIFY(!copy->isEnabled());
    QVERIFY(runCheck(u"good.audit.test"_s, u"198.51.100.10"_s, {}, u"s1"_s));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    QCOMPARE(text, m_pane->reportText());
    QVERIFY(text.startsWith(u"Domain check of good.audit.test\n\n[OK] MX records of good.audit.test\n"_s));
    QVERIFY2(text.contains(u"  [Pass] "_s), qPrintable(text));
    QVERIFY(text.contains(u" (Gmail replies 4.7.23, 5.7.25)\n"_s));
    QVERIFY(text.contains(u"SPF include tree of good.audit.test (0 of 10 DNS lookups):"_s));

    QTemporaryDir dir;
    QVERIFY(m_pane->exportReport(dir.filePath(u"report.json"_s)));
    QFile json(dir.filePath(u"report.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(o.value(u"domain").toString(), u"good.audit.test"_s);
    QCOMPARE(o.value(u"items").toArray().size(), m_checklist->topLevelItemCount());
    QCOMPARE(o.value(u"items").toArray().first().toObject().value(u"check").toString(), u"mx"_s);
    QCOMPARE(o.value(u"queries").toInt(), m_pane->report().queryLog.size());
    QVERIFY(m_pane->exportReport(dir.filePath(u"report.txt"_s)));
    QFile txt(dir.filePath(u"report.txt"_s));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(txt.readAll()), text);
    QString error;
    QVERIFY(!m_pane->exportReport(dir.filePath(u"no/such/dir/report.txt"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestDomainCheckPane::languageSwitchRetranslatesTheReport()
{
    QVERIFY(runCheck(u"good.audit.test"_s, u"198.51.100.10"_s));
    QTreeWidgetItem* mx = rowFor(m_checklist, u"mx"_s);
    mx->setExpanded(true);
    const Finding ok = m_pane->report().item(u"mx"_s)->findings.first();
    const QString english = FindingCatalog::text(ok).title;
    QVERIFY(i18n::setLanguage(u"ja"_s));
    QTRY_COMPARE(m_checklist->headerItem()->text(0), u"確認項目"_s);
    mx = rowFor(m_checklist, u"mx"_s);
    QCOMPARE(mx->text(0), u"good.audit.test の MX レコード"_s);
    QCOMPARE(mx->text(1), FindingCatalog::severityLabel(Severity::Ok));
    QVERIFY(mx->isExpanded()); // the rows stay; only their texts change
    const QString japanese = FindingCatalog::text(ok).title;
    QVERIFY(japanese != english);
    QCOMPARE(mx->child(0)->text(0), japanese);
    QCOMPARE(m_pane->findChild<QPushButton*>(u"checkButton"_s)->text(), u"診断(&C)"_s);
    QVERIFY(m_pane->reportText().startsWith(u"good.audit.test のドメイン診断"_s));
}

void TestDomainCheckPane::languageSwitchWhileChecking()
{
    // slow.audit.test: dmarc and dkim stay running until cancelled, so the switch comes mid-check.
    m_pane->setInputs(u"slow.audit.test"_s, u"198.51.100.10"_s);
    QVERIFY(m_pane->startCheck());
    QTRY_COMPARE(rowFor(m_checklist, u"ptr"_s)->data(0, DomainCheckPane::STATUS_ROLE).toString(), u"ok"_s);
    QCOMPARE(rowFor(m_checklist, u"dmarc"_s)->text(1), u"Checking…"_s);
    QVERIFY(i18n::setLanguage(u"ja"_s));
    QTRY_COMPARE(rowFor(m_checklist, u"dmarc"_s)->text(1), u"確認中…"_s);
    QVERIFY(m_pane->isBusy());
    QCOMPARE(rowFor(m_checklist, u"ptr"_s)->text(0), u"198.51.100.10 の逆引き"_s);
    QCOMPARE(rowFor(m_checklist, u"ptr"_s)->data(0, DomainCheckPane::STATUS_ROLE).toString(), u"ok"_s);
    m_pane->cancel();
    QVERIFY(!m_pane->isBusy());
    QCOMPARE(rowFor(m_checklist, u"dmarc"_s)->text(1), u"キャンセル"_s);
}

void TestDomainCheckPane::inputsAreRemembered()
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    AppSettings settings(&store);
    m_pane->setSettings(&settings);
    m_pane->findChild<QCheckBox*>(u"discoverCheckBox"_s)->setChecked(false);
    m_pane->findChild<QLineEdit*>(u"dqsKeyLineEdit"_s)->setText(u"secret"_s);
    QVERIFY(runCheck(
        u"good.audit.test"_s, u"198.51.100.10 2001:db8:1ad::10"_s, u"mx.good.audit.test"_s, u"s1"_s));
    // A new pane (the next start of the app) shows them again; the DQS key is not stored.
    DomainCheckPane next(m_resolver.get());
    next.setSettings(&settings);
    QCOMPARE(next.findChild<QLineEdit*>(u"domainLineEdit"_s)->text(), u"good.audit.test"_s);
    QCOMPARE(next.findChild<QLineEdit*>(u"ipsLineEdit"_s)->text(), u"198.51.100.10 2001:db8:1ad::10"_s);
    QCOMPARE(next.findChild<QLineEdit*>(u"heloLineEdit"_s)->text(), u"mx.good.audit.test"_s);
    QCOMPARE(next.findChild<QLineEdit*>(u"selectorsLineEdit"_s)->text(), u"s1"_s);
    QVERIFY(!next.findChild<QCheckBox*>(u"discoverCheckBox"_s)->isChecked());
    QVERIFY(next.findChild<QLineEdit*>(u"dqsKeyLineEdit"_s)->text().isEmpty());
    QVERIFY(!store.allKeys().join(u' ').contains(u"dqs"_s, Qt::CaseInsensitive));
}

QTEST_MAIN(TestDomainCheckPane)
#include "TestDomainCheckPane.moc"
