// SPDX-License-Identifier: GPL-3.0-or-later
// MessageAnalysis: the pipeline the Analyze pane runs — worker, live re-checks, supersede and cancel.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/diagnosis/MessageAnalysis.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/FindingIds.h"

using namespace todoku;
using namespace Qt::StringLiterals;

namespace {

const QByteArray SOFTFAIL =
    "Authentication-Results: mx.google.com;\n"
    "       spf=softfail (google.com: domain of transitioning info@example.jp does not designate 192.0.2.25 "
    "as permitted sender) smtp.mailfrom=info@example.jp;\n"
    "From: info@example.jp\nTo: guest@gmail.com\nSubject: t\n\nbody\n";

} // namespace

class TestMessageAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void offlineAsksNothing();
    void liveAddsWhatDnsSaysNow();
    void stagesInOrder();
    void tooLargeIsRefused();
    void newStartSupersedes();
    void cancelDropsTheResult();
    void garbageNeedsNoDns();
    void fileIsReadOnTheWorker();
    void unreadableFileHasItsFinding();
    void tooLargeFileIsNotRead();

private:
    std::unique_ptr<test::FakeResolver> m_dns;
};

void TestMessageAnalysis::init()
{
    m_dns = std::make_unique<test::FakeResolver>();
    m_dns->addTxt(u"example.jp"_s, QByteArray("v=spf1 ip4:192.0.2.25 -all"));
}

void TestMessageAnalysis::offlineAsksNothing()
{
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.start(SOFTFAIL, false);
    QVERIFY(analysis.isRunning());
    QVERIFY(done.wait());
    QVERIFY(!analysis.wasLive());
    QVERIFY(test::findingIds(analysis.diagnosis().findings).contains(u"spf.softfail"_s));
    QVERIFY(!test::findingIds(analysis.diagnosis().findings).contains(u"spf.live-differs"_s));
    QCOMPARE(m_dns->lookupCount(), 0);
}

void TestMessageAnalysis::liveAddsWhatDnsSaysNow()
{
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.startText(QString::fromUtf8(SOFTFAIL), true);
    QVERIFY(done.wait());
    QVERIFY(analysis.wasLive());
    const QStringList ids = test::findingIds(analysis.diagnosis().findings);
    QVERIFY2(ids.contains(u"spf.live-differs"_s), qPrintable(ids.join(u' ')));
    QVERIFY(!analysis.queries().isEmpty());
    QCOMPARE(analysis.queries().first().name, u"example.jp"_s);
}

void TestMessageAnalysis::stagesInOrder()
{
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy stages(&analysis, &MessageAnalysis::stageChanged);
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.start(SOFTFAIL, true);
    QVERIFY(done.wait());
    QList<MessageAnalysis::Stage> seen;
    for (const QList<QVariant>& s : stages) {
        seen.append(s.first().value<MessageAnalysis::Stage>());
    }
    QCOMPARE(seen,
             (QList{MessageAnalysis::Stage::Reading,
                    MessageAnalysis::Stage::CheckingDns,
                    MessageAnalysis::Stage::Done}));
}

void TestMessageAnalysis::tooLargeIsRefused()
{
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.start(QByteArray(MessageAnalysis::MAX_INPUT_BYTES + 1, 'a'), true);
    QVERIFY(done.wait());
    const QList<Finding>& f = analysis.diagnosis().findings;
    QCOMPARE(test::findingIds(f), QStringList{u"input.too-large"_s});
    QCOMPARE(f.first().args, (QStringList{u"65"_s, u"64"_s}));
    QCOMPARE(m_dns->lookupCount(), 0);
}

// The user pastes again before the first run ended: only the second result arrives.
void TestMessageAnalysis::newStartSupersedes()
{
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.start(SOFTFAIL, true);
    analysis.start("garbage", true);
    QVERIFY(done.wait());
    QTest::qWait(50); // room for a late first result, which must not come
    QCOMPARE(done.size(), 1);
    QCOMPARE(test::findingIds(analysis.diagnosis().findings), QStringList{u"input.no-header-fields"_s});
}

void TestMessageAnalysis::cancelDropsTheResult()
{
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.start(SOFTFAIL, true);
    analysis.cancel();
    QCOMPARE(analysis.stage(), MessageAnalysis::Stage::Idle);
    QVERIFY(!done.wait(300));
}

void TestMessageAnalysis::garbageNeedsNoDns()
{
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.start(QByteArray("\xff\xfe\x00\x01 not mail at all", 21), true);
    QVERIFY(done.wait());
    QVERIFY(!analysis.wasLive());
    QCOMPARE(m_dns->lookupCount(), 0);
    QVERIFY(test::findingIds(analysis.diagnosis().findings).first().startsWith(u"input."_s));
}

void TestMessageAnalysis::fileIsReadOnTheWorker()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"softfail.eml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(SOFTFAIL);
    file.close();
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.startFile(file.fileName(), false);
    QVERIFY(analysis.isRunning());
    QVERIFY(analysis.input().isEmpty());
    QVERIFY(done.wait());
    QCOMPARE(analysis.input(), SOFTFAIL);
    QVERIFY(test::findingIds(analysis.diagnosis().findings).contains(u"spf.softfail"_s));
}

void TestMessageAnalysis::unreadableFileHasItsFinding()
{
    QTemporaryDir dir;
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.startFile(dir.filePath(u"gone.eml"_s), true);
    QVERIFY(done.wait());
    const QList<Finding>& f = analysis.diagnosis().findings;
    QCOMPARE(test::findingIds(f), QStringList{u"input.unreadable"_s});
    QCOMPARE(f.first().args.value(0), u"gone.eml"_s);
    QVERIFY(!f.first().args.value(1).isEmpty()); // the system's reason
    QCOMPARE(m_dns->lookupCount(), 0);
}

// A sparse 65 MB file: refused from its size, so the worker does not read 65 MB to turn it down.
void TestMessageAnalysis::tooLargeFileIsNotRead()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.eml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(MessageAnalysis::MAX_INPUT_BYTES + (1 << 20)));
    file.close();
    MessageAnalysis analysis(m_dns.get());
    QSignalSpy done(&analysis, &MessageAnalysis::finished);
    analysis.startFile(file.fileName(), true);
    QVERIFY(done.wait());
    const QList<Finding>& f = analysis.diagnosis().findings;
    QCOMPARE(test::findingIds(f), QStringList{u"input.too-large"_s});
    QCOMPARE(f.first().args, (QStringList{u"65"_s, u"64"_s}));
    QVERIFY(analysis.input().isEmpty());
}

QTEST_GUILESS_MAIN(TestMessageAnalysis)
#include "TestMessageAnalysis.moc"
