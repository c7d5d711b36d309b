// SPDX-License-Identifier: GPL-3.0-or-later
// DkimBodyDiagnosis: why a body hash fails, as far as re-hashing variants of the body can show it.
#pragma once

#include <QByteArrayView>
#include <QStringList>

#include "core/dkim/DkimSignature.h"

namespace todoku {

struct PastedInput;

/** Where the message text came from, as far as the caller knows. */
enum class DkimBodySource
{
    File,     ///< bytes read from a file or a download: what the receiver stored
    PagePaste ///< text copied out of a web page (Gmail's "Show original"), which a browser may alter
};

/**
 * The outcome of re-hashing variants of a body whose hash did not match bh=. A variant that matches is
 * proof (a hash collision is not a plausible alternative); no variant matching proves nothing about the
 * cause, only that the body differs from the signed one in a way not tried.
 */
struct DkimBodyDiagnosis
{
    enum class Cause
    {
        None,       ///< no variant matched
        Appended,   ///< the body without its last lines matches: text was added at the end
        CopyDamage, ///< undoing a change a copy makes (`variant`) matches
        Reencoded,  ///< the body converted back from UTF-8 to `variant` (a charset name) matches
    };
    Cause cause = Cause::None;
    /** CopyDamage: "nbsp", "tabs", "tabs-single", "cr-before-crlf", "iso-2022-jp-escapes"; Reencoded: the
     * charset. */
    QString variant;
    int appendedFirstLine = 0; ///< Appended: first and last non-empty added line, lines of the input
    int appendedLastLine = 0;
    QByteArray appendedText; ///< Appended: the first added line (at most 200 bytes), for evidence
    /** What was hashed, in order, as codes: "appended" and the variant names. */
    QStringList tried;
    /** Copy damages this canonicalization cannot see, so they cannot be the cause (codes). */
    QStringList excluded;
    bool pasted = false; ///< the input was copied from a page or carried a copy's indent

    /**
     * Runs the variants for `signature` (its bh= did not match `body`, which must be the body exactly as
     * hashed). `firstLine` is the input line number of the body's first line, `removedIndent` the indent
     * MailMessage took off every line. At most a fixed number of passes over the body, each with bounded
     * memory.
     */
    static DkimBodyDiagnosis run(QByteArrayView body,
                                 const DkimSignature& signature,
                                 DkimBodySource source,
                                 int firstLine = 0,
                                 int removedIndent = 0);

    /** PagePaste for Gmail's "Show original" page (only a browser page shows its summary table). */
    static DkimBodySource sourceOf(const PastedInput& input);
};

} // namespace todoku
