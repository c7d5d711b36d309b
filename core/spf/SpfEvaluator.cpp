// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spf/SpfEvaluator.h"

#include <QDateTime>

#include "core/dns/DnsName.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"
#include "core/spf/SpfMacro.h"

namespace todoku {
namespace spf {

const DnsAnswer* SpfAnswerCache::find(const QString& name, DnsRecordType type) const
{
    auto it = m_answers.find(keyOf(name, type));
    return it == m_answers.end() ? nullptr : &it->second;
}

void SpfAnswerCache::insert(const DnsAnswer& answer)
{
    m_answers.insert_or_assign(keyOf(answer.name, answer.type), answer);
}

const Result<SpfRecord>& SpfAnswerCache::parsed(const QString& text) const
{
    auto it = m_parsed.find(text);
    if (it == m_parsed.end()) {
        it = m_parsed.emplace(text, SpfRecord::parse(text)).first;
    }
    return it->second;
}

QString SpfAnswerCache::keyOf(const QString& name, DnsRecordType type)
{
    return name.toLower() + u' ' + QString::number(int(type));
}

namespace {

// RFC 7208 §4.6.4.
constexpr int MAX_LOOKUPS = 10;
constexpr int MAX_VOID_LOOKUPS = 2;
constexpr int MAX_ADDRESS_NAMES = 10;
// Explore mode only: how deep and how wide the include tree is walked (real trees are far smaller).
constexpr int MAX_TREE_DEPTH = 16;
constexpr int MAX_TREE_NODES = 120;

bool isFailure(DnsOutcome outcome)
{
    return !dns::isDefinite(outcome);
}

bool isVoid(DnsOutcome outcome)
{
    return outcome == DnsOutcome::NxDomain || outcome == DnsOutcome::NoData;
}

/**
 * A name fit to query: labels of 1–63 characters, at most 253 in all, one trailing dot allowed (and
 * dropped). For the domain check_host() starts from (§4.3, `strict`) it must also be a multi-label host
 * name; names that come out of macro expansion are asked as they are, spaces and all, because the RFC
 * checks a domain-spec's syntax before expansion, not after (§7.1; the suite's invalid-hello-macro).
 */
std::optional<QString> validDomain(QString name, bool strict)
{
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    if (name.isEmpty() || name.size() > 253) {
        return std::nullopt;
    }
    bool ascii = true;
    bool printable = true;
    for (QChar c : name) {
        ascii = ascii && c.unicode() <= 0x7e;
        printable = printable && c.unicode() > 0x20;
    }
    if (!ascii) {
        // A macro can bring a local part's UTF-8 into a name; IDNA decides whether it can be asked at all.
        Result<QString> ace = dns::toAce(name);
        if (!ace) {
            return std::nullopt;
        }
        name = ace.value();
    } else if (strict && !printable) {
        return std::nullopt;
    }
    int labels = 0;
    for (qsizetype start = 0, dot = 0; dot >= 0; start = dot + 1) {
        dot = name.indexOf(u'.', start);
        const qsizetype length = (dot < 0 ? name.size() : dot) - start;
        if (length == 0 || length > 63) {
            return std::nullopt;
        }
        ++labels;
    }
    if (strict && labels < 2) {
        return std::nullopt;
    }
    return name.toLower();
}

SpfQueryTrace traceOf(const DnsAnswer& answer)
{
    SpfQueryTrace q;
    q.name = answer.name;
    q.type = answer.type;
    q.outcome = answer.outcome;
    for (const DnsRecord& r : answer.records) {
        q.answers.append(r.presentation());
    }
    return q;
}

/** What evaluating one mechanism gave. */
struct TermOutcome
{
    enum Kind
    {
        Match,
        NoMatch,
        Error,
        Incomplete, ///< Exact mode: an answer is missing, the pass stops
        Unknown,    ///< Explore mode: an answer is missing, the walk goes on
    } kind = NoMatch;
    SpfResultCode code = SpfResultCode::PermError;
    SpfReason reason = SpfReason::Syntax;
    QString domain;
    QString detail;
    QStringList matchedPath; ///< Match: the deciding terms from this record down to the deepest one
    QString matchedDomain;   ///< Match: the record holding the deepest term
};

class CheckHostPass
{
public:
    CheckHostPass(const SpfRequest& request, const SpfAnswerCache& cache, SpfPassMode mode)
        : m_request(request)
        , m_cache(cache)
        , m_explore(mode == SpfPassMode::Explore)
    {
        m_context.ip = normalizedAddress(request.ip);
        m_context.helo = request.helo;
        m_context.receiver = request.receiver;
        m_context.timestamp = request.timestamp ? request.timestamp : QDateTime::currentSecsSinceEpoch();
        const qsizetype at = request.sender.lastIndexOf(u'@');
        m_context.sender = request.sender;
        m_context.localPart = at > 0 ? request.sender.left(at) : QStringLiteral("postmaster");
        m_context.senderDomain = at >= 0 ? request.sender.mid(at + 1) : request.sender;
        if (at == 0) {
            m_context.sender = u"postmaster" + request.sender;
        }
    }

