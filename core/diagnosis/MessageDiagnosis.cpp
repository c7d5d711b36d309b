// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/MessageDiagnosis.h"

#include <QRegularExpression>
#include <algorithm>

#include "core/diagnosis/BounceCatalog.h"
#include "core/dmarc/PublicSuffixList.h"
#include "core/message/AddressText.h"
#include "core/message/ReceivedHeader.h"
#include "core/message/ReceivedSpf.h"
#include "core/message/SmtpReply.h"
#include "core/smtp/HeloName.h"

namespace todoku {

namespace {

const QString GMAIL_RECEIVER = QStringLiteral("mx.google.com");
// Shortest base64 of a real signature (Ed25519: 64 bytes = 88 chars) and body hash (SHA-1: 28 chars).
constexpr int MIN_SIGNATURE_CHARS = 86;
constexpr int MIN_BODY_HASH_CHARS = 27;

QString domainOf(QString address)
{
    address = address.trimmed();
    if (address.startsWith(u'<')) {
        address = address.mid(1);
    }
    if (address.endsWith(u'>')) {
        address.chop(1);
    }
    const qsizetype at = address.lastIndexOf(u'@');
    QString d = (at >= 0 ? address.mid(at + 1) : address).toLower();
    if (d.endsWith(u'.')) {
        d.chop(1);
    }
    return d;
}

/** The domain of the From header's (last) address. */
QString fromHeaderDomain(const MailMessage& m)
{
    const HeaderField* from = m.field(QStringLiteral("From"));
    if (!from) {
        return {};
    }
    static const QRegularExpression ADDR(QStringLiteral(R"(([^\s<>"@]+@[A-Za-z0-9.-]+))"));
    QString last;
    auto it = ADDR.globalMatch(from->value);
    while (it.hasNext()) {
        last = it.next().captured(1);
    }
    return last.isEmpty() ? QString() : domainOf(last);
}

/** The physical line of `field` that contains `needle` (case-insensitive), as evidence. */
Evidence fieldEvidence(const HeaderField& field, const QString& needle = {})
{
    const QList<QByteArray> lines = field.raw.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines.at(i)).trimmed();
        if (needle.isEmpty() || text.contains(needle, Qt::CaseInsensitive)) {
            return Evidence::headerLine(field.name, field.line + i, text);
        }
    }
    return Evidence::headerLine(field.name, field.line, QString::fromUtf8(lines.value(0)).trimmed());
}

bool isZeroAddress(const QHostAddress& a)
{
    return a.isEqual(QHostAddress(QHostAddress::AnyIPv4)) || a.isEqual(QHostAddress(QHostAddress::AnyIPv6));
}

Severity spfSeverity(const QString& result)
{
    if (result == u"pass") {
        return Severity::Ok;
    }
    if (result == u"fail" || result == u"permerror") {
        return Severity::Error;
    }
    return Severity::Warning;
}

ProposedRecord spfRecordFor(const QString& domain, const QHostAddress& ip, const QString& all)
{
    const QString mechanism =
        ip.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6:") : QStringLiteral("ip4:");
    const QString value = QStringLiteral("v=spf1 ") + mechanism + ip.toString() + u' ' + all;
    ProposedRecord r =
        ProposedRecord::make(domain + u'.', QStringLiteral("TXT"), value, QStringLiteral("spf"));
    r.strings = QStringList{value};
    return r;
}

/** DKIM-Signature tags (RFC 6376 §3.2 tag-list), values with folding white space removed. */
QList<QPair<QString, QString>> tagList(const QString& value)
{
    QList<QPair<QString, QString>> tags;
    for (const QString& part : value.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0) {
            continue;
        }
        QString v = part.mid(eq + 1);
        v.remove(QRegularExpression(QStringLiteral(R"(\s)")));
        tags.append({part.left(eq).trimmed().toLower(), v});
    }
    return tags;
}

QString tag(const QList<QPair<QString, QString>>& tags, const QString& name)
{
    for (const auto& [k, v] : tags) {
        if (k == name) {
            return v;
        }
    }
    return {};
}

