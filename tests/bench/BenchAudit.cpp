// SPDX-License-Identifier: GPL-3.0-or-later
// bench_audit: runs the full domain check (DomainAudit) for every line of a list at once through one
// AresResolver and reports the wall time as JSON. Lines: "DOMAIN IP HELO SELECTOR". run-audit-bench puts
// a delaying proxy in front of the fixture and compares the time with the lower bound.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <memory>
#include <vector>

#include "core/audit/DomainAudit.h"
#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/dns/DnsSession.h"

#include <sys/resource.h>

using namespace todoku;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("HOST:PORT"), QStringLiteral("S"));
    const QCommandLineOption listOption(QStringLiteral("domains"),
                                        QStringLiteral("file: DOMAIN IP HELO SELECTOR per line"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption inFlightOption(
        QStringLiteral("max-in-flight"),
        QStringLiteral("queries on the wire at once (0: from net.core.rmem_max)"),
        QStringLiteral("N"),
        QString::number(DnsResolverSettings{}.maxInFlight));
    const QCommandLineOption dnsblOption(QStringLiteral("dnsbl-zone"),
                                         QStringLiteral("the one blocklist zone to ask"),
                                         QStringLiteral("ZONE"));
    const QCommandLineOption noDiscoveryOption(QStringLiteral("no-selector-discovery"),
                                               QStringLiteral("ask only the given selector"));
    const QCommandLineOption logOption(
        QStringLiteral("query-log"),
        QStringLiteral("write every audit's query log: DOMAIN NAME TYPE cache|sent OUTCOME"),
        QStringLiteral("FILE"));
    parser.addOptions({serverOption, listOption, inFlightOption, dnsblOption, noDiscoveryOption, logOption});
    parser.process(app);
    const auto server = DnsServer::parse(parser.value(serverOption));
    QFile file(parser.value(listOption));
    if (!server || !file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "bench_audit: --server HOST:PORT and --domains FILE are required\n";
        return 2;
    }
    QList<AuditRequest> requests;
    QList<DnsblList> lists;
    for (DnsblList l : defaultDnsblLists()) {
        if (l.id == u"spamhaus-zen" && parser.isSet(dnsblOption)) {
            l.zone = parser.value(dnsblOption);
            lists.append(l);
        }
    }
    while (!file.atEnd()) {
        const QStringList f = QString::fromLatin1(file.readLine().trimmed()).split(u' ', Qt::SkipEmptyParts);
        if (f.size() < 4) {
            continue;
        }
        AuditRequest r;
        r.domain = f[0];
        r.ips = {QHostAddress(f[1])};
        r.helo = f[2];
        r.selectors = {f[3]};
        r.dnsblLists = lists;
        r.discoverSelectors = !parser.isSet(noDiscoveryOption);
        requests.append(r);
    }

    const AresLibrary ares;
    DnsResolverSettings settings;
    settings.servers = {*server};
    settings.timeoutMs = 2000;
    settings.maxInFlight = parser.value(inFlightOption).toInt();
    AresResolver resolver(settings);

    QFile log(parser.value(logOption));
    if (parser.isSet(logOption) && !log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "bench_audit: cannot write " << log.fileName() << '\n';
        return 2;
    }
    QTextStream logStream(&log);
    QElapsedTimer clock;
    clock.start();
    int finished = 0;
    int queries = 0;
    int upstream = 0;
    QJsonObject statuses;
    std::vector<std::unique_ptr<DomainAudit>> audits;
    for (const AuditRequest& request : std::as_const(requests)) {
        auto audit = std::make_unique<DomainAudit>(&resolver);
        DomainAudit* a = audit.get();
        QObject::connect(a, &DomainAudit::finished, &app, [&, a] {
            for (const AuditItem& i : a->report().items) {
                const QString key =
                    i.check + u'=' + audit::statusName(i.status)
                    + (i.state == AuditItemState::Done ? QString() : u'/' + audit::stateName(i.state));
                statuses.insert(key, statuses.value(key).toInt() + 1);
            }
            queries += int(a->report().queryLog.size());
            if (log.isOpen()) {
                for (const DnsQueryLogEntry& e : a->report().queryLog) {
                    logStream << a->report().domain << ' ' << e.name << ' ' << dns::typeName(e.type) << ' '
                              << (e.fromCache ? "cache" : "sent") << ' ' << dns::outcomeName(e.outcome)
                              << '\n';
                }
            }
            upstream += a->report().upstreamQueries;
            if (++finished == int(requests.size())) {
                app.quit();
            }
        });
        a->start(request);
        audits.push_back(std::move(audit));
    }
    if (!requests.isEmpty()) {
        app.exec();
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QTextStream(stdout) << QJsonDocument(
                               QJsonObject{{QStringLiteral("audits"), int(requests.size())},
                                           {QStringLiteral("queries"), queries},
                                           {QStringLiteral("upstreamQueries"), upstream},
                                           {QStringLiteral("seconds"), seconds},
                                           {QStringLiteral("maxInFlight"), resolver.maxQueriesInFlight()},
                                           {QStringLiteral("statuses"), statuses},
                                           {QStringLiteral("peakRssMiB"), usage.ru_maxrss / 1024.0}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}
