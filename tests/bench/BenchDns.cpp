// SPDX-License-Identifier: GPL-3.0-or-later
// bench_dns: resolves N distinct names through AresResolver in one process and reports throughput,
// the most queries in flight at once and peak memory. Not part of ctest; tests/bench/run-dns-bench runs it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"

#include <sys/resource.h>

using namespace todoku;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("DNS server"), QStringLiteral("HOST:PORT"));
    const QCommandLineOption countOption(
        QStringLiteral("count"), QStringLiteral("names"), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption zoneOption(QStringLiteral("zone"),
                                        QStringLiteral("zone with wildcard records"),
                                        QStringLiteral("ZONE"),
                                        QStringLiteral("bench.test"));
    parser.addOptions({serverOption, countOption, zoneOption});
    parser.process(app);
    const auto server = DnsServer::parse(parser.value(serverOption));
    if (!server) {
        QTextStream(stderr) << "bench_dns: --server HOST:PORT is required\n";
        return 2;
    }
    const int count = parser.value(countOption).toInt();
    const QString zone = parser.value(zoneOption);

    const AresLibrary ares;
    DnsResolverSettings settings;
    settings.servers = {*server};
    settings.timeoutMs = 2000;
    settings.tries = 2;
    AresResolver resolver(settings);

    int finished = 0;
    int answers = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("host%1.%2").arg(i).arg(zone);
        DnsQuery* q = resolver.lookup(name, (i % 2) ? DnsRecordType::TXT : DnsRecordType::A, {}, &app);
        QObject::connect(q, &DnsQuery::finished, &app, [&, q] {
            answers += q->answer().isAnswer() ? 1 : 0;
            q->deleteLater();
            if (++finished == count) {
                app.quit();
            }
        });
    }
    app.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const QJsonObject report{
        {QStringLiteral("queries"), count},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("queriesPerSecond"), count / seconds},
        {QStringLiteral("maxInFlight"), resolver.maxQueriesInFlight()},
        {QStringLiteral("peakRssMiB"), usage.ru_maxrss / 1024.0},
    };
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return answers == count ? 0 : 1;
}
