// SPDX-License-Identifier: GPL-3.0-or-later
// SpfRecord: an SPF policy (RFC 7208 §4.6, §5, §6) parsed into mechanisms and modifiers.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <optional>

#include "core/common/Result.h"

namespace todoku {

/** RFC 7208 §4.6.2. The result a matching mechanism gives ('+' is the default). */
enum class SpfQualifier
{
    Pass,
    Fail,
    SoftFail,
    Neutral,
};

/** The eight mechanisms of RFC 7208 §5. */
enum class SpfMechanismKind
{
    All,
    Include,
    A,
    Mx,
    Ptr,
    Ip4,
    Ip6,
    Exists,
};

/** One mechanism as written, e.g. "-ip4:192.0.2.0/24" or "a:mail.%{d}/24//64". */
struct SpfMechanism
{
    SpfQualifier qualifier = SpfQualifier::Pass;
    SpfMechanismKind kind = SpfMechanismKind::All;
    QString domainSpec;   ///< macro-string target (include, a, mx, ptr, exists); empty: the current domain
    QHostAddress network; ///< ip4 / ip6: the address as written (host bits may be set)
    int cidr4 = -1;       ///< ip4, a, mx: IPv4 prefix length; -1: not given (the full /32)
    int cidr6 = -1;       ///< ip6, a, mx: IPv6 prefix length; -1: not given (the full /128)
    QString text;         ///< the term as written
    int position = 0;     ///< offset of the term in the record text

    /** Mechanisms that cost one of the 10 DNS lookups (RFC 7208 §4.6.4). */
    bool queriesDns() const;
    /** The prefix length that applies to an address of the given family (the default when not given). */
    int prefixLength(bool ipv6) const { return ipv6 ? (cidr6 < 0 ? 128 : cidr6) : (cidr4 < 0 ? 32 : cidr4); }
    /** True if domainSpec contains a macro (then its target is only known during evaluation). */
    bool hasMacro() const { return domainSpec.contains(u'%'); }
};

/**
 * A modifier other than redirect= and exp=, kept (and ignored by evaluation, RFC 7208 §6) so the linter can
 * mention it. The name is lower-case; the value is the macro-string as written (already syntax-checked).
 */
struct SpfModifier
{
    QString name;
    QString value;
    int position = 0;
};

/**
 * One SPF record (RFC 7208 §4.6, §12 ABNF) as parsed: the mechanisms in evaluation order, redirect= and
 * exp= (each at most once, wherever written: §6), and any other modifiers. A plain value type; the
 * evaluator (SpfEvaluator) and the linter read it, nothing here touches DNS.
 */
struct SpfRecord
{
    QString text;                    ///< the record as parsed (TXT strings joined)
    QList<SpfMechanism> mechanisms;  ///< in the order written, which is the order of evaluation (§4.6.2)
    std::optional<QString> redirect; ///< redirect= domain-spec (macro-string), as written
    std::optional<QString> exp;      ///< exp= domain-spec (macro-string), as written
    int redirectPosition = -1;       ///< offset of the redirect= term, -1 if none
    int expPosition = -1;            ///< offset of the exp= term, -1 if none
    QList<SpfModifier> otherModifiers;

    /**
     * Terms that cost one of the 10 DNS lookups of RFC 7208 §4.6.4 when evaluated in this record alone
     * (include, a, mx, ptr, exists, plus redirect=); includes' own records are not counted here.
     */
    int dnsTermCount() const;

    /**
     * True if the TXT text is an SPF record: "v=spf1" (case-insensitive) alone or followed by a space
     * (RFC 7208 §4.5). Records that fail this test are discarded before selection.
     */
    static bool isSpfText(const QByteArray& text);
    static bool isSpfText(const QString& text) { return isSpfText(text.toLatin1()); }
    /**
     * Parses per the ABNF of RFC 7208 §12. Any deviation is a syntax error (permerror, §4.6): the Error
     * has code ErrorCode::Syntax, position() = the 0-based offset of the fault in `text` (the offending
     * term, or the bad character of a macro), detail (+ detailArgs) = what is wrong, as a code that
     * ErrorText renders, and args[0] = the offending term. Never fails for a valid record, whatever its DNS
     * cost.
     */
    static Result<SpfRecord> parse(const QString& text);

private:
    static Result<SpfRecord> parseTerms(const QString& text);
};

namespace spf {

QString qualifierName(SpfQualifier qualifier);
QString mechanismName(SpfMechanismKind kind);
/** Checks a macro-string (RFC 7208 §7.1); on error returns the offset of the fault. */
std::optional<int> macroStringError(const QString& macroString, bool allowExpLetters = false);

} // namespace spf

} // namespace todoku