    SpfPassOutput run()
    {
        SpfPassOutput out;
        SpfResult& r = out.result;
        r.request = m_request;
        QStringList path;
        TermOutcome o = checkHost(m_request.domain, r.trace, false, 0, path);
        r.lookups = m_lookups;
        r.voidLookups = m_voids;
        out.missing = m_missing;
        if (o.kind == TermOutcome::Incomplete) {
            return out;
        }
        r.result = o.code;
        r.reason = o.reason;
        r.reasonDomain = o.domain;
        r.reasonDetail = o.detail;
        r.matchedPath = o.matchedPath;
        r.matched = o.matchedPath.value(0);
        r.matchedDomain = o.matchedDomain;
        r.syntaxError = m_syntaxError;
        r.explanation = m_explanation;
        r.explanationFromRecord = m_explanationFromRecord;
        if (r.result == SpfResultCode::Fail && !m_explanationFromRecord) {
            r.explanation = m_request.defaultExplanation;
        }
        return out;
    }

private:
    /** The cached answer, or nullptr after noting it as missing. */
    const DnsAnswer* answer(const QString& name, DnsRecordType type)
    {
        if (const DnsAnswer* a = m_cache.find(name, type)) {
            return a;
        }
        for (const SpfMissingQuery& q : std::as_const(m_missing)) {
            if (q.type == type && q.name == name) {
                return nullptr;
            }
        }
        m_missing.append(SpfMissingQuery{name, type});
        return nullptr;
    }

    TermOutcome missingOutcome() const
    {
        TermOutcome o;
        o.kind = m_explore ? TermOutcome::Unknown : TermOutcome::Incomplete;
        return o;
    }

    static TermOutcome error(SpfResultCode code, SpfReason reason, QString domain, QString detail = {})
    {
        TermOutcome o;
        o.kind = TermOutcome::Error;
        o.code = code;
        o.reason = reason;
        o.domain = std::move(domain);
        o.detail = std::move(detail);
        return o;
    }

    static TermOutcome result(SpfResultCode code, SpfReason reason, QString domain)
    {
        TermOutcome o = error(code, reason, std::move(domain));
        o.kind = TermOutcome::Match;
        return o;
    }

    /**
     * %{p} needs the validated name of the client (§7.3): PTR, then the first 10 names whose addresses
     * include the client, preferring the current domain or a subdomain of it. Empty optional: incomplete.
     */
    std::optional<QString> validatedName(const QString& domain)
    {
        const DnsAnswer* ptr = answer(dns::reverseName(m_context.ip), DnsRecordType::PTR);
        if (!ptr) {
            return std::nullopt;
        }
        QStringList validated;
        bool incomplete = false;
        const QStringList names = ptr->isAnswer() ? ptr->targets() : QStringList();
        for (int i = 0; i < names.size() && i < MAX_ADDRESS_NAMES; ++i) {
            const DnsAnswer* a = answer(names.at(i), addressType());
            if (!a) {
                incomplete = true;
                continue;
            }
            if (a->addresses().contains(m_context.ip)) {
                validated.append(names.at(i));
            }
        }
        if (incomplete && !m_explore) {
            return std::nullopt;
        }
        for (const QString& name : std::as_const(validated)) {
            if (dns::isSubdomainOf(name, domain)) {
                return name;
            }
        }
        return validated.isEmpty() ? QStringLiteral("unknown") : validated.first();
    }