/** The copy of the original message a bounce carries, if any. */
std::optional<MailMessage> returnedMessage(const QList<QByteArray>& lines)
{
    static const QRegularExpression MARKER(
        QStringLiteral(
            R"(^\s*(?:-+ ?Below this line is a copy of the message|-+ ?This is a copy of the message|)"
            R"(Content-Type:\s*(?:message/rfc822|text/rfc822-headers|message/global)))"),
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < lines.size(); ++i) {
        if (!MARKER.match(QString::fromUtf8(lines.at(i))).hasMatch()) {
            continue;
        }
        int start = i + 1;
        // A MIME part: skip its own header block (up to the blank line) first.
        if (lines.at(i).trimmed().startsWith("Content-Type")) {
            while (start < lines.size() && !lines.at(start).trimmed().isEmpty()) {
                ++start;
            }
        }
        while (start < lines.size() && !MailMessage::isFieldStart(lines.at(start))) {
            ++start;
        }
        if (start >= lines.size()) {
            return std::nullopt;
        }
        QByteArray rest;
        for (int j = start; j < lines.size(); ++j) {
            rest += lines.at(j) + '\n';
        }
        return MailMessage::parse(rest, start + 1);
    }
    return std::nullopt;
}

class Analyzer
{
public:
    Analyzer(MessageDiagnosis& out)
        : m_out(out)
    {}

    void readAuthenticationResults(const MailMessage& m);
    void readDkimSignatures(const MailMessage& m, const MessageRechecks& rechecks);
    void readHops(const MailMessage& m);
    void checkHelo(const MailMessage& m);
    void judgeSpf(const MailMessage& m, const std::optional<GmailSummary>& gmail);
    void judgeDkim(const MailMessage& m);
    void judgeDmarc(const MailMessage& m);
    void judgeForwardingAndLists(const MailMessage& m);
    void judgeBulk(const MailMessage& m);
    void judgeGmailSummaryOnly(const GmailSummary& gmail);
    void decideMessage();

    void add(Finding f)
    {
        for (const Finding& existing : m_out.findings) {
            if (existing.id == f.id && existing.args == f.args) {
                return;
            }
        }
        m_out.findings.append(std::move(f));
    }
    bool has(const QString& id) const
    {
        return std::any_of(
            m_out.findings.begin(), m_out.findings.end(), [&](const Finding& f) { return f.id == id; });
    }

private:
    const AuthResultsField* trusted() const
    {
        for (const AuthResultsField& f : m_out.authenticationResults) {
            if (f.trusted) {
                return &f;
            }
        }
        return nullptr;
    }
    const HeaderField* trustedField(const MailMessage& m) const
    {
        const AuthResultsField* t = trusted();
        if (!t) {
            return nullptr;
        }
        for (const HeaderField& h : m.headers()) {
            if (h.line == t->line) {
                return &h;
            }
        }
        return nullptr;
    }

    MessageDiagnosis& m_out;
    const PublicSuffixList& m_psl = PublicSuffixList::system();
    QString m_spfResult;
    QString m_spfDomain;
    bool m_dkimPass = false;
    QStringList m_dkimPassDomains;
    int m_entryHop = -1; ///< index in hops of the hop into the final receiver
    QString m_entryHost;
};

void Analyzer::readAuthenticationResults(const MailMessage& m)
{
    int gmailIndex = -1;
    for (const HeaderField& h : m.headers()) {
        const bool arc = h.is(QStringLiteral("ARC-Authentication-Results"));
        if (!arc && !h.is(QStringLiteral("Authentication-Results"))) {
            continue;
        }
        const auto parsed =
            arc ? AuthenticationResults::parseArc(h.value) : AuthenticationResults::parse(h.value);
        if (!parsed) {
            continue;
        }
        m_out.authenticationResults.append(AuthResultsField{h.name, h.line, parsed.value(), false});
        if (!arc && gmailIndex < 0 && parsed->authservId.compare(GMAIL_RECEIVER, Qt::CaseInsensitive) == 0) {
            gmailIndex = int(m_out.authenticationResults.size() - 1);
        }
    }
    // The final receiver's field: Gmail's topmost if Gmail wrote one, else the topmost of all.
    int trustedIndex = gmailIndex;
    for (int i = 0; trustedIndex < 0 && i < m_out.authenticationResults.size(); ++i) {
        if (m_out.authenticationResults.at(i).parsed.arcInstance == 0) {
            trustedIndex = i;
        }
    }
    for (int i = 0; i < m_out.authenticationResults.size(); ++i) {
        AuthResultsField& f = m_out.authenticationResults[i];
        f.trusted = i == trustedIndex;
        if (!f.trusted && f.parsed.arcInstance == 0) {
            const QString id = f.parsed.authservId.isEmpty() ? QStringLiteral("?") : f.parsed.authservId;
            for (const HeaderField& h : m.headers()) {
                if (h.line == f.line) {
                    add(Finding::make(QStringLiteral("message.auth-claim"), Severity::Info, {id})
                            .withEvidence(fieldEvidence(h)));
                }
            }
        }
    }
}

