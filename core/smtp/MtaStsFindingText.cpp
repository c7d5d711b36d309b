// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/MtaStsFindingText.h"

#include <QCoreApplication>

#include "core/diagnosis/FindingTextTable.h"

namespace todoku::smtp {

namespace {

constexpr const char* CONTEXT = "MtaStsFindings";

// Arguments as MtaStsCheck::finish, TlsRptCheck and BimiCheck give them.
constexpr FindingTextEntry ENTRIES[] = {
    // %1 domain, %2 mode, %3 record id, %4 max_age in seconds.
    {"mta-sts.ok",
     QT_TRANSLATE_NOOP("MtaStsFindings", "%1 publishes an MTA-STS policy (mode %2) that covers its MX hosts"),
     "",
     ""},
    // %1 domain.
    {"mta-sts.none",
     QT_TRANSLATE_NOOP("MtaStsFindings", "%1 has no MTA-STS policy"),
     QT_TRANSLATE_NOOP(
         "MtaStsFindings",
         "Without MTA-STS (RFC 8461), senders deliver to %1 over TLS only if it happens to work, "
         "and an attacker on the path can strip the encryption unnoticed. It is optional, but "
         "Gmail checks it for mail it delivers to you."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Publish a policy file at https://mta-sts.%1/.well-known/mta-sts.txt and a TXT record "
                       "_mta-sts.%1 with “v=STSv1; id=…”. Start with mode testing.")},
    // %1 domain, %2 DNS outcome.
    {"mta-sts.record-temperror",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS record of %1 could not be read (%2)"),
     QT_TRANSLATE_NOOP("MtaStsFindings", "The DNS servers did not answer the query for _mta-sts.%1."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Check again later; if it persists, ask your DNS provider.")},
    // %1 domain, %2 count.
    {"mta-sts.multiple-records",
     QT_TRANSLATE_NOOP("MtaStsFindings", "%1 has %2 MTA-STS records"),
     QT_TRANSLATE_NOOP(
         "MtaStsFindings",
         "_mta-sts.%1 must hold exactly one TXT record beginning with v=STSv1. With more, senders "
         "act as if there were no policy (RFC 8461 §3.1)."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Delete all but one of the v=STSv1 records at _mta-sts.%1.")},
    // %1 domain, %2 the record, %3 the part that is wrong.
    {"mta-sts.record-syntax",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS record of %1 is not valid"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "The record “%2” breaks the syntax of RFC 8461 §3.1 at “%3”, so senders ignore the "
                       "policy. It must read “v=STSv1; id=…” with an id of 1 to 32 letters and digits."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Replace the record by, for example, “v=STSv1; id=20260101000000”, and change the id "
                       "whenever the policy file changes.")},
    // %1 domain, %2 URL, %3 reason code.
    {"mta-sts.policy-unreachable",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy of %1 could not be fetched"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "%2 did not answer: %3. Senders that find the record but no policy deliver as if "
                       "there were no MTA-STS."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Make sure mta-sts.%1 has an address and a web server answering HTTPS on port 443.")},
    // %1 domain, %2 URL, %3 reason code.
    {"mta-sts.policy-tls",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy server of %1 has a certificate problem"),
     QT_TRANSLATE_NOOP(
         "MtaStsFindings",
         "Fetching %2 failed: %3. RFC 8461 §3.3 requires a certificate valid for mta-sts.%1 from "
         "a trusted CA, or senders ignore the policy."),
     QT_TRANSLATE_NOOP(
         "MtaStsFindings",
         "Install a certificate for mta-sts.%1 from a public CA (for example Let's Encrypt) with "
         "its full chain.")},
    // %1 domain, %2 URL, %3 HTTP status.
    {"mta-sts.policy-http-status",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy of %1 answers HTTP %3"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "%2 must answer 200 with the policy; with HTTP %3 senders have no policy to apply."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Put the policy file at /.well-known/mta-sts.txt on the web server of mta-sts.%1.")},
    // %1 domain, %2 URL, %3 HTTP status, %4 Location.
    {"mta-sts.policy-redirect",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy of %1 is a redirect"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "%2 answers HTTP %3 to “%4”. Senders must not follow redirects when fetching the "
                       "policy (RFC 8461 §3.3), so they find none."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Serve the file itself at %2; exempt that path from any HTTPS or www redirect.")},
    // %1 domain, %2 URL, %3 content type.
    {"mta-sts.policy-content-type",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy of %1 is not served as text/plain"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "%2 has the content type “%3”. Senders check for text/plain (RFC 8461 §3.3) and may "
                       "reject anything else."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Configure the web server to send mta-sts.txt with “Content-Type: text/plain”.")},
    // %1 domain, %2 URL, %3 limit in KB.
    {"mta-sts.policy-too-large",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy of %1 is larger than %3 KB"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Senders limit the size of the policy they read; %2 is larger than %3 KB, which "
                       "usually means the server returns a web page instead of the policy."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Serve only the few lines of the policy at %2.")},
    // %1 domain, %2 URL, %3 the line or missing field, %4 line number (0: missing field).
    {"mta-sts.policy-syntax",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy of %1 is not valid"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "%2 breaks the syntax of RFC 8461 §3.2 at “%3”. Senders ignore an invalid policy. It "
                       "needs the lines version: STSv1, mode: (enforce, testing or none), max_age: (seconds, "
                       "at most 31557600) and one mx: line per MX host pattern."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Correct the policy file; each line is “key: value”.")},
    // %1 domain, %2 the MX host, %3 the policy's patterns.
    {"mta-sts.mx-not-covered",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MX host %2 is not in the MTA-STS policy"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "The policy of %1 allows only %3. Senders that enforce the policy will not deliver to "
                       "%2 at all (RFC 8461 §4.1)."),
     QT_TRANSLATE_NOOP(
         "MtaStsFindings",
         "Add “mx: %2” (or a wildcard such as *.example.jp) to the policy file, then change the "
         "id of the _mta-sts record.")},
    // %1 domain, %2 DNS outcome.
    {"mta-sts.mx-unknown",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MX hosts of %1 could not be compared with the policy (%2)"),
     "",
     ""},
    // %1 domain.
    {"mta-sts.testing-mode",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy of %1 is in testing mode"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Senders report TLS problems (if you publish TLS-RPT) but still deliver without valid "
                       "TLS."),
     QT_TRANSLATE_NOOP(
         "MtaStsFindings",
         "Once the TLS reports show no failures, change the mode to enforce and the record id.")},
    {"mta-sts.mode-none",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy of %1 is withdrawn (mode none)"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Senders that cached an earlier policy drop it; nothing is enforced."),
     ""},
    // %1 domain, %2 seconds.
    {"mta-sts.max-age-short",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The MTA-STS policy of %1 expires after %2 seconds"),
     QT_TRANSLATE_NOOP(
         "MtaStsFindings",
         "A short max_age lets a cached policy expire quickly, which leaves room for an attacker "
         "to strip TLS. RFC 8461 §3.2 expects weeks or more."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Once the policy works, raise max_age to 604800 (a week) or more, up to 31557600.")},

    // %1 domain, %2 the rua URIs.
    {"tls-rpt.ok", QT_TRANSLATE_NOOP("MtaStsFindings", "%1 asks for TLS reports at %2"), "", ""},
    {"tls-rpt.none",
     QT_TRANSLATE_NOOP("MtaStsFindings", "%1 has no TLS-RPT record"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "With a TLS-RPT record (RFC 8460), senders such as Gmail send daily reports of TLS "
                       "failures on the way to your mail servers. Without one, MTA-STS problems go unseen."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Publish a TXT record _smtp._tls.%1 with “v=TLSRPTv1; rua=mailto:tlsrpt@%1”.")},
    // %1 domain, %2 DNS outcome.
    {"tls-rpt.temperror",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The TLS-RPT record of %1 could not be read (%2)"),
     QT_TRANSLATE_NOOP("MtaStsFindings", "The DNS servers did not answer the query for _smtp._tls.%1."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Check again later; if it persists, ask your DNS provider.")},
    // %1 domain, %2 count.
    {"tls-rpt.multiple-records",
     QT_TRANSLATE_NOOP("MtaStsFindings", "%1 has %2 TLS-RPT records"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "_smtp._tls.%1 must hold exactly one v=TLSRPTv1 record; with more, senders send no "
                       "reports (RFC 8460 §3)."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Merge them into one record; rua= takes several URIs separated by commas.")},
    // %1 domain, %2 record, %3 the part that is wrong.
    {"tls-rpt.syntax",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The TLS-RPT record of %1 is not valid"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "The record “%2” breaks the syntax of RFC 8460 §3 at “%3”. It must read "
                       "“v=TLSRPTv1; rua=…” with mailto: or https: URIs."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Replace it by, for example, “v=TLSRPTv1; rua=mailto:tlsrpt@%1”.")},

    // %1 domain, %2 logo URL.
    {"bimi.ok", QT_TRANSLATE_NOOP("MtaStsFindings", "%1 publishes a BIMI logo at %2"), "", ""},
    {"bimi.none",
     QT_TRANSLATE_NOOP("MtaStsFindings", "%1 has no BIMI record"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "BIMI lets mail clients such as Gmail show your logo beside authenticated mail. It is "
                       "optional and needs DMARC at quarantine or reject."),
     ""},
    {"bimi.temperror",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The BIMI record of %1 could not be read (%2)"),
     QT_TRANSLATE_NOOP("MtaStsFindings", "The DNS servers did not answer the query for default._bimi.%1."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Check again later; if it persists, ask your DNS provider.")},
    {"bimi.multiple-records",
     QT_TRANSLATE_NOOP("MtaStsFindings", "%1 has %2 BIMI records"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "default._bimi.%1 must hold exactly one v=BIMI1 record; with more, no logo is shown."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Delete all but one of the v=BIMI1 records.")},
    // %1 domain, %2 record, %3 the part that is wrong.
    {"bimi.syntax",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The BIMI record of %1 is not valid"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "The record “%2” is not valid at “%3”. It must begin with v=BIMI1; l= and a= take "
                       "https: URLs."),
     QT_TRANSLATE_NOOP(
         "MtaStsFindings",
         "Replace it by, for example, “v=BIMI1; l=https://%1/logo.svg; a=https://%1/vmc.pem”.")},
    {"bimi.declined",
     QT_TRANSLATE_NOOP("MtaStsFindings", "%1 declines BIMI (empty l=)"),
     QT_TRANSLATE_NOOP("MtaStsFindings", "The record says the domain has no logo to show."),
     ""},
    // %1 domain, %2 logo URL.
    {"bimi.logo-not-svg",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The BIMI logo of %1 does not look like an SVG file"),
     QT_TRANSLATE_NOOP("MtaStsFindings", "BIMI logos must be SVG Tiny PS files; %2 does not end in .svg."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Publish the logo as an SVG Tiny PS file and point l= at it.")},
    // %1 domain.
    {"bimi.no-authority",
     QT_TRANSLATE_NOOP("MtaStsFindings", "The BIMI record of %1 has no mark certificate (a=)"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Gmail shows a BIMI logo only with a Verified Mark Certificate (VMC) or Common Mark "
                       "Certificate (CMC) named in a=."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Obtain a VMC or CMC and add a=https://…/certificate.pem to the record.")},
    // %1 domain, %2 DMARC policy.
    {"bimi.dmarc-not-enforced",
     QT_TRANSLATE_NOOP("MtaStsFindings", "BIMI needs DMARC at quarantine or reject; %1 has p=%2"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Mail clients show a BIMI logo only for domains whose DMARC policy is enforced."),
     QT_TRANSLATE_NOOP("MtaStsFindings", "Raise the DMARC policy of %1 to p=quarantine or p=reject.")},
    // %1 domain.
    {"bimi.dmarc-missing",
     QT_TRANSLATE_NOOP("MtaStsFindings", "BIMI needs DMARC, but %1 has no usable DMARC record"),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Mail clients show a BIMI logo only for domains whose DMARC policy is quarantine or "
                       "reject; without a DMARC record the BIMI record has no effect."),
     QT_TRANSLATE_NOOP("MtaStsFindings",
                       "Publish a DMARC record at _dmarc.%1 and raise it to p=quarantine or p=reject once "
                       "the reports show all your mail passes.")},
};

// The reason codes MtaStsCheck puts in %3 of policy-tls and policy-unreachable.
struct Reason
{
    const char* code;
    const char* text;
};

constexpr Reason REASONS[] = {
    {"tls-untrusted",
     QT_TRANSLATE_NOOP("MtaStsFindings", "the certificate is not issued by a trusted certificate authority")},
    {"tls-hostname", QT_TRANSLATE_NOOP("MtaStsFindings", "the certificate is for another host name")},
    {"tls-expired", QT_TRANSLATE_NOOP("MtaStsFindings", "the certificate has expired or is not yet valid")},
    {"tls-handshake", QT_TRANSLATE_NOOP("MtaStsFindings", "the TLS handshake failed")},
    {"timeout", QT_TRANSLATE_NOOP("MtaStsFindings", "no answer in time")},
    {"connection-refused", QT_TRANSLATE_NOOP("MtaStsFindings", "the connection was refused")},
    {"host-not-found", QT_TRANSLATE_NOOP("MtaStsFindings", "the host name has no address")},
    {"network", QT_TRANSLATE_NOOP("MtaStsFindings", "a network error")},
};

} // namespace

std::optional<FindingText> mtaStsFindingText(const QString& id, const QStringList& args)
{
    QStringList filled = args;
    if ((id == QLatin1String("mta-sts.policy-tls") || id == QLatin1String("mta-sts.policy-unreachable"))
        && filled.size() > 2) {
        for (const Reason& r : REASONS) {
            if (filled.at(2) == QLatin1String(r.code)) {
                filled[2] = QCoreApplication::translate(CONTEXT, r.text);
                break;
            }
        }
    }
    return findings::lookup(CONTEXT, ENTRIES, id, filled);
}

} // namespace todoku::smtp
