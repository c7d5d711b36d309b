// SPDX-License-Identifier: GPL-3.0-or-later
// SetupPlan: what the user told the setup wizard about how a domain sends and receives mail.
#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/Result.h"
#include "core/diagnosis/Finding.h"
#include "core/dmarc/DmarcRecord.h"
#include "core/setup/ExistingRecords.h"

namespace todoku {

/**
 * The wizard's inputs, as typed (Unicode domain names accepted). A value type: the wizard, the CLI's
 * `generate` and a saved setup file (toJson/fromJson) all hold one, so a setup can be left and resumed.
 */
struct SetupPlan
{
    /** Which mail the domain receives. */
    enum class Receiving
    {
        MailHost, ///< MX pointing at mailHost
        NullMx,   ///< send-only domain: "MX 0 ." (RFC 7505)
        Unchanged ///< a hosting company or service already runs the MX: leave it alone
    };
    /** Who makes the DKIM key. */
    enum class DkimMode
    {
        Generate,       ///< Todoku makes a key pair (keyType, selector)
        ProviderValues, ///< the mail service signs and gave CNAME/TXT values (providerDkimRecords)
        None,           ///< no DKIM for now (reported as a Gmail requirement not met)
    };

    QString domain;
    QStringList ipAddresses; ///< the own servers' sending addresses, IPv4 and IPv6, as typed
    QStringList providers;   ///< ids from the provider catalog (Google Workspace, SES, …)
    QString mailHost;        ///< the mail server's host name: MX target, PTR value, HELO name
    Receiving receiving = Receiving::MailHost;
    DkimMode dkimMode = DkimMode::Generate;
    QString selector;
    QString keyType = QStringLiteral("rsa2048");
    QList<ProposedRecord> providerDkimRecords;
    DmarcPolicy dmarcPolicy = DmarcPolicy::None;
    QString reportAddress; ///< rua, e.g. dmarc-reports@example.jp
    bool strictSpf = true; ///< -all rather than ~all
    bool spfA = false;     ///< opt-in SPF `a`: the domain's own A/AAAA addresses may send (one lookup)
    bool spfMx = false;    ///< opt-in SPF `mx`: the domain's MX hosts may send (one lookup + their addresses)
    quint32 ttl = 3600;
    QString registrar = QStringLiteral("generic");
    /** The SPF and DMARC records the domain publishes now (found live, or given): merged, not duplicated. */
    ExistingRecords existing;

    QJsonObject toJson() const;
    static SetupPlan fromJson(const QJsonObject& json);
};

/**
 * Checks a SetupPlan field by field and says what is wrong in terms a user can act on: findings with ids
 * setup.input.* whose first argument is the field name ("domain", "ipAddresses", "mailHost", "selector",
 * "reportAddress"), so a wizard page shows each message beside its field.
 */
class SetupPlanValidator
{
public:
    /** All problems of the plan; an empty list means it can be generated. Warnings do not block. */
    static QList<Finding> validate(const SetupPlan& plan);
    /** Only the findings about one field. */
    static QList<Finding> validateField(const SetupPlan& plan, const QString& field);
    /** True if no finding is an Error. */
    static bool canGenerate(const QList<Finding>& findings);

    /** An address Gmail can never receive from directly (private, loopback, link-local, documentation …). */
    static bool isNonPublic(const QHostAddress& address);
    /** RFC 6376 §3.1: a selector is dot-separated labels of letters, digits and hyphens (plus '_'). */
    static bool isValidSelector(const QString& selector);
};

} // namespace todoku
