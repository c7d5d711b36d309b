// SPDX-License-Identifier: GPL-3.0-or-later
// PastedInput: what the user pasted — Gmail's "Show original" page, a message, headers only, or a bounce.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <optional>

#include "core/message/MailMessage.h"

namespace todoku {

/** The kinds DESIGN.md names for `inputKind`, plus Unknown for input that is none of them. */
enum class InputKind
{
    GmailOriginal,
    Message,
    Headers,
    Bounce,
    Unknown
};

/** One row of Gmail's summary table ("SPF: PASS with IP …"), with its line in the paste. */
struct GmailSummaryRow
{
    QString label;
    QString value;
    int line = 0;
};

/**
 * Gmail's own verdicts from the table above the source, in either UI language. Results are upper-case
 * words as Gmail prints them (PASS, SOFTFAIL, …); a row Gmail did not show stays empty.
 */
struct GmailSummary
{
    QList<GmailSummaryRow> rows;
    QString spfResult;
    QHostAddress spfIp;
    int spfLine = 0;
    QString dkimResult;
    QString dkimDomain;
    int dkimLine = 0;
    QString dmarcResult;
    int dmarcLine = 0;
};

/** Why an input could not be read as mail. */
enum class InputProblem
{
    None,
    Empty,
    Binary,
    NoHeaderFields
};

/**
 * Classifies and splits a paste. Never fails: unusable input comes back as InputKind::Unknown with a
 * problem the UI can explain. Line numbers everywhere count lines of the paste as given, from 1.
 */
struct PastedInput
{
    InputKind kind = InputKind::Unknown;
    InputProblem problem = InputProblem::None;
    std::optional<GmailSummary> gmail;
    MailMessage message;      ///< the raw message (after Gmail's table, if any)
    int messageFirstLine = 1; ///< line of the paste where `message` starts
    bool hadBom = false;

    static PastedInput read(const QByteArray& input);
    /** "gmail-original", "message", "headers", "bounce", "unknown": the JSON spelling. */
    static QString kindName(InputKind kind);
};

} // namespace todoku