    /**
     * Expands a macro-string for the record of `domain`, computing %{p} when it is used. Nothing if an
     * answer %{p} needs is missing; `*ok` false if the string does not expand.
     */
    std::optional<QString> expand(const QString& spec, const QString& domain, bool forExplanation, bool* ok)
    {
        if (!spec.contains(u'%')) {
            *ok = true; // most domain-specs are plain names: nothing to expand, no context to build
            return spec;
        }
        SpfMacroContext context = m_context;
        context.domain = domain;
        if (spec.contains(u"%{p", Qt::CaseInsensitive)) {
            std::optional<QString> p = validatedName(domain);
            if (!p) {
                return std::nullopt;
            }
            context.validatedName = *p;
        }
        std::optional<QString> expanded = expandMacros(spec, context, forExplanation);
        *ok = expanded.has_value();
        return expanded.value_or(spec);
    }

    /** Expands a domain-spec (or takes the current domain) and checks the name; kind Error if invalid. */
    TermOutcome target(const QString& spec, const QString& domain, QString* name)
    {
        if (spec.isEmpty()) {
            *name = domain;
            return {};
        }
        bool ok = false;
        std::optional<QString> expanded = expand(spec, domain, false, &ok);
        if (!expanded) {
            return missingOutcome();
        }
        std::optional<QString> valid = ok ? validDomain(truncateDomain(*expanded), false) : std::nullopt;
        if (!valid) {
            return error(SpfResultCode::PermError, SpfReason::InvalidTarget, domain, *expanded);
        }
        *name = *valid;
        return {};
    }

    DnsRecordType addressType() const
    {
        return m_context.ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsRecordType::AAAA
                                                                        : DnsRecordType::A;
    }

    bool inNetwork(const QHostAddress& address, const SpfMechanism& m) const
    {
        const bool v6 = m_context.ip.protocol() == QAbstractSocket::IPv6Protocol;
        if ((address.protocol() == QAbstractSocket::IPv6Protocol) != v6) {
            return false;
        }
        return m_context.ip.isInSubnet(address, m.prefixLength(v6));
    }

    /** Counts a void lookup; an error once the limit is passed (Exact mode only). */
    std::optional<TermOutcome> countVoid(SpfTermTrace& t, SpfNode& node, const QString& domain)
    {
        t.voidLookup = true;
        ++m_voids;
        ++node.voidLookups;
        if (!m_explore && m_voids > MAX_VOID_LOOKUPS) {
            return error(
                SpfResultCode::PermError, SpfReason::TooManyVoidLookups, domain, QString::number(m_voids));
        }
        return std::nullopt;
    }

    /**
     * The outcome a term's own lookup ends it with: temperror on a DNS failure (§4.4), no match on a void
     * lookup (or permerror past the limit); nothing when the answer holds records to look at.
     */
    std::optional<TermOutcome>
    failureOrVoid(const DnsAnswer& a, SpfTermTrace& t, SpfNode& node, const QString& domain)
    {
        if (isFailure(a.outcome)) {
            return dnsFailure(a);
        }
        if (isVoid(a.outcome)) {
            return countVoid(t, node, domain).value_or(TermOutcome{});
        }
        return std::nullopt;
    }

    TermOutcome dnsFailure(const DnsAnswer& a) const
    {
        return error(SpfResultCode::TempError,
                     SpfReason::DnsFailure,
                     a.name,
                     dns::typeName(a.type) + u' ' + dns::outcomeName(a.outcome));
    }

