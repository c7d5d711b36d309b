// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smtp/HeloName.h"

#include <QRegularExpression>
#include <QStringList>

namespace todoku::smtp {

namespace {

QString withoutDot(QString name)
{
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    return name;
}

// Suffixes that never exist in public DNS (RFC 6762 .local, RFC 8375 home.arpa, and common LAN habits).
const QStringList PRIVATE_SUFFIXES = {QStringLiteral(".local"),
                                      QStringLiteral(".localdomain"),
                                      QStringLiteral(".lan"),
                                      QStringLiteral(".home"),
                                      QStringLiteral(".home.arpa"),
                                      QStringLiteral(".internal"),
                                      QStringLiteral(".intranet"),
                                      QStringLiteral(".corp")};

} // namespace

HeloProblem checkHeloName(const QString& raw)
{
    const QString name = withoutDot(raw.trimmed()).toLower();
    if (name.isEmpty()) {
        return HeloProblem::Empty;
    }
    if (name == u"localhost" || name.startsWith(QLatin1String("localhost."))) {
        return HeloProblem::Localhost;
    }
    if (name.startsWith(u'[')
        || QHostAddress(name).protocol() != QAbstractSocket::UnknownNetworkLayerProtocol) {
        return HeloProblem::IpLiteral;
    }
    if (!name.contains(u'.')) {
        return HeloProblem::NotFqdn;
    }
    for (const QString& suffix : PRIVATE_SUFFIXES) {
        if (name.endsWith(suffix)) {
            return HeloProblem::NotFqdn;
        }
    }
    return HeloProblem::None;
}

QString heloFindingId(HeloProblem problem)
{
    switch (problem) {
    case HeloProblem::None:
        return {};
    case HeloProblem::Empty:
    case HeloProblem::NotFqdn:
        return QStringLiteral("helo.not-fqdn");
    case HeloProblem::Localhost:
        return QStringLiteral("helo.localhost");
    case HeloProblem::IpLiteral:
        return QStringLiteral("helo.ip-literal");
    }
    Q_UNREACHABLE();
}

bool isGenericReverseName(const QString& raw, const QHostAddress& ip)
{
    const QString name = withoutDot(raw.trimmed()).toLower();
    if (name.isEmpty() || !name.contains(u'.')) {
        return false;
    }
    // Only the host part, not the provider's domain: "mail.dynamic-dns.example" is not generic.
    const QStringList labels = name.split(u'.');
    const QString host = labels.mid(0, qMax<qsizetype>(1, labels.size() - 2)).join(u'.');
    static const QRegularExpression WORDS(QStringLiteral(
        R"((?:^|[.\-_0-9])(dynamic|dyn|dhcp|ppp|pppoe|pool|dsl|adsl|vdsl|cable|dialup|dial|)"
        R"(broadband|bb|client|cust|customer|home|user|flets|ipbf|ftth|wifi|mobile)(?:[.\-_0-9]|$))"));
    if (WORDS.match(host).hasMatch()) {
        return true;
    }
    // The address's octets written into the name, in either order, dashed or dotted.
    if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = ip.toIPv4Address();
        const QStringList o = {QString::number(v >> 24),
                               QString::number((v >> 16) & 0xff),
                               QString::number((v >> 8) & 0xff),
                               QString::number(v & 0xff)};
        for (const QChar sep : {u'-', u'.', u'x'}) {
            const QString forward = o.join(sep);
            const QString backward = QStringList{o[3], o[2], o[1], o[0]}.join(sep);
            if (host.contains(forward) || host.contains(backward)) {
                return true;
            }
        }
        // The last two octets as digits in the first label, e.g. "p113005-…" or "host-113-5".
        static const QRegularExpression DIGITS(QStringLiteral(R"(\d+)"));
        int numbers = 0;
        auto it = DIGITS.globalMatch(labels.first());
        while (it.hasNext()) {
            const QString d = it.next().captured(0);
            numbers += (d == o[2] || d == o[3]) ? 1 : 0;
        }
        if (numbers >= 2) {
            return true;
        }
    }
    // Four number groups in one label ("h203-0-113-5"), or a "pNNNN-ipXX" ISP label.
    static const QRegularExpression NUMERIC(QStringLiteral(
        R"((?:^|[.\-])\D{0,3}\d{1,3}[\-.x]\d{1,3}[\-.x]\d{1,3}[\-.x]\d{1,3}(?:[.\-]|$)|^p\d+-ip)"));
    return NUMERIC.match(host).hasMatch();
}

} // namespace todoku::smtp
