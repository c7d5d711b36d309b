// SPDX-License-Identifier: GPL-3.0-or-later
// bench_analyze: reading plus offline diagnosis of a typical 30 KB Gmail "Show original" page and of a 25 MB
// message with attachments — what the Analyze pane does on its worker before any DNS query. Reports the
// median and best time over repeated runs and the peak RSS. Not part of ctest; run it by hand:
//   build/tests/bench/bench_analyze [--runs N]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

#include "core/diagnosis/MessageDiagnosis.h"

#include <sys/resource.h>

using namespace todoku;

namespace {

QByteArray readSample(const char* name)
{
    QFile f(QStringLiteral(TODOKU_SOURCE_DIR "/tests/data/analyze/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(f.fileName()));
    }
    return f.readAll();
}

QByteArray randomBase64(qsizetype bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator gen(7);
    gen.fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    const QByteArray b64 = raw.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 38);
    for (qsizetype i = 0; i < b64.size(); i += 76) {
        out += b64.mid(i, 76) + "\r\n";
    }
    return out;
}

/** The softfail sample's Gmail page with a multipart/alternative body padded to about 30 KB of HTML. */
QByteArray typicalGmailPage()
{
    QByteArray page = readSample("gmail-original-en-softfail.txt");
    page.replace("Content-Type: text/plain; charset=UTF-8",
                 "Content-Type: multipart/alternative; boundary=\"b1\"");
    QByteArray body = "\n--b1\nContent-Type: text/plain; charset=UTF-8\n\n";
    for (int i = 0; i < 60; ++i) {
        body += "Thank you for your booking. Check-in is from 15:00; please show this mail at the desk.\n";
    }
    body += "\n--b1\nContent-Type: text/html; charset=UTF-8\n\n<html><body>";
    while (body.size() < 30 * 1024) {
        body += "<p style=\"margin:0 0 8px 0;font-family:sans-serif\">Your room is ready.</p>\n";
    }
    body += "</body></html>\n--b1--\n";
    return page + body;
}

/** A raw message with DKIM-Signature, Received hops and 25 MB of base64 attachments. */
QByteArray largeMessage()
{
    QByteArray m = readSample("gmail-original-en-softfail.txt");
    m = m.mid(m.indexOf("Delivered-To:"));
    m.replace("Content-Type: text/plain; charset=UTF-8",
              "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.jp; s=s1;\n"
              " h=from:to:subject:date; bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=;\n"
              " b=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmnopqrstuvwxyzABCDEF==\n"
              "Content-Type: multipart/mixed; boundary=\"m1\"");
    m += "\n--m1\nContent-Type: text/plain; charset=UTF-8\n\nPlans attached.\n";
    for (int part = 0; part < 5; ++part) {
        m += "--m1\nContent-Type: application/pdf; name=\"plan" + QByteArray::number(part)
             + ".pdf\"\nContent-Transfer-Encoding: base64\n\n" + randomBase64(3750 * 1024);
    }
    m += "--m1--\n";
    return m;
}

struct Timing
{
    double medianMs = 0;
    double bestMs = 0;
};

Timing measure(const QByteArray& input, int runs, QString* placement)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const PastedInput pasted = PastedInput::read(input);
        const MessageDiagnosis d = MessageDiagnosis::analyze(pasted, input);
        ms.append(double(t.nsecsElapsed()) / 1e6);
        *placement = MessageDiagnosis::placementName(d.placement) + QStringLiteral(", ")
                     + QString::number(d.findings.size()) + QStringLiteral(" findings");
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.first()};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("repetitions of the small input"),
                                        QStringLiteral("N"),
                                        QStringLiteral("200"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);

    const QByteArray page = typicalGmailPage();
    QString what;
    const Timing small = measure(page, runs, &what);
    out << QStringLiteral("gmail page %1 KB: median %2 ms, best %3 ms over %4 runs (%5)\n")
               .arg(page.size() / 1024)
               .arg(small.medianMs, 0, 'f', 3)
               .arg(small.bestMs, 0, 'f', 3)
               .arg(runs)
               .arg(what);
    out.flush();

    const QByteArray big = largeMessage();
    const Timing large = measure(big, 5, &what);
    struct rusage after
    {
    };
    getrusage(RUSAGE_SELF, &after);
    out << QStringLiteral("message %1 MB: median %2 ms, best %3 ms over 5 runs (%4)\n")
               .arg(double(big.size()) / (1 << 20), 0, 'f', 1)
               .arg(large.medianMs, 0, 'f', 1)
               .arg(large.bestMs, 0, 'f', 1)
               .arg(what);
    out << QStringLiteral("peak RSS %1 MiB (input %2 MiB)\n")
               .arg(after.ru_maxrss / 1024)
               .arg(big.size() >> 20);
    return 0;
}
