// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/BounceCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace todoku {

namespace {

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray()) {
        out.append(e.toString());
    }
    return out;
}

bool hasPhrases(const BounceCode& code, const QString& haystack)
{
    for (const QStringList& group : code.phrases) {
        bool any = false;
        for (const QString& phrase : group) {
            if (haystack.contains(phrase, Qt::CaseInsensitive)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return false;
        }
    }
    return true;
}

Evidence evidenceOf(const SmtpReply& reply)
{
    return Evidence::headerLine(
        QStringLiteral("SMTP reply"), reply.line, reply.codeText() + u' ' + reply.text);
}

} // namespace

const BounceCatalog& BounceCatalog::builtIn()
{
    static const BounceCatalog CATALOG = [] {
        QFile file(QStringLiteral(":/catalogs/bounce-codes.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            // Compiled in; failing to open it is a build error, not a user's problem.
            Q_ASSERT_X(false, "BounceCatalog", "bounce-codes.json is not embedded");
            return BounceCatalog();
        }
        return fromJson(file.readAll());
    }();
    return CATALOG;
}

BounceCatalog BounceCatalog::fromJson(const QByteArray& json)
{
    BounceCatalog catalog;
    for (const QJsonValue& v : QJsonDocument::fromJson(json).object().value(u"codes").toArray()) {
        const QJsonObject o = v.toObject();
        BounceCode c;
        c.id = o.value(u"id").toString();
        c.provider = o.value(u"provider").toString();
        c.statuses = stringList(o.value(u"status"));
        c.replies = stringList(o.value(u"reply"));
        for (const QJsonValue& group : o.value(u"all").toArray()) {
            c.phrases.append(stringList(group));
        }
        c.temporary = o.value(u"temporary").toBool(false);
        c.source = o.value(u"source").toString();
        c.unverified = stringList(o.value(u"unverified"));
        if (c.id.isEmpty() || (c.statuses.isEmpty() && c.replies.isEmpty())) {
            continue;
        }
        catalog.m_codes.append(c);
    }
    return catalog;
}

const BounceCode* BounceCatalog::match(const SmtpReply& reply) const
{
    const QString haystack = reply.context + u' ' + reply.text;
    for (const BounceCode& c : m_codes) {
        const bool codeMatches =
            c.statuses.isEmpty() ? c.replies.contains(reply.code) : c.statuses.contains(reply.status);
        if (codeMatches && hasPhrases(c, haystack)) {
            return &c;
        }
    }
    return nullptr;
}

QList<Finding> BounceCatalog::findings(const QList<SmtpReply>& replies) const
{
    QList<Finding> out;
    for (const SmtpReply& reply : replies) {
        const BounceCode* code = match(reply);
        const QString id = code ? code->id : QStringLiteral("bounce.unrecognized");
        // One finding per id and code; a second quote of the same reply only adds evidence.
        auto same = std::find_if(out.begin(), out.end(), [&](const Finding& f) {
            return f.id == id && f.args.value(0) == reply.codeText();
        });
        if (same != out.end()) {
            same->withEvidence(evidenceOf(reply));
            continue;
        }
        if (!reply.code.startsWith(u'4') && !reply.code.startsWith(u'5')) {
            continue; // 2xx lines in a transcript are not the failure
        }
        const Severity severity = reply.isPermanent() ? Severity::Error : Severity::Warning;
        out.append(
            Finding::make(id, severity, {reply.codeText(), reply.text}).withEvidence(evidenceOf(reply)));
    }
    return out;
}

} // namespace todoku