    TermOutcome evaluate(const SpfMechanism& m,
                         const QString& domain,
                         SpfNode& node,
                         SpfTermTrace& t,
                         int depth,
                         QStringList& path)
    {
        switch (m.kind) {
        case SpfMechanismKind::All:
            return result(SpfResultCode::Pass, SpfReason::Matched, domain);
        case SpfMechanismKind::Ip4:
        case SpfMechanismKind::Ip6: {
            TermOutcome o;
            o.kind = inNetwork(m.network, m) ? TermOutcome::Match : TermOutcome::NoMatch;
            return o;
        }
        default:
            break;
        }
        QString name;
        TermOutcome bad = target(m.domainSpec, domain, &name);
        if (bad.kind != TermOutcome::NoMatch) {
            return bad;
        }
        t.target = name;
        switch (m.kind) {
        case SpfMechanismKind::Include: {
            SpfNode child;
            child.via = m.text;
            TermOutcome o = descend(name, child, true, depth, path);
            t.child = int(node.children.size());
            node.children.push_back(std::move(child));
            switch (o.kind) {
            case TermOutcome::Incomplete:
            case TermOutcome::Unknown:
                return o;
            case TermOutcome::Error:
                if (o.code == SpfResultCode::None) {
                    return error(SpfResultCode::PermError, SpfReason::IncludeNone, name);
                }
                return o;
            default:
                break;
            }
            // §5.2: only pass matches; fail, softfail and neutral do not.
            TermOutcome mapped;
            mapped.kind = o.code == SpfResultCode::Pass ? TermOutcome::Match : TermOutcome::NoMatch;
            mapped.matchedPath = o.matchedPath;
            mapped.matchedDomain = o.matchedDomain;
            return mapped;
        }
        case SpfMechanismKind::A: {
            const DnsAnswer* a = answer(name, addressType());
            if (!a) {
                return missingOutcome();
            }
            t.queries.append(traceOf(*a));
            return addressMatch(*a, m, t, node, domain);
        }
        case SpfMechanismKind::Mx:
            return evaluateMx(name, m, t, node, domain);
        case SpfMechanismKind::Ptr:
            return evaluatePtr(name, t, node, domain);
        case SpfMechanismKind::Exists: {
            // §5.7: always an A query, whatever the client's address family.
            const DnsAnswer* a = answer(name, DnsRecordType::A);
            if (!a) {
                return missingOutcome();
            }
            t.queries.append(traceOf(*a));
            if (auto ended = failureOrVoid(*a, t, node, domain)) {
                return *ended;
            }
            TermOutcome o;
            o.kind = TermOutcome::Match;
            return o;
        }
        default:
            Q_UNREACHABLE();
        }
    }

    TermOutcome addressMatch(
        const DnsAnswer& a, const SpfMechanism& m, SpfTermTrace& t, SpfNode& node, const QString& domain)
    {
        if (auto ended = failureOrVoid(a, t, node, domain)) {
            return *ended;
        }
        TermOutcome o;
        for (const QHostAddress& address : a.addresses()) {
            if (inNetwork(address, m)) {
                o.kind = TermOutcome::Match;
            }
        }
        return o;
    }

