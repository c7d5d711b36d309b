// SPDX-License-Identifier: GPL-3.0-or-later
// AnalyzerPane (offscreen): paste → findings, evidence highlighting, language switch, bad and huge input.
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>

#include "core/diagnosis/FindingCatalog.h"
#include "tests/support/FakeResolver.h"
#include "translations/I18n.h"
#include "ui/analyze/AnalyzerPane.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const QString& name)
{
    QFile f(QStringLiteral(TODOKU_SOURCE_DIR "/tests/data/analyze/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(f.fileName()));
    }
    return f.readAll();
}

QJsonObject expected(const QString& name)
{
    return QJsonDocument::fromJson(sample(name + u".expected.json"_s)).object();
}

QStringList shownIds(const QTreeWidget* tree)
{
    QStringList ids;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        ids.append(tree->topLevelItem(i)->data(0, AnalyzerPane::FINDING_ID_ROLE).toString());
    }
    return ids;
}

QTreeWidgetItem* itemFor(const QTreeWidget* tree, const QString& id)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, AnalyzerPane::FINDING_ID_ROLE).toString() == id) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

} // namespace

class TestAnalyzerPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ctrlVAnalysesTheClipboard();
    void selectingAFindingHighlightsItsEvidence();
    void languageSwitchRetranslatesResults();
    void copyRecordsPutsZoneLinesOnTheClipboard();
    void liveRecheckShowsWhatDnsSaysNow();
    void headersHopsAndSignaturesAreShown();
    void garbageGetsAClearFinding();
    void emptyClipboardSaysSo();
    void unreadableFileSaysWhy();
    void hugePasteKeepsTheEventLoopRunning();
    void openedFileIsReadBesideTheEventLoop();
    void clearReturnsToTheInputPage();

private:
    void analyze(const QByteArray& input);

    std::unique_ptr<test::FakeResolver> m_dns;
    std::unique_ptr<AnalyzerPane> m_pane;
    QTreeWidget* m_findings = nullptr;
};

void TestAnalyzerPane::init()
{
    i18n::setLanguage(u"en"_s);
    m_dns = std::make_unique<test::FakeResolver>();
    m_pane = std::make_unique<AnalyzerPane>(m_dns.get());
    m_pane->setLiveChecks(false);
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_findings = m_pane->findChild<QTreeWidget*>(u"findingsTreeWidget"_s);
    QVERIFY(m_findings);
}

void TestAnalyzerPane::cleanup()
{
    m_pane.reset();
    i18n::setLanguage(u"en"_s);
}

void TestAnalyzerPane::analyze(const QByteArray& input)
{
    QSignalSpy done(m_pane.get(), &AnalyzerPane::analysisFinished);
    m_pane->analyzeBytes(input);
    QVERIFY(done.wait(20000));
}

void TestAnalyzerPane::ctrlVAnalysesTheClipboard()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(sample(u"gmail-original-en-softfail.txt"_s)));
    QSignalSpy done(m_pane.get(), &AnalyzerPane::analysisFinished);
    m_pane->activateWindow();
    m_pane->findChild<QPushButton*>(u"openButton"_s)->setFocus();
    QTest::keyClick(m_pane->findChild<QPushButton*>(u"openButton"_s), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(done.wait(20000));

    QStringList want;
    for (const QJsonValue& v : expected(u"gmail-original-en-softfail"_s).value(u"findings").toArray()) {
        want.append(v.toString());
    }
    QStringList shown = shownIds(m_findings);
    shown.sort();
    QCOMPARE(shown, want);
    // Worst first: the DKIM failure (an error) above the SPF softfail (a warning).
    QCOMPARE(FindingCatalog::severityName(m_pane->diagnosis().findings.first().severity), u"error"_s);
    QCOMPARE(m_findings->topLevelItem(0)->text(0),
             FindingCatalog::text(m_pane->diagnosis().findings.first()).title);
    auto* pages = m_pane->findChild<QStackedWidget*>(u"pageStackedWidget"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"resultsPage"_s);
    QVERIFY(m_pane->findChild<QLabel*>(u"verdictLabel"_s)->text().contains(u"spam folder"_s));
}

