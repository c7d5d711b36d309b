// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spf/SpfBuilder.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <algorithm>
#include <array>

#include "core/dns/DnsName.h"
#include "core/spf/SpfMacro.h"

using namespace Qt::StringLiterals;

namespace todoku {

namespace {

// Anything wider than these is not "my servers" but most of the Internet: ip4:0.0.0.0/1 is +all in disguise.
constexpr int MIN_PREFIX_V4 = 8;
constexpr int MIN_PREFIX_V6 = 16;
// An argument quoting what the user typed is cut here, so a pasted megabyte does not end up in a finding.
constexpr int MAX_QUOTED = 64;

/** An address network with its host bits cleared; IPv4 uses the first 4 bytes. */
struct Network
{
    bool v6 = false;
    std::array<quint8, 16> bytes{};
    int prefix = 0;
    QString typed;

    int width() const { return v6 ? 128 : 32; }
    bool bit(int i) const { return (bytes[size_t(i / 8)] >> (7 - i % 8)) & 1; }
    void flip(int i) { bytes[size_t(i / 8)] ^= quint8(1 << (7 - i % 8)); }
    /** Clears the bits after `prefix`; true if any was set. */
    bool clearHostBits()
    {
        bool changed = false;
        for (int i = prefix; i < width(); ++i) {
            if (bit(i)) {
                flip(i);
                changed = true;
            }
        }
        return changed;
    }
    bool contains(const Network& other) const
    {
        if (other.v6 != v6 || other.prefix < prefix) {
            return false;
        }
        for (int i = 0; i < prefix; ++i) {
            if (bit(i) != other.bit(i)) {
                return false;
            }
        }
        return true;
    }
    QHostAddress address() const
    {
        if (!v6) {
            return QHostAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8
                                | quint32(bytes[3]));
        }
        return QHostAddress(bytes.data());
    }
    /** The SPF term: "ip4:192.0.2.0/24", "ip6:2001:db8::1" (a full-length prefix is left out). */
    QString term() const
    {
        QString t = (v6 ? u"ip6:"_s : u"ip4:"_s) + address().toString();
        if (prefix != width()) {
            t += u'/' + QString::number(prefix);
        }
        return t;
    }
    QString text() const { return address().toString() + u'/' + QString::number(prefix); }
    friend bool operator<(const Network& a, const Network& b)
    {
        return std::tie(a.v6, a.bytes, a.prefix) < std::tie(b.v6, b.bytes, b.prefix);
    }
};

QString quoted(const QString& typed)
{
    return typed.size() > MAX_QUOTED ? typed.left(MAX_QUOTED) + u'…' : typed;
}

/** Parses "addr", "addr/len", optionally after "ip4:"/"ip6:"; nothing if it is not that. */
std::optional<Network> parseNetwork(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.size() > 64) { // the longest IPv6 text with a prefix is far shorter
        return std::nullopt;
    }
    std::optional<bool> wantV6;
    if (text.startsWith(u"ip4:"_s, Qt::CaseInsensitive) || text.startsWith(u"ip6:"_s, Qt::CaseInsensitive)) {
        wantV6 = text.at(2) == u'6';
        text = text.mid(4);
    }
    int prefix = -1;
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0) {
        const QString digits = text.mid(slash + 1);
        if (digits.isEmpty() || digits.size() > 3 || !std::all_of(digits.begin(), digits.end(), [](QChar c) {
                return c.isDigit() && c < u'\x80';
            })) {
            return std::nullopt;
        }
        prefix = digits.toInt();
        text = text.left(slash);
    }
    // QHostAddress accepts a zone ("fe80::1%eth0") and some legacy IPv4 forms; SPF takes neither.
    if (text.contains(u'%') || text.isEmpty()) {
        return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(text)) {
        return std::nullopt;
    }
    Network n;
    n.typed = typed;
    bool isV4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    if (wantV6 && *wantV6 == isV4) {
        return std::nullopt; // "ip4:2001:db8::1"
    }
    if (!isV4) {
        // ::ffff:192.0.2.1 — a receiver compares it as IPv4 (RFC 7208 §5), so it is written as ip4.
        const QHostAddress plain = spf::normalizedAddress(address);
        if (plain.protocol() == QAbstractSocket::IPv4Protocol && (prefix < 0 || prefix >= 96)) {
            address = plain;
            isV4 = true;
            prefix = prefix < 0 ? -1 : prefix - 96;
        }
    }
    // inet_aton forms ("10.1", "3232235777", "0x7f.1", octal "010") are not SPF's dotted quad (RFC 7208 §12).
    static const QString OCTET = u"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"_s;
    static const QRegularExpression DOTTED_QUAD(u"^(?:"_s + OCTET + u"\\.){3}"_s + OCTET + u'$');
    if (!text.contains(u':') && !DOTTED_QUAD.match(text).hasMatch()) {
        return std::nullopt;
    }
    n.v6 = !isV4;
    if (prefix < 0) {
        prefix = n.width();
    }
    if (prefix > n.width()) {
        return std::nullopt;
    }
    n.prefix = prefix;
    if (n.v6) {
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::copy(std::begin(a.c), std::end(a.c), n.bytes.begin());
    } else {
        const quint32 a = address.toIPv4Address();
        n.bytes = {quint8(a >> 24), quint8(a >> 16), quint8(a >> 8), quint8(a)};
    }
    return n;
}