    TermOutcome evaluateMx(
        const QString& name, const SpfMechanism& m, SpfTermTrace& t, SpfNode& node, const QString& domain)
    {
        const DnsAnswer* mx = answer(name, DnsRecordType::MX);
        if (!mx) {
            return missingOutcome();
        }
        t.queries.append(traceOf(*mx));
        if (auto ended = failureOrVoid(*mx, t, node, domain)) {
            return *ended;
        }
        QStringList exchanges = mx->targets();
        exchanges.removeAll(QString()); // a null MX (RFC 7505) names no host
        exchanges.removeAll(QStringLiteral("."));
        if (exchanges.size() > MAX_ADDRESS_NAMES && !m_explore) {
            return error(SpfResultCode::PermError,
                         SpfReason::TooManyMxRecords,
                         name,
                         QString::number(exchanges.size()));
        }
        TermOutcome o;
        for (int i = 0; i < exchanges.size() && i < MAX_ADDRESS_NAMES; ++i) {
            const DnsAnswer* a = answer(exchanges.at(i), addressType());
            if (!a) {
                o = missingOutcome();
                if (!m_explore) {
                    return o;
                }
                continue;
            }
            t.queries.append(traceOf(*a));
            if (isFailure(a->outcome)) {
                if (!m_explore) {
                    return dnsFailure(*a);
                }
                continue;
            }
            for (const QHostAddress& address : a->addresses()) {
                if (inNetwork(address, m) && o.kind == TermOutcome::NoMatch) {
                    o.kind = TermOutcome::Match;
                    if (!m_explore) {
                        return o;
                    }
                }
            }
        }
        return o;
    }

    TermOutcome evaluatePtr(const QString& name, SpfTermTrace& t, SpfNode& node, const QString& domain)
    {
        const DnsAnswer* ptr = answer(dns::reverseName(m_context.ip), DnsRecordType::PTR);
        if (!ptr) {
            return missingOutcome();
        }
        t.queries.append(traceOf(*ptr));
        // §5.5: a DNS error on the PTR lookup only makes the mechanism fail to match.
        if (isVoid(ptr->outcome)) {
            if (auto over = countVoid(t, node, domain)) {
                return *over;
            }
            return {};
        }
        if (!ptr->isAnswer()) {
            return {};
        }
        TermOutcome o;
        const QStringList names = ptr->targets();
        for (int i = 0; i < names.size() && i < MAX_ADDRESS_NAMES; ++i) {
            const QString& candidate = names.at(i);
            if (!dns::isSubdomainOf(candidate, name) && !m_explore) {
                continue; // its addresses cannot make it a match, so do not ask
            }
            const DnsAnswer* a = answer(candidate, addressType());
            if (!a) {
                o = missingOutcome();
                if (!m_explore) {
                    return o;
                }
                continue;
            }
            t.queries.append(traceOf(*a));
            if (a->addresses().contains(m_context.ip) && dns::isSubdomainOf(candidate, name)
                && o.kind == TermOutcome::NoMatch) {
                o.kind = TermOutcome::Match;
                if (!m_explore) {
                    return o;
                }
            }
        }
        return o;
    }

    /** Explore mode guards against loops and runaway trees; Exact mode relies on the lookup limit. */
    TermOutcome
    descend(const QString& domain, SpfNode& child, bool insideInclude, int depth, QStringList& path)
    {
        if (m_explore && (path.contains(domain) || depth >= MAX_TREE_DEPTH || m_nodes >= MAX_TREE_NODES)) {
            child.domain = domain;
            child.loop = path.contains(domain);
            TermOutcome o;
            o.kind = TermOutcome::Unknown;
            return o;
        }
        return checkHost(domain, child, insideInclude, depth + 1, path);
    }

    TermOutcome
    checkHost(const QString& rawDomain, SpfNode& node, bool insideInclude, int depth, QStringList& path)
    {
        ++m_nodes;
        node.domain = rawDomain;
        TermOutcome o = checkRecord(rawDomain, node, insideInclude, depth, path);
        node.lookups = node.ownLookups;
        for (const SpfNode& child : node.children) {
            node.lookups += child.lookups;
            node.voidLookups += child.voidLookups;
        }
        if (o.kind == TermOutcome::Error || o.kind == TermOutcome::Match) {
            node.result = o.code;
            node.reason = o.reason;
        }
        return o;
    }