void Analyzer::readDkimSignatures(const MailMessage& m, const MessageRechecks& rechecks)
{
    for (const HeaderField& h : m.fields(QStringLiteral("DKIM-Signature"))) {
        const auto tags = tagList(h.value);
        DkimSignatureSummary s;
        s.domain = tag(tags, QStringLiteral("d")).toLower();
        s.selector = tag(tags, QStringLiteral("s"));
        s.algorithm = tag(tags, QStringLiteral("a"));
        s.line = h.line;
        s.truncated = tag(tags, QStringLiteral("b")).size() < MIN_SIGNATURE_CHARS
                      || tag(tags, QStringLiteral("bh")).size() < MIN_BODY_HASH_CHARS;
        const qsizetype index = m_out.dkimSignatures.size();
        if (index < rechecks.dkimVerification.size() && !rechecks.dkimVerification.at(index).isEmpty()) {
            s.verification = rechecks.dkimVerification.at(index);
        }
        if (s.truncated) {
            add(Finding::make(
                    QStringLiteral("dkim.truncated-signature"), Severity::Warning, {s.domain, s.selector})
                    .withEvidence(fieldEvidence(h, QStringLiteral("b="))));
        }
        m_out.dkimSignatures.append(s);
    }
}

void Analyzer::readHops(const MailMessage& m)
{
    const QList<HeaderField> received = m.fields(QStringLiteral("Received"));
    for (qsizetype i = received.size() - 1; i >= 0; --i) {
        const ReceivedHeader r = ReceivedHeader::parse(received.at(i).value);
        MessageHop hop;
        hop.from = r.from;
        hop.helo = r.helo;
        hop.reverseDns = r.reverseDns;
        hop.ip = r.clientIp.isNull() ? QString() : r.clientIp.toString();
        hop.by = r.byHost;
        hop.with = r.with.section(u' ', 0, 0);
        hop.tls = r.tls;
        hop.authenticated = r.authenticated;
        hop.date = r.date;
        hop.line = received.at(i).line;
        if (!m_out.hops.isEmpty() && hop.date.isValid() && m_out.hops.last().date.isValid()) {
            const qint64 d = m_out.hops.last().date.secsTo(hop.date);
            if (d < 0) {
                hop.skewSeconds = -d;
            } else {
                hop.delaySeconds = d;
            }
        }
        m_out.hops.append(hop);
    }
    // The hop into the final receiver: the last one (nearest the top) that came from another host.
    for (qsizetype i = m_out.hops.size() - 1; i >= 0; --i) {
        const MessageHop& hop = m_out.hops.at(i);
        const QHostAddress ip(hop.ip);
        if (!hop.from.isEmpty() && !ip.isLoopback() && !ip.isNull()) {
            m_entryHop = int(i);
            m_entryHost = hop.reverseDns.isEmpty() ? hop.helo : hop.reverseDns;
            break;
        }
    }
}