void TestAnalyzerPane::selectingAFindingHighlightsItsEvidence()
{
    analyze(sample(u"gmail-original-en-softfail.txt"_s));
    const int line = expected(u"gmail-original-en-softfail"_s)
                         .value(u"evidence")
                         .toObject()
                         .value(u"spf.softfail")
                         .toInt();
    QVERIFY(line > 0);
    auto* source = m_pane->findChild<QPlainTextEdit*>(u"sourcePlainTextEdit"_s);
    auto* tabs = m_pane->findChild<QTabWidget*>(u"detailsTabWidget"_s);
    tabs->setCurrentIndex(2);

    m_findings->setCurrentItem(itemFor(m_findings, u"spf.softfail"_s));
    const QList<QTextEdit::ExtraSelection> marked = source->extraSelections();
    QList<int> markedLines;
    for (const QTextEdit::ExtraSelection& s : marked) {
        markedLines.append(s.cursor.blockNumber() + 1);
    }
    QVERIFY2(markedLines.contains(line), qPrintable(QString::number(line)));
    QVERIFY(source->document()->findBlockByNumber(line - 1).text().contains(u"spf=softfail"_s));
    // The view scrolls to the first marked line (here the Received-SPF field above it).
    QCOMPARE(source->textCursor().blockNumber() + 1,
             *std::min_element(markedLines.begin(), markedLines.end()));
    QCOMPARE(tabs->currentWidget()->objectName(), u"sourceTab"_s);

    // Another finding moves the mark to its own line.
    const int heloLine = expected(u"gmail-original-en-softfail"_s)
                             .value(u"evidence")
                             .toObject()
                             .value(u"helo.not-fqdn")
                             .toInt();
    m_findings->setCurrentItem(itemFor(m_findings, u"helo.not-fqdn"_s));
    QCOMPARE(source->extraSelections().first().cursor.blockNumber(), heloLine - 1);
    QVERIFY(source->extraSelections().first().cursor.block().text().startsWith(u"Received: from DESKTOP"_s));
}

void TestAnalyzerPane::languageSwitchRetranslatesResults()
{
    analyze(sample(u"gmail-original-en-softfail.txt"_s));
    QTreeWidgetItem* spf = itemFor(m_findings, u"spf.softfail"_s);
    m_findings->setCurrentItem(spf);
    const QString english = spf->text(0);
    const QString englishVerdict = m_pane->findChild<QLabel*>(u"verdictLabel"_s)->text();

    i18n::setLanguage(u"ja"_s);
    QCoreApplication::processEvents();
    QTreeWidgetItem* spfJa = itemFor(m_findings, u"spf.softfail"_s);
    QVERIFY(spfJa);
    const Finding* finding = nullptr;
    for (const Finding& f : m_pane->diagnosis().findings) {
        if (f.id == u"spf.softfail") {
            finding = &f;
        }
    }
    QVERIFY(finding);
    QCOMPARE(spfJa->text(0), FindingCatalog::text(*finding).title);
    QVERIFY(spfJa->text(0) != english);
    QVERIFY(m_pane->findChild<QLabel*>(u"verdictLabel"_s)->text() != englishVerdict);
    QVERIFY(m_pane->findChild<QLabel*>(u"verdictLabel"_s)->text().contains(u"迷惑メール"_s));
    // The selection survives the re-rendering.
    QCOMPARE(m_findings->currentItem()->data(0, AnalyzerPane::FINDING_ID_ROLE).toString(), u"spf.softfail"_s);
    QCOMPARE(m_pane->findChild<QPushButton*>(u"pasteButton"_s)->text().contains(u"Paste"_s), false);

    i18n::setLanguage(u"en"_s);
    QCoreApplication::processEvents();
    QCOMPARE(itemFor(m_findings, u"spf.softfail"_s)->text(0), english);
}