    TermOutcome
    checkRecord(const QString& rawDomain, SpfNode& node, bool insideInclude, int depth, QStringList& path)
    {
        std::optional<QString> valid = validDomain(rawDomain, true);
        if (!valid) {
            return error(SpfResultCode::None, SpfReason::InvalidDomain, rawDomain);
        }
        const QString domain = *valid;
        node.domain = domain;
        if (depth == 0 && m_request.record) {
            // A record as typed (spf-lint --record, the builder): evaluated as if published at the domain.
            node.fetched = true;
            node.txtOutcome = DnsOutcome::Answer;
            node.spfRecords.append(*m_request.record);
        } else {
            const DnsAnswer* txt = answer(domain, DnsRecordType::TXT);
            if (!txt) {
                return missingOutcome();
            }
            node.fetched = true;
            node.txtOutcome = txt->outcome;
            if (isFailure(txt->outcome)) {
                return dnsFailure(*txt);
            }
            for (const QByteArray& text : txt->texts()) {
                if (SpfRecord::isSpfText(text)) {
                    node.spfRecords.append(QString::fromLatin1(text));
                }
            }
        }
        if (node.spfRecords.isEmpty()) {
            return error(SpfResultCode::None, SpfReason::NoRecord, domain);
        }
        if (node.spfRecords.size() > 1) {
            return error(SpfResultCode::PermError,
                         SpfReason::MultipleRecords,
                         domain,
                         QString::number(node.spfRecords.size()));
        }
        node.record = node.spfRecords.first();
        const Result<SpfRecord>& parsed = m_cache.parsed(node.record);
        if (!parsed) {
            node.syntaxError = parsed.error();
            if (!m_syntaxError) {
                m_syntaxError = parsed.error();
            }
            return error(SpfResultCode::PermError, SpfReason::Syntax, domain, parsed.error().args.value(0));
        }
        const SpfRecord& record = parsed.value();
        path.append(domain);
        TermOutcome outcome = evaluateRecord(record, domain, node, insideInclude, depth, path);
        path.removeLast();
        return outcome;
    }

    TermOutcome evaluateRecord(const SpfRecord& record,
                               const QString& domain,
                               SpfNode& node,
                               bool insideInclude,
                               int depth,
                               QStringList& path)
    {
        std::optional<TermOutcome> firstMatch; // Explore mode: the result an exact pass would likely reach
        bool unknown = false;
        bool hasAll = false;
        for (const SpfMechanism& m : record.mechanisms) {
            hasAll = hasAll || m.kind == SpfMechanismKind::All;
            SpfTermTrace t;
            t.term = m.text;
            t.position = m.position;
            if (m.queriesDns()) {
                t.countsLookup = true;
                ++m_lookups;
                ++node.ownLookups;
                if (!m_explore && m_lookups > MAX_LOOKUPS) {
                    t.status = SpfTermTrace::Status::Error;
                    node.terms.append(t);
                    return error(SpfResultCode::PermError,
                                 SpfReason::TooManyLookups,
                                 domain,
                                 QString::number(m_lookups));
                }
            }
            TermOutcome o = evaluate(m, domain, node, t, depth, path);
            switch (o.kind) {
            case TermOutcome::Incomplete:
                node.terms.append(t);
                return o;
            case TermOutcome::Unknown:
                t.status = SpfTermTrace::Status::Unknown;
                unknown = true;
                break;
            case TermOutcome::Error:
                t.status = SpfTermTrace::Status::Error;
                if (!m_explore) {
                    node.terms.append(t);
                    return o;
                }
                break;
            case TermOutcome::NoMatch:
                t.status = SpfTermTrace::Status::NoMatch;
                break;
            case TermOutcome::Match: {
                t.status = SpfTermTrace::Status::Match;
                TermOutcome matched = result(resultOf(m.qualifier), SpfReason::Matched, domain);
                matched.matchedPath = QStringList{m.text} + o.matchedPath;
                matched.matchedDomain = o.matchedDomain.isEmpty() ? domain : o.matchedDomain;
                if (!m_explore) {
                    node.terms.append(t);
                    if (matched.code == SpfResultCode::Fail && !insideInclude) {
                        if (!explain(record, domain)) {
                            return missingOutcome();
                        }
                    }
                    return matched;
                }
                if (!firstMatch && !unknown) {
                    firstMatch = matched;
                }
                break;
            }
            }
            node.terms.append(t);
        }
        if (m_explore) {
            // Fetch the explanation and follow redirect= whatever the mechanisms did, for the tree.
            explain(record, domain);
        }
        if (record.redirect && (!hasAll || m_explore)) {
            SpfTermTrace t;
            t.term = u"redirect=" + *record.redirect;
            t.position = record.redirectPosition;
            t.countsLookup = true;
            ++m_lookups;
            ++node.ownLookups;
            if (!m_explore && m_lookups > MAX_LOOKUPS) {
                t.status = SpfTermTrace::Status::Error;
                node.terms.append(t);
                return error(
                    SpfResultCode::PermError, SpfReason::TooManyLookups, domain, QString::number(m_lookups));
            }
            QString name;
            TermOutcome bad = target(*record.redirect, domain, &name);
            if (bad.kind != TermOutcome::NoMatch) {
                t.status = bad.kind == TermOutcome::Error ? SpfTermTrace::Status::Error
                                                          : SpfTermTrace::Status::Unknown;
                node.terms.append(t);
                return bad;
            }
            t.target = name;
            SpfNode child;
            child.via = t.term;
            // §6.2: the redirect target's own exp= applies, not this record's; it is not an include.
            TermOutcome o = descend(name, child, insideInclude, depth, path);
            t.child = int(node.children.size());
            node.children.push_back(std::move(child));
            if (o.kind == TermOutcome::Error && o.code == SpfResultCode::None) {
                o = error(SpfResultCode::PermError, SpfReason::RedirectNone, name);
            }
            if (o.kind == TermOutcome::Match) {
                o.matchedPath.prepend(t.term);
            }
            t.status = o.kind == TermOutcome::Error   ? SpfTermTrace::Status::Error
                       : o.kind == TermOutcome::Match ? SpfTermTrace::Status::Match
                                                      : SpfTermTrace::Status::Unknown;
            node.terms.append(t);
            if (!m_explore || !firstMatch) {
                return o;
            }
        }
        if (firstMatch) {
            return *firstMatch;
        }
        if (unknown) {
            return missingOutcome();
        }
        return result(SpfResultCode::Neutral, SpfReason::DefaultNeutral, domain);
    }