void Analyzer::checkHelo(const MailMessage& m)
{
    const QList<HeaderField> received = m.fields(QStringLiteral("Received"));
    for (int i = 0; i < m_out.hops.size(); ++i) {
        const MessageHop& hop = m_out.hops.at(i);
        if (hop.from.isEmpty() || QHostAddress(hop.ip).isLoopback()) {
            continue; // a local hand-over (content filter on 127.0.0.1), not a sender
        }
        const HeaderField& field = received.at(received.size() - 1 - i);
        const QString id = smtp::heloFindingId(smtp::checkHeloName(hop.helo));
        // A mail client that logged in (ESMTPA) is not judged by its HELO or its home line's reverse name.
        const bool entry = i == m_entryHop && !hop.authenticated;
        const Severity severity = entry ? Severity::Warning : Severity::Info;
        if (!id.isEmpty()) {
            add(Finding::make(id, severity, {hop.helo, hop.by, hop.ip})
                    .withEvidence(fieldEvidence(field, QStringLiteral("from"))));
        }
        if (entry && smtp::isGenericReverseName(hop.reverseDns, QHostAddress(hop.ip))) {
            add(Finding::make(QStringLiteral("ptr.generic"), Severity::Warning, {hop.reverseDns, hop.ip})
                    .withEvidence(fieldEvidence(field, hop.reverseDns)));
        }
    }
}

void Analyzer::judgeSpf(const MailMessage& m, const std::optional<GmailSummary>& gmail)
{
    const HeaderField* field = trustedField(m);
    const AuthResultsField* t = trusted();
    const HeaderField* receivedSpf = m.field(QStringLiteral("Received-SPF"));
    if (gmail && isZeroAddress(gmail->spfIp)) {
        add(Finding::make(QStringLiteral("spf.ip-zero"), Severity::Warning, {gmail->spfIp.toString()})
                .withEvidence(
                    Evidence::headerLine(QStringLiteral("SPF"), gmail->spfLine, gmail->spfIp.toString())));
    }
    if (!t || !field) {
        return;
    }
    const QList<AuthResult> spf = t->parsed.resultsFor(QStringLiteral("spf"));
    if (spf.isEmpty()) {
        return;
    }
    const AuthResult& r = spf.first();
    m_spfResult = r.result;
    const QString comment = r.comments.join(u' ');
    const QString mailFrom = r.property(QStringLiteral("smtp.mailfrom"));
    const QString helo = r.property(QStringLiteral("smtp.helo"));
    m_spfDomain = domainOf(mailFrom.isEmpty() ? helo : mailFrom);
    QHostAddress ip = message::firstAddressIn(comment);
    if (ip.isNull() && receivedSpf) {
        ip = QHostAddress(ReceivedSpf::parse(receivedSpf->value).value(QStringLiteral("client-ip")));
    }
    if (ip.isNull() && gmail) {
        ip = gmail->spfIp;
    }
    m_out.recordedSpf = MessageDiagnosis::RecordedSpf{r.result, mailFrom, helo, ip};
    Evidence evidence = fieldEvidence(*field, QStringLiteral("spf="));
    if (isZeroAddress(ip)) {
        add(Finding::make(QStringLiteral("spf.ip-zero"), Severity::Warning, {ip.toString()})
                .withEvidence(evidence));
        return;
    }
    if (mailFrom.isEmpty() && !helo.isEmpty()) {
        add(Finding::make(QStringLiteral("spf.helo-identity"), Severity::Info, {helo, r.result})
                .withEvidence(evidence));
        return;
    }
    if (comment.contains(QLatin1String("best guess record"), Qt::CaseInsensitive)) {
        add(Finding::make(QStringLiteral("spf.best-guess"), Severity::Warning, {m_spfDomain})
                .withEvidence(evidence));
        m_spfResult = QStringLiteral("none");
        return;
    }
    if (!ReceivedSpf::isResultName(r.result)) {
        return;
    }
    // Arguments as spf::evaluationFindings gives them (%1 domain, %2 IP, %3 deciding term or detail,
    // %4 record domain), so a header result and a live one render alike; the term is what Gmail's wording
    // implies, the comment itself is the evidence.
    QString term;
    if (r.result == u"softfail") {
        term = QStringLiteral("~all");
    } else if (r.result == u"fail") {
        term = QStringLiteral("-all");
    } else if (r.result == u"neutral") {
        term = QStringLiteral("?all");
    } else if (r.result == u"permerror") {
        term = comment;
    }
    // Gmail's own wording, explained beside the result.
    if (comment.contains(QLatin1String("transitioning"), Qt::CaseInsensitive)) {
        add(Finding::make(
                QStringLiteral("spf.reason.transitioning"), Severity::Info, {m_spfDomain, ip.toString()})
                .withEvidence(evidence));
    } else if (comment.contains(QLatin1String("neither permitted nor denied"), Qt::CaseInsensitive)) {
        add(Finding::make(QStringLiteral("spf.reason.neither"), Severity::Info, {m_spfDomain, ip.toString()})
                .withEvidence(evidence));
    }
    // Pass and temperror do not tell the deciding term or the failing name: two arguments, so the texts
    // say what the receiver recorded rather than guess.
    QStringList args{m_spfDomain, ip.isNull() ? QString() : ip.toString()};
    if (r.result != u"pass" && r.result != u"temperror") {
        args << term << m_spfDomain;
    }
    Finding f = Finding::make(u"spf." + r.result, spfSeverity(r.result), args);
    f.withEvidence(evidence);
    if (receivedSpf) {
        f.withEvidence(fieldEvidence(*receivedSpf));
    }
    if (!ip.isNull() && !m_spfDomain.isEmpty()
        && (r.result == u"fail" || r.result == u"softfail" || r.result == u"none")) {
        f.withRecord(spfRecordFor(
            m_spfDomain, ip, r.result == u"fail" ? QStringLiteral("-all") : QStringLiteral("~all")));
    }
    add(f);
}

