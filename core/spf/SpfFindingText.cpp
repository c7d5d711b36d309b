// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spf/SpfFindingText.h"

#include <QCoreApplication>

#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingTextTable.h"

using namespace Qt::StringLiterals;

namespace todoku::spf {

namespace {

// Arguments of the result ids (spf.pass … spf.permerror), from spf::evaluationFindings:
// %1 the domain checked, %2 the client IP, %3 the deciding term (or the reason's detail), %4 the record
// that holds the term. Other ids document theirs beside them.
constexpr FindingTextEntry ENTRIES[] = {
    {"spf.pass",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF pass: %2 may send for %1"),
     QT_TRANSLATE_NOOP("SpfFindings", "The SPF record of %4 lists %2 with the term “%3”."),
     ""},
    {"spf.fail",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF fail: %1 does not allow %2"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "The SPF record of %1 says that mail from %2 is not its mail (term “%3” in the "
                       "record of %4). Gmail rejects or marks such mail as spam unless DKIM passes."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "If %2 really sends your mail, add “ip4:%2” (or “ip6:%2”) to the SPF record of %1, "
                       "before its “all” term.")},
    {"spf.softfail",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF softfail: %2 is not listed for %1"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "The SPF record of %1 does not name %2, and ends with “%3”, which asks receivers to "
                       "treat such mail with suspicion. Gmail often puts it in the spam folder."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "If %2 really sends your mail, add “ip4:%2” (or “ip6:%2”) to the SPF record of %1, "
                       "before its “all” term.")},
    {"spf.neutral",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF neutral: %1 neither allows nor denies %2"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "The SPF record of %1 gives no verdict for %2 (neutral), so SPF does not "
                       "authenticate the mail. For DMARC this counts as a failure."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "List your sending servers in the record and end it with “-all” or “~all”.")},
    {"spf.none",
     QT_TRANSLATE_NOOP("SpfFindings", "No SPF record for %1"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "%1 publishes no SPF record (no TXT record starting with “v=spf1”), so receivers "
                       "cannot tell which servers may send its mail. Gmail requires SPF or DKIM from every "
                       "sender, and both from bulk senders."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Publish a TXT record at %1 that lists your sending servers, e.g. “v=spf1 ip4:%2 "
                       "-all”. Todoku's setup can make it for you.")},
    {"spf.temperror",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF could not be checked: DNS failure"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "A DNS query for %3 failed (%4), so the SPF check of %1 ended with temperror "
                       "(temporary error). Receivers usually try again later."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "If this repeats, check that the DNS servers of the domain answer for %3.")},
    {"spf.permerror",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF record of %1 is broken (permerror)"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Receivers cannot use the SPF record of %1. Gmail treats this like having no SPF at "
                       "all, and DMARC fails on SPF."),
     QT_TRANSLATE_NOOP("SpfFindings", "Fix the problem named above; the findings below show where it is.")},
    // A result the receiver recorded in a header, where the deciding term is not known: %1 domain, %2 IP.
    // Not finding ids of their own; findingText() picks them for spf.pass and spf.temperror given two
    // arguments.
    {"spf.pass.recorded",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF pass: %2 may send for %1"),
     QT_TRANSLATE_NOOP("SpfFindings", "The receiving server recorded that the SPF record of %1 allows %2."),
     ""},
    {"spf.temperror.recorded",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF could not be checked: DNS failure"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "The receiving server could not get the SPF record of %1 (or a name it refers to) "
                       "because of a DNS failure, so SPF ended with temperror (temporary error). Receivers "
                       "usually try again later."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "If this repeats, check that the DNS servers of %1 answer for its SPF record and for "
                       "the domains it includes. Todoku's domain check asks each of them.")},
    // Only Gmail's summary table was pasted: %1 the IP, %2 the result word. Picked for any result id whose
    // domain argument is empty.
    {"spf.summary",
     QT_TRANSLATE_NOOP("SpfFindings", "Gmail's summary: SPF %2 for %1"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Only Gmail's summary table was pasted. It says SPF gave %2 for the sending server "
                       "%1, but not which domain it checked or why."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Paste the whole “Show original” page, with the message source below the table, to "
                       "see the reason.")},
    // Live re-check in the analyzer: %1 domain, %2 client IP, %3 the result the receiver recorded, %4 now.
    {"spf.live-same",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF checked again now: still %4"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Todoku evaluated the SPF record of %1 for %2 just now and got the same result the "
                       "receiver recorded (%3)."),
     ""},
    {"spf.live-differs",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF now gives %4, the receiver recorded %3"),
     QT_TRANSLATE_NOOP(
         "SpfFindings",
         "Evaluated just now for %2, the SPF record of %1 gives %4. When the message arrived it "
         "gave %3: the record or its DNS has changed since, or the failure then was temporary."),
     QT_TRANSLATE_NOOP("SpfFindings", "If the result now is pass, new mail should pass SPF as well.")},
    // %1 domain, %2 lookups a full evaluation needs, %3 the costliest branches "include:x (4), …".
    {"spf.too-many-lookups",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF needs %2 DNS lookups; the limit is 10"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "RFC 7208 allows at most 10 terms that query DNS (include, a, mx, ptr, exists, "
                       "redirect), counting those inside includes. Past the tenth, receivers stop with "
                       "permerror. The costs per branch: %3."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Remove includes of services you no longer use; replace “a” and “mx” by the "
                       "ip4:/ip6: addresses they stand for; or flatten an include into its addresses — but "
                       "then you must update the record yourself whenever the service changes its servers.")},
    // %1 domain, %2 void lookups.
    {"spf.void-lookups",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF asks for %2 names that do not exist; the limit is 2"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Lookups that find nothing (NXDOMAIN or an empty answer) are “void lookups”. RFC "
                       "7208 lets receivers stop with permerror after two of them."),
     QT_TRANSLATE_NOOP("SpfFindings", "Remove the terms that name hosts or includes which no longer exist.")},
    // %1 domain, %2 number of records.
    {"spf.multiple-records",
     QT_TRANSLATE_NOOP("SpfFindings", "%1 has %2 SPF records; there must be one"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Two or more TXT records at %1 start with “v=spf1”. Receivers do not pick one: the "
                       "result is permerror, as if SPF were broken."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Merge them into one record: keep one “v=spf1”, put all ip4:, ip6: and include: terms "
                       "together, and end with a single “all” term. Delete the other records.")},
    // %1 domain, %2 the faulty term, %3 1-based character position, %4 what is wrong (a detail code,
    // rendered by ErrorText; the detail's own arguments follow as %5…).
    {"spf.syntax",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF record of %1 has a syntax error"),
     QT_TRANSLATE_NOOP("SpfFindings", "At character %3, “%2”: %4."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Correct the term. Common causes are a missing colon (“ip4 192.0.2.1”), a typo in a "
                       "mechanism name, full-width characters, or quotes typed into the value.")},
    // %1 the include target, %2 the record that includes it.
    {"spf.include-none",
     QT_TRANSLATE_NOOP("SpfFindings", "include:%1 has no SPF record"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "The record of %2 includes %1, but %1 publishes no SPF record. RFC 7208 makes this a "
                       "permerror for the whole record."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Check the spelling against your provider's instructions, or remove the include.")},
    // %1 the redirect target, %2 the record.
    {"spf.redirect-none",
     QT_TRANSLATE_NOOP("SpfFindings", "redirect=%1 has no SPF record"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "The record of %2 hands evaluation to %1, which publishes no SPF record: permerror."),
     QT_TRANSLATE_NOOP("SpfFindings", "Correct the redirect= target, or publish a record there.")},
    // %1 the name that is not valid, %2 the record.
    {"spf.invalid-target",
     QT_TRANSLATE_NOOP("SpfFindings", "SPF term names an invalid domain"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "A term in the record of %2 leads to “%1”, which is not a valid domain name (an empty "
                       "label, a label over 63 characters, or a name over 253)."),
     QT_TRANSLATE_NOOP("SpfFindings", "Correct the term's domain.")},
    // %1 the name, %2 the number of MX records.
    {"spf.mx-too-many",
     QT_TRANSLATE_NOOP("SpfFindings", "An mx term meets %2 MX records; the limit is 10"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "RFC 7208 lets an mx term look at no more than 10 mail servers; %1 has %2, so the "
                       "evaluation ends with permerror."),
     QT_TRANSLATE_NOOP("SpfFindings", "Replace “mx” by the ip4:/ip6: networks of the servers that send.")},
    // Lint of a record (spf::lintRecord): %1 the domain, %2 the term.
    {"spf.ptr-mechanism",
     QT_TRANSLATE_NOOP("SpfFindings", "The record uses “%2”, which RFC 7208 says not to use"),
     QT_TRANSLATE_NOOP(
         "SpfFindings",
         "The ptr mechanism makes receivers look up the reverse DNS of every sender and then the "
         "addresses of those names: slow, unreliable, and some receivers ignore it. RFC 7208 "
         "§5.5: it SHOULD NOT be used."),
     QT_TRANSLATE_NOOP("SpfFindings", "Replace it by the ip4:/ip6: addresses of your sending servers.")},
    {"spf.all-pass",
     QT_TRANSLATE_NOOP("SpfFindings", "“%2” lets anyone send mail as %1"),
     QT_TRANSLATE_NOOP(
         "SpfFindings",
         "With “+all” every server on the Internet passes SPF for %1, so SPF protects nothing and "
         "spammers can use the domain freely."),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "End the record with “-all” (or “~all” while you are still checking).")},
    {"spf.all-neutral",
     QT_TRANSLATE_NOOP("SpfFindings", "“%2” makes SPF say nothing about other servers"),
     QT_TRANSLATE_NOOP(
         "SpfFindings",
         "Mail from servers the record does not list gets “neutral”, which authenticates nothing; "
         "forged mail is not told apart from real mail."),
     QT_TRANSLATE_NOOP("SpfFindings", "End the record with “-all” or “~all”.")},
    {"spf.softfail-all",
     QT_TRANSLATE_NOOP("SpfFindings", "The record ends with “%2” (softfail)"),
     QT_TRANSLATE_NOOP(
         "SpfFindings",
         "“~all” is a good choice while you check that every server that sends for %1 is listed. "
         "Once DMARC reports show no real mail failing, “-all” makes forged mail fail outright. "
         "With a DMARC policy in place, receivers follow DMARC either way."),
     ""},
    // %1 the domain, %2 the first term after all, %3 the all term.
    {"spf.terms-after-all",
     QT_TRANSLATE_NOOP("SpfFindings", "Terms after “%3” are never evaluated"),
     QT_TRANSLATE_NOOP(
         "SpfFindings",
         "Evaluation stops at “%3”, which always matches, so “%2” and everything after it have no "
         "effect."),
     QT_TRANSLATE_NOOP("SpfFindings", "Move “%3” to the end of the record.")},
    {"spf.redirect-ignored",
     QT_TRANSLATE_NOOP("SpfFindings", "“%2” is ignored because the record has an all term"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "RFC 7208 §6.1: redirect= only applies when the record has no “all” mechanism."),
     QT_TRANSLATE_NOOP("SpfFindings", "Remove either the all term or the redirect=.")},
    {"spf.no-all",
     QT_TRANSLATE_NOOP("SpfFindings", "The record of %1 has no “all” term"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "Without “all” (or redirect=), mail from unlisted servers gets “neutral”, which "
                       "authenticates nothing."),
     QT_TRANSLATE_NOOP("SpfFindings", "End the record with “-all” or “~all”.")},
    // %1 the domain, %2 the redundant term, %3 the term that already covers it.
    {"spf.duplicate-network",
     QT_TRANSLATE_NOOP("SpfFindings", "“%2” is already covered by “%3”"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "The network of “%2” lies inside “%3” (or repeats it). Receivers do not mind, but the "
                       "record is longer than it needs to be."),
     QT_TRANSLATE_NOOP("SpfFindings", "Remove “%2”.")},
    // %1 the domain, %2 the length in characters.
    {"spf.long-string",
     QT_TRANSLATE_NOOP("SpfFindings", "The record is %2 characters long"),
     QT_TRANSLATE_NOOP(
         "SpfFindings",
         "One DNS character-string holds at most 255 characters, so the record must be published as "
         "several strings that receivers join (RFC 7208 §3.3). Many DNS panels split it for you; "
         "in a zone file write it as \"...\" \"...\"."),
     ""},
    // %1 the include target, %2 the record that includes it, %3 the DNS outcome.
    {"spf.include-unreachable",
     QT_TRANSLATE_NOOP("SpfFindings", "The record of include:%1 could not be fetched (%3)"),
     QT_TRANSLATE_NOOP("SpfFindings",
                       "While this lasts, receivers that reach this include get temperror for %2."),
     QT_TRANSLATE_NOOP("SpfFindings", "Check again later; if it persists, ask the provider of %1.")},
    // %1 the domain, %2 bytes of TXT data, %3 number of TXT records.
    {"spf.udp-size",
     QT_TRANSLATE_NOOP("SpfFindings", "The TXT answer of %1 is %2 bytes; plain UDP answers hold 512"),
     QT_TRANSLATE_NOOP(
         "SpfFindings",
         "All %3 TXT records at %1 travel in one answer. Over 512 bytes it no longer fits a plain "
         "UDP reply: resolvers must retry over TCP, and a few networks block that, so SPF then "
         "fails with temperror."),
     QT_TRANSLATE_NOOP(
         "SpfFindings",
         "Remove TXT records you no longer need (old verification codes), or shorten the SPF record "
         "with include: of a subdomain.")},
};

bool isResultId(const QString& id)
{
    static const QStringList RESULTS = {u"spf.pass"_s,
                                        u"spf.fail"_s,
                                        u"spf.softfail"_s,
                                        u"spf.neutral"_s,
                                        u"spf.none"_s,
                                        u"spf.temperror"_s,
                                        u"spf.permerror"_s};
    return RESULTS.contains(id);
}

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    if (id == u"spf.syntax") {
        // %4 arrives as the detail's code (its arguments follow it); render it in the current language.
        return findings::lookup("SpfFindings", ENTRIES, id, ErrorText::renderDetailArgument(args, 3, 4));
    }
    if (isResultId(id)) {
        if (args.value(0).isEmpty()) {
            return findings::lookup("SpfFindings", ENTRIES, u"spf.summary"_s, {args.value(1), id.mid(4)});
        }
        if (args.size() < 3) {
            if (auto recorded = findings::lookup("SpfFindings", ENTRIES, id + u".recorded"_s, args)) {
                return recorded;
            }
        }
    }
    return findings::lookup("SpfFindings", ENTRIES, id, args);
}

} // namespace todoku::spf