Finding builderFinding(const char* id, Severity severity, QStringList args = {})
{
    return Finding::make(QLatin1String(id), severity, std::move(args));
}

/** Normalises, drops covered networks and joins siblings; reports each change. */
QList<Network> mergeNetworks(QList<Network> networks, QList<Finding>& findings)
{
    std::sort(networks.begin(), networks.end(), [](const Network& a, const Network& b) {
        // Widest first, so a network is only ever compared with ones that might contain it.
        return std::tie(a.v6, a.prefix, a.bytes) < std::tie(b.v6, b.prefix, b.bytes);
    });
    QList<Network> kept;
    for (const Network& n : networks) {
        const auto cover =
            std::find_if(kept.begin(), kept.end(), [&](const Network& k) { return k.contains(n); });
        if (cover != kept.end()) {
            findings.append(builderFinding(
                "spf.builder.network-covered", Severity::Info, {quoted(n.typed), cover->text()}));
            continue;
        }
        kept.append(n);
    }
    // Join sibling networks (same prefix, differing only in the last prefix bit) until none are left. With
    // covered networks gone, two siblings sort next to each other: anything between them would lie inside
    // the lower one.
    bool joined = true;
    while (joined) {
        joined = false;
        std::sort(kept.begin(), kept.end());
        for (qsizetype i = 0; i + 1 < kept.size(); ++i) {
            const Network& a = kept.at(i);
            const Network& b = kept.at(i + 1);
            if (a.v6 != b.v6 || a.prefix != b.prefix || a.prefix == 0) {
                continue;
            }
            Network sibling = a;
            sibling.flip(a.prefix - 1);
            if (sibling.bytes != b.bytes) {
                continue;
            }
            Network parent = a;
            parent.prefix = a.prefix - 1;
            parent.clearHostBits();
            parent.typed = parent.text();
            findings.append(builderFinding(
                "spf.builder.networks-joined", Severity::Info, {a.text(), b.text(), parent.text()}));
            kept[i] = parent;
            kept.removeAt(i + 1);
            joined = true;
        }
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

/** Cuts the value into character-strings of at most 255 bytes, each ending after a space where possible. */
QStringList splitStrings(const QString& value)
{
    QStringList out;
    QByteArray rest = value.toUtf8();
    while (rest.size() > SpfBuilder::MAX_STRING_BYTES) {
        qsizetype cut = rest.lastIndexOf(' ', SpfBuilder::MAX_STRING_BYTES - 1) + 1;
        if (cut <= 0) {
            cut = SpfBuilder::MAX_STRING_BYTES;
        }
        out.append(QString::fromUtf8(rest.left(cut)));
        rest = rest.mid(cut);
    }
    out.append(QString::fromUtf8(rest));
    return out;
}

/** Header, question and one TXT answer (with a compressed owner name) of the reply carrying the record. */
int answerSize(const QString& domain, const QStringList& strings)
{
    // A domain not yet known is taken as 16 characters, a typical .jp name.
    const int nameWire = int(domain.isEmpty() ? 16 : domain.toUtf8().size()) + 2;
    int rdata = 0;
    for (const QString& s : strings) {
        rdata += int(s.toUtf8().size()) + 1;
    }
    return 12 + nameWire + 4 + 2 + 10 + rdata;
}

} // namespace

bool SpfBuildResult::canPublish() const
{
    return std::none_of(
        findings.begin(), findings.end(), [](const Finding& f) { return f.severity == Severity::Error; });
}

SpfBuilder::SpfBuilder(SpfProviderCatalog catalog)
    : m_catalog(std::move(catalog))
{}

void SpfBuilder::setDomain(const QString& domain)
{
    const Result<QString> ace = dns::toAce(domain.trimmed());
    m_domain = ace ? dns::withoutTrailingDot(*ace) : QString();
}

bool SpfBuilder::addNetwork(const QString& typed)
{
    m_networks.append(typed);
    return parseNetwork(typed).has_value();
}

void SpfBuilder::addProvider(const QString& id)
{
    if (!m_providers.contains(id)) {
        m_providers.append(id);
    }
}

void SpfBuilder::addExistingTerm(const QString& term, int lookups)
{
    for (const auto& t : std::as_const(m_existingTerms)) {
        if (t.first.compare(term, Qt::CaseInsensitive) == 0) {
            return;
        }
    }
    m_existingTerms.append({term, lookups});
}

SpfBuildResult SpfBuilder::build() const
{
    SpfBuildResult result;
    QList<Finding>& findings = result.findings;

    QList<Network> networks;
    for (const QString& typed : m_networks) {
        std::optional<Network> n = parseNetwork(typed);
        if (!n) {
            findings.append(builderFinding("spf.builder.bad-address", Severity::Error, {quoted(typed)}));
            continue;
        }
        if (n->prefix < (n->v6 ? MIN_PREFIX_V6 : MIN_PREFIX_V4)) {
            findings.append(builderFinding("spf.builder.network-too-wide",
                                           Severity::Error,
                                           {quoted(typed), QString::number(n->prefix)}));
            continue;
        }
        if (n->clearHostBits()) {
            findings.append(
                builderFinding("spf.builder.host-bits", Severity::Info, {quoted(typed), n->text()}));
        }
        networks.append(*n);
    }
    networks = mergeNetworks(networks, findings);

    QStringList terms{u"v=spf1"_s};
    for (const Network& n : networks) {
        terms.append(n.term());
    }
    QStringList costs; // "name: n" per part, for the too-many-lookups finding
    int lookups = 0;
    if (m_useA) {
        terms.append(u"a"_s);
        ++lookups;
        costs.append(u"a: 1"_s);
    }
    if (m_useMx) {
        terms.append(u"mx"_s);
        ++lookups;
        costs.append(u"mx: 1"_s);
    }
    QStringList includes;
    QStringList estimated;
    bool needsAddress = false;
    for (const QString& id : m_providers) {
        const std::optional<SpfProvider> p = m_catalog.provider(id);
        if (!p) {
            findings.append(builderFinding("spf.builder.unknown-provider",
                                           Severity::Error,
                                           {quoted(id), m_catalog.ids().join(u", "_s)}));
            continue;
        }
        for (const QString& note : p->notes) {
            findings.append(Finding::make(note, Severity::Info, {p->name}));
        }
        if (p->ownAddress) {
            needsAddress = true;
        }
        if (!p->atApex) {
            findings.append(builderFinding("spf.builder.provider-envelope", Severity::Info, {p->name}));
            continue;
        }
        QStringList fresh;
        for (const QString& include : p->includes) {
            if (!includes.contains(include, Qt::CaseInsensitive)) {
                fresh.append(include);
            }
        }
        if (fresh.isEmpty()) {
            continue; // nothing new (an own-server entry, or includes another service already brought)
        }
        for (const QString& include : fresh) {
            includes.append(include);
            terms.append(u"include:"_s + include);
        }
        // A service that shares some of its includes with another still counts its whole cost: safer high.
        const int cost = p->countedLookups();
        lookups += cost;
        costs.append(p->name + u": "_s + QString::number(cost));
        if (!p->lookupsKnown()) {
            estimated.append(p->name);
        }
    }
    for (const auto& [term, cost] : m_existingTerms) {
        if (terms.contains(term, Qt::CaseInsensitive)) {
            continue;
        }
        terms.append(term);
        if (cost > 0) {
            lookups += cost;
            costs.append(term + u": "_s + QString::number(cost));
        }
        if (term.startsWith(u"include:"_s, Qt::CaseInsensitive)) {
            estimated.append(term); // what the included record itself costs is only known live
        }
    }
    if (needsAddress && networks.isEmpty() && !m_useA && !m_useMx && m_existingTerms.isEmpty()) {
        findings.append(builderFinding("spf.builder.provider-needs-address", Severity::Warning));
    }
    terms.append(m_softFail ? u"~all"_s : u"-all"_s);
    if (terms.size() == 2) {
        findings.append(builderFinding("spf.builder.no-senders", Severity::Info, {terms.join(u' ')}));
    }
    if (m_softFail) {
        findings.append(builderFinding("spf.builder.softfail", Severity::Info));
    }

    result.record = terms.join(u' ');
    result.strings = splitStrings(result.record);
    result.lookups = lookups;
    result.lookupsExact = estimated.isEmpty();
    result.answerBytes = answerSize(m_domain, result.strings);
    if (!estimated.isEmpty()) {
        findings.append(builderFinding("spf.builder.lookups-estimated",
                                       Severity::Info,
                                       {QString::number(lookups), estimated.join(u", "_s)}));
    }
    if (lookups > MAX_DNS_LOOKUPS) {
        findings.append(builderFinding("spf.builder.too-many-lookups",
                                       Severity::Error,
                                       {QString::number(lookups), costs.join(u", "_s)}));
    }
    const int bytes = int(result.record.toUtf8().size());
    if (bytes > MAX_STRING_BYTES) {
        findings.append(builderFinding("spf.builder.long-record",
                                       Severity::Warning,
                                       {QString::number(bytes), QString::number(result.strings.size())}));
    }
    if (result.answerBytes > MAX_UDP_BYTES) {
        findings.append(builderFinding(
            "spf.builder.udp-limit", Severity::Warning, {QString::number(result.answerBytes)}));
    }

    result.proposed.type = u"TXT"_s;
    result.proposed.value = result.record;
    result.proposed.strings = result.strings;
    result.proposed.purpose = u"spf"_s;
    if (!m_domain.isEmpty()) {
        result.proposed.name = dns::absoluteName(m_domain);
    }
    return result;
}

} // namespace todoku
