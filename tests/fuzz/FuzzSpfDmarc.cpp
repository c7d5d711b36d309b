// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the SPF and DMARC record parsers (SpfRecord::parse, spf::expandMacros, DMARC records and
// report URIs) and SpfBuilder's address reader. One property is checked beyond "no crash": a record the
// builder makes always parses.
#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/dmarc/DmarcRecord.h"
#include "core/spf/SpfBuilder.h"
#include "core/spf/SpfMacro.h"
#include "core/spf/SpfRecord.h"

using namespace todoku;

namespace {

SpfMacroContext contextFor(bool ipv6)
{
    SpfMacroContext c;
    c.sender = QStringLiteral("strong-bad@email.example.com");
    c.localPart = QStringLiteral("strong-bad");
    c.senderDomain = QStringLiteral("email.example.com");
    c.domain = QStringLiteral("email.example.com");
    c.ip = QHostAddress(ipv6 ? QStringLiteral("2001:db8::cb01") : QStringLiteral("192.0.2.3"));
    c.helo = QStringLiteral("mx.example.org");
    c.timestamp = 1700000000;
    return c;
}

void expand(const QString& macroString, bool ipv6)
{
    const SpfMacroContext context = contextFor(ipv6);
    for (bool forExplanation : {false, true}) {
        if (const std::optional<QString> out = spf::expandMacros(macroString, context, forExplanation)) {
            (void)spf::truncateDomain(*out);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);
    const bool ipv6 = size > 0 && (data[0] & 1);

    (void)SpfRecord::isSpfText(bytes);
    if (const Result<SpfRecord> record = SpfRecord::parse(text)) {
        (void)record->dnsTermCount();
        for (const SpfMechanism& m : record->mechanisms) {
            (void)m.queriesDns();
            expand(m.domainSpec, ipv6);
        }
        expand(record->redirect.value_or(QString()), ipv6);
        expand(record->exp.value_or(QString()), ipv6);
    }
    expand(text, ipv6);

    if (const Result<DmarcRecord> dmarc = dmarc::parseRecord(text)) {
        (void)dmarc::lintRecord(*dmarc);
    }
    (void)dmarc::parseUri(text);
    (void)dmarc::parsePolicy(text);

    // Each line an address or network for the builder; whatever it accepts must give a parsable record.
    SpfBuilder builder{SpfProviderCatalog()};
    int lines = 0;
    for (const QString& line : text.split(u'\n')) {
        builder.addNetwork(line);
        if (++lines == 64) {
            break;
        }
    }
    builder.setSoftFail(ipv6);
    if (!SpfRecord::parse(builder.build().record)) {
        std::abort();
    }
    return 0;
}
