// SPDX-License-Identifier: GPL-3.0-or-later
// SpfResult: what one RFC 7208 check_host() evaluation concluded, why, and the trace that shows it.
#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "core/common/Error.h"
#include "core/diagnosis/Finding.h"
#include "core/dns/DnsRecord.h"
#include "core/spf/SpfRecord.h"

namespace todoku {

/** RFC 7208 §2.6: the seven results of check_host(). */
enum class SpfResultCode
{
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
};

/** Why check_host() ended as it did; each maps to one explanation for users. */
enum class SpfReason
{
    Matched,            ///< a mechanism matched: SpfResult::matched names it
    DefaultNeutral,     ///< no mechanism matched and there was no redirect= (§4.7)
    InvalidDomain,      ///< the domain to check is not a valid multi-label name (§4.3): none
    NoRecord,           ///< NXDOMAIN, NODATA, or no TXT record starting "v=spf1" (§4.5): none
    MultipleRecords,    ///< two or more SPF records at one name (§4.5): permerror
    Syntax,             ///< the record does not parse (§4.6): permerror; SpfResult::syntaxError says where
    TooManyLookups,     ///< more than 10 DNS-querying terms (§4.6.4): permerror
    TooManyVoidLookups, ///< more than 2 lookups that found nothing (§4.6.4): permerror
    TooManyMxRecords,   ///< an mx term's name has more than 10 MX records (§4.6.4): permerror
    DnsFailure,         ///< SERVFAIL, timeout or another DNS error (§4.4, §5): temperror
    IncludeNone,        ///< an include's target has no SPF record (§5.2): permerror
    RedirectNone,       ///< a redirect='s target has no SPF record (§6.1): permerror
    InvalidTarget,      ///< a term's target (after macro expansion) is not a valid domain name: permerror
};

/** The identity being checked (RFC 7208 §2.3, §2.4). */
enum class SpfIdentity
{
    MailFrom,
    Helo,
};

/** The inputs of check_host(): <ip>, <domain>, <sender>, plus the HELO name and the receiver for macros. */
struct SpfRequest
{
    QHostAddress ip;
    QString domain; ///< ASCII, no trailing dot
    QString sender; ///< "local@domain"; for the HELO identity "postmaster@<helo>"
    QString helo;
    SpfIdentity identity = SpfIdentity::MailFrom;
    QString receiver = QStringLiteral("unknown"); ///< %{r}
    qint64 timestamp = 0;                         ///< %{t}; 0: now
    /** If set, evaluated as the domain's record instead of asking DNS for it (a record not yet published). */
    std::optional<QString> record;
    /** Explanation when a fail has no usable exp= (empty: none). */
    QString defaultExplanation;

    /**
     * The request a receiver makes for a MAIL FROM: the domain part of `mailFrom`, or the HELO identity
     * (postmaster@helo) when `mailFrom` is empty (null reverse-path, §2.4); "@domain" has local part
     * "postmaster" (§4.3). Names are lower-cased and lose a trailing dot; IDNs are converted to ASCII.
     */
    static SpfRequest forMailFrom(const QHostAddress& ip, const QString& mailFrom, const QString& helo);
    /** The HELO identity check (§2.3): domain = helo, sender = postmaster@helo. */
    static SpfRequest forHelo(const QHostAddress& ip, const QString& helo);
};

/** One DNS query an evaluation made, with its outcome, for the trace view. */
struct SpfQueryTrace
{
    QString name;
    DnsRecordType type = DnsRecordType::TXT;
    DnsOutcome outcome = DnsOutcome::NxDomain;
    QStringList answers; ///< presentation form of each record

