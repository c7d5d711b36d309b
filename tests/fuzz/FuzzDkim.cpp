// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the DKIM-Signature and key-record parsers, the key linter, both canonicalizations, and
// dkim::prepare (canonicalize + hash of every signature, no DNS). It also checks the body hasher's
// chunk-independence: the input fed in pieces whose sizes come from the input must hash as fed whole.
#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/dkim/DkimCanonicalizer.h"
#include "core/dkim/DkimKeyRecord.h"
#include "core/dkim/DkimSignature.h"
#include "core/dkim/DkimVerifier.h"

using namespace todoku;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)DkimSignature::parse(input);
    (void)DkimSignature::withoutSignatureValue(input);
    (void)DkimKeyRecord::parse(input);
    (void)dkim::lintKeyRecord(input, QStringLiteral("s._domainkey.example.jp"));
    for (const auto canon : {DkimCanonicalization::Simple, DkimCanonicalization::Relaxed}) {
        (void)dkim::canonicalHeader(input, canon);
        DkimBodyHasher whole(canon, QStringLiteral("sha256"));
        whole.add(input);
        const QByteArray expected = whole.finish();
        DkimBodyHasher chunked(canon, QStringLiteral("sha256"));
        for (qsizetype at = 0; at < input.size();) {
            const qsizetype n = qMin<qsizetype>(1 + quint8(input.at(at)) % 13, input.size() - at);
            chunked.add(input.constData() + at, n);
            at += n;
        }
        if (chunked.finish() != expected) {
            std::abort();
        }
    }
    (void)dkim::prepare(MailMessage::parse(input));
    return 0;
}
