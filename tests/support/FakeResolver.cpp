// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FakeResolver.h"

#include <QSet>

namespace todoku::test {

QString FakeResolver::key(const QString& name, DnsRecordType type)
{
    return name.toLower() + u'|' + QString::number(int(type));
}

void FakeResolver::addRecord(const DnsRecord& record)
{
    m_records[key(record.name, record.type)].append(record);
    m_names.insert(record.name.toLower());
}

void FakeResolver::addA(const QString& name, const QString& address)
{
    DnsRecord r;
    r.name = name;
    r.address = QHostAddress(address);
    r.type = r.address.protocol() == QAbstractSocket::IPv6Protocol ? DnsRecordType::AAAA : DnsRecordType::A;
    r.ttl = 300;
    addRecord(r);
}

void FakeResolver::addTxt(const QString& name, const QList<QByteArray>& strings)
{
    DnsRecord r;
    r.name = name;
    r.type = DnsRecordType::TXT;
    r.strings = strings;
    r.ttl = 300;
    addRecord(r);
}

void FakeResolver::addMx(const QString& name, quint16 preference, const QString& exchange)
{
    DnsRecord r;
    r.name = name;
    r.type = DnsRecordType::MX;
    r.preference = preference;
    r.target = exchange;
    r.ttl = 300;
    addRecord(r);
}

void FakeResolver::addPtr(const QString& name, const QString& target)
{
    DnsRecord r;
    r.name = name;
    r.type = DnsRecordType::PTR;
    r.target = target;
    r.ttl = 300;
    addRecord(r);
}

void FakeResolver::setOutcome(const QString& name, DnsRecordType type, DnsOutcome outcome)
{
    m_forced.insert(key(name, type), outcome);
    m_names.insert(name.toLower());
}

DnsQuery* FakeResolver::lookup(const QString& aceName,
                               DnsRecordType type,
                               const DnsQueryOptions& /*options*/,
                               QObject* parent)
{
    m_lookups.append(aceName + u' ' + dns::typeName(type));
    auto* query = new DnsQuery(aceName, type, parent);
    DnsAnswer answer;
    answer.name = aceName;
    answer.type = type;
    answer.server = QStringLiteral("fake");
    const QString k = key(aceName, type);
    if (auto forced = m_forced.constFind(k); forced != m_forced.constEnd()) {
        answer.outcome = *forced;
    } else if (auto records = m_records.constFind(k); records != m_records.constEnd()) {
        answer.outcome = DnsOutcome::Answer;
        answer.records = *records;
    } else {
        answer.outcome = m_names.contains(aceName.toLower()) ? DnsOutcome::NoData : DnsOutcome::NxDomain;
        answer.negativeTtl = 300;
    }
    deliverLater(query, answer);
    return query;
}

} // namespace todoku::test