    /**
     * §6.2: fetches and expands exp= for a fail decided in this record. False if its TXT answer is
     * still missing; any problem with it falls back to the default explanation, never to an error.
     */
    bool explain(const SpfRecord& record, const QString& domain)
    {
        if (!record.exp) {
            return true;
        }
        QString name;
        TermOutcome bad = target(*record.exp, domain, &name);
        if (bad.kind == TermOutcome::Incomplete) {
            return false;
        }
        if (bad.kind != TermOutcome::NoMatch) {
            return true;
        }
        const DnsAnswer* txt = answer(name, DnsRecordType::TXT);
        if (!txt) {
            return m_explore;
        }
        const QList<QByteArray> texts = txt->texts();
        if (!txt->isAnswer() || texts.size() != 1) {
            return true;
        }
        const QString raw = QString::fromLatin1(texts.first());
        for (QChar c : raw) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
                return true; // §6.2: the explanation string must be printable US-ASCII
            }
        }
        bool ok = false;
        std::optional<QString> text = expand(raw, domain, true, &ok);
        if (!text) {
            return m_explore;
        }
        if (ok && !m_explore) {
            m_explanation = *text;
            m_explanationFromRecord = true;
        }
        return true;
    }

    const SpfRequest& m_request;
    const SpfAnswerCache& m_cache;
    const bool m_explore;
    SpfMacroContext m_context;
    QList<SpfMissingQuery> m_missing;
    std::optional<Error> m_syntaxError;
    QString m_explanation;
    bool m_explanationFromRecord = false;
    int m_lookups = 0;
    int m_voids = 0;
    int m_nodes = 0;
};

} // namespace

SpfPassOutput runPass(const SpfRequest& request, const SpfAnswerCache& cache, SpfPassMode mode)
{
    return CheckHostPass(request, cache, mode).run();
}

} // namespace spf

