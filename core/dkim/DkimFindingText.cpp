// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/DkimFindingText.h"

#include <QCoreApplication>

#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingTextTable.h"

namespace todoku::dkim {

namespace {

// Arguments are positional (%1, %2, …) and documented beside each finding's producer.
constexpr FindingTextEntry ENTRIES[] = {
    {"dkim.weak-key",
     QT_TRANSLATE_NOOP("DkimFindings", "The DKIM key is weak"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The key has %1 bits. Gmail still accepts 1024-bit keys, but %2 bits are recommended "
                       "and shorter keys are rejected."),
     QT_TRANSLATE_NOOP("DkimFindings", "Make a 2048-bit key with a new selector and publish it.")},
    {"dkim.key-large",
     QT_TRANSLATE_NOOP("DkimFindings", "The DKIM record is long"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "A %1-bit key makes a TXT record that some DNS hosts cannot store and that needs TCP "
                       "or large UDP answers."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Check that your DNS host accepts the long value; 2048 bits are enough for Gmail.")},
    {"dkim.ed25519-second",
     QT_TRANSLATE_NOOP("DkimFindings", "Ed25519 only beside an RSA signature"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Gmail is reported not to verify Ed25519 signatures. An Ed25519 signature alone does "
                       "not authenticate mail to Gmail."),
     QT_TRANSLATE_NOOP("DkimFindings", "Sign with an RSA key as well, under a different selector.")},
    {"dkim.revoked",
     QT_TRANSLATE_NOOP("DkimFindings", "The DKIM key is revoked"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The record at %1 has an empty p=, which means the key was withdrawn."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Publish the current public key, or stop signing with this selector.")},
    {"dkim.strict-identity",
     QT_TRANSLATE_NOOP("DkimFindings", "The key forbids subdomains in i="),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The record at %1 has t=s (opendkim-genkey adds it): signatures whose i= is a "
                       "subdomain of d= fail."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Remove t=s unless you mean it, or sign with an i= in exactly the d= domain.")},
    {"dkim.service-email",
     QT_TRANSLATE_NOOP("DkimFindings", "The key is limited to s=email"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The record at %1 has s=email. This is harmless for mail, but it was probably copied "
                       "from another tool's output."),
     ""},
    {"dkim.key-syntax",
     QT_TRANSLATE_NOOP("DkimFindings", "The DKIM record cannot be read"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The record at %1 has an error at character %3: %2. Receivers ignore the key and "
                       "report permerror."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Publish the value exactly as generated: v=DKIM1; k=rsa; p= followed by the key.")},
    {"dkim.quotes-in-value",
     QT_TRANSLATE_NOOP("DkimFindings", "Quotation marks inside the DKIM record"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The record at %1 contains the character \". The DNS host stored the quotes as part "
                       "of the value, which breaks the key."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Enter the value without quotation marks, or in the split form your DNS host asks "
                       "for.")},
    {"dkim.space-in-key",
     QT_TRANSLATE_NOOP("DkimFindings", "Spaces or line breaks inside p="),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The key in the record at %1 contains white space, as happens when a long value is "
                       "pasted into a web form. Receivers may ignore it, but many do not."),
     QT_TRANSLATE_NOOP("DkimFindings", "Enter the key as one unbroken line.")},
    {"dkim.missing-key",
     QT_TRANSLATE_NOOP("DkimFindings", "The DKIM record has no p="),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The record at %1 has no p= tag, so receivers find no key and report permerror."),
     QT_TRANSLATE_NOOP("DkimFindings", "Publish the whole value, including p= and the key.")},
    {"dkim.bad-key",
     QT_TRANSLATE_NOOP("DkimFindings", "The key in p= is damaged"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The key in the record at %1 is not a valid %2 public key. Part of it may be missing "
                       "because the record was split or cut in the wrong place."),
     QT_TRANSLATE_NOOP("DkimFindings", "Copy the whole record value again from where the key was made.")},
    {"dkim.key-ok",
     QT_TRANSLATE_NOOP("DkimFindings", "DKIM key record is usable"),
     QT_TRANSLATE_NOOP("DkimFindings", "The record at %1 holds a %2 key of %3 bits."),
     ""},
    {"dkim.expired",
     QT_TRANSLATE_NOOP("DkimFindings", "The signature has expired"),
     QT_TRANSLATE_NOOP("DkimFindings", "The signature of %1 expired at %2 (x=)."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Signatures are checked when mail arrives; an old message may show this.")},
    {"dkim.future-timestamp",
     QT_TRANSLATE_NOOP("DkimFindings", "The signature is dated in the future"),
     QT_TRANSLATE_NOOP("DkimFindings", "The signature of %1 has t=%2, later than now."),
     QT_TRANSLATE_NOOP("DkimFindings", "Check the clock of the signing server.")},
    {"dkim.body-length",
     QT_TRANSLATE_NOOP("DkimFindings", "The signature covers only part of the body"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The signature of %1 has l=%2: text added after that point is not protected."),
     QT_TRANSLATE_NOOP("DkimFindings", "Turn off the body length limit (l=) in the signer.")},
    {"dkim.sha1",
     QT_TRANSLATE_NOOP("DkimFindings", "The signature uses SHA-1"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The signature of %1 uses rsa-sha1, which RFC 8301 forbids; many receivers treat it "
                       "as failed."),
     QT_TRANSLATE_NOOP("DkimFindings", "Configure the signer for rsa-sha256.")},
    {"dkim.identity-mismatch",
     QT_TRANSLATE_NOOP("DkimFindings", "i= is outside d="),
     QT_TRANSLATE_NOOP("DkimFindings", "The signature's i=%2 is not in the signing domain %1."),
     QT_TRANSLATE_NOOP("DkimFindings", "Configure the signer so that i= ends with the d= domain.")},
    {"dkim.from-not-signed",
     QT_TRANSLATE_NOOP("DkimFindings", "The From header is not signed"),
     QT_TRANSLATE_NOOP("DkimFindings", "The h= list of the signature of %1 does not contain From."),
     QT_TRANSLATE_NOOP("DkimFindings", "Configure the signer to sign the From header.")},
    // Beside dkim.fail.body-hash (DkimVerifier, from DkimBodyDiagnosis): %1 d=.
    {"dkim.body-hash.appended",
     QT_TRANSLATE_NOOP("DkimFindings", "Lines %2–%3 were added after %1 signed"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Without lines %2–%3 at the end, the body matches the signature of %1 exactly: "
                       "those lines were added on the way, as mailing lists add footers and security "
                       "gateways add disclaimers. The rest of the body is as signed."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Have the footer added before signing, or turn it off; a mailing list should sign "
                       "the message again with its own domain.")},
    {"dkim.body-hash.copy-damage",
     QT_TRANSLATE_NOOP("DkimFindings", "Your copy of the message was altered (%2)"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "With that change undone (%2), the body matches the signature of %1 exactly. The "
                       "message was intact when it arrived; the copy you gave Todoku was changed by a "
                       "browser, an editor or a transfer."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Open the downloaded .eml file instead of copied text (in Gmail: \"Download "
                       "original\").")},
    {"dkim.body-hash.reencoded",
     QT_TRANSLATE_NOOP("DkimFindings", "The body was converted to UTF-8 after %1 signed it in %2"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Converted back to %2, the body matches the signature of %1 exactly: it was signed "
                       "in %2 and re-encoded as UTF-8 afterwards, by a program on the way or by the page "
                       "a copy was taken from."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "If you copied the message from a page, open the downloaded .eml file instead. "
                       "Otherwise find the server or filter that converts the text, or sign after it.")},
    {"dkim.body-hash.no-variant",
     QT_TRANSLATE_NOOP("DkimFindings", "The body was changed after %1 signed it"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Todoku tried %2; none of these makes the body match the signature. The body was "
                       "changed after signing in some other way; which change cannot be told from the "
                       "message."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Look for a program between the signer and the receiver that rewrites messages "
                       "(footer, disclaimer, antivirus, format conversion), or sign after it.")},
    {"dkim.body-hash.no-variant-pasted",
     QT_TRANSLATE_NOOP("DkimFindings", "The body differs from what %1 signed"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Todoku tried %2; none of these makes the body match the signature. Either the body "
                       "was changed after signing, or the copy was: this text was copied from a page, and a "
                       "copy can lose tabs, trailing spaces or line breaks in ways that cannot be undone."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "Check the downloaded .eml file (in Gmail: \"Download original\"). If it fails too, "
                       "look for a program on the way that rewrites the body.")},
    {"dkim.body-hash.untested",
     QT_TRANSLATE_NOOP("DkimFindings", "The body was changed after %1 signed it"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "None of the changes Todoku can undo applies to this body, so it cannot say what "
                       "changed."),
     ""},
    {"dkim.body-hash.spacing-ignored",
     QT_TRANSLATE_NOOP("DkimFindings", "Spaces, tabs and line ends are not the cause"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The signature of %1 uses relaxed body canonicalization, which ignores tabs turned "
                       "into spaces, trailing spaces, empty lines at the end, a missing final line break "
                       "and LF instead of CRLF. Whatever changed the body changed more than that."),
     ""},
    {"dkim.signature-syntax",
     QT_TRANSLATE_NOOP("DkimFindings", "The DKIM-Signature header cannot be read"),
     QT_TRANSLATE_NOOP("DkimFindings", "The DKIM-Signature header has an error at character %2: %1."),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "If you pasted the message, copy the whole header again; otherwise the signer is "
                       "broken.")},
    {"dkim.key-mismatch",
     QT_TRANSLATE_NOOP("DkimFindings", "The key does not suit the signature"),
     QT_TRANSLATE_NOOP("DkimFindings",
                       "The signature of %1 uses %2, but the key at %3 is of type %4 or does not allow it."),
     QT_TRANSLATE_NOOP("DkimFindings", "Publish the key that belongs to the signer's selector.")},
};

// The codes DkimBodyDiagnosis uses for what it tried and what it undid.
struct BodyVariantText
{
    const char* code;
    const char* tried;  ///< as an item of "Todoku tried …"
    const char* damage; ///< what the copy did
};
constexpr BodyVariantText BODY_VARIANTS[] = {
    {"appended", QT_TRANSLATE_NOOP("DkimFindings", "leaving out lines at the end"), ""},
    {"nbsp",
     QT_TRANSLATE_NOOP("DkimFindings", "no-break spaces back to spaces"),
     QT_TRANSLATE_NOOP("DkimFindings", "spaces turned into no-break spaces")},
    {"tabs",
     QT_TRANSLATE_NOOP("DkimFindings", "runs of spaces back to tabs"),
     QT_TRANSLATE_NOOP("DkimFindings", "tabs turned into spaces")},
    {"tabs-single",
     QT_TRANSLATE_NOOP("DkimFindings", "every space before a tab stop back to a tab"),
     QT_TRANSLATE_NOOP("DkimFindings", "tabs turned into spaces")},
    {"cr-before-crlf",
     QT_TRANSLATE_NOOP("DkimFindings", "doubled CR at line ends removed"),
     QT_TRANSLATE_NOOP("DkimFindings", "line ends converted twice (CR CR LF)")},
    {"iso-2022-jp-escapes",
     QT_TRANSLATE_NOOP("DkimFindings", "the ESC characters of ISO-2022-JP restored"),
     QT_TRANSLATE_NOOP("DkimFindings", "the invisible ESC characters of ISO-2022-JP text dropped")},
};

QString bodyVariant(const QString& code, bool damage)
{
    for (const BodyVariantText& v : BODY_VARIANTS) {
        if (code == QLatin1String(v.code)) {
            return QCoreApplication::translate("DkimFindings", damage ? v.damage : v.tried);
        }
    }
    // A charset name: the body converted back from UTF-8 to it.
    return damage ? code : QCoreApplication::translate("DkimFindings", "converting the text to %1").arg(code);
}

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    // The syntax findings carry what is wrong as a detail code (its own arguments at the end of the list).
    if (id == u"dkim.key-syntax") {
        return findings::lookup("DkimFindings", ENTRIES, id, ErrorText::renderDetailArgument(args, 1, 3));
    }
    if (id == u"dkim.signature-syntax") {
        return findings::lookup("DkimFindings", ENTRIES, id, ErrorText::renderDetailArgument(args, 0, 2));
    }
    if (id == u"dkim.body-hash.copy-damage" && args.size() > 1) {
        QStringList rendered = args;
        rendered[1] = bodyVariant(args.at(1), true);
        return findings::lookup("DkimFindings", ENTRIES, id, rendered);
    }
    if (id.startsWith(u"dkim.body-hash.no-variant") && args.size() > 1) {
        QStringList tried;
        for (const QString& code : args.at(1).split(u',', Qt::SkipEmptyParts)) {
            tried.append(bodyVariant(code, false));
        }
        QStringList rendered = args;
        //: Separates the items of the list "Todoku tried A, B, C".
        rendered[1] = tried.join(QCoreApplication::translate("DkimFindings", ", "));
        return findings::lookup("DkimFindings", ENTRIES, id, rendered);
    }
    return findings::lookup("DkimFindings", ENTRIES, id, args);
}

} // namespace todoku::dkim
