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
};

} // namespace todoku
