// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace todoku::test {

namespace {

std::optional<DnsServer> fixtureOn(const QString& host)
{
    QFile file(QStringLiteral(TODOKU_DNS_STATE_DIR "/port"));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    bool ok = false;
    const uint port = file.readAll().trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        return std::nullopt;
    }
    DnsServer server;
    server.address = QHostAddress(host);
    server.port = quint16(port);
    return server;
}

} // namespace

QString dataPath(const QString& relative)
{
    return QStringLiteral(TODOKU_SOURCE_DIR "/tests/data/") + relative;
}

QString sharedPath(const QString& relative)
{
    const QString root = QDir::cleanPath(QStringLiteral(TODOKU_SOURCE_DIR "/../shared"));
    if (!QFileInfo(root).isDir()) {
        return {};
    }
    return relative.isEmpty() ? root : root + u'/' + relative;
}

std::optional<DnsServer> fixtureServer()
{
    return fixtureOn(QStringLiteral("127.0.0.1"));
}

DnsResolverSettings fixtureSettings(const DnsServer& server, int timeoutMs)
{
    DnsResolverSettings settings;
    settings.servers = {server};
    settings.timeoutMs = timeoutMs;
    settings.tries = 1;
    return settings;
}

std::optional<DnsServer> fixtureServerV6()
{
    return fixtureOn(QStringLiteral("::1"));
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(TODOKU_SOURCE_DIR "/tests/") + relative;
}

bool dkimpySign(const QString& keyPath,
                const QString& selector,
                const QString& domain,
                const QString& canon,
                const QString& algorithm,
                bool length,
                const QString& in,
                const QString& out)
{
    QProcess p;
    p.start(QStringLiteral(TODOKU_PYTHON),
            {sourcePath(QStringLiteral("support/dkim_sign.py")),
             keyPath,
             selector,
             domain,
             canon.section(u'/', 0, 0),
             canon.section(u'/', 1, 1),
             algorithm,
             length ? QStringLiteral("1") : QStringLiteral("0"),
             in,
             out});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return false;
    }
    return true;
}

std::optional<quint16> startExtraNamed(const QString& stateDir, const QString& zoneDir, QString* error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("python3"),
            {sourcePath(QStringLiteral("support/named_fixture.py")),
             QStringLiteral("start"),
             stateDir,
             zoneDir,
             QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1")});
    const bool ok = p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    QFile portFile(stateDir + QStringLiteral("/port"));
    if (!ok || !portFile.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QString::fromUtf8(p.readAll());
        }
        return std::nullopt;
    }
    const uint port = portFile.readAll().trimmed().toUInt();
    return port > 0 && port < 65536 ? std::optional<quint16>(quint16(port)) : std::nullopt;
}

void stopExtraNamed(const QString& stateDir)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            {sourcePath(QStringLiteral("support/named_fixture.py")), QStringLiteral("stop"), stateDir});
    p.waitForFinished(30000);
}

QList<DnsblList> fixtureDnsblLists()
{
    QList<DnsblList> out;
    for (DnsblList l : defaultDnsblLists()) {
        if (l.id == u"spamhaus-zen") {
            l.zone = QStringLiteral("bl.dnsbl.test");
            l.dqsZone = QStringLiteral("dq.dnsbl.test");
            out.append(l);
        } else if (l.id == u"spamhaus-dbl") {
            l.zone = QStringLiteral("dbl.dnsbl.test");
            l.dqsZone.clear();
            out.append(l);
        }
    }
    return out;
}

} // namespace todoku::test
