// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message/AuthenticationResults.h"

#include "core/message/HeaderScanner_p.h"

namespace todoku {

using message::HeaderScanner;

QString AuthResult::property(const QString& key) const
{
    for (const auto& [k, v] : properties) {
        if (k.compare(key, Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return {};
}

QList<AuthResult> AuthenticationResults::resultsFor(const QString& method) const
{
    QList<AuthResult> out;
    for (const AuthResult& r : results) {
        if (r.method.compare(method, Qt::CaseInsensitive) == 0) {
            out.append(r);
        }
    }
    return out;
}

namespace {

class Parser
{
public:
    explicit Parser(const QString& value)
        : m_scan(value)
    {}

    Result<AuthenticationResults> run();

private:
    void deviate(const QString& what)
    {
        if (m_out.conformant) {
            m_out.conformant = false;
            m_out.problem = what;
            m_out.problemPosition = m_scan.position();
        }
    }
    bool looksLikeMethodAhead();
    void readStatements();
    void readStatement();

    HeaderScanner m_scan;
    AuthenticationResults m_out;
};

bool Parser::looksLikeMethodAhead()
{
    // Microsoft writes "spf=pass (…) smtp.mailfrom=…; dkim=…" with no authserv-id at all.
    const int save = m_scan.position();
    m_scan.readToken();
    m_scan.skipCfws();
    const QChar next = m_scan.peek();
    m_scan.setPosition(save);
    return next == u'=' || next == u'/';
}

Result<AuthenticationResults> Parser::run()
{
    if (!m_scan.skipCfws()) {
        return Error::syntax(SyntaxDetail::HeaderUnterminatedComment, m_scan.position());
    }
    if (m_scan.atEnd()) {
        return Error::syntax(SyntaxDetail::HeaderEmpty, 0);
    }
    if (looksLikeMethodAhead()) {
        deviate(QStringLiteral("no authserv-id"));
        m_scan.setPosition(m_scan.position()); // statements start right here
        readStatement();
        readStatements();
        return m_out;
    }
    // authserv-id = value; a dotted host name is a token once '.' is allowed, which RFC 2045 tokens do.
    m_out.authservId = m_scan.readValue();
    if (m_out.authservId.isEmpty()) {
        return Error::syntax(SyntaxDetail::HeaderMissingAuthservId, m_scan.position());
    }
    m_scan.skipCfws();
    if (m_scan.peek().isDigit()) {
        m_out.version = m_scan.readToken();
        m_scan.skipCfws();
    }
    if (!m_scan.atEnd() && m_scan.peek() != u';') {
        deviate(QStringLiteral("unexpected text after authserv-id"));
        m_scan.skipToSemicolon();
    }
    readStatements();
    return m_out;
}

void Parser::readStatements()
{
    bool sawNone = false;
    while (true) {
        m_scan.skipCfws();
        if (m_scan.atEnd()) {
            return;
        }
        if (m_scan.peek() != u';') {
            deviate(QStringLiteral("expected ';'"));
            m_scan.skipToSemicolon();
            continue;
        }
        m_scan.advance();
        m_scan.skipCfws();
        if (m_scan.atEnd()) {
            return; // a trailing ';' (common, harmless)
        }
        const int save = m_scan.position();
        const QString word = m_scan.readToken();
        m_scan.skipCfws();
        if (word.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0
            && (m_scan.atEnd() || m_scan.peek() == u';')) {
            // RFC 8601 no-result: valid only alone.
            if (sawNone || !m_out.results.isEmpty()) {
                deviate(QStringLiteral("'none' beside results"));
            }
            sawNone = true;
            continue;
        }
        if (sawNone) {
            deviate(QStringLiteral("'none' beside results"));
        }
        m_scan.setPosition(save);
        readStatement();
    }
}

void Parser::readStatement()
{
    AuthResult r;
    r.method = m_scan.readToken().toLower();
    m_scan.skipCfws(&r.comments);
    if (m_scan.peek() == u'/') {
        m_scan.advance();
        m_scan.skipCfws(&r.comments);
        r.methodVersion = m_scan.readToken();
        bool digits = !r.methodVersion.isEmpty();
        for (const QChar c : r.methodVersion) {
            digits = digits && c.isDigit();
        }
        if (!digits) {
            deviate(QStringLiteral("method version is not a number"));
        }
        m_scan.skipCfws(&r.comments);
    }
    if (r.method.isEmpty() || m_scan.peek() != u'=') {
        // e.g. Outlook repeating its authserv-id mid-field: "…; outlook.com; dkim=pass"
        deviate(QStringLiteral("statement without method=result"));
        m_scan.skipToSemicolon();
        return;
    }
    m_scan.advance();
    m_scan.skipCfws(&r.comments);
    r.result = m_scan.readToken().toLower();
    if (r.result.isEmpty()) {
        deviate(QStringLiteral("missing result"));
        m_scan.skipToSemicolon();
        m_out.results.append(r);
        return;
    }
    m_scan.skipCfws(&r.comments);
    while (!m_scan.atEnd() && m_scan.peek() != u';') {
        const int save = m_scan.position();
        const QString name = m_scan.readToken();
        m_scan.skipCfws(&r.comments);
        if (name.isEmpty()) {
            deviate(QStringLiteral("unexpected character"));
            m_scan.setPosition(save);
            m_scan.skipToSemicolon();
            break;
        }
        if (name.compare(QLatin1String("reason"), Qt::CaseInsensitive) == 0 && m_scan.peek() == u'=') {
            m_scan.advance();
            m_scan.skipCfws(&r.comments);
            r.reason = m_scan.readValue();
            m_scan.skipCfws(&r.comments);
            continue;
        }
        QString key = name.toLower();
        if (m_scan.peek() == u'.') {
            m_scan.advance();
            m_scan.skipCfws(&r.comments);
            const QString property = m_scan.readToken();
            m_scan.skipCfws(&r.comments);
            if (property.isEmpty()) {
                deviate(QStringLiteral("missing property after '.'"));
                m_scan.skipToSemicolon();
                break;
            }
            key += u'.' + property.toLower();
        } else if (m_scan.peek() == u'=') {
            deviate(QStringLiteral("property without ptype"));
        } else {
            deviate(QStringLiteral("text that is not a property"));
            m_scan.skipToSemicolon();
            break;
        }
        if (m_scan.peek() != u'=') {
            deviate(QStringLiteral("property without '='"));
            m_scan.skipToSemicolon();
            break;
        }
        m_scan.advance();
        m_scan.skipCfws(&r.comments);
        bool quoted = false;
        const QString value = m_scan.readLooseValue(&quoted);
        if (!quoted) {
            // RFC 8601 pvalue: a token or an address; ':' (an unquoted IPv6 address) is not allowed.
            for (const QChar c : value) {
                if (c == u':' || c == u'=' || c == u'[' || c == u']' || c == u'<' || c == u'>') {
                    deviate(QStringLiteral("character not allowed in an unquoted value"));
                    break;
                }
            }
        }
        r.properties.append({key, value});
        m_scan.skipCfws(&r.comments);
    }
    m_out.results.append(r);
}

} // namespace

Result<AuthenticationResults> AuthenticationResults::parse(const QString& value)
{
    return Parser(value).run();
}

Result<AuthenticationResults> AuthenticationResults::parseArc(const QString& value)
{
    HeaderScanner scan(value);
    scan.skipCfws();
    int instance = 0;
    if (scan.rest().startsWith(QLatin1String("i"), Qt::CaseInsensitive)) {
        scan.advance();
        scan.skipCfws();
        if (scan.peek() == u'=') {
            scan.advance();
            scan.skipCfws();
            instance = scan.readToken().toInt();
            scan.skipCfws();
            if (scan.peek() == u';') {
                scan.advance();
            }
        }
    }
    if (instance <= 0) {
        return Error::syntax(SyntaxDetail::HeaderMissingArcInstance, 0);
    }
    auto parsed = parse(scan.rest());
    if (parsed) {
        parsed.value().arcInstance = instance;
    }
    return parsed;
}

} // namespace todoku
