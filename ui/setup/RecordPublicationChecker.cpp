// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/RecordPublicationChecker.h"

#include "core/dns/DnsName.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"
#include "core/dns/DnsTypes.h"

using namespace todoku;

namespace {

QString normalized(const ProposedRecord& record, QString value)
{
    if (record.type == u"TXT") {
        return value;
    }
    value = value.trimmed().toLower();
    while (value.endsWith(u'.') && value.size() > 1) {
        value.chop(1);
    }
    return value.simplified();
}

QStringList foundValues(const DnsAnswer& answer)
{
    QStringList out;
    for (const DnsRecord& r : answer.records) {
        switch (r.type) {
        case DnsRecordType::TXT:
            out.append(QString::fromUtf8(r.joinedText()));
            break;
        case DnsRecordType::MX:
            out.append(QString::number(r.preference) + u' '
                       + (r.target.isEmpty() ? QStringLiteral(".") : r.target));
            break;
        case DnsRecordType::CNAME:
        case DnsRecordType::PTR:
        case DnsRecordType::NS:
            out.append(r.target);
            break;
        default:
            out.append(r.presentation());
        }
    }
    return out;
}

/** The first tag of a TXT value ("v=spf1", "v=DKIM1", "v=DMARC1"), to tell "different" from "unrelated". */
QString txtKind(const QString& value)
{
    return value.section(u' ', 0, 0).section(u';', 0, 0).trimmed().toLower();
}

} // namespace

PlainLookupPublicationChecker::PlainLookupPublicationChecker(DnsResolver* resolver, QObject* parent)
    : RecordPublicationChecker(parent)
    , m_resolver(resolver)
{}

RecordPublicationChecker::State
PlainLookupPublicationChecker::compare(const ProposedRecord& record, const QList<QString>& found, bool failed)
{
    if (failed) {
        return State::Failed;
    }
    const QString want = normalized(record, record.value);
    bool sameKind = false;
    for (const QString& value : found) {
        if (normalized(record, value) == want) {
            return State::Published;
        }
        if (record.type != u"TXT" || txtKind(value) == txtKind(record.value)) {
            sameKind = true;
        }
    }
    if (sameKind) {
        return State::Different;
    }
    return State::Missing;
}

void PlainLookupPublicationChecker::check(const RecordSet& set)
{
    const QList<ProposedRecord>& records = set.records;
    qDeleteAll(m_queries);
    m_queries.clear();
    const int round = ++m_round;
    m_pending = 0;
    if (!m_resolver || records.isEmpty()) {
        emit finished();
        return;
    }
    for (int i = 0; i < records.size(); ++i) {
        const ProposedRecord record = records.at(i);
        const Result<DnsRecordType> type = dns::parseType(record.type);
        if (!type) {
            emit recordChecked(i, State::Failed, {});
            continue;
        }
        DnsQuery* query = m_resolver->lookup(dns::withoutTrailingDot(record.name), *type, {}, this);
        m_queries.append(query);
        ++m_pending;
        connect(query, &DnsQuery::finished, this, [this, query, record, i, round] {
            if (round != m_round) {
                return;
            }
            const DnsAnswer& answer = query->answer();
            const bool failed = !dns::isDefinite(answer.outcome);
            const QStringList found = foundValues(answer);
            emit recordChecked(i, compare(record, found, failed), found.join(u'\n'));
            if (--m_pending == 0) {
                emit finished();
            }
        });
    }
    if (m_pending == 0) {
        emit finished();
    }
}
