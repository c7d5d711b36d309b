// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/PtrRequestLetter.h"

#include <QCoreApplication>
#include <QTranslator>

#include "core/dns/DnsName.h"

namespace todoku {

namespace {

constexpr const char* CONTEXT = "PtrRequestLetter";

const char* const SUBJECT = QT_TRANSLATE_NOOP("PtrRequestLetter", "Request: reverse DNS (PTR) for %1");
const char* const BODY = QT_TRANSLATE_NOOP(
    "PtrRequestLetter",
    "Hello,\n\n"
    "We send mail from our own server at the IP address below, which you provide. Please set its reverse "
    "DNS (PTR record) as follows:\n\n"
    "  IP address:   %1\n"
    "  Reverse name: %2\n"
    "  PTR value:    %3\n\n"
    "The forward record of %3 (A/AAAA) already points to %1, so the name will be forward-confirmed. Gmail "
    "and other receivers reject or distrust mail from addresses without reverse DNS (reply 550-5.7.25).\n\n"
    "Thank you for your help.\n");

QString translated(const QTranslator* translator, const char* source)
{
    if (translator) {
        const QString t = translator->translate(CONTEXT, source);
        if (!t.isEmpty()) {
            return t;
        }
    }
    return QString::fromUtf8(source);
}

} // namespace

PtrRequestLetter::Letter
PtrRequestLetter::compose(const QHostAddress& address, const QString& hostName, const QString& language)
{
    // A translator of our own rather than the application's: the letter's language is the IP owner's,
    // not necessarily the one the user reads Todoku in. English is the source language.
    QTranslator translator;
    const bool loaded = language != u"en" && translator.load(QStringLiteral(":/i18n/todoku_") + language);
    const QTranslator* t = loaded ? &translator : nullptr;

    const QString ip = address.toString();
    QString value = hostName;
    if (!value.endsWith(u'.')) {
        value += u'.';
    }
    const QString reverse = dns::reverseName(address) + u'.';
    return Letter{translated(t, SUBJECT).arg(ip), translated(t, BODY).arg(ip, reverse, value)};
}

} // namespace todoku
