// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dmarc/DmarcFindingText.h"

#include <QCoreApplication>

#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingTextTable.h"

namespace todoku::dmarc {

namespace {

// Arguments are positional (%1, %2, …) and documented beside each finding's producer.
constexpr FindingTextEntry ENTRIES[] = {
    {"dmarc.pass",
     QT_TRANSLATE_NOOP("DmarcFindings", "DMARC passes"),
     QT_TRANSLATE_NOOP("DmarcFindings", "The From domain %1 is aligned with the %3-authenticated domain %2."),
     ""},
    {"dmarc.fail",
     QT_TRANSLATE_NOOP("DmarcFindings", "DMARC fails"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "Neither SPF nor DKIM authenticated a domain aligned with the From domain %1. The "
                       "policy for it (%3=) is %2."),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "Sign the mail with DKIM as the From domain (d=%1), or send it from a server whose "
                       "envelope sender is in the same organisational domain and is allowed by SPF.")},
    {"dmarc.none",
     QT_TRANSLATE_NOOP("DmarcFindings", "No DMARC record"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "Neither _dmarc.%1 nor the organisational domain %2 publishes a usable DMARC record. "
                       "Gmail requires one from bulk senders."),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "Publish a TXT record at _dmarc.%2, for example \"v=DMARC1; p=none; "
                       "rua=mailto:dmarc@%2\".")},
    {"dmarc.multiple",
     QT_TRANSLATE_NOOP("DmarcFindings", "More than one DMARC record"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "%1 has %2 records that start with v=DMARC1. Receivers then ignore them all, as if "
                       "there were none."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Delete all but one DMARC record at %1.")},
    // %1 where the record was found, %2 what is wrong (a detail code, rendered by ErrorText; its own
    // arguments follow as %4…), %3 the 1-based character position.
    {"dmarc.invalid",
     QT_TRANSLATE_NOOP("DmarcFindings", "The DMARC record cannot be read"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "The record at %1 has a syntax error at character %3: %2. Receivers ignore it."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Correct the record so that it reads like \"v=DMARC1; p=none\".")},
    {"dmarc.temperror",
     QT_TRANSLATE_NOOP("DmarcFindings", "DMARC record could not be looked up"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "The query for %1 failed (%2). Receivers treat this as a temporary error and may "
                       "defer the mail."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Check that the domain's DNS servers answer reliably.")},
    {"dmarc.syntax",
     QT_TRANSLATE_NOOP("DmarcFindings", "Invalid value in the DMARC record"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "The value \"%2\" of %1= (character %3) is not valid; receivers use the default "
                       "instead."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Correct or remove the %1= tag.")},
    {"dmarc.duplicate-tag",
     QT_TRANSLATE_NOOP("DmarcFindings", "A DMARC tag is written twice"),
     QT_TRANSLATE_NOOP("DmarcFindings", "%1= appears more than once; only the first is used."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Keep one %1= tag.")},
    {"dmarc.no-policy-tag",
     QT_TRANSLATE_NOOP("DmarcFindings", "The DMARC record has no p= tag"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "Without a valid p= the record only counts if it has a valid rua=, and then acts as "
                       "p=none."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Add p=none (or quarantine / reject) right after v=DMARC1.")},
    {"dmarc.policy-none",
     QT_TRANSLATE_NOOP("DmarcFindings", "DMARC policy is none"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "p=none meets Gmail's requirement but asks receivers to do nothing with mail that "
                       "fails, so forged mail in your name is still delivered."),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "Once the aggregate reports show all your mail passing, move to p=quarantine and then "
                       "p=reject.")},
    {"dmarc.sp-weaker",
     QT_TRANSLATE_NOOP("DmarcFindings", "Subdomains have a weaker policy"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "sp=%1 is weaker than p=%2, so forged subdomains are treated more "
                       "leniently than the domain itself."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Remove sp= unless subdomains really send unauthenticated mail.")},
    {"dmarc.no-rua",
     QT_TRANSLATE_NOOP("DmarcFindings", "No aggregate reports requested"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "Without rua= nobody tells you which servers send mail in your name or whether it "
                       "passes."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Add rua=mailto:ADDRESS with a mailbox that collects the reports.")},
    {"dmarc.removed-tag",
     QT_TRANSLATE_NOOP("DmarcFindings", "Tag removed by the current DMARC standard"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "%1= is from RFC 7489; RFC 9989 removed it and newer receivers ignore it."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Remove %1= (use t=y instead of pct= to test a policy).")},
    {"dmarc.pct-partial",
     QT_TRANSLATE_NOOP("DmarcFindings", "Policy applies to only part of the mail"),
     QT_TRANSLATE_NOOP(
         "DmarcFindings",
         "pct=%1 asks receivers to apply the policy to %1 percent of failing mail and a weaker one to "
         "the rest."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Raise pct to 100 (or remove it) when the rollout is done.")},
    {"dmarc.testing",
     QT_TRANSLATE_NOOP("DmarcFindings", "DMARC test mode"),
     QT_TRANSLATE_NOOP("DmarcFindings", "t=y asks receivers to apply a policy one step weaker than p=."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Remove t=y when you are ready to enforce the policy.")},
    {"dmarc.unknown-tag",
     QT_TRANSLATE_NOOP("DmarcFindings", "Unknown DMARC tag"),
     QT_TRANSLATE_NOOP("DmarcFindings", "%1= is not a DMARC tag; receivers ignore it."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Check the spelling of %1=.")},
    {"dmarc.found-at-org",
     QT_TRANSLATE_NOOP("DmarcFindings", "Policy inherited from the organisational domain"),
     QT_TRANSLATE_NOOP("DmarcFindings", "%1 has no DMARC record of its own; the record of %2 applies."),
     ""},
    {"dmarc.tree-walk-differs",
     QT_TRANSLATE_NOOP("DmarcFindings", "RFC 7489 and RFC 9989 find different policies"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "The Public Suffix List finds %1 (organisational domain %2); the DNS tree walk of "
                       "RFC 9989 finds %3 (organisational domain %4). Receivers may disagree."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Publish a record at the author domain itself so both agree.")},
    {"dmarc.rua-unauthorized",
     QT_TRANSLATE_NOOP("DmarcFindings", "Report address not authorised"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "%1=%2 is in another organisation, which has not published %3. Receivers will not "
                       "send it reports."),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "Ask the report receiver to publish TXT \"v=DMARC1\" at %3, or use an address in "
                       "your own domain.")},
    {"dmarc.rua-check-failed",
     QT_TRANSLATE_NOOP("DmarcFindings", "Report authorisation could not be checked"),
     QT_TRANSLATE_NOOP("DmarcFindings", "The query for %3 (for %1=%2) failed: %4."),
     ""},
    {"dmarc.misaligned.spf",
     QT_TRANSLATE_NOOP("DmarcFindings", "SPF passed for a domain not aligned with From"),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "SPF passed for %1, which is not aligned (%3) with the From domain %2, so it does not "
                       "help DMARC."),
     QT_TRANSLATE_NOOP("DmarcFindings",
                       "Use a return-path (envelope sender) address in %2's organisational domain.")},
    {"dmarc.misaligned.dkim",
     QT_TRANSLATE_NOOP("DmarcFindings", "DKIM signature not aligned with From"),
     QT_TRANSLATE_NOOP(
         "DmarcFindings",
         "The DKIM signature of %1 is valid but not aligned (%3) with the From domain %2, so it "
         "does not help DMARC."),
     QT_TRANSLATE_NOOP("DmarcFindings", "Have the sending service sign with d=%2 (a custom DKIM domain).")},
};

} // namespace

std::optional<FindingText> findingText(const QString& id, const QStringList& args)
{
    if (id == u"dmarc.invalid") {
        return findings::lookup("DmarcFindings", ENTRIES, id, ErrorText::renderDetailArgument(args, 1, 3));
    }
    return findings::lookup("DmarcFindings", ENTRIES, id, args);
}

} // namespace todoku::dmarc