void Analyzer::judgeDkim(const MailMessage& m)
{
    const HeaderField* field = trustedField(m);
    const AuthResultsField* t = trusted();
    if (!t || !field) {
        return;
    }
    const QList<AuthResult> dkim = t->parsed.resultsFor(QStringLiteral("dkim"));
    if (dkim.isEmpty() && m.fields(QStringLiteral("DKIM-Signature")).isEmpty()) {
        add(Finding::make(QStringLiteral("dkim.none"), Severity::Warning)
                .withEvidence(fieldEvidence(*field)));
        return;
    }
    for (const AuthResult& r : dkim) {
        QString d = r.property(QStringLiteral("header.d"));
        if (d.isEmpty()) {
            d = domainOf(r.property(QStringLiteral("header.i")));
        }
        d = d.toLower();
        const QString s = r.property(QStringLiteral("header.s"));
        const QString why = QString(r.reason + u' ' + r.comments.join(u' ')).trimmed();
        const Evidence evidence =
            fieldEvidence(*field, d.isEmpty() ? QStringLiteral("dkim=") : QStringLiteral("dkim=") + r.result);
        QString id;
        Severity severity = Severity::Error;
        QStringList args{d, s};
        if (r.result == u"pass") {
            id = QStringLiteral("dkim.pass");
            severity = Severity::Ok;
            m_dkimPass = true;
            m_dkimPassDomains.append(d);
            if (why.contains(QLatin1String("test mode"), Qt::CaseInsensitive)) {
                add(Finding::make(QStringLiteral("dkim.testing-mode"), Severity::Info, {d})
                        .withEvidence(evidence));
            }
        } else if (why.contains(QLatin1String("body hash"), Qt::CaseInsensitive)) {
            id = QStringLiteral("dkim.fail.body-hash");
        } else if (why.contains(QLatin1String("no key"), Qt::CaseInsensitive)) {
            id = QStringLiteral("dkim.permerror.no-key"); // Gmail writes temperror; the key does not exist
        } else if (r.result == u"temperror") {
            id = QStringLiteral("dkim.temperror.dns");
            severity = Severity::Warning;
        } else if (r.result == u"fail") {
            id = QStringLiteral("dkim.fail.signature");
        } else if (r.result == u"permerror") {
            id = QStringLiteral("dkim.permerror.syntax");
        } else if (r.result == u"none") {
            id = QStringLiteral("dkim.none");
            severity = Severity::Warning;
            args.clear();
        } else if (r.result == u"neutral" || r.result == u"policy") {
            id = QStringLiteral("dkim.neutral");
            severity = Severity::Warning;
            args = QStringList{d, why.isEmpty() ? r.result : why};
        } else {
            continue;
        }
        add(Finding::make(id, severity, args).withEvidence(evidence));
    }
}

