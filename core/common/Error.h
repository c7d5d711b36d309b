// SPDX-License-Identifier: GPL-3.0-or-later
// Error: a machine-readable code plus arguments; the text is rendered at display time (ErrorText).
#pragma once

#include <QString>
#include <QStringList>

namespace todoku {

/** What went wrong with an input the user gave us. Stable: the CLI and the UI map these to text. */
enum class ErrorCode
{
    InvalidDomainName,   ///< args: the name as typed
    LabelTooLong,        ///< args: the name, the label
    NameTooLong,         ///< args: the name
    InvalidServer,       ///< args: the server as typed
    InvalidRecordType,   ///< args: the type as typed
    InvalidIpAddress,    ///< args: the address as typed
    FileUnreadable,      ///< args: the path, the system's reason
    FileUnwritable,      ///< args: the path, the system's reason
    KeyGenerationFailed, ///< args: the key type ("rsa2048", …)
    ResolverInitFailed,  ///< args: detail for logs only
    Syntax,              ///< args: what was expected, the text; position() holds the offset
};

/** An error value: code, arguments for the message, and for parsers the 0-based offset of the fault. */
struct Error
{
    ErrorCode code = ErrorCode::Syntax;
    QStringList args;
    int position = -1;

    static Error make(ErrorCode code, QStringList args = {}, int position = -1)
    {
        return Error{code, std::move(args), position};
    }
};

} // namespace todoku
