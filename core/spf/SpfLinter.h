// SPDX-License-Identifier: GPL-3.0-or-later
// SpfLinter: what is wrong or risky in an SPF record and in everything it includes.
#pragma once

#include <QObject>
#include <QPointer>

#include "core/spf/SpfResult.h"

namespace todoku {

class DnsResolver;
class SpfEvaluator;

/** A lint of one domain's SPF (or of a record not yet published), with the include tree behind it. */
struct SpfLintReport
{
    QString domain;
    QString record;           ///< the record linted (published or given)
    SpfNode includeTree;      ///< every record reachable, each branch with its lookup cost
    QList<DnsAnswer> queries; ///< what the lint asked DNS
    QList<Finding> findings;

    int lookups() const { return includeTree.lookups; }
    int voidLookups() const { return includeTree.voidLookups; }
};

namespace spf {

/**
 * Problems visible in the record alone: ptr (spf.ptr-mechanism), +all (spf.all-pass), ?all, no all,
 * ~all advice, terms after all, redirect= ignored beside all, duplicate or overlapping ip4/ip6 networks,
 * a record over 255 characters that must be split into strings.
 */
QList<Finding> lintRecord(const SpfRecord& record, const QString& domain);

/**
 * Problems of the whole tree: over 10 lookups with each branch's cost and the ways out, void lookups,
 * includes without a record, several records or syntax errors anywhere below, and a TXT answer at the
 * domain close to the 512-byte UDP limit (`txt`: the domain's own TXT answer, if asked).
 */
QList<Finding> lintTree(const SpfNode& tree, const DnsAnswer* txt);

/** DESIGN.md `spf-lint` JSON: domain, record, lookups, voidLookups, includeTree, findings. */
QJsonObject toJson(const SpfLintReport& report);

} // namespace spf

/**
 * Lints a domain's SPF: walks the include tree through SpfEvaluator (its Explore passes fetch every
 * branch), then applies lintRecord and lintTree. Emits finished() once, from the event loop.
 */
class SpfLinter : public QObject
{
    Q_OBJECT

public:
    explicit SpfLinter(DnsResolver* resolver, QObject* parent = nullptr);
    ~SpfLinter() override;

    /** `domain` in ASCII; `record`: lint this text as if it were published at the domain. */
    void start(const QString& domain, const std::optional<QString>& record = std::nullopt);
    const SpfLintReport& report() const { return m_report; }

signals:
    void finished();

private:
    void onEvaluated();

    QPointer<DnsResolver> m_resolver;
    SpfEvaluator* m_evaluator = nullptr;
    SpfLintReport m_report;
    bool m_typed = false;
};

} // namespace todoku
