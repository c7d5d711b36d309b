// SPDX-License-Identifier: GPL-3.0-or-later
// ErrorText: turns an Error into a sentence in the current UI language.
#pragma once

#include <QCoreApplication>

#include "core/common/Error.h"

namespace todoku {

/** Renders Error values through Qt's translation system, so the text follows the language switch. */
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString text(const Error& error);
    static QString codeName(ErrorCode code);

    /** The stable code of a syntax detail ("spf.syntax.cidr-length"); empty for SyntaxDetail::None. */
    static QString detailCode(SyntaxDetail detail);
    /** The detail a code names; None for an unknown code. */
    static SyntaxDetail detailFromCode(const QString& code);
    /** What is wrong, as a phrase in the current language (no final period); empty for None. */
    static QString detailText(SyntaxDetail detail, const QStringList& args = {});
    /** Same for a code as carried in a finding's arguments; an unknown code is returned unchanged. */
    static QString detailText(const QString& code, const QStringList& args = {});
    /**
     * For finding texts that quote a syntax detail: the finding carries the detail's code at args[codeIndex]
     * and the detail's own arguments from args[argsFrom] on (the end of the list). Returns the args with
     * the code replaced by its text in the current language.
     */
    static QStringList renderDetailArgument(QStringList args, int codeIndex, int argsFrom);
};

} // namespace todoku
