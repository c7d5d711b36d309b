// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setup/PublicationCheck.h"

#include <QRegularExpression>

#include "core/dns/DnsName.h"
#include "core/dns/DnsQuery.h"
#include "core/dns/DnsResolver.h"

namespace todoku {

namespace {

bool isDkim(const ProposedRecord& r)
{
    return r.purpose == QLatin1String("dkim")
           || r.value.startsWith(QLatin1String("v=DKIM1"), Qt::CaseInsensitive);
}

bool isSpf(const QString& value)
{
    return value.compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) == 0
           || value.startsWith(QLatin1String("v=spf1 "), Qt::CaseInsensitive);
}

/**
 * The form two values are compared in. What a panel may change without changing meaning is removed:
 * spaces inside a DKIM tag list (RFC 6376 §3.2 allows FWS around tags and inside base64), case and repeated
 * spaces in SPF (RFC 7208 §4.6.1), case and the trailing dot of names.
 */
QString normalized(const ProposedRecord& r, const QString& value)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    if (r.type == QLatin1String("TXT")) {
        if (isDkim(r)) {
            QString v = value;
            v.remove(spaces);
            return v.endsWith(u';') ? v.chopped(1) : v;
        }
        QString v = value.simplified();
        return isSpf(v) ? v.toLower() : v;
    }
    QString v = value.simplified().toLower();
    return v.endsWith(u'.') && v != QLatin1String(".") && !v.endsWith(QLatin1String(" .")) ? v.chopped(1) : v;
}

/** A value with the quote characters a panel kept literally removed: `"v=DKIM1; " "p=…"` typed into one
 * field. */
QString withoutQuotes(const QString& value)
{
    static const QRegularExpression joins(QStringLiteral("\"\\s*\""));
    QString v = value;
    v.replace(joins, QString());
    v.remove(u'"');
    v.remove(u'\\');
    return v;
}

QStringList valuesOf(const DnsAnswer& a)
{
    QStringList out;
    for (const DnsRecord& r : a.records) {
        switch (r.type) {
        case DnsRecordType::TXT:
            out.append(QString::fromUtf8(r.joinedText()));
            break;
        case DnsRecordType::CNAME:
        case DnsRecordType::PTR:
        case DnsRecordType::NS:
            out.append(dns::absoluteName(r.target));
            break;
        default:
            out.append(r.presentation());
            break;
        }
    }
    return out;
}

bool anyMatches(const ProposedRecord& r, const QStringList& values)
{
    const QString want = normalized(r, r.value);
    for (const QString& v : values) {
        if (normalized(r, v) == want) {
            return true;
        }
    }
    return false;
}

PublicationServerAnswer
serverAnswer(const ProposedRecord& r, const QString& server, const DnsAnswer& a, bool authoritative)
{
    PublicationServerAnswer s;
    s.server = server;
    s.authoritative = authoritative;
    s.outcome = a.outcome;
    s.values = valuesOf(a);
    s.matches = anyMatches(r, s.values);
    if (!authoritative) {
        if (a.isAnswer()) {
            quint32 ttl = 0;
            for (const DnsRecord& rec : a.records) {
                ttl = ttl == 0 ? rec.ttl : qMin(ttl, rec.ttl);
            }
            s.remainingTtl = ttl;
        } else {
            s.remainingTtl = a.negativeTtl;
        }
    }
    return s;
}

} // namespace

