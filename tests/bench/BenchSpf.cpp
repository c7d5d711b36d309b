// SPDX-License-Identifier: GPL-3.0-or-later
// bench_spf: evaluates SPF for every domain of a list at once through one AresResolver and reports the wall
// time, the queries sent and the results. Not part of ctest; tests/bench/run-spf-bench runs it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"
#include "core/spf/SpfEvaluator.h"

#include <sys/resource.h>

using namespace todoku;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("DNS server"), QStringLiteral("HOST:PORT"));
    const QCommandLineOption domainsOption(
        QStringLiteral("domains"), QStringLiteral("file, one domain per line"), QStringLiteral("FILE"));
    const QCommandLineOption ipOption(QStringLiteral("ip"),
                                      QStringLiteral("client IP"),
                                      QStringLiteral("IP"),
                                      QStringLiteral("203.0.113.250"));
    const QCommandLineOption inFlightOption(
        QStringLiteral("max-in-flight"),
        QStringLiteral("queries on the wire at once (0: from net.core.rmem_max)"),
        QStringLiteral("N"),
        QString::number(DnsResolverSettings{}.maxInFlight));
    parser.addOptions({serverOption, domainsOption, ipOption, inFlightOption});
    parser.process(app);
    const auto server = DnsServer::parse(parser.value(serverOption));
    QFile file(parser.value(domainsOption));
    if (!server || !file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "bench_spf: --server HOST:PORT and --domains FILE are required\n";
        return 2;
    }
    QStringList domains;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty()) {
            domains.append(QString::fromLatin1(line.trimmed()));
        }
    }
    const QHostAddress ip(parser.value(ipOption));

    const AresLibrary ares;
    DnsResolverSettings settings;
    settings.servers = {*server};
    settings.timeoutMs = 2000;
    settings.maxInFlight = parser.value(inFlightOption).toInt();
    AresResolver resolver(settings);

    QElapsedTimer clock;
    clock.start();
    int finished = 0;
    int queries = 0;
    QJsonObject results;
    std::vector<std::unique_ptr<SpfEvaluator>> evaluators;
    for (const QString& domain : std::as_const(domains)) {
        auto evaluator = std::make_unique<SpfEvaluator>(&resolver);
        SpfEvaluator* e = evaluator.get();
        QObject::connect(e, &SpfEvaluator::finished, &app, [&, e] {
            const QString name = spf::resultName(e->result().result);
            results.insert(name, results.value(name).toInt() + 1);
            queries += int(e->result().queries.size());
            if (++finished == int(domains.size())) {
                app.quit();
            }
        });
        e->start(SpfRequest::forMailFrom(ip, u"postmaster@" + domain, QStringLiteral("bench.example")));
        evaluators.push_back(std::move(evaluator));
    }
    if (!domains.isEmpty()) {
        app.exec();
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QTextStream(stdout) << QJsonDocument(
                               QJsonObject{{QStringLiteral("evaluations"), int(domains.size())},
                                           {QStringLiteral("queries"), queries},
                                           {QStringLiteral("seconds"), seconds},
                                           {QStringLiteral("maxInFlight"), resolver.maxQueriesInFlight()},
                                           {QStringLiteral("results"), results},
                                           {QStringLiteral("peakRssMiB"), usage.ru_maxrss / 1024.0}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}
