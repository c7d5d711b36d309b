// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dkim/ArcVerifier.h"

#include <QMap>
#include <QMetaObject>

#include "core/dkim/DkimCanonicalizer.h"
#include "core/dkim/DkimTagList_p.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsResolver.h"
#include "core/dns/DnsTypes.h"

using namespace Qt::StringLiterals;

namespace todoku {

namespace {

constexpr int MAX_INSTANCES = 50; // RFC 8617 §4.2.1

QByteArray fieldValue(const HeaderField& field)
{
    return field.raw.mid(field.raw.indexOf(':') + 1);
}

std::optional<int> instanceNumber(const QByteArray& text)
{
    const QByteArray v = text.trimmed();
    if (v.isEmpty() || v.size() > 2) {
        return std::nullopt;
    }
    for (char c : v) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    const int n = v.toInt();
    return n >= 1 && n <= MAX_INSTANCES ? std::optional<int>(n) : std::nullopt;
}

// ARC-Authentication-Results: "i=N;" then the authserv-id and results (RFC 8617 §4.1.1).
std::optional<int> aarInstance(const HeaderField& field)
{
    const QByteArray v = fieldValue(field).trimmed();
    const qsizetype semi = v.indexOf(';');
    if (!v.startsWith("i") || semi < 0) {
        return std::nullopt;
    }
    const QByteArray tag = v.left(semi).mid(1).trimmed();
    return tag.startsWith('=') ? instanceNumber(tag.mid(1)) : std::nullopt;
}

// ARC-Seal tags (RFC 8617 §4.1.3): i a b cv d s [t]; h= is forbidden.
struct Seal
{
    int instance = 0;
    QString cv;
    DkimSignature sig; ///< a, b, d, s as a DKIM signature would hold them, so dkim::evaluate() verifies it
};

Result<Seal> parseSeal(const HeaderField& field, int* instanceSeen)
{
    const QByteArray value = fieldValue(field);
    auto tags = dkim::parseTagList(value);
    if (!tags) {
        return tags.error();
    }
    const auto bad = [](const char* expected, int position) {
        return Error::make(ErrorCode::Syntax, {QString::fromLatin1(expected)}, position);
    };
    Seal seal;
    QByteArray seen;
    for (const dkim::Tag& tag : std::as_const(*tags)) {
        seen += tag.name.size() == 1 ? tag.name : tag.name == "cv" ? QByteArray("c") : QByteArray();
        if (tag.name == "i") {
            const auto n = instanceNumber(tag.value);
            if (!n) {
                return bad("an instance number 1 to 50 in i=", tag.position);
            }
            seal.instance = *n;
            *instanceSeen = *n;
        } else if (tag.name == "a") {
            if (tag.value != "rsa-sha256") {
                return bad("a=rsa-sha256", tag.position);
            }
            seal.sig.algorithm = u"rsa-sha256"_s;
        } else if (tag.name == "b") {
            const QByteArray b64 = dkim::withoutWhitespace(tag.value);
            seal.sig.signature = QByteArray::fromBase64(b64);
            if (!dkim::isBase64(b64) || seal.sig.signature.isEmpty()) {
                return bad("a base64 signature in b=", tag.position);
            }
        } else if (tag.name == "cv") {
            if (tag.value != "none" && tag.value != "pass" && tag.value != "fail") {
                return bad("cv=none, pass or fail", tag.position);
            }
            seal.cv = QString::fromLatin1(tag.value);
        } else if (tag.name == "d") {
            seal.sig.domain = dns::withoutTrailingDot(QString::fromUtf8(tag.value).toLower());
        } else if (tag.name == "s") {
            seal.sig.selector = QString::fromUtf8(tag.value);
        } else if (tag.name == "t") {
            bool ok = false;
            seal.sig.timestamp = tag.value.toLongLong(&ok);
            if (!ok || tag.value.isEmpty() || tag.value.startsWith('-') || tag.value.startsWith('+')) {
                return bad("a number of seconds in t=", tag.position);
            }
        } else if (tag.name == "h") {
            return bad("no h= in an ARC-Seal", tag.position);
        }
    }
    for (const char required : {'i', 'a', 'b', 'c', 'd', 's'}) {
        if (!seen.contains(required)) {
            return bad("the tags i, a, b, cv, d and s", int(value.size()));
        }
    }
    if (seal.sig.domain.isEmpty() || seal.sig.selector.isEmpty()) {
        return bad("a domain in d= and a selector in s=", int(value.size()));
    }
    seal.sig.identity = u"@"_s + seal.sig.domain;
    return seal;
}

ArcValidation broken(ArcValidation v, const char* reason, int instance, const QString& detail)
{
    v.chain = ArcValidation::Chain::Fail;
    v.reason = QString::fromLatin1(reason);
    v.brokenAt = instance;
    v.detail = detail;
    return v;
}

QString parseDetail(const Error& e)
{
    return e.args.value(0);
}

// RFC 8617 §5.1.1: the seal at instance i signs AAR, AMS and AS of every instance 1..i in that order,
// relaxed; its own AS without the b= value and without the final CRLF.
QByteArray sealData(const QList<std::array<HeaderField, 3>>& sets, int upTo)
{
    QByteArray data;
    for (int j = 0; j < upTo; ++j) {
        const auto& set = sets.at(j);
        data += dkim::canonicalHeader(set[0].raw, DkimCanonicalization::Relaxed);
        data += dkim::canonicalHeader(set[1].raw, DkimCanonicalization::Relaxed);
        if (j + 1 < upTo) {
            data += dkim::canonicalHeader(set[2].raw, DkimCanonicalization::Relaxed);
        } else {
            QByteArray self = dkim::canonicalHeader(DkimSignature::withoutSignatureValue(set[2].raw),
                                                    DkimCanonicalization::Relaxed);
            self.chop(2);
            data += self;
        }
    }
    return data;
}

// A verification's outcome for ARC: dkim::evaluate(), plus RFC 8617 §5.1's "at least 1024 bits".
DkimVerification verifyOne(const DkimPrepared& p, const DnsAnswer& key, const QDateTime& now)
{
    DkimVerification v = dkim::evaluate(p, key, now);
    if (v.result == DkimVerification::Result::Pass && v.keyBits > 0 && v.keyBits < 1024) {
        v.result = DkimVerification::Result::PermError;
        v.reason = u"weak-key"_s;
    }
    return v;
}

Finding evidenceAt(Finding f, const ArcValidation& v, int instance)
{
    for (const ArcSetResult& s : v.sets) {
        if (s.instance == instance && s.sealLine > 0) {
            f.withEvidence(Evidence::headerLine(u"ARC-Seal"_s, s.sealLine, QString()));
        }
    }
    return f;
}

ArcValidation withFindings(ArcValidation v)
{
    if (v.chain == ArcValidation::Chain::Pass) {
        const QString domain = v.sets.isEmpty() ? QString() : v.sets.constLast().sealDomain;
        v.findings.append(
            evidenceAt(Finding::make(u"arc.pass"_s, Severity::Ok, {QString::number(v.instances), domain}),
                       v,
                       v.instances));
    } else if (v.chain == ArcValidation::Chain::Fail) {
        v.findings.append(evidenceAt(Finding::make(u"arc.broken."_s + v.reason,
                                                   v.reason == u"dns" ? Severity::Warning : Severity::Error,
                                                   {QString::number(v.brokenAt), v.detail}),
                                     v,
                                     v.brokenAt));
    }
    return v;
}

} // namespace

QString ArcValidation::chainName(Chain chain)
{
    switch (chain) {
    case Chain::None:
        return u"none"_s;
    case Chain::Pass:
        return u"pass"_s;
    case Chain::Fail:
        return u"fail"_s;
    }
    Q_UNREACHABLE();
}

namespace arc {

ArcPrepared prepare(const MailMessage& message)
{
    ArcPrepared out;
    ArcValidation& v = out.partial;
    // [instance] -> {AAR, AMS, AS}; a slot filled twice is a structural failure (§5.2 step 3).
    QMap<int, std::array<std::optional<HeaderField>, 3>> byInstance;
    QMap<int, Seal> seals;
    QMap<int, DkimSignature> signatures;
    bool any = false;
    for (const HeaderField& field : message.headers()) {
        int slot = -1;
        std::optional<int> instance;
        if (field.is(u"ARC-Authentication-Results"_s)) {
            slot = 0;
            instance = aarInstance(field);
            if (!instance) {
                any = true;
                v = broken(v, "structure", 0, u"ARC-Authentication-Results without a valid i="_s);
                continue;
            }
        } else if (field.is(u"ARC-Message-Signature"_s)) {
            slot = 1;
            const auto sig =
                DkimSignature::parse(fieldValue(field), DkimSignature::Kind::ArcMessageSignature);
            if (!sig) {
                any = true;
                v = broken(v, "structure", 0, u"ARC-Message-Signature: "_s + parseDetail(sig.error()));
                continue;
            }
            instance = sig->instance;
            signatures.insert(*instance, *sig);
        } else if (field.is(u"ARC-Seal"_s)) {
            slot = 2;
            int seen = 0;
            const auto seal = parseSeal(field, &seen);
            if (!seal) {
                any = true;
                v = broken(v, "structure", seen, u"ARC-Seal: "_s + parseDetail(seal.error()));
                continue;
            }
            instance = seal->instance;
            seals.insert(*instance, *seal);
        } else {
            continue;
        }
        any = true;
        auto& set = byInstance[*instance];
        if (set[slot]) {
            v = broken(v, "structure", *instance, u"a field given twice for one instance"_s);
        }
        set[slot] = field;
    }
    if (!any) {
        return out; // chain none
    }
    v.instances = byInstance.isEmpty() ? 0 : byInstance.lastKey();
    for (auto it = seals.cbegin(); it != seals.cend(); ++it) {
        ArcSetResult s;
        s.instance = it.key();
        s.cv = it->cv;
        s.sealDomain = it->sig.domain;
        s.sealSelector = it->sig.selector;
        s.sealLine = byInstance.value(it.key())[2] ? byInstance.value(it.key())[2]->line : 0;
        v.sets.append(s);
    }
    if (v.chain == ArcValidation::Chain::Fail) {
        return out;
    }
    const int n = v.instances;
    // §5.2 step 2: a sealer that already judged the chain failed ends it.
    if (seals.contains(n) && seals.value(n).cv == u"fail") {
        v = broken(v, "cv-fail", n, QString());
        return out;
    }
    QList<std::array<HeaderField, 3>> sets;
    for (int i = 1; i <= n; ++i) {
        const auto set = byInstance.value(i);
        if (!set[0] || !set[1] || !set[2]) {
            v = broken(v, "structure", i, u"an incomplete ARC set"_s);
            return out;
        }
        sets.append({*set[0], *set[1], *set[2]});
    }
    // §5.2 step 3: i=1 has cv=none, every later instance cv=pass.
    for (int i = 1; i <= n; ++i) {
        const QString expected = i == 1 ? u"none"_s : u"pass"_s;
        if (seals.value(i).cv != expected) {
            v = broken(v, "cv-invalid", i, seals.value(i).cv);
            return out;
        }
    }
    // §5.2 step 5: the newest ARC-Message-Signature, exactly as a DKIM signature.
    DkimPrepared& ams = out.messageSignature;
    ams.field = sets.at(n - 1)[1];
    ams.signature = signatures.value(n);
    const DkimSignature& sig = *ams.signature;
    DkimBodyHasher hasher(sig.bodyCanonicalization, sig.hashName(), sig.bodyLength);
    hasher.add(message.body());
    ams.bodyHashMatches = hasher.finish() == sig.bodyHash;
    ams.canonicalBodyLength = hasher.canonicalLength();
    ams.signedData = dkim::signedHeaderData(message, sig, ams.field.raw);
    // §5.2 step 6: every seal.
    for (int i = 1; i <= n; ++i) {
        DkimPrepared p;
        p.field = sets.at(i - 1)[2];
        p.signature = seals.value(i).sig;
        p.bodyHashMatches = true; // a seal covers no body
        p.signedData = sealData(sets, i);
        out.seals.append(std::move(p));
    }
    out.needsKeys = true;
    return out;
}

ArcValidation evaluate(const ArcPrepared& prepared,
                       const DnsAnswer& messageKey,
                       const QList<DnsAnswer>& sealKeys,
                       const QDateTime& now)
{
    ArcValidation v = prepared.partial;
    if (!prepared.needsKeys) {
        return withFindings(v);
    }
    v.queries.append(messageKey);
    v.queries.append(sealKeys);
    const int n = v.instances;
    const auto failure = [](const DkimVerification& r) {
        return r.result == DkimVerification::Result::TempError ? "dns" : nullptr;
    };
    const DkimVerification ams = verifyOne(prepared.messageSignature, messageKey, now);
    if (!v.sets.isEmpty()) {
        v.sets.last().messageSignature = DkimVerification::resultName(ams.result);
        v.sets.last().messageSignatureReason = ams.reason;
    }
    QList<DkimVerification> seals;
    for (int i = 0; i < prepared.seals.size(); ++i) {
        seals.append(verifyOne(prepared.seals.at(i), sealKeys.value(i), now));
        v.sets[i].seal = DkimVerification::resultName(seals.last().result);
        v.sets[i].sealReason = seals.last().reason;
    }
    if (ams.result != DkimVerification::Result::Pass) {
        const char* dns = failure(ams);
        return withFindings(broken(v, dns ? dns : "message-signature", n, ams.reason));
    }
    for (int i = seals.size() - 1; i >= 0; --i) {
        if (seals.at(i).result != DkimVerification::Result::Pass) {
            const char* dns = failure(seals.at(i));
            return withFindings(broken(v, dns ? dns : "seal", i + 1, seals.at(i).reason));
        }
    }
    v.chain = ArcValidation::Chain::Pass;
    v.reason = u"ok"_s;
    return withFindings(v);
}

} // namespace arc

ArcVerifier::ArcVerifier(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

void ArcVerifier::start(const MailMessage& message, const QDateTime& now)
{
    start(arc::prepare(message), now);
}

void ArcVerifier::start(ArcPrepared prepared, const QDateTime& now)
{
    m_prepared = std::move(prepared);
    m_now = now;
    m_pending = 0;
    m_answers = QList<DnsAnswer>(m_prepared.needsKeys ? m_prepared.seals.size() + 1 : 0);
    if (m_prepared.needsKeys && m_resolver) {
        lookup(0, dkim::keyOwner(*m_prepared.messageSignature.signature));
        for (int i = 0; i < m_prepared.seals.size(); ++i) {
            lookup(i + 1, dkim::keyOwner(*m_prepared.seals.at(i).signature));
        }
    }
    if (m_pending == 0) {
        m_result = arc::evaluate(m_prepared, m_answers.value(0), m_answers.mid(1), m_now);
        QMetaObject::invokeMethod(this, &ArcVerifier::finished, Qt::QueuedConnection);
    }
}

void ArcVerifier::lookup(int index, const QString& owner)
{
    const auto ace = dns::toAce(owner);
    if (!ace) {
        m_answers[index].outcome = DnsOutcome::NxDomain;
        return;
    }
    ++m_pending;
    m_resolver->ask(*ace, DnsRecordType::TXT, this, [this, index](const DnsAnswer& answer) {
        m_answers[index] = answer;
        if (--m_pending == 0) {
            complete();
        }
    });
}

void ArcVerifier::complete()
{
    m_result = arc::evaluate(m_prepared, m_answers.value(0), m_answers.mid(1), m_now);
    emit finished();
}

} // namespace todoku