SpfEvaluator::SpfEvaluator(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

SpfEvaluator::~SpfEvaluator() = default;

void SpfEvaluator::start(const SpfRequest& request)
{
    m_request = request;
    m_finished = false;
    // Deliver from the event loop even when no query is needed (an invalid domain, say).
    m_advanceQueued = true;
    QMetaObject::invokeMethod(this, &SpfEvaluator::advance, Qt::QueuedConnection);
}

void SpfEvaluator::advance()
{
    m_advanceQueued = false;
    if (m_finished) {
        return;
    }
    spf::SpfPassOutput explore;
    if (m_exploring) {
        explore = spf::runPass(m_request, m_cache, spf::SpfPassMode::Explore);
        QList<spf::SpfMissingQuery> wanted;
        for (const spf::SpfMissingQuery& q : std::as_const(explore.missing)) {
            if (!m_inFlight.contains(spf::SpfAnswerCache::keyOf(q.name, q.type))) {
                wanted.append(q);
            }
        }
        const int room = std::max(0, m_exploreBudget - m_sent);
        if (wanted.size() > room) {
            wanted = wanted.mid(0, room);
        }
        send(wanted);
        if (!m_inFlight.isEmpty()) {
            return; // the next answer runs another round
        }
        m_exploring = false; // nothing more to fetch (or the budget is spent)
    }
    spf::SpfPassOutput exact = spf::runPass(m_request, m_cache, spf::SpfPassMode::Exact);
    if (!exact.complete()) {
        if (m_inFlight.isEmpty()) {
            send(exact.missing);
        }
        return;
    }
    if (!m_inFlight.isEmpty()) {
        return;
    }
    if (!m_exploring && explore.result.trace.domain.isEmpty()) {
        explore = spf::runPass(m_request, m_cache, spf::SpfPassMode::Explore);
    }
    finish(std::move(exact), explore);
}

void SpfEvaluator::send(const QList<spf::SpfMissingQuery>& queries)
{
    if (!m_resolver) {
        return;
    }
    for (const spf::SpfMissingQuery& q : queries) {
        const QString key = spf::SpfAnswerCache::keyOf(q.name, q.type);
        if (m_inFlight.contains(key)) {
            continue;
        }
        m_inFlight.insert(key);
        ++m_sent;
        // Address lookups (a, exists, an MX or PTR name's addresses) never lead to another query;
        // record fetches and MX/PTR lists may, so they go first when the resolver has to queue.
        DnsQueryOptions options;
        if (q.type == DnsRecordType::A || q.type == DnsRecordType::AAAA) {
            options.priority = DnsQueryPriority::Leaf;
        }
        m_resolver->ask(
            q.name,
            q.type,
            this,
            [this, name = q.name, type = q.type](const DnsAnswer& answer) { onAnswer(name, type, answer); },
            options);
    }
}

void SpfEvaluator::onAnswer(const QString& name, DnsRecordType type, DnsAnswer answer)
{
    // Key by the name asked, so that the pass that asked finds it whatever case the server used.
    answer.name = name;
    m_inFlight.remove(spf::SpfAnswerCache::keyOf(name, type));
    m_cache.insert(answer);
    m_arrivals.append(answer);
    // Answers read in one go (a burst from the socket) arrive as a row of queued calls: one pass after
    // the last of them sees them all, where a pass per answer would walk the tree once for each.
    if (!m_advanceQueued) {
        m_advanceQueued = true;
        QMetaObject::invokeMethod(this, &SpfEvaluator::advance, Qt::QueuedConnection);
    }
}

void SpfEvaluator::finish(spf::SpfPassOutput exact, const spf::SpfPassOutput& explore)
{
    m_result = std::move(exact.result);
    m_result.includeTree = explore.result.trace;
    m_result.queries = m_arrivals;
    m_result.findings = spf::evaluationFindings(m_result);
    m_finished = true;
    emit finished();
}

} // namespace todoku
