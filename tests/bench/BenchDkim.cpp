// SPDX-License-Identifier: GPL-3.0-or-later
// bench_dkim: verifies the DKIM signatures of one message file as `todoku-cli dkim verify` does (map,
// parse, body and header hashes, key lookup through one AresResolver, signature check) and reports the
// median and best time of repeated runs, the body-hash part alone, MB/s and the peak RSS. Not part of
// ctest; tests/bench/run-dkim-bench runs it against the fixture named.
//   build/tests/bench/bench_dkim --server 127.0.0.1:PORT [--runs N] FILE
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

#include "core/common/MappedFile.h"
#include "core/dkim/DkimCanonicalizer.h"
#include "core/dkim/DkimVerifier.h"
#include "core/dns/AresLibrary.h"
#include "core/dns/AresResolver.h"

#include <sys/resource.h>

using namespace todoku;

namespace {

struct Run
{
    double seconds = 0;     ///< the whole verification
    double hashSeconds = 0; ///< canonicalizing and hashing the body once per signature
    double readSeconds = 0;
    double parseSeconds = 0;   ///< MailMessage::parse()
    double prepareSeconds = 0; ///< dkim::prepare(): the body and header hashes
    QStringList results;
};

Run verifyOnce(const QString& path, DnsResolver* resolver)
{
    Run run;
    QElapsedTimer clock;
    clock.start();
    // As todoku-cli dkim verify reads it: mapped and populated, and the parsed body is a view into it.
    const MappedFile file(path);
    if (!file.isOpen()) {
        qFatal("cannot read %s", qPrintable(path));
    }
    const QByteArray& bytes = file.bytes();
    run.readSeconds = clock.nsecsElapsed() / 1e9;
    const MailMessage message = MailMessage::parse(bytes);
    run.parseSeconds = clock.nsecsElapsed() / 1e9 - run.readSeconds;
    const QList<DkimPrepared> prepared = dkim::prepare(message);
    run.prepareSeconds = clock.nsecsElapsed() / 1e9 - run.readSeconds - run.parseSeconds;
    DkimVerifier verifier(resolver);
    QEventLoop loop;
    QObject::connect(&verifier, &DkimVerifier::finished, &loop, &QEventLoop::quit);
    verifier.start(prepared);
    loop.exec();
    run.seconds = clock.nsecsElapsed() / 1e9;
    for (const DkimVerification& v : verifier.results()) {
        run.results.append(DkimVerification::resultName(v.result));
    }
    // The body hash alone, as prepare() computes it for each signature.
    clock.restart();
    for (const DkimPrepared& p : prepared) {
        if (p.signature) {
            DkimBodyHasher hasher(
                p.signature->bodyCanonicalization, p.signature->hashName(), p.signature->bodyLength);
            hasher.add(message.body());
            hasher.finish();
        }
    }
    run.hashSeconds = clock.nsecsElapsed() / 1e9;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("DNS server with the keys"), QStringLiteral("HOST:PORT"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("repetitions"), QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({serverOption, runsOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("the signed message"));
    parser.process(app);
    const auto server = DnsServer::parse(parser.value(serverOption));
    if (!server || parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << "bench_dkim: --server HOST:PORT and one FILE are required\n";
        return 2;
    }
    const QString path = parser.positionalArguments().at(0);
    const AresLibrary ares;
    DnsResolverSettings settings;
    settings.servers = {*server};
    settings.timeoutMs = 2000;
    AresResolver resolver(settings);

    QList<double> times;
    QList<double> hashTimes;
    QList<double> readTimes;
    QList<double> parseTimes;
    QList<double> prepareTimes;
    QStringList results;
    for (int i = 0; i < std::max(1, parser.value(runsOption).toInt()); ++i) {
        const Run run = verifyOnce(path, &resolver);
        times.append(run.seconds);
        hashTimes.append(run.hashSeconds);
        readTimes.append(run.readSeconds);
        parseTimes.append(run.parseSeconds);
        prepareTimes.append(run.prepareSeconds);
        results = run.results;
    }
    const double megabytes = QFileInfo(path).size() / 1e6;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QTextStream(stdout) << QJsonDocument(
                               QJsonObject{{QStringLiteral("file"), path},
                                           {QStringLiteral("megabytes"), megabytes},
                                           {QStringLiteral("results"), QJsonArray::fromStringList(results)},
                                           {QStringLiteral("medianSeconds"), median(times)},
                                           {QStringLiteral("bestSeconds"),
                                            *std::min_element(times.begin(), times.end())},
                                           {QStringLiteral("bodyHashMedianSeconds"), median(hashTimes)},
                                           {QStringLiteral("readMedianSeconds"), median(readTimes)},
                                           {QStringLiteral("parseMedianSeconds"), median(parseTimes)},
                                           {QStringLiteral("prepareMedianSeconds"), median(prepareTimes)},
                                           {QStringLiteral("megabytesPerSecond"), megabytes / median(times)},
                                           {QStringLiteral("peakRssMiB"), usage.ru_maxrss / 1024.0}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}