void TestAnalyzerPane::copyRecordsPutsZoneLinesOnTheClipboard()
{
    analyze(sample(u"gmail-original-en-softfail.txt"_s));
    auto* copy = m_pane->findChild<QPushButton*>(u"copyRecordButton"_s);
    m_findings->setCurrentItem(itemFor(m_findings, u"dmarc.fail"_s));
    QVERIFY(!copy->isEnabled()); // nothing to publish for this one
    m_findings->setCurrentItem(itemFor(m_findings, u"spf.softfail"_s));
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(u"example.jp. 3600 IN TXT \"v=spf1"_s), qPrintable(copied));
    QVERIFY(copied.contains(u"192.0.2.25"_s));
}

void TestAnalyzerPane::liveRecheckShowsWhatDnsSaysNow()
{
    m_dns->addTxt(u"example.jp"_s, QByteArray("v=spf1 ip4:192.0.2.25 -all"));
    m_pane->setLiveChecks(true);
    analyze(sample(u"gmail-original-en-softfail.txt"_s));
    QVERIFY2(shownIds(m_findings).contains(u"spf.live-differs"_s),
             qPrintable(shownIds(m_findings).join(u' ')));
    auto* queries = m_pane->findChild<QTreeWidget*>(u"dnsTreeWidget"_s);
    QVERIFY(queries->topLevelItemCount() >= 1);
    QStringList names;
    for (int i = 0; i < queries->topLevelItemCount(); ++i) {
        names.append(queries->topLevelItem(i)->text(0) + u' ' + queries->topLevelItem(i)->text(1));
    }
    QVERIFY2(names.contains(u"example.jp TXT"_s), qPrintable(names.join(u", ")));
    QVERIFY(m_pane->findChild<QLabel*>(u"statusLabel"_s)->text().contains(u"DNS just now"_s));
}

void TestAnalyzerPane::headersHopsAndSignaturesAreShown()
{
    analyze(sample(u"gmail-original-en-softfail.txt"_s));
    auto* headers = m_pane->findChild<QTreeWidget*>(u"headersTreeWidget"_s);
    QCOMPARE(headers->topLevelItemCount(), m_pane->diagnosis().authenticationResults.size());
    QTreeWidgetItem* trusted = nullptr;
    for (int i = 0; i < headers->topLevelItemCount(); ++i) {
        if (headers->topLevelItem(i)->text(0).startsWith(u"Authentication-Results"_s)) {
            trusted = headers->topLevelItem(i);
        }
    }
    QVERIFY(trusted);
    QVERIFY(trusted->text(1).contains(u"final receiver"_s));
    QStringList methods;
    for (int i = 0; i < trusted->childCount(); ++i) {
        methods.append(trusted->child(i)->text(0) + u'=' + trusted->child(i)->text(1));
    }
    QCOMPARE(methods, (QStringList{u"dkim=fail"_s, u"spf=softfail"_s, u"dmarc=fail"_s}));

    auto* hops = m_pane->findChild<QTreeWidget*>(u"hopsTreeWidget"_s);
    QCOMPARE(hops->topLevelItemCount(), m_pane->diagnosis().hops.size());
    QCOMPARE(hops->topLevelItem(0)->text(0), u"DESKTOP-7QK2M1B"_s);
    QCOMPARE(hops->topLevelItem(0)->text(2), u"203.0.113.5"_s);

    auto* dkim = m_pane->findChild<QTreeWidget*>(u"dkimTreeWidget"_s);
    QCOMPARE(dkim->topLevelItemCount(), m_pane->diagnosis().dkimSignatures.size());
}

