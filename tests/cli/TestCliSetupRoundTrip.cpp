// SPDX-License-Identifier: GPL-3.0-or-later
// The setup's records, published: todoku-cli generate's zone fragment and dkim keygen's record are written
// into zones (they must load with named-checkzone), served by a named this test starts, and then pass
// todoku-cli check with no error or warning; messages dkimpy and OpenDKIM's opendkim-testmsg sign with the
// generated key verify through that named, and rspamd loads the key and signs with it.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "tests/cli/CliTestRun.h"
#include "tests/support/TestEnvironment.h"

using namespace Qt::StringLiterals;
using todoku::test::CliRun;
using todoku::test::runCli;

namespace {

const QString DOMAIN = u"roundtrip.test"_s;
const QString IP = u"192.0.2.25"_s;
const QString MAIL_HOST = u"mail.roundtrip.test"_s;

QString zoneHead(const QString& origin)
{
    return u"$TTL 3600\n$ORIGIN %1.\n@ IN SOA ns1.roundtrip.test. hostmaster.roundtrip.test. ( 1 3600 900 "
           u"604800 300 )\n@ IN NS ns1.roundtrip.test.\n"_s.arg(origin);
}

bool writeFile(const QString& path, const QString& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
}

/** Runs a program; its exit status, or -1 if it did not start or finish. */
int runProgram(const QString& program, const QStringList& args, QString* output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        return -1;
    }
    if (output) {
        *output = QString::fromUtf8(p.readAll());
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestCliSetupRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void publishedRecordsPassTheDomainCheck();

private:
    todoku::AresLibrary m_ares;
};

void TestCliSetupRoundTrip::publishedRecordsPassTheDomainCheck()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString zones = dir.filePath(u"zones"_s);
    QVERIFY(QDir().mkpath(zones));

    // The DKIM key pair and its record.
    const QString key = dir.filePath(u"s1.pem"_s);
    const CliRun keygen = runCli({u"--json"_s,
                                  u"dkim"_s,
                                  u"keygen"_s,
                                  u"--domain"_s,
                                  DOMAIN,
                                  u"--selector"_s,
                                  u"s1"_s,
                                  u"--out"_s,
                                  key});
    QCOMPARE(keygen.status, 0);
    const QJsonObject dkimRecord = keygen.json().value(u"record"_s).toObject();
    QCOMPARE(dkimRecord.value(u"name"_s).toString(), u"s1._domainkey.roundtrip.test."_s);
    QString dkimLine = dkimRecord.value(u"name"_s).toString() + u" IN TXT"_s;
    for (const QJsonValue& s : dkimRecord.value(u"strings"_s).toArray()) {
        dkimLine += u" \""_s + s.toString() + u'"';
    }

    // Every other record, as the zone fragment generate prints; the PTR comes commented out, since the
    // owner of the IP sets it: here that is this test, in the reverse zone.
    const CliRun generate = runCli({u"--offline"_s,
                                    u"generate"_s,
                                    u"--domain"_s,
                                    DOMAIN,
                                    u"--ip"_s,
                                    IP,
                                    u"--mail-host"_s,
                                    MAIL_HOST,
                                    u"--no-dkim"_s,
                                    u"--dmarc"_s,
                                    u"quarantine"_s,
                                    u"--rua"_s,
                                    u"dmarc@roundtrip.test"_s,
                                    u"--format"_s,
                                    u"zone"_s});
    QCOMPARE(generate.status, 0);
    QString forward = zoneHead(DOMAIN) + u"ns1 IN A 127.0.0.1\n"_s;
    QString reverse = zoneHead(u"2.0.192.in-addr.arpa"_s);
    int ptrs = 0;
    for (const QString& line : generate.out.split(u'\n')) {
        if (line.startsWith(u"; ") && line.contains(u" IN PTR "_s)) {
            reverse += line.mid(2) + u'\n';
            ++ptrs;
        } else if (!line.startsWith(u';')) {
            forward += line + u'\n';
        }
    }
    QCOMPARE(ptrs, 1);
    forward += dkimLine + u'\n';
    const QString forwardFile = zones + u"/roundtrip.test.zone"_s;
    QVERIFY(writeFile(forwardFile, forward));
    QVERIFY(writeFile(zones + u"/2.0.192.in-addr.arpa.zone"_s, reverse));
    QString checkzone;
    QCOMPARE(runProgram(u"named-checkzone"_s, {DOMAIN, forwardFile}, &checkzone), 0);

    const QString state = dir.filePath(u"state"_s);
    QString error;
    const auto port = todoku::test::startExtraNamed(state, zones, &error);
    QVERIFY2(port, qPrintable(error));
    const auto stop = qScopeGuard([&] { todoku::test::stopExtraNamed(state); });
    const QString server = u"127.0.0.1:"_s + QString::number(*port);

