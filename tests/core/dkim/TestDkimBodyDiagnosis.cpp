// SPDX-License-Identifier: GPL-3.0-or-later
// Tests DkimBodyDiagnosis and its findings: dkimpy (tests/support/dkim_sign.py) signs messages at test time
// with a key Todoku generated, then the copies are damaged in each way the diagnosis claims to undo; the
// right cause comes back with the right arguments, a body changed otherwise gets "none matched" and no
// invented cause, and a passing message gets no diagnosis at all.
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "core/diagnosis/FindingCatalog.h"
#include "core/dkim/DkimBodyDiagnosis.h"
#include "core/dkim/DkimKeyGenerator.h"
#include "core/dkim/DkimVerifier.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/FindingIds.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;
using todoku::test::FakeResolver;
using todoku::test::findingIds;
using Cause = DkimBodyDiagnosis::Cause;

namespace {

const QDateTime NOW = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

const QByteArray HEADER = "From: Taro <taro@example.jp>\r\n"
                          "To: hanako@example.com\r\n"
                          "Subject: test\r\n"
                          "Date: Wed, 02 Dec 2026 10:00:00 +0900\r\n"
                          "MIME-Version: 1.0\r\n";

const QByteArray TEXT_BODY = "Hello,\r\n"
                             "\r\n"
                             "the  report is attached.\r\n"
                             "name\tvalue\r\n"
                             "\tindented by a tab\r\n"
                             "\r\n"
                             "Taro\r\n";

const QByteArray FOOTER = "\r\n-- \r\nexample-list mailing list\r\nhttps://lists.example.jp/\r\n";

// Finding ids of the body-hash diagnosis among `ids`.
QStringList diagnosisIds(const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids) {
        if (id.startsWith(u"dkim.body-hash.")) {
            out.append(id);
        }
    }
    return out;
}

int lineOf(const QByteArray& message, const QByteArray& text)
{
    const qsizetype at = message.indexOf(text);
    return at < 0 ? 0 : int(message.left(at).count('\n')) + 1;
}

// The body after the first empty line.
qsizetype bodyStart(const QByteArray& message)
{
    return message.indexOf("\r\n\r\n") + 4;
}

// Replaces `from` by `to` in the body of `message` only.
QByteArray damageBody(QByteArray message, const QByteArray& from, const QByteArray& to)
{
    const qsizetype start = bodyStart(message);
    QByteArray body = message.mid(start);
    body.replace(from, to);
    return message.left(start) + body;
}

} // namespace

class TestDkimBodyDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto pair = DkimKeyGenerator::generate(DkimKeyType::Rsa2048);
        QVERIFY(pair.isOk());
        m_key = *pair;
        m_keyPath = m_dir.filePath(u"key.pem"_s);
        QVERIFY(!DkimKeyGenerator::writePrivateKey(m_key, m_keyPath));
    }

    void passingMessageHasNoDiagnosis_data() { canonicalizations(); }
    void passingMessageHasNoDiagnosis()
    {
        QFETCH(QString, canon);
        const QByteArray message = sign(canon, "Content-Type: text/plain; charset=UTF-8\r\n", TEXT_BODY);
        QVERIFY(!message.isEmpty());
        const QList<DkimPrepared> prepared = dkim::prepare(MailMessage::parse(message));
        QCOMPARE(prepared.size(), 1);
        QVERIFY(prepared.first().bodyHashMatches);
        QVERIFY(!prepared.first().bodyDiagnosis);
        const DkimVerification v = verify(message);
        QCOMPARE(v.result, DkimVerification::Result::Pass);
        QVERIFY(diagnosisIds(findingIds(v.findings)).isEmpty());
    }

    void appendedFooter_data() { canonicalizations(); }
    void appendedFooter()
    {
        QFETCH(QString, canon);
        const QByteArray message =
            sign(canon, "Content-Type: text/plain; charset=UTF-8\r\n", TEXT_BODY) + FOOTER;
        const DkimVerification v = verify(message);
        QCOMPARE(v.reason, u"body-hash-mismatch"_s);
        QCOMPARE(findingIds(v.findings),
                 (QStringList{u"dkim.fail.body-hash"_s, u"dkim.body-hash.appended"_s}));
        const Finding& f = v.findings.at(1);
        const int first = lineOf(message, "-- \r\n");
        const int last = lineOf(message, "https://lists");
        QCOMPARE(last, first + 2);
        QCOMPARE(f.args, (QStringList{u"example.jp"_s, QString::number(first), QString::number(last)}));
        QCOMPARE(f.evidence.last().line, first);
        QCOMPARE(f.evidence.last().text, u"--"_s);
        QVERIFY(FindingCatalog::text(f).title.contains(u"%1–%2"_s.arg(first).arg(last)));
    }

    // A footer after the signed text but inside the last lines the search covers; one longer than that is
    // not looked for, and the result says so rather than guessing.
    void appendedSearchIsBounded()
    {
        const QByteArray signedMessage = sign(u"relaxed/relaxed"_s, {}, TEXT_BODY);
        QByteArray longFooter;
        for (int i = 0; i < 250; ++i) {
            longFooter += "footer line " + QByteArray::number(i) + "\r\n";
        }
        const auto diagnose = [](const QByteArray& message) {
            return dkim::prepare(MailMessage::parse(message)).first().bodyDiagnosis;
        };
        const auto found = diagnose(signedMessage + longFooter.left(longFooter.indexOf("footer line 150")));
        QVERIFY(found);
        QCOMPARE(found->cause, Cause::Appended);
        const auto notFound = diagnose(signedMessage + longFooter);
        QVERIFY(notFound);
        QCOMPARE(notFound->cause, Cause::None);
        QVERIFY(notFound->tried.contains(u"appended"_s));
    }

    void copyDamageUndone_data()
    {
        QTest::addColumn<QString>("canon");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("variant");
        for (const QString& canon : {u"simple/simple"_s, u"relaxed/relaxed"_s}) {
            QTest::addRow("nbsp-%s", qPrintable(canon))
                << canon << QByteArray("the  report") << QByteArray("the \xC2\xA0report") << u"nbsp"_s;
        }
        // Relaxed ignores what tabs become, so only simple can fail (and be repaired) this way.
        QTest::newRow("tabs-simple") << u"simple/simple"_s << QByteArray("\t") << QByteArray("    ")
                                     << u"tabs"_s;
    }
    void copyDamageUndone()
    {
        QFETCH(QString, canon);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, variant);
        QByteArray body = TEXT_BODY;
        if (variant == u"tabs") {
            body = "name\tvalue\r\n\tindented by a tab\r\nab\tcd\r\n";
        }
        const QByteArray original = sign(canon, "Content-Type: text/plain; charset=UTF-8\r\n", body);
        QByteArray message = damageBody(original, from, to);
        if (variant == u"tabs") {
            // A tab expanded to the next stop of 8 columns, as a page shows it.
            message = damageBody(original, "name\tvalue", "name    value");
            message = damageBody(message, "\tindented", "        indented");
            message = damageBody(message, "ab\tcd", "ab      cd");
        }
        QVERIFY(message != original);
        const DkimVerification v = verify(message);
        QCOMPARE(findingIds(v.findings),
                 (QStringList{u"dkim.fail.body-hash"_s, u"dkim.body-hash.copy-damage"_s}));
        QCOMPARE(v.findings.at(1).args, (QStringList{u"example.jp"_s, variant}));
        QVERIFY(FindingCatalog::text(v.findings.at(1)).fix.contains(u".eml"_s));
    }

    void relaxedIgnoresTabsTurnedToSpaces()
    {
        const QByteArray original = sign(u"relaxed/relaxed"_s, {}, TEXT_BODY);
        const QByteArray message =
            damageBody(damageBody(original, "\t", "    "), "Taro\r\n", "Taro  \r\n\r\n");
        QVERIFY(message != original);
        const DkimVerification v = verify(message);
        QCOMPARE(v.result, DkimVerification::Result::Pass);
        QVERIFY(diagnosisIds(findingIds(v.findings)).isEmpty());
    }

    // ISO-2022-JP text whose ESC characters a page dropped.
    void droppedEscapesRestored()
    {
        QStringEncoder jis("ISO-2022-JP");
        QVERIFY(jis.isValid());
        const QByteArray body = QByteArray(jis.encode(u"日本語のテキストです。\r\n二行目\r\n"_s));
        QVERIFY(body.contains('\x1b'));
        const QByteArray original =
            sign(u"relaxed/relaxed"_s, "Content-Type: text/plain; charset=ISO-2022-JP\r\n", body);
        const DkimVerification v = verify(damageBody(original, "\x1b", ""));
        QCOMPARE(diagnosisIds(findingIds(v.findings)), QStringList{u"dkim.body-hash.copy-damage"_s});
        QCOMPARE(v.findings.at(1).args.at(1), u"iso-2022-jp-escapes"_s);
    }

    // A Shift_JIS 8-bit body converted to UTF-8 after signing.
    void reencodedBodyConvertedBack()
    {
        QStringEncoder sjis("Shift_JIS");
        QVERIFY(sjis.isValid());
        const QString text = u"お世話になっております。\r\n請求書を送ります。\r\n"_s;
        const QByteArray original =
            sign(u"simple/simple"_s,
                 "Content-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit\r\n",
                 QByteArray(sjis.encode(text)));
        const qsizetype start = bodyStart(original);
        const QByteArray message = original.left(start) + text.toUtf8();
        const DkimVerification v = verify(message);
        QCOMPARE(diagnosisIds(findingIds(v.findings)), QStringList{u"dkim.body-hash.reencoded"_s});
        QCOMPARE(v.findings.at(1).args, (QStringList{u"example.jp"_s, u"Shift_JIS"_s}));
    }

    // CRLF converted to CRLF again; tested on the body itself, since how a message reader splits CR CR LF
    // decides whether the doubled CR reaches the hasher at all.
    void doubledCrRemoved()
    {
        const QByteArray original = sign(u"simple/simple"_s, {}, TEXT_BODY);
        const MailMessage parsed = MailMessage::parse(original);
        const auto sig = DkimSignature::parse(parsed.headers().first().raw.mid(15));
        QVERIFY(sig.isOk());
        QByteArray body = TEXT_BODY;
        body.replace("\r\n", "\r\r\n");
        const DkimBodyDiagnosis d = DkimBodyDiagnosis::run(body, *sig, DkimBodySource::File, 9);
        QCOMPARE(d.cause, Cause::CopyDamage);
        QCOMPARE(d.variant, u"cr-before-crlf"_s);
    }

    // A word changed in the middle: nothing undoes it, and nothing is claimed beyond "changed".
    void changedBodyGetsNoInventedCause_data()
    {
        QTest::addColumn<QString>("canon");
        QTest::addColumn<bool>("pasted");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("simple-file") << u"simple/simple"_s << false
                                     << QStringList{u"dkim.body-hash.no-variant"_s};
        QTest::newRow("relaxed-file")
            << u"relaxed/relaxed"_s << false
            << QStringList{u"dkim.body-hash.no-variant"_s, u"dkim.body-hash.spacing-ignored"_s};
        QTest::newRow("simple-pasted")
            << u"simple/simple"_s << true << QStringList{u"dkim.body-hash.no-variant-pasted"_s};
    }
    void changedBodyGetsNoInventedCause()
    {
        QFETCH(QString, canon);
        QFETCH(bool, pasted);
        QFETCH(QStringList, ids);
        const QByteArray message = damageBody(sign(canon, {}, TEXT_BODY), "report", "rep0rt");
        const QList<DkimPrepared> prepared = dkim::prepare(
            MailMessage::parse(message), pasted ? DkimBodySource::PagePaste : DkimBodySource::File);
        QVERIFY(prepared.first().bodyDiagnosis);
        const DkimBodyDiagnosis& d = *prepared.first().bodyDiagnosis;
        QCOMPARE(d.cause, Cause::None);
        QVERIFY(d.variant.isEmpty());
        QCOMPARE(d.tried.first(), u"appended"_s);
        QCOMPARE(d.excluded.contains(u"tabs"_s), canon.startsWith(u"relaxed"));
        const DkimVerification v = evaluate(prepared.first());
        QCOMPARE(diagnosisIds(findingIds(v.findings)), ids);
        QCOMPARE(v.findings.at(1).args, (QStringList{u"example.jp"_s, d.tried.join(u',')}));
        const FindingText text = FindingCatalog::text(v.findings.at(1));
        QVERIFY2(text.detail.contains(u"leaving out lines at the end"_s), qPrintable(text.detail));
        QCOMPARE(text.detail.contains(u"copied from a page"_s), pasted);
    }

    // A paste that carried an indent on every line went through a copy, whatever the caller says.
    void indentedPasteCountsAsPasted()
    {
        QByteArray message = damageBody(sign(u"relaxed/relaxed"_s, {}, TEXT_BODY), "report", "rep0rt");
        QByteArray indented;
        for (const QByteArray& line : message.split('\n')) {
            indented += line.isEmpty() ? line : "  " + line + '\n';
        }
        const MailMessage parsed = MailMessage::parse(indented);
        QCOMPARE(parsed.removedIndent(), 2);
        const auto d = dkim::prepare(parsed).first().bodyDiagnosis;
        QVERIFY(d);
        QCOMPARE(d->cause, Cause::None);
        QVERIFY(d->pasted);
    }

    // With l= whatever follows the signed length is ignored, so appended text is never the explanation.
    void bodyLengthSkipsAppended()
    {
        const QByteArray message =
            damageBody(sign(u"relaxed/relaxed"_s, {}, TEXT_BODY, true), "report", "rep0rt") + FOOTER;
        const auto d = dkim::prepare(MailMessage::parse(message)).first().bodyDiagnosis;
        QVERIFY(d);
        QCOMPARE(d->cause, Cause::None);
        QVERIFY(!d->tried.contains(u"appended"_s));
    }