void Analyzer::judgeDmarc(const MailMessage& m)
{
    const HeaderField* field = trustedField(m);
    const AuthResultsField* t = trusted();
    if (!t || !field) {
        return;
    }
    const QList<AuthResult> dmarc = t->parsed.resultsFor(QStringLiteral("dmarc"));
    if (dmarc.isEmpty()) {
        return;
    }
    const AuthResult& r = dmarc.first();
    QString from = r.property(QStringLiteral("header.from")).toLower();
    if (from.isEmpty()) {
        from = fromHeaderDomain(m);
    }
    const Evidence evidence = fieldEvidence(*field, QStringLiteral("dmarc="));
    static const QRegularExpression POLICY(QStringLiteral(R"(\bp=([A-Za-z]+))"));
    static const QRegularExpression DIS(QStringLiteral(R"(\bdis=([A-Za-z]+))"));
    const QString comment = r.comments.join(u' ');
    const QString policy = POLICY.match(comment).captured(1).toLower();
    const QString disposition = DIS.match(comment).captured(1).toLower();
    m_out.recordedDmarc = MessageDiagnosis::RecordedDmarc{r.result, from, policy};
    const QString org = m_psl.organizationalDomain(from);
    const auto aligned = [&](const QString& domain) {
        return !domain.isEmpty() && m_psl.organizationalDomain(domain) == org;
    };
    if (r.result == u"pass") {
        QString via;
        QString method;
        for (const QString& d : m_dkimPassDomains) {
            if (aligned(d)) {
                via = d;
                method = QStringLiteral("DKIM");
                break;
            }
        }
        if (via.isEmpty()) {
            via = m_spfDomain;
            method = QStringLiteral("SPF");
        }
        add(Finding::make(QStringLiteral("dmarc.pass"), Severity::Ok, {from, via, method})
                .withEvidence(evidence));
        return;
    }
    if (r.result == u"none") {
        add(Finding::make(QStringLiteral("dmarc.none"), Severity::Warning, {from, org})
                .withEvidence(evidence));
    } else if (r.result == u"fail") {
        const bool enforced = policy == u"quarantine" || policy == u"reject";
        add(Finding::make(QStringLiteral("dmarc.fail"),
                          enforced ? Severity::Error : Severity::Warning,
                          {from, policy.isEmpty() ? QStringLiteral("?") : policy, QStringLiteral("p")})
                .withEvidence(evidence));
        if (disposition == u"quarantine" || disposition == u"reject") {
            add(Finding::make(u"dmarc.applied." + disposition, Severity::Error, {from})
                    .withEvidence(evidence));
        }
    } else if (r.result == u"temperror" || r.result == u"permerror") {
        add(Finding::make(u"dmarc.result." + r.result, Severity::Warning, {from}).withEvidence(evidence));
    }
    if (m_spfResult == u"pass" && !aligned(m_spfDomain)) {
        add(Finding::make(QStringLiteral("dmarc.misaligned.spf"),
                          Severity::Warning,
                          {m_spfDomain, from, QStringLiteral("relaxed")})
                .withEvidence(fieldEvidence(*field, QStringLiteral("spf="))));
    }
    for (const QString& d : m_dkimPassDomains) {
        if (!aligned(d)) {
            add(Finding::make(QStringLiteral("dmarc.misaligned.dkim"),
                              Severity::Warning,
                              {d, from, QStringLiteral("relaxed")})
                    .withEvidence(fieldEvidence(*field, d)));
        }
    }
}

