// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/MessageFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::diagnosis {

namespace {

// Arguments as MessageDiagnosis fills them: spf.*: %1 domain, %2 client IP, %3 the deciding term (or detail),
// %4 record domain; dkim.*: %1 d=, %2 s=; helo/ptr texts live in core/smtp; bounce texts in
// BounceFindingText.
constexpr FindingTextEntry ENTRIES[] = {
    {"spf.reason.transitioning",
     QT_TRANSLATE_NOOP("MessageFindings", "Gmail's words \"domain of transitioning\" mean soft fail"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Gmail writes \"domain of transitioning %1 does not designate %2 as permitted sender\" when the SPF "
         "record of %1 ends in ~all (soft fail) and does not list %2: the domain says it is still moving its "
         "mail and asks receivers to be lenient, but the mail still counts as unauthenticated by SPF."),
     ""},
    {"spf.reason.neither",
     QT_TRANSLATE_NOOP("MessageFindings", "Gmail's words \"neither permitted nor denied\" mean neutral"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Gmail writes \"%2 is neither permitted nor denied by domain of %1\" when the SPF record of %1 ends "
         "in ?all or does not cover %2: SPF then says nothing, which for DMARC is the same as failing."),
     ""},
    {"spf.best-guess",
     QT_TRANSLATE_NOOP("MessageFindings", "Gmail guessed an SPF record for %1"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "\"best guess record\" means %1 publishes no SPF at all, and Gmail tried a guess of "
                       "its own. Treat it as missing SPF, whatever the guess said."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Publish a real SPF record at %1 that lists your sending servers.")},
    {"spf.ip-zero",
     QT_TRANSLATE_NOOP("MessageFindings", "The recorded client address %1 says nothing about your server"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Gmail recorded %1 as the sending address. That happens when Gmail fetched or imported the message "
         "instead of receiving it over SMTP, so the SPF result here does not describe your mail server."),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Check SPF for your real sending server instead (todoku-cli spf, or the domain check).")},
    {"spf.helo-identity",
     QT_TRANSLATE_NOOP("MessageFindings", "SPF was checked for the HELO name %1"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The result %2 is for the name the server gave in HELO/EHLO, not for an envelope "
                       "sender (the envelope sender was empty, as in bounces). DMARC does not use it."),
     ""},
    {"dkim.pass",
     QT_TRANSLATE_NOOP("MessageFindings", "DKIM signature of %1 verifies"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The electronic signature (DKIM) of %1 with selector %2 matched the public key in "
                       "DNS: the message was not changed on the way."),
     ""},
    {"dkim.fail.body-hash",
     QT_TRANSLATE_NOOP("MessageFindings", "DKIM: the message body was changed after signing (%1)"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "\"body hash did not verify\": the body Gmail received is not the body %1 signed. A footer added by "
         "a mailing list or security gateway, re-encoding, or trimmed spaces do this. Text copied out of "
         "Gmail's page can also lose tabs or trailing spaces — use \"Download original\" to check."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Sign after every program that changes the body (disclaimer, footer, antivirus), or "
                       "stop the change; for lists, sign as the list.")},
    {"dkim.fail.signature",
     QT_TRANSLATE_NOOP("MessageFindings", "DKIM signature of %1 does not verify"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The signature (DKIM, selector %2) does not match the public key in DNS: a header was "
                       "changed after signing, or the key in DNS is not the one the server signs with."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Compare the public key published at %2._domainkey.%1 with the signing key on the "
                       "server; republish it if they differ.")},
    {"dkim.none",
     QT_TRANSLATE_NOOP("MessageFindings", "The message has no DKIM signature"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Nobody signed this message (DKIM, an electronic signature of the sending domain). Without it, "
         "forwarding breaks authentication, and Gmail requires it of bulk senders."),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Turn on DKIM signing at your mail server or delivery service and publish its public key.")},
    // Live re-check of a pasted signature: %1 d=, %2 s=, %3 the result the receiver recorded, %4 now.
    {"dkim.live-same",
     QT_TRANSLATE_NOOP("MessageFindings", "DKIM checked again now: still %4"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Todoku fetched the key %2._domainkey.%1 and verified the signature itself just now, and "
         "got the same result the receiver recorded (%3)."),
     ""},
    {"dkim.live-recovered",
     QT_TRANSLATE_NOOP("MessageFindings", "DKIM passes now: the failure then was DNS"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "The receiver recorded temperror for the signature of %1, but the key %2._domainkey.%1 "
         "resolves now and the signature verifies. The message itself was fine; the DNS query "
         "failed at that moment."),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "If it happens again, run Todoku's domain check: it asks each DNS server of the domain "
         "and shows which one fails or times out.")},
    {"dkim.live-differs",
     QT_TRANSLATE_NOOP("MessageFindings", "DKIM now gives %4, the receiver recorded %3"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Verified just now with the key %2._domainkey.%1, the signature gives %4. When the "
         "message arrived the receiver recorded %3: the key has changed since, the failure then "
         "was temporary, or the pasted copy differs from what the receiver saw."),
     QT_TRANSLATE_NOOP("MessageFindings", "If the result now is a failure, the findings below say why.")},
    {"dkim.temperror.dns",
     QT_TRANSLATE_NOOP("MessageFindings", "DKIM key of %1 could not be fetched (DNS failure)"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Gmail's \"dns failure for signature\": the DNS query for %2._domainkey.%1 failed at "
                       "that moment (temperror). If the key exists, this was a passing DNS problem."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Check that %2._domainkey.%1 resolves from outside and that the domain's DNS servers "
                       "answer reliably.")},
    {"dkim.permerror.no-key",
     QT_TRANSLATE_NOOP("MessageFindings", "The DKIM public key of %1 does not exist"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Gmail writes \"temperror (no key for signature)\", but it means there is no key at "
                       "%2._domainkey.%1: a typo in the host name, the wrong DNS zone, or a record not yet "
                       "published. This does not fix itself."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Publish the public key as a TXT record at %2._domainkey.%1 (host \"%2._domainkey\" "
                       "in most DNS panels).")},
    {"dkim.permerror.syntax",
     QT_TRANSLATE_NOOP("MessageFindings", "The DKIM signature or key of %1 cannot be read"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "The signature header or the key record at %2._domainkey.%1 has an error (permerror)."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Check the record at %2._domainkey.%1: one TXT record, \"v=DKIM1; k=rsa; p=…\", the "
                       "key in one piece without spaces or quotes inside.")},
    {"dkim.neutral",
     QT_TRANSLATE_NOOP("MessageFindings", "DKIM signature of %1 could not be evaluated"),
     QT_TRANSLATE_NOOP("MessageFindings", "The receiver could not process the signature (neutral): %2."),
     QT_TRANSLATE_NOOP("MessageFindings", "Check the signing configuration of %1.")},
    {"dkim.truncated-signature",
     QT_TRANSLATE_NOOP("MessageFindings", "The DKIM signature of %1 is cut off"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "The DKIM-Signature header (selector %2) is incomplete: its b= or bh= value is missing or too "
         "short. Copying from a web page, or a program that limits header length, cuts it."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "If you pasted text, use Gmail's \"Download original\" file instead; if the message "
                       "really left this way, check the signing software.")},
    {"dkim.testing-mode",
     QT_TRANSLATE_NOOP("MessageFindings", "DKIM key of %1 is in test mode"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The key record has t=y. Gmail shows \"pass (test mode)\"; some receivers ignore "
                       "test-mode signatures."),
     QT_TRANSLATE_NOOP("MessageFindings", "Remove t=y from the key record once signing works.")},
    // Live re-check of the From domain's DMARC policy: %1 domain, %2 the p= the receiver recorded, %3 the
    // policy now, %4 where the record is now (_dmarc.…). live-published: %2 now, %3 where; live-gone: %1
    // only.
    {"dmarc.live-same",
     QT_TRANSLATE_NOOP("MessageFindings", "DMARC policy checked again now: still p=%3"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The DMARC record for %1 (at %4) still asks for p=%3, as when the message arrived."),
     ""},
    {"dmarc.live-differs",
     QT_TRANSLATE_NOOP("MessageFindings", "DMARC policy changed: p=%2 then, p=%3 now"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "When the message arrived, the receiver applied the policy p=%2 for %1. The record at "
                       "%4 asks for p=%3 now, so new mail that fails DMARC is treated by the new policy."),
     ""},
    {"dmarc.live-published",
     QT_TRANSLATE_NOOP("MessageFindings", "A DMARC record for %1 exists now"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "The receiver found no DMARC record for %1 when the message arrived. There is one now, "
         "at %3, with p=%2: it has been published since."),
     ""},
    {"dmarc.live-gone",
     QT_TRANSLATE_NOOP("MessageFindings", "The DMARC record for %1 is gone"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "When the message arrived, %1 had a DMARC record. No usable record is found now."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Publish the DMARC record again: Gmail requires one from bulk senders. Todoku's setup "
                       "can make it for you.")},
    {"dmarc.applied.quarantine",
     QT_TRANSLATE_NOOP("MessageFindings", "Gmail applied the DMARC policy: quarantine (spam folder)"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "DMARC failed, and Gmail carried out the From domain's policy (dis=QUARANTINE): the "
                       "message went to spam."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Make SPF or DKIM pass for a domain aligned with the From domain.")},
    {"dmarc.applied.reject",
     QT_TRANSLATE_NOOP("MessageFindings", "Gmail applied the DMARC policy: reject"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "DMARC failed, and the From domain's policy asks to reject (dis=REJECT)."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Make SPF or DKIM pass for a domain aligned with the From domain.")},
    {"dmarc.result.temperror",
     QT_TRANSLATE_NOOP("MessageFindings", "DMARC could not be checked for %1 (temporary error)"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The receiver could not look up the DMARC policy of %1 at that moment."),
     QT_TRANSLATE_NOOP("MessageFindings", "Check that the DNS servers of %1 answer reliably.")},
    {"dmarc.result.permerror",
     QT_TRANSLATE_NOOP("MessageFindings", "The DMARC record of %1 is broken"),
     QT_TRANSLATE_NOOP("MessageFindings", "The receiver could not use the DMARC record of %1 (permerror)."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Correct the record at _dmarc.%1, for example \"v=DMARC1; p=none\".")},
    {"arc.fail",
     QT_TRANSLATE_NOOP("MessageFindings", "The forwarding chain (ARC) is broken"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "An ARC set (the record forwarders keep of the original authentication results) is present but does "
         "not verify, so Gmail cannot trust the results from before the forwarding."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Ask the forwarding service to fix its ARC signing, or rewrite the envelope sender "
                       "when forwarding.")},
    {"forwarding.spf-broken",
     QT_TRANSLATE_NOOP("MessageFindings", "SPF broke because the mail was forwarded"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The message reached Gmail through a forwarder (%1), so Gmail saw the forwarder's "
                       "address, not the original sender's, and SPF for %2 could not pass. This is normal "
                       "for forwarding; only DKIM survives it."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Sign with DKIM as the From domain so the mail passes DMARC after forwarding; the "
                       "forwarder should rewrite the envelope sender or add ARC.")},
    {"forwarding.arc",
     QT_TRANSLATE_NOOP("MessageFindings", "The mail was forwarded (ARC %1)"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The message carries ARC headers: a forwarder recorded the authentication results it "
                       "saw before passing the mail on. Gmail's ARC result: %1."),
     ""},
    {"list.modified",
     QT_TRANSLATE_NOOP("MessageFindings", "A mailing list changed the message (%1)"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The message came through the mailing list %1, and its DKIM signature no longer "
                       "verifies: lists often add a subject tag or a footer."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Ask the list administrator to sign as the list (or to stop changing messages); the "
                       "list should also rewrite From for domains with a strict DMARC policy.")},
    {"bulk.no-one-click-unsubscribe",
     QT_TRANSLATE_NOOP("MessageFindings", "No one-click unsubscribe"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "This looks like bulk or marketing mail (%1), but it lacks one-click unsubscribe (RFC "
                       "8058): a List-Unsubscribe header with an https link plus \"List-Unsubscribe-Post: "
                       "List-Unsubscribe=One-Click\". Gmail requires it from bulk senders; a mailto: link "
                       "alone does not count."),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Add both headers, for example \"List-Unsubscribe: <https://example.jp/unsub?id=…>\" and "
         "\"List-Unsubscribe-Post: List-Unsubscribe=One-Click\", covered by the DKIM signature.")},
    {"message.auth-claim",
     QT_TRANSLATE_NOOP("MessageFindings", "Results from %1 are a claim, not Gmail's verdict"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "This Authentication-Results header was added by %1, a server before the final receiver. Anyone can "
         "write such a header, so Todoku shows it but bases the verdict on the final receiver's results."),
     ""},
    {"message.no-authentication-results",
     QT_TRANSLATE_NOOP("MessageFindings", "No authentication results from the receiver"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The pasted text has no Authentication-Results header, so it does not show what the "
                       "receiver decided about SPF, DKIM and DMARC."),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Paste the whole message as the recipient's mailbox shows it (in Gmail: \"Show original\").")},
    {"input.empty",
     QT_TRANSLATE_NOOP("MessageFindings", "Nothing to analyse"),
     QT_TRANSLATE_NOOP("MessageFindings", "The input is empty."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Paste Gmail's \"Show original\" page, a message, its headers, or a bounce.")},
    {"input.binary",
     QT_TRANSLATE_NOOP("MessageFindings", "This is not text"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The input contains binary data (for example an image, an archive or a document "
                       "file), not a mail message."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Paste Gmail's \"Show original\" page or open the .eml file you downloaded.")},
    {"input.no-header-fields",
     QT_TRANSLATE_NOOP("MessageFindings", "No mail header found"),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "The text contains no header fields (lines such as \"From: …\" or \"Received: …\"), "
                       "so it is neither a message nor a bounce Todoku can read."),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Paste the message including its headers: in Gmail, \"Show original\", then copy the whole page.")},
    // %1 the input's size in MB, %2 the limit in MB.
    {"input.too-large",
     QT_TRANSLATE_NOOP("MessageFindings", "The input is too large (%1 MB)"),
     QT_TRANSLATE_NOOP(
         "MessageFindings",
         "Todoku reads inputs of up to %2 MB. No mail message that Gmail accepts is this large, "
         "so this is probably not a single message."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Paste only the message's source, or its headers: they decide delivery.")},
    // %1 the file's name, %2 the system's reason.
    {"input.unreadable",
     QT_TRANSLATE_NOOP("MessageFindings", "Cannot read %1"),
     QT_TRANSLATE_NOOP("MessageFindings", "The file could not be read: %2."),
     QT_TRANSLATE_NOOP("MessageFindings",
                       "Check that the file is still there and that you may read it, or open the message "
                       "in your mail program and paste its source instead.")},
};

} // namespace

std::optional<FindingText> messageFindingText(const QString& id, const QStringList& args)
{
    return findings::lookup("MessageFindings", ENTRIES, id, args);
}

} // namespace todoku::diagnosis
