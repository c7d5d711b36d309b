// SPDX-License-Identifier: GPL-3.0-or-later
// PublicationCheck: whether each record of a RecordSet is really live, asked of every authoritative server
// and of the configured resolver, with the classic mistakes recognised.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/dns/AuthoritativeProbe.h"
#include "core/setup/RecordSet.h"

namespace todoku {

class DnsResolver;

/** Where one record stands. */
enum class PublicationState
{
    Checking,    ///< not asked yet
    Published,   ///< every authoritative server and the resolver return the value
    Different,   ///< the name has records of the type, but not this value
    Missing,     ///< neither the authoritative servers nor the resolver have it
    Propagating, ///< the authoritative servers have it; the resolver still caches the old answer
    Unknown,     ///< no definite answer (every server failed)
};

namespace setup {
/** "checking", "published", "different", "missing", "propagating", "unknown": the JSON spelling. */
QString publicationStateName(PublicationState state);
} // namespace setup

/** What one server (an authoritative one, or the configured resolver) says about a record. */
struct PublicationServerAnswer
{
    QString server;             ///< "ns1.example.jp (192.0.2.53)" or "resolver"
    bool authoritative = false; ///< false: the configured resolver
    DnsOutcome outcome = DnsOutcome::NetworkError;
    QStringList values;       ///< what it returned, in the generator's value form (TXT joined)
    bool matches = false;     ///< one of values equals the expected value after normalising
    quint32 remainingTtl = 0; ///< resolver only: seconds its cached answer (negative or old) still lives
};

/** One record of the set and what DNS says about it. */
struct RecordPublication
{
    ProposedRecord record;
    PublicationState state = PublicationState::Checking;
    QList<PublicationServerAnswer> servers; ///< the authoritative servers first, then the resolver
    /**
     * setup.published, setup.different, setup.missing, setup.propagating, setup.unchecked, and the
     * mistakes: setup.domain-doubled, setup.spf-two-records, setup.quoted-wrongly; plus the probe's dns.*
     * findings when the servers disagree or fail.
     */
    QList<Finding> findings;
    quint32 remainingTtl = 0; ///< Propagating: seconds until the resolver's cached answer expires
};

/** The whole set: one entry per record, in the RecordSet's order. */
struct PublicationReport
{
    QString domain;
    QList<RecordPublication> records;
    int rounds = 0; ///< how many times the set was checked (poll())

    bool allPublished() const;
};

/**
 * Checks a RecordSet's records against live DNS: for each, an AuthoritativeProbe (every server of its zone,
 * UDP and TCP) and the configured resolver, all at once. check() runs one round; poll() repeats rounds every
 * `intervalMs` until every record is published or cancel() is called, emitting recordStateChanged() for each
 * record whose state changed. Values are compared after normalising what panels change without harm
 * (case and spaces for SPF, spaces inside DKIM tags, trailing dots of names). Lives on the resolver's
 * thread; nothing blocks.
 */
class PublicationCheck : public QObject
{
    Q_OBJECT

public:
    explicit PublicationCheck(DnsResolver* resolver, QObject* parent = nullptr);
    ~PublicationCheck() override;

    /** The port authoritative servers are asked on (53; tests use the fixture's port). */
    void setServerPort(quint16 port) { m_port = port; }

    /** One round over `set`; emits roundFinished() then finished(). */
    void check(const RecordSet& set);
    /** Rounds every intervalMs until all records are published (then finished()) or cancel(). */
    void poll(const RecordSet& set, int intervalMs);
    /** Stops polling; a round in flight is dropped and finished() is not emitted. */
    void cancel();
    bool isRunning() const { return m_running; }

    const PublicationReport& report() const { return m_report; }

signals:
    void recordStateChanged(int index, todoku::PublicationState state);
    void roundFinished();
    void finished();

private:
    void startRound();
    void finishRound();
    /** Re-derives one record's state from this round's answers; true if the state changed. */
    bool evaluate(int index);

    struct Work
    {
        QPointer<AuthoritativeProbe> probe;
        DnsAnswer resolverAnswer;
        DnsAnswer doubledAnswer; ///< the name with the domain appended once more
        bool resolverDone = false;
        bool doubledDone = false;
    };

    QPointer<DnsResolver> m_resolver;
    quint16 m_port = 53;
    RecordSet m_set;
    PublicationReport m_report;
    QList<Work> m_work;
    int m_pending = 0;
    int m_generation = 0;
    int m_intervalMs = 0;
    bool m_polling = false;
    bool m_running = false;
    QTimer m_timer;
};

} // namespace todoku

Q_DECLARE_METATYPE(todoku::PublicationState)
