// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/ExistingRecords.h"

#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"
#include "core/spf/SpfRecord.h"

namespace todoku {

ExistingRecordsLookup::ExistingRecordsLookup(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

void ExistingRecordsLookup::lookup(const QString& aceDomain)
{
    const int generation = ++m_generation;
    m_domain = aceDomain;
    m_result = {};
    m_failed = false;
    m_pending = 0;
    if (!m_resolver || aceDomain.isEmpty()) {
        m_failed = !m_resolver;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation) {
                    emit finished();
                }
            },
            Qt::QueuedConnection);
        return;
    }
    ask(aceDomain, false, generation);
    ask(QStringLiteral("_dmarc.") + aceDomain, true, generation);
}

void ExistingRecordsLookup::ask(const QString& name, bool dmarc, int generation)
{
    ++m_pending;
    // A superseded lookup's answers still arrive; the generation drops them, and the queries go with them.
    m_resolver->ask(name, DnsRecordType::TXT, this, [this, dmarc, generation](const DnsAnswer& a) {
        if (generation != m_generation) {
            return;
        }
        if (!dns::isDefinite(a.outcome)) {
            m_failed = true;
        }
        for (const DnsRecord& r : a.records) {
            if (r.type != DnsRecordType::TXT) {
                continue;
            }
            const QString text = QString::fromUtf8(r.joinedText());
            // RFC 7208 §4.5 and RFC 7489 §6.6.3: records not starting with the version tag are not ours.
            if (!dmarc && SpfRecord::isSpfText(r.joinedText())) {
                m_result.spf.append(text);
            } else if (dmarc
                       && text.simplified().startsWith(QLatin1String("v=DMARC1"), Qt::CaseInsensitive)) {
                m_result.dmarc.append(text);
            }
        }
        if (--m_pending == 0) {
            emit finished();
        }
    });
}

} // namespace todoku
