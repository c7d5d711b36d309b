// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: everything the analyzer runs on pasted text before any DNS: input classification,
// the header reader, RFC 2047, Authentication-Results, Received and Received-SPF, bounce replies and the
// offline diagnosis.
#include <QByteArray>
#include <cstddef>
#include <cstdint>

#include "core/diagnosis/MessageDiagnosis.h"
#include "core/message/AuthenticationResults.h"
#include "core/message/EncodedWords.h"
#include "core/message/PastedInput.h"
#include "core/message/ReceivedHeader.h"
#include "core/message/ReceivedSpf.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const todoku::PastedInput in = todoku::PastedInput::read(input);
    for (const todoku::HeaderField& field : in.message.headers()) {
        todoku::message::decodeEncodedWords(field.value);
        (void)todoku::AuthenticationResults::parse(field.value);
        (void)todoku::AuthenticationResults::parseArc(field.value);
        (void)todoku::ReceivedHeader::parse(field.value);
        (void)todoku::ReceivedSpf::parse(field.value);
    }
    (void)todoku::MessageDiagnosis::analyze(in, input);
    return 0;
}