QString setup::publicationStateName(PublicationState state)
{
    switch (state) {
    case PublicationState::Checking:
        return QStringLiteral("checking");
    case PublicationState::Published:
        return QStringLiteral("published");
    case PublicationState::Different:
        return QStringLiteral("different");
    case PublicationState::Missing:
        return QStringLiteral("missing");
    case PublicationState::Propagating:
        return QStringLiteral("propagating");
    case PublicationState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

bool PublicationReport::allPublished() const
{
    for (const RecordPublication& r : records) {
        if (r.state != PublicationState::Published) {
            return false;
        }
    }
    return !records.isEmpty();
}

PublicationCheck::PublicationCheck(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PublicationCheck::startRound);
}

PublicationCheck::~PublicationCheck() = default;

void PublicationCheck::check(const RecordSet& set)
{
    poll(set, -1);
}

void PublicationCheck::poll(const RecordSet& set, int intervalMs)
{
    cancel();
    m_set = set;
    m_report = {};
    m_report.domain = set.domain;
    for (const ProposedRecord& r : set.records) {
        RecordPublication p;
        p.record = r;
        m_report.records.append(p);
    }
    m_intervalMs = intervalMs;
    m_polling = intervalMs >= 0;
    m_running = true;
    startRound();
}

void PublicationCheck::cancel()
{
    m_timer.stop();
    ++m_generation; // answers of a dropped round are ignored
    for (Work& w : m_work) {
        if (w.probe) {
            w.probe->deleteLater();
        }
    }
    m_work.clear();
    m_pending = 0;
    m_running = false;
}

void PublicationCheck::startRound()
{
    if (!m_resolver) {
        return;
    }
    const int generation = ++m_generation;
    m_work = QList<Work>(m_report.records.size());
    m_pending = 0;
    const QString suffix = m_set.domain.isEmpty() ? QString() : QStringLiteral(".") + m_set.domain;
    for (int i = 0; i < m_report.records.size(); ++i) {
        const ProposedRecord& r = m_report.records.at(i).record;
        const auto type = dns::parseType(r.type);
        if (!type) {
            continue;
        }
        const QString name = dns::withoutTrailingDot(r.name);
        auto* probe = new AuthoritativeProbe(m_resolver, this);
        probe->setServerPort(m_port);
        m_work[i].probe = probe;
        ++m_pending;
        connect(probe, &AuthoritativeProbe::finished, this, [this, generation] {
            if (generation == m_generation && --m_pending == 0) {
                finishRound();
            }
        });
        probe->probe(name, *type);
        // The resolver's view, and the name a panel that appends the domain makes of a full name.
        const auto ask = [this, i, generation](const QString& n, DnsRecordType t, bool doubled) {
            ++m_pending;
            m_resolver->ask(n, t, this, [this, i, generation, doubled](const DnsAnswer& answer) {
                if (generation != m_generation) {
                    return;
                }
                Work& w = m_work[i];
                (doubled ? w.doubledAnswer : w.resolverAnswer) = answer;
                (doubled ? w.doubledDone : w.resolverDone) = true;
                if (--m_pending == 0) {
                    finishRound();
                }
            });
        };
        ask(name, *type, false);
        if (!suffix.isEmpty() && (name == m_set.domain || name.endsWith(suffix))) {
            ask(name + suffix, *type, true);
        }
    }
    if (m_pending == 0) {
        finishRound();
    }
}

bool PublicationCheck::evaluate(int index)
{
    RecordPublication& p = m_report.records[index];
    const Work& w = m_work.at(index);
    const ProposedRecord& r = p.record;
    const QString name = dns::withoutTrailingDot(r.name);
    p.servers.clear();
    p.findings.clear();
    p.remainingTtl = 0;
    const PublicationState before = p.state;

    bool authHas = false, authAll = true, authDefinite = false, authNegativeOnly = true;
    QStringList others;
    if (w.probe) {
        const AuthoritativeReport& ar = w.probe->report();
        for (const AuthoritativeServerResult& s : ar.servers) {
            const DnsAnswer& a = s.best();
            PublicationServerAnswer sa =
                serverAnswer(r, QStringLiteral("%1 (%2)").arg(s.host, s.server.address.toString()), a, true);
            if (dns::isDefinite(a.outcome) && !s.lame) {
                authDefinite = true;
                authHas = authHas || sa.matches;
                authAll = authAll && sa.matches;
                authNegativeOnly = authNegativeOnly && !a.isAnswer();
                if (!sa.matches) {
                    others += sa.values;
                }
            }
            p.servers.append(sa);
        }
        for (const Finding& f : ar.findings) {
            if (f.id != QLatin1String("dns.servers-agree")) {
                p.findings.append(f);
            }
        }
    }
    const PublicationServerAnswer resolver =
        serverAnswer(r, QStringLiteral("resolver"), w.resolverAnswer, false);
    p.servers.append(resolver);
    if (!resolver.matches) {
        others += resolver.values;
    }
    others.removeDuplicates();

    const QString type = r.type;
    const bool resolverDefinite = dns::isDefinite(resolver.outcome);
    if ((authDefinite ? authAll : true) && resolver.matches) {
        p.state = PublicationState::Published;
    } else if (authHas && !resolver.matches && resolverDefinite) {
        p.state = PublicationState::Propagating;
        p.remainingTtl = resolver.remainingTtl;
    } else if (!authDefinite && !resolverDefinite) {
        p.state = PublicationState::Unknown;
    } else if ((authDefinite ? authNegativeOnly : true) && !w.resolverAnswer.isAnswer() && !authHas) {
        p.state = PublicationState::Missing;
    } else if (authHas && !authAll) {
        // Some authoritative servers have it, some do not: the probe's dns.servers-disagree says which.
        p.state = PublicationState::Propagating;
        p.remainingTtl = resolver.remainingTtl;
    } else {
        p.state = PublicationState::Different;
    }

    const QString shown = others.join(QStringLiteral(" | "));
    switch (p.state) {
    case PublicationState::Published:
        p.findings.prepend(Finding::make(QStringLiteral("setup.published"), Severity::Ok, {name, type}));
        break;
    case PublicationState::Propagating:
        p.findings.prepend(Finding::make(QStringLiteral("setup.propagating"),
                                         Severity::Info,
                                         {name, type, QString::number(p.remainingTtl)}));
        break;
    case PublicationState::Missing:
        p.findings.prepend(
            Finding::make(QStringLiteral("setup.missing"), Severity::Error, {name, type}).withRecord(r));
        break;
    case PublicationState::Different:
        p.findings.prepend(
            Finding::make(QStringLiteral("setup.different"), Severity::Error, {name, type, r.value, shown})
                .withEvidence(Evidence::dns(name, type, shown))
                .withRecord(r));
        break;
    case PublicationState::Unknown:
    case PublicationState::Checking:
        p.findings.prepend(Finding::make(QStringLiteral("setup.unchecked"), Severity::Warning, {name, type}));
        break;
    }

    // The classic mistakes.
    if (p.state != PublicationState::Published && w.doubledDone && w.doubledAnswer.isAnswer()) {
        const QStringList doubledValues = valuesOf(w.doubledAnswer);
        p.findings.append(Finding::make(QStringLiteral("setup.domain-doubled"),
                                        Severity::Error,
                                        {w.doubledAnswer.name, name, m_set.domain})
                              .withEvidence(Evidence::dns(
                                  w.doubledAnswer.name, type, doubledValues.join(QStringLiteral(" | ")))));
    }
    if (p.state == PublicationState::Different && r.type == QLatin1String("TXT")) {
        const QString want = normalized(r, withoutQuotes(r.value));
        for (const QString& v : std::as_const(others)) {
            if (normalized(r, withoutQuotes(v)) == want) {
                p.findings.append(
                    Finding::make(QStringLiteral("setup.quoted-wrongly"), Severity::Error, {name, v})
                        .withEvidence(Evidence::dns(name, type, v)));
                break;
            }
        }
    }
    if (r.type == QLatin1String("TXT") && isSpf(r.value)) {
        QStringList spf;
        for (const PublicationServerAnswer& s : std::as_const(p.servers)) {
            for (const QString& v : s.values) {
                if (isSpf(v.simplified()) && !spf.contains(v)) {
                    spf.append(v);
                }
            }
        }
        if (spf.size() > 1) {
            // RFC 7208 §4.5: two SPF records make every evaluation a permerror, whichever is right.
            if (p.state == PublicationState::Published) {
                p.state = PublicationState::Different;
                p.findings.first() = Finding::make(QStringLiteral("setup.different"),
                                                   Severity::Error,
                                                   {name, type, r.value, spf.join(QStringLiteral(" | "))});
            }
            Finding f = Finding::make(QStringLiteral("setup.spf-two-records"),
                                      Severity::Error,
                                      {name, QString::number(spf.size())});
            for (const QString& v : std::as_const(spf)) {
                f.withEvidence(Evidence::dns(name, type, v));
            }
            p.findings.append(f);
        }
    }
    return p.state != before;
}

void PublicationCheck::finishRound()
{
    // Evaluate every record before any signal: a slot may cancel() or poll() again, which replaces m_work.
    QList<int> changed;
    for (int i = 0; i < m_report.records.size(); ++i) {
        if (evaluate(i)) {
            changed.append(i);
        }
    }
    for (Work& w : m_work) {
        if (w.probe) {
            w.probe->deleteLater();
        }
    }
    m_work.clear();
    ++m_report.rounds;
    const int generation = m_generation;
    for (const int i : std::as_const(changed)) {
        emit recordStateChanged(i, m_report.records.at(i).state);
        if (generation != m_generation) {
            return; // cancelled or restarted from a slot
        }
    }
    emit roundFinished();
    if (generation != m_generation) {
        return;
    }
    if (!m_polling || m_report.allPublished()) {
        m_running = false;
        emit finished();
        return;
    }
    m_timer.start(qMax(0, m_intervalMs));
}

} // namespace todoku
