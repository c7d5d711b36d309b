// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spf/SpfRecord.h"

#include <QRegularExpression>

namespace todoku {

namespace spf {

QString qualifierName(SpfQualifier qualifier)
{
    switch (qualifier) {
    case SpfQualifier::Pass:
        return QStringLiteral("pass");
    case SpfQualifier::Fail:
        return QStringLiteral("fail");
    case SpfQualifier::SoftFail:
        return QStringLiteral("softfail");
    case SpfQualifier::Neutral:
        return QStringLiteral("neutral");
    }
    Q_UNREACHABLE();
}

QString mechanismName(SpfMechanismKind kind)
{
    switch (kind) {
    case SpfMechanismKind::All:
        return QStringLiteral("all");
    case SpfMechanismKind::Include:
        return QStringLiteral("include");
    case SpfMechanismKind::A:
        return QStringLiteral("a");
    case SpfMechanismKind::Mx:
        return QStringLiteral("mx");
    case SpfMechanismKind::Ptr:
        return QStringLiteral("ptr");
    case SpfMechanismKind::Ip4:
        return QStringLiteral("ip4");
    case SpfMechanismKind::Ip6:
        return QStringLiteral("ip6");
    case SpfMechanismKind::Exists:
        return QStringLiteral("exists");
    }
    Q_UNREACHABLE();
}

std::optional<int> macroStringError(const QString& s, bool allowExpLetters)
{
    // macro-string = *( macro-expand / macro-literal ); literal = %x21-24 / %x26-7E (visible, not '%')
    const QString letters = allowExpLetters ? QStringLiteral("slodiphcrtv") : QStringLiteral("slodiphv");
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'%') {
            if (i + 1 >= s.size()) {
                return i;
            }
            const QChar n = s.at(i + 1);
            if (n == u'%' || n == u'_' || n == u'-') {
                ++i;
                continue;
            }
            if (n != u'{') {
                return i;
            }
            const int close = int(s.indexOf(u'}', i + 2));
            if (close < 0) {
                return i;
            }
            const QString body = s.mid(i + 2, close - i - 2);
            static const QRegularExpression MACRO(QStringLiteral(R"(^([A-Za-z])([0-9]*)(r?)([.\-+,/_=]*)$)"),
                                                  QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = MACRO.match(body);
            if (!m.hasMatch() || !letters.contains(m.captured(1).toLower())) {
                return i;
            }
            if (!m.captured(2).isEmpty() && m.captured(2).toInt() == 0) {
                return i; // %{d0} is not allowed: transformers keep at least one label
            }
            i = close;
            continue;
        }
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return i;
        }
    }
    return std::nullopt;
}

} // namespace spf

namespace {

Error syntax(SyntaxDetail detail, int position, QStringList detailArgs = {})
{
    return Error::syntax(detail, position, std::move(detailArgs));
}

/** RFC 7208 §4.6.2: the qualifier a leading '+', '-', '~' or '?' stands for. */
std::optional<SpfQualifier> qualifierOf(QChar c)
{
    switch (c.unicode()) {
    case '+':
        return SpfQualifier::Pass;
    case '-':
        return SpfQualifier::Fail;
    case '~':
        return SpfQualifier::SoftFail;
    case '?':
        return SpfQualifier::Neutral;
    default:
        return std::nullopt;
    }
}

bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/** domain-end (RFC 7208 §7.1): the expanded name must end in a top label or a macro. */
bool validDomainEnd(const QString& spec)
{
    if (spec.endsWith(u'}')) {
        return true;
    }
    QString s = spec;
    if (s.endsWith(u'.')) {
        s.chop(1);
    }
    const int dot = int(s.lastIndexOf(u'.'));
    if (dot < 0) {
        return false;
    }
    const QString top = s.mid(dot + 1);
    // toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
    static const QRegularExpression TOP(
        QStringLiteral(R"(^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$)"));
    return TOP.match(top).hasMatch();
}

std::optional<Error> parseDualCidr(const QString& text, int position, int* cidr4, int* cidr6, QString* rest)
{
    // [ "/" ip4-cidr-length ] [ "//" ip6-cidr-length ], written after the domain-spec.
    static const QRegularExpression DUAL(QStringLiteral(R"(^(.*?)(?:/([0-9]+))?(?://([0-9]+))?$)"));
    const QRegularExpressionMatch m = DUAL.match(text);
    *rest = m.captured(1);
    for (const auto& [group, limit, out] : {std::tuple{2, 32, cidr4}, std::tuple{3, 128, cidr6}}) {
        const QString digits = m.captured(group);
        if (digits.isEmpty()) {
            continue;
        }
        if ((digits.size() > 1 && digits.startsWith(u'0')) || digits.toInt() > limit) {
            return syntax(SyntaxDetail::SpfCidrLength, position);
        }
        *out = digits.toInt();
    }
    return std::nullopt;
}

} // namespace