void TestAnalyzerPane::garbageGetsAClearFinding()
{
    analyze(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QCOMPARE(shownIds(m_findings), QStringList{u"input.binary"_s});
    QVERIFY(m_findings->topLevelItem(0)->childCount() >= 2); // why, and what to do
    analyze(QByteArray("Dear team,\nthe mail did not arrive. Why?\n"));
    QCOMPARE(shownIds(m_findings), QStringList{u"input.no-header-fields"_s});
}

void TestAnalyzerPane::emptyClipboardSaysSo()
{
    QGuiApplication::clipboard()->clear();
    QSignalSpy done(m_pane.get(), &AnalyzerPane::analysisFinished);
    m_pane->findChild<QPushButton*>(u"pasteButton"_s)->click();
    QVERIFY(!m_pane->isBusy());
    QVERIFY(m_pane->findChild<QLabel*>(u"statusLabel"_s)->text().contains(u"clipboard holds no text"_s));
    QCOMPARE(done.size(), 0);
}

void TestAnalyzerPane::unreadableFileSaysWhy()
{
    QVERIFY(!m_pane->openFile(u"/nonexistent/dir/message.eml"_s));
    QVERIFY(m_pane->findChild<QLabel*>(u"statusLabel"_s)->text().startsWith(u"Cannot read message.eml"_s));
    QVERIFY(!m_pane->isBusy());
}

// A 50 MB paste: the pane answers at once and the analysis runs beside the event loop, which keeps
// turning (timer ticks arrive before the result does); the source view shows only the start.
void TestAnalyzerPane::hugePasteKeepsTheEventLoopRunning()
{
    QByteArray big = sample(u"gmail-original-en-softfail.txt"_s);
    big.reserve(50 << 20);
    const QByteArray filler(76, 'A');
    while (big.size() < (50 << 20)) {
        big += filler + "\r\n";
    }
    const QString text = QString::fromLatin1(big);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(1);
    QSignalSpy done(m_pane.get(), &AnalyzerPane::analysisFinished);
    m_pane->analyzeText(text);
    QVERIFY(m_pane->isBusy());
    const int ticksAtStart = ticks;
    QVERIFY(done.wait(60000));
    QVERIFY2(ticks > ticksAtStart, "the event loop did not run while the analysis was going");
    QVERIFY(shownIds(m_findings).contains(u"spf.softfail"_s));
    auto* note = m_pane->findChild<QLabel*>(u"sourceNoteLabel"_s);
    QVERIFY(!note->isHidden());
    auto* source = m_pane->findChild<QPlainTextEdit*>(u"sourcePlainTextEdit"_s);
    QVERIFY(source->document()->characterCount() <= AnalyzerPane::SOURCE_VIEW_LIMIT + 1);
}

// A 30 MB .eml: openFile() returns before the file is read (the worker reads it), the event loop keeps
// turning, and the source view fills from what was read once the result is in.
void TestAnalyzerPane::openedFileIsReadBesideTheEventLoop()
{
    const QByteArray head = sample(u"gmail-original-en-softfail.txt"_s);
    QByteArray big = head;
    big.reserve(30 << 20);
    const QByteArray filler(76, 'A');
    while (big.size() < (30 << 20)) {
        big += filler + "\r\n";
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(u"large.eml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(big), big.size());
    file.close();
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(1);
    QSignalSpy done(m_pane.get(), &AnalyzerPane::analysisFinished);
    QVERIFY(m_pane->openFile(file.fileName()));
    QVERIFY(m_pane->isBusy());
    auto* source = m_pane->findChild<QPlainTextEdit*>(u"sourcePlainTextEdit"_s);
    QCOMPARE(source->document()->characterCount(), 1); // empty: nothing read yet on this thread
    const int ticksAtStart = ticks;
    QVERIFY(done.wait(60000));
    QVERIFY2(ticks > ticksAtStart, "the event loop did not run while the file was read");
    QVERIFY(shownIds(m_findings).contains(u"spf.softfail"_s));
    const QString firstLine = QString::fromUtf8(head.left(head.indexOf('\n'))).trimmed();
    QCOMPARE(source->document()->firstBlock().text().trimmed(), firstLine);
    QVERIFY(!m_pane->findChild<QLabel*>(u"sourceNoteLabel"_s)->isHidden());
}

void TestAnalyzerPane::clearReturnsToTheInputPage()
{
    analyze(sample(u"gmail-original-en-softfail.txt"_s));
    auto* clear = m_pane->findChild<QPushButton*>(u"clearButton"_s);
    QVERIFY(clear->isEnabled());
    clear->click();
    QCOMPARE(m_pane->findChild<QStackedWidget*>(u"pageStackedWidget"_s)->currentWidget()->objectName(),
             u"inputPage"_s);
    QCOMPARE(m_findings->topLevelItemCount(), 0);
    QVERIFY(!clear->isEnabled());
}

QTEST_MAIN(TestAnalyzerPane)
#include "TestAnalyzerPane.moc"
