// SPDX-License-Identifier: GPL-3.0-or-later
// Language loading shared by the GUI and the CLI: Todoku's catalog and Qt's own, embedded or installed.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace todoku::i18n {

/** Language codes Todoku ships: "en" (source language) and "ja". */
QStringList availableLanguages();

/** "ja" for any Japanese locale, else "en": the language Todoku would use for this locale. */
QString languageFor(const QLocale& locale);

/**
 * Installs the translators for `code` ("ja" or "en") on the running QCoreApplication, replacing the ones
 * installed before. Widgets receive QEvent::LanguageChange and retranslate themselves. Returns false if
 * the catalog could not be loaded (the UI then stays in English).
 */
bool setLanguage(const QString& code);

/** The language last set with setLanguage(), "en" before any. */
QString currentLanguage();

/** The name of a language in that language, for menus: "日本語", "English". Never translated. */
QString nativeName(const QString& code);

} // namespace todoku::i18n