bool SpfMechanism::queriesDns() const
{
    switch (kind) {
    case SpfMechanismKind::Include:
    case SpfMechanismKind::A:
    case SpfMechanismKind::Mx:
    case SpfMechanismKind::Ptr:
    case SpfMechanismKind::Exists:
        return true;
    default:
        return false;
    }
}

bool SpfRecord::isSpfText(const QByteArray& text)
{
    return text.size() >= 6 && text.left(6).compare("v=spf1", Qt::CaseInsensitive) == 0
           && (text.size() == 6 || text.at(6) == ' ');
}

int SpfRecord::dnsTermCount() const
{
    int n = redirect ? 1 : 0;
    for (const SpfMechanism& m : mechanisms) {
        n += m.queriesDns() ? 1 : 0;
    }
    return n;
}

Result<SpfRecord> SpfRecord::parse(const QString& text)
{
    Result<SpfRecord> result = parseTerms(text);
    if (result.isOk()) {
        return result;
    }
    // Name the offending term too, so a message can quote it without re-splitting the record.
    Error error = result.error();
    const int at = qBound(0, error.position, int(text.size()));
    const int from = int(text.lastIndexOf(u' ', at > 0 ? at - 1 : 0)) + 1;
    int to = int(text.indexOf(u' ', at));
    if (to < 0) {
        to = int(text.size());
    }
    error.args = QStringList{text.mid(from, to - from)};
    return error;
}

