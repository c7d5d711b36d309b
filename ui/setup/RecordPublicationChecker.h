// SPDX-License-Identifier: GPL-3.0-or-later
// RecordPublicationChecker: asks DNS whether each record of a setup is live yet (the verify page's engine).
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/setup/RecordSet.h"

namespace todoku {
class DnsResolver;
class DnsQuery;
} // namespace todoku

/**
 * The small interface the verify page talks to, so the full core publication check (core/setup
 * PublicationCheck: every authoritative server, propagation with negative TTLs) can replace the plain lookup
 * below without touching the page: an adapter maps its recordStateChanged()/roundFinished() to these signals
 * and is installed with SetupWizard::setPublicationChecker().
 * check() starts one round over all records; recordChecked() arrives once per record, finished() once.
 */
class RecordPublicationChecker : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Pending,     ///< not asked yet, or the answer is still on its way
        Published,   ///< the value is there exactly
        Different,   ///< a record of the kind is there, with another value (detail: what was found)
        Missing,     ///< no such record (NXDOMAIN or NODATA)
        Propagating, ///< absent, but a cached absence may still hide it (detail: remaining seconds)
        Failed,      ///< DNS could not be asked (timeout, SERVFAIL …)
    };
    Q_ENUM(State)

    using QObject::QObject;

    /** One round over the set's records (set.domain is the zone, for checks that ask its servers). */
    virtual void check(const todoku::RecordSet& set) = 0;
    virtual bool isRunning() const = 0;

signals:
    void recordChecked(int index, RecordPublicationChecker::State state, const QString& found);
    void finished();
};

/**
 * One lookup per record through the configured resolver, compared with the proposed value (TXT joined
 * character-strings, MX preference and exchange, CNAME and PTR targets; case and trailing dots ignored).
 */
class PlainLookupPublicationChecker : public RecordPublicationChecker
{
    Q_OBJECT

public:
    explicit PlainLookupPublicationChecker(todoku::DnsResolver* resolver, QObject* parent = nullptr);

    void check(const todoku::RecordSet& set) override;
    bool isRunning() const override { return m_pending > 0; }

    /** The state of one record given the answer to its lookup (pure; tested directly). */
    static State
    compare(const todoku::ProposedRecord& record, const QList<QString>& foundValues, bool failed);

private:
    QPointer<todoku::DnsResolver> m_resolver;
    QList<QObject*> m_queries;
    int m_pending = 0;
    int m_round = 0;
};
