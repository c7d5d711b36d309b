// SPDX-License-Identifier: GPL-3.0-or-later
// SpfEvaluator: RFC 7208 check_host() on the asynchronous DNS engine.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <unordered_map>

#include "core/spf/SpfResult.h"

namespace todoku {

class DnsQuery;
class DnsResolver;

namespace spf {

/**
 * The answers an evaluation has so far, keyed by (lower-case name, type), and each SPF record text parsed
 * once: every pass walks the whole tree again, and parsing was most of a pass's work.
 */
class SpfAnswerCache
{
public:
    const DnsAnswer* find(const QString& name, DnsRecordType type) const;
    void insert(const DnsAnswer& answer);
    static QString keyOf(const QString& name, DnsRecordType type);
    /** SpfRecord::parse(text), remembered. */
    const Result<SpfRecord>& parsed(const QString& text) const;

private:
    // Node-based maps: an evaluation holds a handful of answers, and QHash's first block of storage
    // (48 entries of ~170 bytes) was most of the memory a concurrent evaluation took.
    std::unordered_map<QString, DnsAnswer> m_answers;
    mutable std::unordered_map<QString, Result<SpfRecord>> m_parsed;
};

/** A query a pass needed and the cache did not hold. */
struct SpfMissingQuery
{
    QString name;
    DnsRecordType type = DnsRecordType::TXT;
};

/**
 * One synchronous pass of check_host() over the answers fetched so far. It never queries DNS: where an
 * answer is missing it notes the query. In Exact mode it stops there (the driver fetches and runs again);
 * it is otherwise RFC 7208 to the letter. In Explore mode it walks every term of every reachable record,
 * past matches and past the limits, so that one round of queries fetches everything a later exact pass
 * could need — independent lookups in flight together — and the include tree gets each branch's cost.
 */
struct SpfPassOutput
{
    SpfResult result;
    QList<SpfMissingQuery> missing;
    bool complete() const { return missing.isEmpty(); }
};

enum class SpfPassMode
{
    Exact,
    Explore,
};

SpfPassOutput runPass(const SpfRequest& request, const SpfAnswerCache& cache, SpfPassMode mode);

} // namespace spf

/**
 * Evaluates one SPF request. Rounds of Explore passes fetch, in parallel, every TXT/A/AAAA/MX/PTR the
 * reachable records name (up to a query budget); then an Exact pass over those answers gives the result,
 * fetching any last answer it lacks. The resolver is typically a DnsSession shared by a whole check.
 * Emits finished() once, always from the event loop.
 */
class SpfEvaluator : public QObject
{
    Q_OBJECT

public:
    explicit SpfEvaluator(DnsResolver* resolver, QObject* parent = nullptr);
    ~SpfEvaluator() override;

    /** At most this many queries are sent for the include tree beyond what the evaluation itself needs. */
    void setExploreBudget(int queries) { m_exploreBudget = queries; }

    void start(const SpfRequest& request);
    bool isFinished() const { return m_finished; }
    const SpfResult& result() const { return m_result; }

signals:
    void finished();

private:
    void advance();
    void send(const QList<spf::SpfMissingQuery>& queries);
    void onAnswer(const QString& name, DnsRecordType type, DnsAnswer answer);
    void finish(spf::SpfPassOutput exact, const spf::SpfPassOutput& explore);

    QPointer<DnsResolver> m_resolver;
    SpfRequest m_request;
    spf::SpfAnswerCache m_cache;
    QSet<QString> m_inFlight;
    QList<DnsAnswer> m_arrivals;
    SpfResult m_result;
    int m_exploreBudget = 200;
    int m_sent = 0;
    bool m_exploring = true;
    bool m_advanceQueued = false;
    bool m_finished = false;
};

} // namespace todoku