void Analyzer::judgeForwardingAndLists(const MailMessage& m)
{
    const HeaderField* field = trustedField(m);
    const AuthResultsField* t = trusted();
    const HeaderField* seal = m.field(QStringLiteral("ARC-Seal"));
    QString arcResult;
    if (t) {
        const QList<AuthResult> arc = t->parsed.resultsFor(QStringLiteral("arc"));
        arcResult = arc.isEmpty() ? QString() : arc.first().result;
    }
    if (arcResult == u"fail" && field) {
        add(Finding::make(QStringLiteral("arc.fail"), Severity::Warning)
                .withEvidence(fieldEvidence(*field, QStringLiteral("arc="))));
    } else if (seal || !arcResult.isEmpty()) {
        Finding f = Finding::make(QStringLiteral("forwarding.arc"),
                                  Severity::Info,
                                  {arcResult.isEmpty() ? QStringLiteral("none") : arcResult});
        f.withEvidence(seal ? fieldEvidence(*seal) : fieldEvidence(*field, QStringLiteral("arc=")));
        add(f);
    }
    const bool forwarded =
        seal || m.field(QStringLiteral("X-Forwarded-To")) || m.field(QStringLiteral("X-Forwarded-For"));
    const bool spfBroken = m_spfResult == u"fail" || m_spfResult == u"softfail" || m_spfResult == u"neutral";
    if (forwarded && spfBroken && field) {
        add(Finding::make(
                QStringLiteral("forwarding.spf-broken"), Severity::Warning, {m_entryHost, m_spfDomain})
                .withEvidence(fieldEvidence(*field, QStringLiteral("spf="))));
    }
    const HeaderField* listId = m.field(QStringLiteral("List-Id"));
    if (listId && field) {
        for (const Finding& f : m_out.findings) {
            if (f.id.startsWith(QLatin1String("dkim.fail"))) {
                add(Finding::make(QStringLiteral("list.modified"), Severity::Warning, {listId->value})
                        .withEvidence(fieldEvidence(*listId))
                        .withEvidence(f.evidence.value(0)));
                break;
            }
        }
    }
}

void Analyzer::judgeBulk(const MailMessage& m)
{
    const HeaderField* unsubscribe = m.field(QStringLiteral("List-Unsubscribe"));
    const HeaderField* post = m.field(QStringLiteral("List-Unsubscribe-Post"));
    const HeaderField* precedence = m.field(QStringLiteral("Precedence"));
    const HeaderField* feedback = m.field(QStringLiteral("Feedback-ID"));
    const bool bulk =
        unsubscribe || (precedence && precedence->value.contains(QLatin1String("bulk"), Qt::CaseInsensitive))
        || feedback;
    if (!bulk) {
        return;
    }
    const bool https =
        unsubscribe && unsubscribe->value.contains(QLatin1String("<https://"), Qt::CaseInsensitive);
    const bool oneClick =
        post && post->value.contains(QLatin1String("List-Unsubscribe=One-Click"), Qt::CaseInsensitive);
    if (https && oneClick) {
        return;
    }
    const HeaderField* shown = unsubscribe ? unsubscribe : (precedence ? precedence : feedback);
    add(Finding::make(QStringLiteral("bulk.no-one-click-unsubscribe"),
                      Severity::Warning,
                      {shown->name + QStringLiteral(": ") + shown->value})
            .withEvidence(fieldEvidence(*shown)));
}

void Analyzer::judgeGmailSummaryOnly(const GmailSummary& gmail)
{
    // No Authentication-Results below the table (a cut-off paste): Gmail's own summary rows are the result.
    if (!gmail.spfResult.isEmpty() && !isZeroAddress(gmail.spfIp)) {
        m_spfResult = gmail.spfResult.toLower();
        add(Finding::make(u"spf." + m_spfResult,
                          spfSeverity(m_spfResult),
                          {QString(), gmail.spfIp.isNull() ? QString() : gmail.spfIp.toString()})
                .withEvidence(Evidence::headerLine(QStringLiteral("SPF"), gmail.spfLine, gmail.spfResult)));
    }
    if (gmail.dkimResult.compare(QLatin1String("PASS"), Qt::CaseInsensitive) == 0) {
        m_dkimPass = true;
    }
}

void Analyzer::decideMessage()
{
    Placement placement = Placement::Unknown;
    const bool anyPass = m_spfResult == u"pass" || m_dkimPass;
    if (has(QStringLiteral("dmarc.applied.reject"))) {
        placement = Placement::Rejected;
    } else if (has(QStringLiteral("dmarc.applied.quarantine")) || has(QStringLiteral("dmarc.fail"))) {
        placement = Placement::Spam;
    } else if (!m_spfResult.isEmpty() && !anyPass) {
        placement = Placement::Spam;
    } else if (anyPass) {
        placement = Placement::Inbox;
    }
    m_out.placement = placement;
}

