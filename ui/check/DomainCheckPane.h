// SPDX-License-Identifier: GPL-3.0-or-later
// DomainCheckPane: the Domain check workspace — a domain and its sending IPs checked as Gmail sees them.
#pragma once

#include <QWidget>
#include <memory>

#include "core/audit/AuditReport.h"
#include "core/audit/AuthoritativeChecks.h"

class AppSettings;
class QTreeWidgetItem;

namespace Ui {
class DomainCheckPane;
}

namespace todoku {
class DnsResolver;
class DomainAudit;
struct SpfNode;
} // namespace todoku

/**
 * Takes a domain (Unicode accepted), optional sending IPs, HELO name, DKIM selectors and a Spamhaus DQS
 * key, runs DomainAudit on them (with the MTA-STS, TLS-RPT and BIMI checks, as todoku-cli check does) and
 * shows the report as it fills in: one checklist row per item with its status icon, expandable to its
 * findings (why, how to fix, evidence), Gmail's sender requirements with their reply codes, the SPF include
 * trees with their lookup counts, and every DNS query made. Texts come from the catalogs at display time,
 * so a language switch re-renders the same report. Never blocks: the audit runs on the event loop.
 */
class DomainCheckPane : public QWidget
{
    Q_OBJECT

public:
    /** Item data roles of checklistTreeWidget's rows (stable values, for tests). */
    static constexpr int CHECK_ROLE = Qt::UserRole + 16;   ///< item rows: the check id ("mx", "ptr" …)
    static constexpr int SUBJECT_ROLE = Qt::UserRole + 17; ///< item rows: the subject (ASCII)
    /**
     * Item rows: "pending", "running", "cancelled", "timed-out", or once done the status "ok", "info",
     * "warning", "error"; requirement rows: "pass", "fail", "unknown"; finding rows: the severity name.
     */
    static constexpr int STATUS_ROLE = Qt::UserRole + 18;
    static constexpr int FINDING_ID_ROLE = Qt::UserRole + 19;     ///< finding rows: the finding id
    static constexpr int REQUIREMENT_ID_ROLE = Qt::UserRole + 20; ///< requirement rows: "ptr", "dmarc" …

    explicit DomainCheckPane(todoku::DnsResolver* resolver, QWidget* parent = nullptr);
    ~DomainCheckPane() override;

    /** Fills the input fields (IPs and selectors separated by commas or spaces). */
    void setInputs(const QString& domain,
                   const QString& ips = {},
                   const QString& helo = {},
                   const QString& selectors = {});
    /** Restores the last inputs from `settings` and stores them there at each check (null: none). */
    void setSettings(AppSettings* settings);
    /** Checks what the fields say; false (with the reason shown under the fields) if they do not parse. */
    bool startCheck();
    /** Stops a running check; the items not done are marked cancelled. */
    void cancel();

    /** Blocklists to ask instead of the shipped ones (tests and local mirrors). */
    void setDnsblLists(const QList<todoku::DnsblList>& lists) { m_dnsblLists = lists; }
    /** How the "why temperror?" items reach the zone's servers (port 53; tests use the fixture's). */
    void setAuthoritativeOptions(const todoku::audit::AuthoritativeCheckOptions& options)
    {
        m_authoritativeOptions = options;
    }
    /** Each item's deadline (DomainAudit::setItemTimeoutMs); 0: none. */
    void setItemTimeoutMs(int ms) { m_itemTimeoutMs = ms; }

    bool isBusy() const { return m_audit != nullptr; }
    /** The report so far (during a check) or the last one. */
    const todoku::AuditReport& report() const;
    /** The report as plain text in the current language (what Copy report puts on the clipboard). */
    QString reportText() const;
    /** Writes the report to `path`: JSON (todoku-cli check --json) if it ends in .json, else text. */
    bool exportReport(const QString& path, QString* error = nullptr) const;

signals:
    /** The check ended, done or cancelled. */
    void checkFinished();

protected:
    void changeEvent(QEvent* event) override;

private slots:
    void onStarted();
    void onItemFinished(int index);
    void onFinished();
    void onCopyReportClicked();
    void onExportClicked();

private:
    void retranslate();
    void updateWidgets();
    void updateProgress();
    void showReport();
    void fillSummary();
    void fillItemRow(QTreeWidgetItem* row, const todoku::AuditItem& item);
    void fillSpf();
    void addSpfNode(QTreeWidgetItem* parent, const todoku::SpfNode& node, bool evaluation);
    void fillDnsQueries();
    void showProblem(const QString& text, QWidget* field);
    void setStatus(const QString& text);
    void fitResultColumn();

    const std::unique_ptr<Ui::DomainCheckPane> m_ui;
    todoku::DnsResolver* m_resolver;
    AppSettings* m_settings = nullptr;
    todoku::DomainAudit* m_audit = nullptr; ///< the running check (a child), null when idle
    todoku::AuditReport m_report;           ///< the last finished report
    QList<todoku::DnsblList> m_dnsblLists;
    todoku::audit::AuthoritativeCheckOptions m_authoritativeOptions;
    int m_itemTimeoutMs = 30000;
    bool m_hasReport = false;
};
