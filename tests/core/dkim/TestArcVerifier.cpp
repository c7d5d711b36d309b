// SPDX-License-Identifier: GPL-3.0-or-later
// ArcVerifier: RFC 8617 chain validation. The unit rows use FakeResolver; the ValiMail ARC test suite in
// ../shared/conformance (converted from YAML by python3-yaml at test time) runs with the results it
// asserts, and is skipped when ../shared or python3-yaml is absent.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "core/dkim/ArcVerifier.h"
#include "tests/support/FakeResolver.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using namespace Qt::StringLiterals;
using todoku::test::FakeResolver;

namespace {

ArcValidation validate(FakeResolver& resolver, const QByteArray& message)
{
    ArcVerifier verifier(&resolver);
    QSignalSpy spy(&verifier, &ArcVerifier::finished);
    // The suite's signatures carry t= from 2017; x= is not used, so any "now" works.
    verifier.start(MailMessage::parse(message), QDateTime::currentDateTimeUtc());
    if (!spy.wait(5000)) {
        return {};
    }
    return verifier.result();
}

// The YAML suite as JSON: [{"name", "message", "cv", "keys": {owner: text}}].
QJsonArray suite(const QString& file)
{
    QProcess python;
    python.start(u"python3"_s,
                 {u"-c"_s,
                  u"import sys, json, yaml\n"
                  "out = []\n"
                  "for doc in yaml.safe_load_all(open(sys.argv[1])):\n"
                  "    for name, t in doc['tests'].items():\n"
                  "        out.append({'name': name, 'message': t['message'], 'cv': t['cv'] or '',\n"
                  "                    'keys': doc.get('txt-records') or {}})\n"
                  "print(json.dumps(out))\n"_s,
                  file});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

} // namespace

class TestArcVerifier : public QObject
{
    Q_OBJECT

private slots:
    void noArc()
    {
        FakeResolver resolver;
        const ArcValidation v = validate(resolver, "From: a@example.jp\r\nTo: b@example.jp\r\n\r\nhi\r\n");
        QCOMPARE(v.chain, ArcValidation::Chain::None);
        QCOMPARE(v.instances, 0);
        QVERIFY(v.findings.isEmpty());
        QCOMPARE(resolver.lookupCount(), 0);
    }

    void structure_data()
    {
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("brokenAt");
        QTest::addColumn<QString>("reason");
        const QByteArray aar1 = "ARC-Authentication-Results: i=1; mx.example.jp; spf=pass\r\n";
        const QByteArray ams1 = "ARC-Message-Signature: i=1; a=rsa-sha256; d=example.jp; s=s; h=from; "
                                "bh=AAAA; b=AAAA\r\n";
        const QByteArray as1 = "ARC-Seal: i=1; a=rsa-sha256; cv=none; d=example.jp; s=s; b=AAAA\r\n";
        QTest::newRow("seal missing") << aar1 + ams1 << 1 << u"structure"_s;
        QTest::newRow("instance 2 only")
            << QByteArray(aar1 + ams1 + as1).replace("i=1", "i=2") << 1 << u"structure"_s;
        QTest::newRow("aar twice") << aar1 + aar1 + ams1 + as1 << 1 << u"structure"_s;
        QTest::newRow("cv=pass at i=1")
            << aar1 + ams1 + QByteArray(as1).replace("cv=none", "cv=pass") << 1 << u"cv-invalid"_s;
        QTest::newRow("cv=fail newest")
            << aar1 + ams1 + QByteArray(as1).replace("cv=none", "cv=fail") << 1 << u"cv-fail"_s;
        QTest::newRow("seal with h=")
            << aar1 + ams1 + QByteArray(as1).replace("s=s;", "s=s; h=from;") << 1 << u"structure"_s;
        QTest::newRow("instance 51") << QByteArray(aar1 + ams1 + as1).replace("i=1", "i=51") << 0
                                     << u"structure"_s;
    }
    void structure()
    {
        QFETCH(QByteArray, headers);
        QFETCH(int, brokenAt);
        QFETCH(QString, reason);
        FakeResolver resolver;
        const ArcValidation v = validate(resolver, headers + "From: a@example.jp\r\n\r\nhi\r\n");
        QCOMPARE(ArcValidation::chainName(v.chain), u"fail"_s);
        QCOMPARE(v.reason, reason);
        QCOMPARE(v.brokenAt, brokenAt);
        QCOMPARE(resolver.lookupCount(), 0); // nothing to verify once the structure is broken
        QCOMPARE(v.findings.size(), 1);
        QCOMPARE(v.findings.first().id, u"arc.broken."_s + reason);
    }