    friend bool operator==(const SpfQueryTrace&, const SpfQueryTrace&) = default;
};

/** How one term of a record was evaluated. */
struct SpfTermTrace
{
    enum class Status
    {
        Match,
        NoMatch,
        Error,   ///< the term ended the evaluation with temperror/permerror
        Unknown, ///< include tree only: an answer it needs was not fetched (query budget)
    };
    QString term;     ///< as written, e.g. "include:_spf.google.com" or "redirect=_spf.example.jp"
    int position = 0; ///< offset in the record
    QString target;   ///< the domain the term asked about, after macro expansion
    Status status = Status::NoMatch;
    bool countsLookup = false; ///< one of the 10 (§4.6.4)
    bool voidLookup = false;   ///< its lookup found nothing (NXDOMAIN or NODATA)
    QList<SpfQueryTrace> queries;
    int child = -1; ///< include / redirect: index into the node's children
};

/** One record fetched and evaluated: the top-level domain, an include target or a redirect target. */
struct SpfNode
{
    QString domain;
    QString via; ///< the term that led here ("include:…", "redirect=…"); empty for the top
    DnsOutcome txtOutcome = DnsOutcome::NxDomain;
    QStringList spfRecords;           ///< every TXT record at the name that starts "v=spf1"
    QString record;                   ///< the record evaluated (if exactly one)
    std::optional<Error> syntaxError; ///< when the record does not parse
    QList<SpfTermTrace> terms;
    std::vector<SpfNode> children;
    SpfResultCode result = SpfResultCode::None;
    SpfReason reason = SpfReason::NoRecord;
    bool fetched = false; ///< include tree: false if the record was not fetched (loop or budget)
    bool loop = false;    ///< include tree: this domain is already being evaluated higher up
    int ownLookups = 0;   ///< DNS-querying terms of this record (incl. redirect=)
    int lookups = 0;      ///< ownLookups plus every child's lookups: what this branch costs
    int voidLookups = 0;  ///< void lookups in this branch
};

/** The outcome of one check_host(), with the evidence (DESIGN.md: value type with evidence and queries). */
struct SpfResult
{
    SpfRequest request;
    SpfResultCode result = SpfResultCode::None;
    SpfReason reason = SpfReason::NoRecord;
    QString reasonDomain;             ///< where the reason applies (the record's domain, the failed name)
    QString reasonDetail;             ///< e.g. the DNS outcome of the failed query, the bad target
    std::optional<Error> syntaxError; ///< reason Syntax: the parser's error (position in the record)
    QString matched;                  ///< the term of the domain's own record that decided, as written
    QStringList matchedPath;          ///< from that term down through includes/redirects to the deepest one
    QString matchedDomain;            ///< the record holding the deepest term
    QString explanation;              ///< fail: the expanded exp= text or the default
    bool explanationFromRecord = false;
    int lookups = 0;     ///< DNS-querying terms evaluated (the §4.6.4 count)
    int voidLookups = 0; ///< void lookups during the evaluation
    SpfNode trace;       ///< what check_host() did, in order, stopping where it stopped
    /**
     * Every record reachable from the domain with each branch's worst-case lookup count, fetched even past
     * the limits so an over-limit record shows which include costs what.
     */
    SpfNode includeTree;
    QList<DnsAnswer> queries; ///< every DNS answer received, in arrival order
    QList<Finding> findings;

    bool isPass() const { return result == SpfResultCode::Pass; }
};

namespace spf {

/** "pass", "fail", "softfail", "neutral", "none", "temperror", "permerror" (RFC 7208 §2.6 spelling). */
QString resultName(SpfResultCode code);
std::optional<SpfResultCode> parseResultName(const QString& name);
/** Stable reason codes for JSON: "matched", "too-many-lookups", … */
QString reasonName(SpfReason reason);
/** The result a qualifier gives when its mechanism matches. */
SpfResultCode resultOf(SpfQualifier qualifier);

/** DESIGN.md's `spf` JSON: result, matched, explanation, lookups, voidLookups, trace, findings, … */
QJsonObject toJson(const SpfResult& result);
QJsonObject toJson(const SpfNode& node);

/** "include:a (5), mx (1)": a record's DNS-querying terms by what each costs with its branch, costliest
 * first. */
QString branchCosts(const SpfNode& node);

/** Findings about an evaluation: the result (spf.pass … spf.permerror) and the limit problems behind it. */
QList<Finding> evaluationFindings(const SpfResult& result);
/**
 * The spf.syntax finding for a record of `domain` that does not parse: args are the domain, the faulty
 * term, the 1-based position, then the detail's code and arguments (ErrorText renders it at display time).
 */
Finding syntaxFinding(const QString& domain, const Error& error);

} // namespace spf
} // namespace todoku