Result<SpfRecord> SpfRecord::parseTerms(const QString& text)
{
    SpfRecord record;
    record.text = text;
    if (!isSpfText(text.toLatin1())) {
        return syntax(SyntaxDetail::SpfNoVersion, 0);
    }
    int pos = 6;
    const int n = int(text.size());
    while (pos < n) {
        if (text.at(pos) != u' ') {
            return syntax(SyntaxDetail::SpfTermSeparator, pos);
        }
        while (pos < n && text.at(pos) == u' ') {
            ++pos;
        }
        if (pos >= n) {
            break;
        }
        int end = pos;
        while (end < n && text.at(end) != u' ') {
            ++end;
        }
        const QString term = text.mid(pos, end - pos);
        const int start = pos;
        pos = end;

        for (const QChar c : term) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
                return syntax(SyntaxDetail::SpfCharacter, start);
            }
        }

        // A modifier is name "=" macro-string, where name starts with a letter and has no ':' or '/'.
        static const QRegularExpression MODIFIER(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9._-]*)=(.*)$)"));
        const QRegularExpressionMatch mod = MODIFIER.match(term);
        if (mod.hasMatch()) {
            const QString name = mod.captured(1).toLower();
            const QString value = mod.captured(2);
            const bool isExp = name == QLatin1String("exp");
            if (const auto bad = spf::macroStringError(value)) {
                return syntax(SyntaxDetail::SpfModifierMacro, start + int(name.size()) + 1 + *bad);
            }
            if (name == QLatin1String("redirect") || isExp) {
                if ((name == QLatin1String("redirect") && record.redirect) || (isExp && record.exp)) {
                    return syntax(SyntaxDetail::SpfModifierTwice, start, {name});
                }
                if (value.isEmpty() || !validDomainEnd(value)) {
                    return syntax(SyntaxDetail::SpfModifierDomain, start, {name});
                }
                if (isExp) {
                    record.exp = value;
                    record.expPosition = start;
                } else {
                    record.redirect = value;
                    record.redirectPosition = start;
                }
            } else {
                record.otherModifiers.append(SpfModifier{name, value, start});
            }
            continue;
        }

        SpfMechanism m;
        m.text = term;
        m.position = start;
        QString body = term;
        if (const std::optional<SpfQualifier> q = qualifierOf(body.at(0))) {
            m.qualifier = *q;
            body.remove(0, 1);
        }
        int nameEnd = 0;
        while (nameEnd < body.size() && isAlpha(body.at(nameEnd))) {
            ++nameEnd;
        }
        while (nameEnd < body.size()
               && (body.at(nameEnd).isLetterOrNumber() || body.at(nameEnd) == u'-' || body.at(nameEnd) == u'_'
                   || body.at(nameEnd) == u'.')) {
            ++nameEnd;
        }
        const QString name = body.left(nameEnd).toLower();
        const QString args = body.mid(nameEnd);
        const auto needsColon = [&](QString* spec) -> std::optional<Error> {
            if (!args.startsWith(u':') || args.size() < 2) {
                return syntax(name.startsWith(u"ip") ? SyntaxDetail::SpfNeedsAddress
                                                     : SyntaxDetail::SpfNeedsDomain,
                              start,
                              {name});
            }
            *spec = args.mid(1);
            return std::nullopt;
        };
        const auto checkSpec = [&](const QString& spec) -> std::optional<Error> {
            if (const auto bad = spf::macroStringError(spec)) {
                // spec follows the ':' that starts args
                return syntax(SyntaxDetail::SpfMacro, start + int(term.size() - args.size()) + 1 + *bad);
            }
            if (!validDomainEnd(spec)) {
                return syntax(SyntaxDetail::SpfDomain, start);
            }
            return std::nullopt;
        };

        if (name == QLatin1String("all")) {
            m.kind = SpfMechanismKind::All;
            if (!args.isEmpty()) {
                return syntax(SyntaxDetail::SpfAllArgument, start);
            }
        } else if (name == QLatin1String("include") || name == QLatin1String("exists")) {
            m.kind = name == QLatin1String("include") ? SpfMechanismKind::Include : SpfMechanismKind::Exists;
            if (auto e = needsColon(&m.domainSpec)) {
                return *e;
            }
            if (auto e = checkSpec(m.domainSpec)) {
                return *e;
            }
        } else if (name == QLatin1String("a") || name == QLatin1String("mx")) {
            m.kind = name == QLatin1String("a") ? SpfMechanismKind::A : SpfMechanismKind::Mx;
            QString rest;
            if (auto e = parseDualCidr(args, start, &m.cidr4, &m.cidr6, &rest)) {
                return *e;
            }
            if (!rest.isEmpty()) {
                if (!rest.startsWith(u':') || rest.size() < 2) {
                    return syntax(SyntaxDetail::SpfUnexpectedText, start, {name});
                }
                m.domainSpec = rest.mid(1);
                if (auto e = checkSpec(m.domainSpec)) {
                    return *e;
                }
            }
        } else if (name == QLatin1String("ptr")) {
            m.kind = SpfMechanismKind::Ptr;
            if (!args.isEmpty()) {
                if (auto e = needsColon(&m.domainSpec)) {
                    return *e;
                }
                if (auto e = checkSpec(m.domainSpec)) {
                    return *e;
                }
            }
        } else if (name == QLatin1String("ip4") || name == QLatin1String("ip6")) {
            const bool v4 = name == QLatin1String("ip4");
            m.kind = v4 ? SpfMechanismKind::Ip4 : SpfMechanismKind::Ip6;
            QString spec;
            if (auto e = needsColon(&spec)) {
                return *e;
            }
            QString address = spec;
            const int slash = int(spec.indexOf(u'/'));
            if (slash >= 0) {
                address = spec.left(slash);
                const QString digits = spec.mid(slash + 1);
                bool ok = !digits.isEmpty();
                for (const QChar c : digits) {
                    ok = ok && c.isDigit();
                }
                const int len = digits.toInt();
                if (!ok || (digits.size() > 1 && digits.startsWith(u'0')) || len > (v4 ? 32 : 128)) {
                    return syntax(SyntaxDetail::SpfCidrLength, start);
                }
                (v4 ? m.cidr4 : m.cidr6) = len;
            }
            // ip4-network is dotted quad only (no shortened forms); ip6 must be an IPv6 address.
            static const QRegularExpression QUAD(QStringLiteral(R"(^[0-9]{1,3}(\.[0-9]{1,3}){3}$)"));
            if (!m.network.setAddress(address) || (v4 && !QUAD.match(address).hasMatch())
                || (m.network.protocol() == QAbstractSocket::IPv6Protocol) == v4) {
                return syntax(v4 ? SyntaxDetail::SpfIp4Address : SyntaxDetail::SpfIp6Address, start);
            }
        } else {
            return syntax(SyntaxDetail::SpfUnknownMechanism, start);
        }
        record.mechanisms.append(m);
    }
    return record;
}

} // namespace todoku