    // The domain check, with this named as resolver and as the zones' authoritative server.
    const CliRun check = runCli({u"--json"_s,
                                 u"--server"_s,
                                 server,
                                 u"check"_s,
                                 DOMAIN,
                                 u"--ip"_s,
                                 IP,
                                 u"--helo"_s,
                                 MAIL_HOST,
                                 u"--selector"_s,
                                 u"s1"_s,
                                 u"--no-selector-discovery"_s,
                                 u"--dnsbl"_s,
                                 u"spamhaus-zen=bl.roundtrip.test"_s,
                                 u"--ns-port"_s,
                                 QString::number(*port)});
    QCOMPARE(check.status, 0);
    QStringList problems;
    QStringList checks;
    for (const QJsonValue& v : check.json().value(u"items"_s).toArray()) {
        const QJsonObject item = v.toObject();
        checks.append(item.value(u"check"_s).toString());
        for (const QJsonValue& f : item.value(u"findings"_s).toArray()) {
            const QString severity = f.toObject().value(u"severity"_s).toString();
            if (severity == u"error" || severity == u"warning") {
                problems.append(f.toObject().value(u"id"_s).toString());
            }
        }
    }
    QVERIFY(checks.contains(u"dkim"_s) && checks.contains(u"ptr"_s) && checks.contains(u"authns"_s));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u' ')));

    // The generated key signs through dkimpy; Todoku fetches the record from this named and verifies it.
    const QString plain = dir.filePath(u"plain.eml"_s);
    const QString signedMessage = dir.filePath(u"signed.eml"_s);
    QVERIFY(writeFile(plain,
                      u"From: info@roundtrip.test\r\nTo: guest@gmail.com\r\nSubject: round trip\r\n"
                      u"Date: Thu, 03 Dec 2026 10:00:00 +0900\r\n\r\nこんにちは\r\n"_s));
    QString signOutput;
    QCOMPARE(runProgram(QStringLiteral(TODOKU_PYTHON),
                        {todoku::test::sourcePath(u"support/dkim_sign.py"_s),
                         key,
                         u"s1"_s,
                         DOMAIN,
                         u"relaxed"_s,
                         u"relaxed"_s,
                         u"rsa-sha256"_s,
                         u"0"_s,
                         plain,
                         signedMessage},
                        &signOutput),
             0);
    const CliRun verify = runCli({u"--json"_s, u"--server"_s, server, u"dkim"_s, u"verify"_s, signedMessage});
    QCOMPARE(verify.status, 0);
    const QJsonArray signatures = verify.json().value(u"signatures"_s).toArray();
    QCOMPARE(signatures.size(), 1);
    QCOMPARE(signatures.first().toObject().value(u"verification"_s).toString(), u"pass"_s);

    // OpenDKIM loads the key Todoku wrote: opendkim-testmsg signs the message (rsa-sha1, relaxed/simple,
    // its fixed choice) and Todoku verifies that signature through this named.
    if (QStandardPaths::findExecutable(u"opendkim-testmsg"_s).isEmpty()) {
        QSKIP("opendkim-testmsg (opendkim-tools) is not installed: scripts/deps.sh test");
    }
    const QString opendkimSigned = dir.filePath(u"opendkim-signed.eml"_s);
    QProcess opendkim;
    opendkim.setStandardInputFile(plain);
    opendkim.setStandardOutputFile(opendkimSigned);
    opendkim.start(u"opendkim-testmsg"_s, {u"-C"_s, u"-d"_s, DOMAIN, u"-s"_s, u"s1"_s, u"-k"_s, key});
    QVERIFY(opendkim.waitForFinished(60000));
    QVERIFY2(opendkim.exitCode() == 0, opendkim.readAllStandardError().constData());
    const CliRun opendkimVerify =
        runCli({u"--json"_s, u"--server"_s, server, u"dkim"_s, u"verify"_s, opendkimSigned});
    QCOMPARE(opendkimVerify.status, 0);
    const QJsonArray opendkimSignatures = opendkimVerify.json().value(u"signatures"_s).toArray();
    QCOMPARE(opendkimSignatures.size(), 1);
    const QJsonObject opendkimSignature = opendkimSignatures.first().toObject();
    QCOMPARE(opendkimSignature.value(u"selector"_s).toString(), u"s1"_s);
    QCOMPARE(opendkimSignature.value(u"verification"_s).toString(), u"pass"_s);

    // rspamd loads it too: its RSA signature over a digest checks against the p= Todoku published.
    if (QStandardPaths::findExecutable(u"rspamadm"_s).isEmpty()) {
        QSKIP("rspamadm (rspamd) is not installed: scripts/deps.sh test");
    }
    QString rspamdOutput;
    QCOMPARE(runProgram(u"rspamadm"_s,
                        {u"lua"_s,
                         u"-b"_s,
                         u"-a"_s,
                         key,
                         u"-a"_s,
                         plain,
                         todoku::test::sourcePath(u"support/rspamd_sign.lua"_s)},
                        &rspamdOutput),
             0);
    const QString record = dkimLine.mid(dkimLine.indexOf(u'"')).remove(u'"').remove(u' ');
    const QString p = record.mid(record.indexOf(u"p="_s) + 2);
    const QString publicKey = dir.filePath(u"s1.pub.pem"_s);
    QVERIFY(writeFile(publicKey, u"-----BEGIN PUBLIC KEY-----\n"_s + p + u"\n-----END PUBLIC KEY-----\n"_s));
    const QString signature = dir.filePath(u"rspamd.sig"_s);
    QFile sig(signature);
    QVERIFY(sig.open(QIODevice::WriteOnly));
    sig.write(QByteArray::fromBase64(rspamdOutput.trimmed().split(u'\n').last().toLatin1()));
    sig.close();
    QString opensslOutput;
    QCOMPARE(runProgram(u"openssl"_s,
                        {u"dgst"_s, u"-sha256"_s, u"-verify"_s, publicKey, u"-signature"_s, signature, plain},
                        &opensslOutput),
             0);
    QVERIFY2(opensslOutput.contains(u"Verified OK"_s), qPrintable(opensslOutput));
}

QTEST_GUILESS_MAIN(TestCliSetupRoundTrip)
#include "TestCliSetupRoundTrip.moc"