    // The suite's passing i=1 message, with the key lookup failing or missing.
    void keyLookups_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("detail");
        QTest::newRow("servfail") << int(DnsOutcome::ServFail) << u"dns"_s << u"dns-failure"_s;
        QTest::newRow("nxdomain") << int(DnsOutcome::NxDomain) << u"message-signature"_s << u"no-key"_s;
    }
    void keyLookups()
    {
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        QFETCH(QString, detail);
        TODOKU_REQUIRE_SHARED(dir, u"conformance/arc-valimail-test-suite"_s);
        const QJsonArray cases = suite(dir + u"/arc-draft-validation-tests.yml"_s);
        if (cases.isEmpty()) {
            QSKIP("python3-yaml is not installed; the ARC suite cannot be read.");
        }
        QByteArray message;
        for (const QJsonValue& c : cases) {
            if (c[u"name"_s].toString() == u"cv_pass_i1_1") {
                message = c[u"message"_s].toString().toUtf8();
            }
        }
        FakeResolver resolver;
        resolver.setOutcome(u"dummy._domainkey.example.org"_s, DnsRecordType::TXT, DnsOutcome(outcome));
        const ArcValidation v = validate(resolver, message);
        QCOMPARE(ArcValidation::chainName(v.chain), u"fail"_s);
        QCOMPARE(v.reason, reason);
        QCOMPARE(v.detail, detail);
        QCOMPARE(v.brokenAt, 1);
        QCOMPARE(v.queries.size(), 2); // the AMS key and the seal key
        QCOMPARE(v.queries.first().outcome, DnsOutcome(outcome));
    }

    void valimailSuite()
    {
        TODOKU_REQUIRE_SHARED(dir, u"conformance/arc-valimail-test-suite"_s);
        const QJsonArray cases = suite(dir + u"/arc-draft-validation-tests.yml"_s);
        if (cases.isEmpty()) {
            QSKIP("python3-yaml is not installed; the ARC suite cannot be read.");
        }
        // Cases where Todoku deliberately differs from the suite, with the reason (see the issue note).
        const QHash<QString, QString> known = {
            // No c= means simple/simple (RFC 6376 §3.5, which RFC 8617 §4.1.2 keeps); the suite's message
            // was signed relaxed, as dkimpy's ARC signer then defaulted.
            {u"ams_fields_c_na"_s, u"c= default"_s},
        };
        int passed = 0;
        QStringList differing;
        for (const QJsonValue& c : cases) {
            const QString name = c[u"name"_s].toString();
            FakeResolver resolver;
            const QJsonObject keys = c[u"keys"_s].toObject();
            for (auto it = keys.begin(); it != keys.end(); ++it) {
                resolver.addTxt(it.key(), it.value().toString().simplified().toUtf8());
            }
            const ArcValidation v = validate(resolver, c[u"message"_s].toString().toUtf8());
            // The suite writes "" for a chain whose newest seal already says cv=fail: no new validation
            // result, which a validator reports as fail (RFC 8617 §5.2 step 2).
            QString expected = c[u"cv"_s].toString().toLower();
            if (expected.isEmpty()) {
                expected = u"fail"_s;
            }
            const QString got = ArcValidation::chainName(v.chain);
            if (got == expected) {
                ++passed;
            } else if (!known.contains(name)) {
                differing.append(u"%1: expected %2, got %3 (%4 at %5: %6)"_s.arg(
                    name, expected, got, v.reason, QString::number(v.brokenAt), v.detail));
            }
        }
        qInfo("ValiMail ARC suite: %d of %d cases as the suite asserts", passed, int(cases.size()));
        for (const QString& d : std::as_const(differing)) {
            qInfo("  differs: %s", qPrintable(d));
        }
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestArcVerifier)
#include "TestArcVerifier.moc"