private:
    static void canonicalizations()
    {
        QTest::addColumn<QString>("canon");
        QTest::newRow("simple") << u"simple/simple"_s;
        QTest::newRow("relaxed") << u"relaxed/relaxed"_s;
    }

    // `HEADER` + `extraHeader` + `body`, signed by dkimpy as example.jp, selector s1.
    QByteArray
    sign(const QString& canon, const QByteArray& extraHeader, const QByteArray& body, bool length = false)
    {
        const QString in = m_dir.filePath(u"in-%1.eml"_s.arg(++m_count));
        const QString out = m_dir.filePath(u"out-%1.eml"_s.arg(m_count));
        QFile f(in);
        if (!f.open(QIODevice::WriteOnly)) {
            return {};
        }
        f.write(HEADER + extraHeader + "\r\n" + body);
        f.close();
        if (!todoku::test::dkimpySign(
                m_keyPath, u"s1"_s, u"example.jp"_s, canon, u"rsa-sha256"_s, length, in, out)) {
            return {};
        }
        QFile signedFile(out);
        return signedFile.open(QIODevice::ReadOnly) ? signedFile.readAll() : QByteArray();
    }

    DkimVerification evaluate(const DkimPrepared& prepared) const
    {
        FakeResolver resolver;
        resolver.addTxt(u"s1._domainkey.example.jp"_s, DkimKeyGenerator::recordValue(m_key).toLatin1());
        DkimVerifier verifier(&resolver);
        QSignalSpy spy(&verifier, &DkimVerifier::finished);
        verifier.start({prepared}, NOW);
        return spy.wait(5000) ? verifier.results().first() : DkimVerification{};
    }

    DkimVerification verify(const QByteArray& message) const
    {
        const QList<DkimPrepared> prepared = dkim::prepare(MailMessage::parse(message));
        return prepared.size() == 1 ? evaluate(prepared.first()) : DkimVerification{};
    }

    QTemporaryDir m_dir;
    DkimKeyPair m_key;
    QString m_keyPath;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestDkimBodyDiagnosis)
#include "TestDkimBodyDiagnosis.moc"