void sortAndPickReasons(MessageDiagnosis& out)
{
    std::stable_sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
        return a.severity > b.severity;
    });
    const bool positive = out.placement == Placement::Inbox;
    for (const Finding& f : out.findings) {
        if (out.reasons.size() >= 3) {
            break;
        }
        const bool bad = f.severity == Severity::Error || f.severity == Severity::Warning;
        const bool auth = f.id.startsWith(QLatin1String("spf.")) || f.id.startsWith(QLatin1String("dkim."))
                          || f.id.startsWith(QLatin1String("dmarc."))
                          || f.id.startsWith(QLatin1String("bounce."));
        if ((positive && f.severity == Severity::Ok && auth) || (!positive && bad && auth)) {
            out.reasons.append(f.id);
        }
    }
}

} // namespace

MessageDiagnosis MessageDiagnosis::analyze(const QByteArray& input, const MessageRechecks& rechecks)
{
    return analyze(PastedInput::read(input), input, rechecks);
}

MessageDiagnosis
MessageDiagnosis::analyze(const PastedInput& input, const QByteArray& raw, const MessageRechecks& rechecks)
{
    MessageDiagnosis out;
    out.inputKind = input.kind;
    switch (input.problem) {
    case InputProblem::Empty:
        out.findings.append(Finding::make(QStringLiteral("input.empty"), Severity::Error));
        return out;
    case InputProblem::Binary:
        out.findings.append(Finding::make(QStringLiteral("input.binary"), Severity::Error));
        return out;
    case InputProblem::NoHeaderFields:
        out.findings.append(Finding::make(QStringLiteral("input.no-header-fields"), Severity::Error));
        return out;
    case InputProblem::None:
        break;
    }
    Analyzer a(out);
    if (input.kind == InputKind::Bounce) {
        const QList<QByteArray> lines = MailMessage::splitLines(raw);
        const QList<Finding> bounces = BounceCatalog::builtIn().findings(message::findSmtpReplies(lines));
        bool permanent = false;
        for (const Finding& f : bounces) {
            permanent = permanent || f.severity == Severity::Error;
            a.add(f);
        }
        if (const auto original = returnedMessage(lines)) {
            a.readDkimSignatures(*original, rechecks);
            a.readHops(*original);
            a.checkHelo(*original);
        }
        out.placement = permanent ? Placement::Rejected : Placement::Unknown;
        out.deferred = !bounces.isEmpty() && !permanent;
    } else {
        const MailMessage& m = input.message;
        a.readAuthenticationResults(m);
        a.readDkimSignatures(m, rechecks);
        a.readHops(m);
        a.checkHelo(m);
        a.judgeSpf(m, input.gmail);
        a.judgeDkim(m);
        a.judgeDmarc(m);
        a.judgeForwardingAndLists(m);
        a.judgeBulk(m);
        const bool hasTrusted = std::any_of(out.authenticationResults.begin(),
                                            out.authenticationResults.end(),
                                            [](const AuthResultsField& f) { return f.trusted; });
        if (!hasTrusted && input.gmail) {
            a.judgeGmailSummaryOnly(*input.gmail);
        } else if (!hasTrusted) {
            out.findings.append(
                Finding::make(QStringLiteral("message.no-authentication-results"), Severity::Info));
        }
        a.decideMessage();
    }
    for (const Finding& f : rechecks.findings) {
        a.add(f);
    }
    sortAndPickReasons(out);
    return out;
}

QString MessageDiagnosis::placementName(Placement placement)
{
    switch (placement) {
    case Placement::Inbox:
        return QStringLiteral("inbox");
    case Placement::Spam:
        return QStringLiteral("spam");
    case Placement::Rejected:
        return QStringLiteral("rejected");
    case Placement::Unknown:
        return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
}

QString MessageDiagnosis::summary() const
{
    if (deferred) {
        return tr("The receiving server deferred the message; it was not delivered yet.");
    }
    switch (placement) {
    case Placement::Inbox:
        return tr("Gmail most likely delivered this message to the inbox.");
    case Placement::Spam:
        return tr("Gmail most likely put this message in the spam folder.");
    case Placement::Rejected:
        return tr("The message was rejected and not delivered.");
    case Placement::Unknown:
        return tr("The input does not show where the message went.");
    }
    Q_UNREACHABLE();
}

} // namespace todoku
