// SPDX-License-Identifier: GPL-3.0-or-later
// MtaStsCheck end to end: records from the named fixture (tests/zones/mtasts.test.zone) through c-ares, and
// policies from an HTTPS server on loopback (QSslServer) with a CA the test makes with `openssl` and trusts.
// Nothing leaves 127.0.0.1.
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/smtp/MtaStsCheck.h"
#include "tests/support/FindingIds.h"
#include "tests/support/TestEnvironment.h"

using namespace todoku;
using todoku::test::findingIds;

namespace {

const QString ZONE = QStringLiteral("mtasts.test");

QString policyHost(const QString& label)
{
    return QStringLiteral("mta-sts.%1.%2").arg(label, ZONE);
}

/** One canned HTTP response per Host. */
struct Route
{
    int status = 200;
    QByteArray reason = "OK";
    QByteArray contentType = "text/plain";
    QByteArray body;
    QByteArray extraHeaders;
};

Route makeRoute(int status,
                QByteArray reason,
                QByteArray contentType = "text/plain",
                QByteArray body = {},
                QByteArray extraHeaders = {})
{
    Route r;
    r.status = status;
    r.reason = std::move(reason);
    r.contentType = std::move(contentType);
    r.body = std::move(body);
    r.extraHeaders = std::move(extraHeaders);
    return r;
}

/** A minimal HTTPS/1.1 server: reads one request, answers by its Host header, closes. */
class PolicyServer : public QObject
{
public:
    explicit PolicyServer(const QSslConfiguration& tls)
    {
        m_server.setSslConfiguration(tls);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection())) {
                socket->setParent(this);
                QObject::connect(socket, &QSslSocket::readyRead, this, [this, socket] { onRead(socket); });
                QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    quint16 port() const { return m_server.serverPort(); }
    QHash<QByteArray, Route> routes;
    QStringList requests; ///< "HOST PATH" of each request served

private:
    void onRead(QSslSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QByteArray path = lines.first().split(' ').value(1);
        QByteArray host;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("host:")) {
                host = line.mid(5).trimmed();
            }
        }
        requests.append(QString::fromLatin1(host + ' ' + path));
        const Route route = path == "/.well-known/mta-sts.txt"
                                ? routes.value(host, makeRoute(404, "Not Found"))
                                : makeRoute(404, "Not Found");
        QByteArray response = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + route.reason + "\r\n";
        response += "Content-Type: " + route.contentType + "\r\n";
        response += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
        response += route.extraHeaders;
        response += "Connection: close\r\n\r\n" + route.body;
        socket->write(response);
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }

    QSslServer m_server;
    QHash<QSslSocket*, QByteArray> m_buffers;
};

bool runOpenssl(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << args.join(u' ') << "failed:" << p.readAll();
        return false;
    }
    return true;
}

QSslConfiguration serverTls(const QString& certFile, const QString& keyFile)
{
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        return {};
    }
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
    c.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    return c;
}

QByteArray policy(const QByteArray& mode, const QByteArray& mx, const QByteArray& maxAge = "604800")
{
    return "version: STSv1\r\nmode: " + mode + "\r\n" + mx + "max_age: " + maxAge + "\r\n";
}

} // namespace

class TestMtaStsCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        TODOKU_REQUIRE_FIXTURE(server);
        m_settings = test::fixtureSettings(server);
        QVERIFY(m_ares.isInitialized());
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(m_dir.isValid());
        const QString d = m_dir.path();
        const QStringList ec = {QStringLiteral("-newkey"),
                                QStringLiteral("ec"),
                                QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"),
                                QStringLiteral("-nodes")};
        // The test CA, and a server certificate it signs for every policy host but wrongname's.
        QVERIFY(runOpenssl(d,
                           QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                               + QStringList{QStringLiteral("-keyout"),
                                             QStringLiteral("ca.key"),
                                             QStringLiteral("-out"),
                                             QStringLiteral("ca.crt"),
                                             QStringLiteral("-days"),
                                             QStringLiteral("2"),
                                             QStringLiteral("-subj"),
                                             QStringLiteral("/CN=Todoku Test CA"),
                                             QStringLiteral("-addext"),
                                             QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                             QStringLiteral("-addext"),
                                             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
        QStringList sans;
        for (const char* label :
             {"good", "uncovered", "testing", "notfound", "redirect", "ctype", "big", "badpolicy"}) {
            sans.append(QStringLiteral("DNS:") + policyHost(QString::fromLatin1(label)));
        }
        QFile ext(d + QStringLiteral("/server.ext"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName="
                  + sans.join(u',').toLatin1() + "\n");
        ext.close();
        QVERIFY(runOpenssl(d,
                           QStringList{QStringLiteral("req")} + ec
                               + QStringList{QStringLiteral("-keyout"),
                                             QStringLiteral("server.key"),
                                             QStringLiteral("-out"),
                                             QStringLiteral("server.csr"),
                                             QStringLiteral("-subj"),
                                             QStringLiteral("/CN=") + policyHost(QStringLiteral("good"))}));
        QVERIFY(runOpenssl(d,
                           {QStringLiteral("x509"),
                            QStringLiteral("-req"),
                            QStringLiteral("-in"),
                            QStringLiteral("server.csr"),
                            QStringLiteral("-CA"),
                            QStringLiteral("ca.crt"),
                            QStringLiteral("-CAkey"),
                            QStringLiteral("ca.key"),
                            QStringLiteral("-CAcreateserial"),
                            QStringLiteral("-days"),
                            QStringLiteral("2"),
                            QStringLiteral("-out"),
                            QStringLiteral("server.crt"),
                            QStringLiteral("-extfile"),
                            QStringLiteral("server.ext")}));
        // A self-signed certificate no one trusts, for untrusted's host.
        QVERIFY(runOpenssl(d,
                           QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                               + QStringList{QStringLiteral("-keyout"),
                                             QStringLiteral("self.key"),
                                             QStringLiteral("-out"),
                                             QStringLiteral("self.crt"),
                                             QStringLiteral("-days"),
                                             QStringLiteral("2"),
                                             QStringLiteral("-subj"),
                                             QStringLiteral("/CN=") + policyHost(QStringLiteral("untrusted")),
                                             QStringLiteral("-addext"),
                                             QStringLiteral("subjectAltName=DNS:")
                                                 + policyHost(QStringLiteral("untrusted"))}));
        m_ca = QSslCertificate::fromPath(d + QStringLiteral("/ca.crt"));
        QCOMPARE(m_ca.size(), 1);

        m_server = std::make_unique<PolicyServer>(
            serverTls(d + QStringLiteral("/server.crt"), d + QStringLiteral("/server.key")));
        m_untrusted = std::make_unique<PolicyServer>(
            serverTls(d + QStringLiteral("/self.crt"), d + QStringLiteral("/self.key")));
        // A port nothing listens on: listen, note the port, close.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        m_closedPort = closed.serverPort();
        closed.close();

        const QByteArray mxGood = "mx: mx1.good.mtasts.test\r\nmx: *.backup.mtasts.test\r\n";
        auto& r = m_server->routes;
        r.insert(policyHost(QStringLiteral("good")).toLatin1(),
                 makeRoute(200, "OK", "text/plain; charset=utf-8", policy("enforce", mxGood)));
        r.insert(policyHost(QStringLiteral("uncovered")).toLatin1(),
                 makeRoute(200, "OK", "text/plain", policy("enforce", mxGood)));
        r.insert(policyHost(QStringLiteral("testing")).toLatin1(),
                 makeRoute(200, "OK", "text/plain", policy("testing", mxGood, "3600")));
        r.insert(policyHost(QStringLiteral("redirect")).toLatin1(),
                 makeRoute(301,
                           "Moved Permanently",
                           "text/html",
                           "<a href=/elsewhere>moved</a>",
                           "Location: https://" + policyHost(QStringLiteral("good")).toLatin1()
                               + "/.well-known/mta-sts.txt\r\n"));
        r.insert(policyHost(QStringLiteral("ctype")).toLatin1(),
                 makeRoute(200, "OK", "text/html; charset=utf-8", policy("enforce", mxGood)));
        r.insert(policyHost(QStringLiteral("big")).toLatin1(),
                 makeRoute(200, "OK", "text/plain", policy("enforce", mxGood) + QByteArray(70 * 1024, '#')));
        r.insert(policyHost(QStringLiteral("badpolicy")).toLatin1(),
                 makeRoute(200, "OK", "text/plain", policy("enforcing", mxGood)));
        m_untrusted->routes.insert(policyHost(QStringLiteral("untrusted")).toLatin1(),
                                   makeRoute(200, "OK", "text/plain", policy("enforce", mxGood)));
    }

    void check_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("argIndex");
        QTest::addColumn<QString>("arg");
        QTest::addColumn<int>("fetch"); // MtaStsFetch::Outcome
        using O = MtaStsFetch::Outcome;
        auto ids = [](std::initializer_list<const char*> list) {
            QStringList l;
            for (const char* s : list) {
                l.append(QString::fromLatin1(s));
            }
            return l;
        };
        QTest::newRow("good") << "good" << ids({"mta-sts.ok"}) << 1 << "enforce" << int(O::Ok);
        QTest::newRow("mx not covered") << "uncovered" << ids({"mta-sts.mx-not-covered"}) << 1
                                        << "mx.elsewhere.mtasts.test" << int(O::Ok);
        QTest::newRow("testing, short max_age")
            << "testing" << ids({"mta-sts.testing-mode", "mta-sts.max-age-short"}) << 0
            << "testing.mtasts.test" << int(O::Ok);
        QTest::newRow("404") << "notfound" << ids({"mta-sts.policy-http-status"}) << 2 << "404"
                             << int(O::HttpStatus);
        QTest::newRow("redirect") << "redirect" << ids({"mta-sts.policy-redirect"}) << 2 << "301"
                                  << int(O::HttpStatus);
        QTest::newRow("content type") << "ctype" << ids({"mta-sts.policy-content-type"}) << 2
                                      << "text/html; charset=utf-8" << int(O::ContentType);
        QTest::newRow("oversize") << "big" << ids({"mta-sts.policy-too-large"}) << 2 << "64"
                                  << int(O::TooLarge);
        QTest::newRow("policy syntax")
            << "badpolicy" << ids({"mta-sts.policy-syntax"}) << 2 << "mode: enforcing" << int(O::Ok);
        QTest::newRow("untrusted cert")
            << "untrusted" << ids({"mta-sts.policy-tls"}) << 2 << "tls-untrusted" << int(O::Tls);
        QTest::newRow("wrong name") << "wrongname" << ids({"mta-sts.policy-tls"}) << 2 << "tls-hostname"
                                    << int(O::Tls);
        QTest::newRow("refused") << "refused" << ids({"mta-sts.policy-unreachable"}) << 2
                                 << "connection-refused" << int(O::Network);
        QTest::newRow("no record") << "none" << ids({"mta-sts.none"}) << 0 << "none.mtasts.test"
                                   << int(O::NotAttempted);
        QTest::newRow("record syntax")
            << "badrecord" << ids({"mta-sts.record-syntax"}) << 2 << "id=not-valid!" << int(O::NotAttempted);
        QTest::newRow("two records") << "two" << ids({"mta-sts.multiple-records"}) << 1 << "2"
                                     << int(O::NotAttempted);
    }

    void check()
    {
        QFETCH(QString, label);
        QFETCH(QStringList, ids);
        QFETCH(int, argIndex);
        QFETCH(QString, arg);
        QFETCH(int, fetch);
        const QString domain = label + u'.' + ZONE;
        AresResolver resolver(m_settings);
        MtaStsCheck check(&resolver);
        check.addCaCertificates(m_ca);
        check.setFetchTimeout(5000);
        for (const char* l : {"good",
                              "uncovered",
                              "testing",
                              "notfound",
                              "redirect",
                              "ctype",
                              "big",
                              "badpolicy",
                              "wrongname"}) {
            check.setHostOverride(
                policyHost(QString::fromLatin1(l)), QHostAddress::LocalHost, m_server->port());
        }
        check.setHostOverride(
            policyHost(QStringLiteral("untrusted")), QHostAddress::LocalHost, m_untrusted->port());
        check.setHostOverride(policyHost(QStringLiteral("refused")), QHostAddress::LocalHost, m_closedPort);
        m_server->requests.clear();

        QSignalSpy done(&check, &MtaStsCheck::finished);
        check.check(domain);
        QVERIFY(done.wait(10000));
        const MtaStsReport& r = check.report();
        QCOMPARE(findingIds(r.findings), ids);
        QCOMPARE(r.findings.first().args.value(argIndex), arg);
        QCOMPARE(int(r.fetch.outcome), fetch);
        QTest::qWait(0);
        QCOMPARE(done.count(), 1);
        if (fetch == int(MtaStsFetch::Outcome::NotAttempted)) {
            QVERIFY(m_server->requests.isEmpty());
        }
    }

    void goodDetails()
    {
        AresResolver resolver(m_settings);
        MtaStsCheck check(&resolver);
        check.addCaCertificates(m_ca);
        check.setHostOverride(policyHost(QStringLiteral("good")), QHostAddress::LocalHost, m_server->port());
        m_server->requests.clear();
        QSignalSpy done(&check, &MtaStsCheck::finished);
        check.check(QStringLiteral("good.mtasts.test"));
        QVERIFY(done.wait(10000));
        const MtaStsReport& r = check.report();
        QCOMPARE(r.record.id, QStringLiteral("20261203a")); // joined from two character-strings
        QCOMPARE(r.fetch.url, QStringLiteral("https://mta-sts.good.mtasts.test/.well-known/mta-sts.txt"));
        QCOMPARE(r.fetch.httpStatus, 200);
        QVERIFY(r.isActive());
        QCOMPARE(r.policy->mode, std::optional<MtaStsMode>(MtaStsMode::Enforce));
        QCOMPARE(r.policy->maxAge.value_or(0), qint64(604800));
        QCOMPARE(
            r.mxHosts,
            (QStringList{QStringLiteral("mx1.good.mtasts.test"), QStringLiteral("mx.backup.mtasts.test")}));
        QVERIFY(r.uncoveredMx.isEmpty());
        QCOMPARE(r.queries.size(), 2); // TXT and MX
        // The request named the policy host, not the loopback address it was sent to.
        QCOMPARE(m_server->requests,
                 QStringList{QStringLiteral("mta-sts.good.mtasts.test /.well-known/mta-sts.txt")});
    }

    void redirectNotFollowed()
    {
        AresResolver resolver(m_settings);
        MtaStsCheck check(&resolver);
        check.addCaCertificates(m_ca);
        check.setHostOverride(
            policyHost(QStringLiteral("redirect")), QHostAddress::LocalHost, m_server->port());
        check.setHostOverride(policyHost(QStringLiteral("good")), QHostAddress::LocalHost, m_server->port());
        m_server->requests.clear();
        QSignalSpy done(&check, &MtaStsCheck::finished);
        check.check(QStringLiteral("redirect.mtasts.test"));
        QVERIFY(done.wait(10000));
        QCOMPARE(check.report().fetch.location,
                 QStringLiteral("https://mta-sts.good.mtasts.test/.well-known/mta-sts.txt"));
        // Only the redirecting host was asked; the target (which would serve a good policy) never was.
        QCOMPARE(m_server->requests,
                 QStringList{QStringLiteral("mta-sts.redirect.mtasts.test /.well-known/mta-sts.txt")});
    }

    void givenMxHostsSkipTheMxQuery()
    {
        AresResolver resolver(m_settings);
        MtaStsCheck check(&resolver);
        check.addCaCertificates(m_ca);
        check.setHostOverride(policyHost(QStringLiteral("good")), QHostAddress::LocalHost, m_server->port());
        QSignalSpy done(&check, &MtaStsCheck::finished);
        check.check(QStringLiteral("good.mtasts.test"), {QStringLiteral("mx9.other.test")});
        QVERIFY(done.wait(10000));
        QCOMPARE(findingIds(check.report().findings), QStringList{QStringLiteral("mta-sts.mx-not-covered")});
        QCOMPARE(check.report().queries.size(), 1);
    }

private:
    AresLibrary m_ares;
    DnsResolverSettings m_settings;
    QTemporaryDir m_dir;
    QList<QSslCertificate> m_ca;
    std::unique_ptr<PolicyServer> m_server;
    std::unique_ptr<PolicyServer> m_untrusted;
    quint16 m_closedPort = 0;
};

QTEST_GUILESS_MAIN(TestMtaStsCheck)
#include "TestMtaStsCheck.moc"
