// SPDX-License-Identifier: GPL-3.0-or-later
// SetupWizard: the Setup workspace — a guided path from "my domain" to every record published and live.
#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "core/dkim/DkimKeyGenerator.h"
#include "core/setup/ExistingRecords.h"
#include "core/setup/PublicationCheck.h"
#include "core/setup/RecordSet.h"
#include "core/setup/RegistrarPreset.h"
#include "core/setup/SetupPlan.h"
#include "core/spf/SpfProviderCatalog.h"

class QLabel;
template <typename T>
class QFutureWatcher;

namespace Ui {
class SetupWizard;
}

namespace todoku {
class DnsResolver;
} // namespace todoku

/**
 * Pages: domain → how you send → servers and IPs → DKIM → DMARC → review → verify. Every page checks its
 * fields through SetupPlanValidator before Next; the records come from RecordSetGenerator, the same path as
 * `todoku-cli generate`, and the review table renders them through RecordRenderer for the chosen panel.
 * Key generation runs on a worker (QtConcurrent); the key file is written by DkimKeyGenerator (0600,
 * atomic). The verify page runs the core PublicationCheck (every authoritative server and the resolver, the
 * classic mistakes recognised), the same check as `todoku-cli verify-published`, polling until every record
 * is published, the page is left or the user stops it; nothing blocks the UI thread.
 */
class SetupWizard : public QWidget
{
    Q_OBJECT

public:
    enum Page
    {
        DomainPage,
        SendingPage,
        ServersPage,
        DkimPage,
        DmarcPage,
        ReviewPage,
        VerifyPage,
        PageCount
    };
    /** Columns of recordsTableWidget. */
    enum ReviewColumn
    {
        HostColumn,
        TypeColumn,
        ValueColumn,
        TtlColumn,
        PurposeColumn,
        ReviewColumnCount
    };
    /** Item data role of a review row's first cell: the index into recordSet().records. */
    static constexpr int RECORD_INDEX_ROLE = Qt::UserRole + 17;
    /** Columns of verifyTableWidget. */
    enum VerifyColumn
    {
        VerifyNameColumn,
        VerifyTypeColumn,
        VerifyStateColumn,
        VerifyValueColumn,
        VerifyColumnCount
    };
    /** Item data role of a verify row's state cell: the todoku::PublicationState as int. */
    static constexpr int STATE_ROLE = Qt::UserRole + 18;
    /** Item data role of a verify row's state cell: the finding ids of its last check (QStringList). */
    static constexpr int FINDINGS_ROLE = Qt::UserRole + 19;
    static constexpr int POLL_INTERVAL_MS = 30000;

    explicit SetupWizard(todoku::DnsResolver* resolver, QWidget* parent = nullptr);
    ~SetupWizard() override;

    int currentPage() const;
    /** Validates the current page and moves on; false (messages shown) if the page has errors. */
    bool next();
    void back();
    void goToPage(int page);

    /** The plan as the pages hold it now. */
    todoku::SetupPlan plan() const;
    /** Fills every page from a plan (what Open does). */
    void setPlan(const todoku::SetupPlan& plan);
    /** The records of the current plan (with the generated DKIM key's record, if any). */
    const todoku::RecordSet& recordSet() const { return m_recordSet; }
    bool isGeneratingKey() const;
    /** The private key file written by the last successful generation (empty if none). */
    QString writtenKeyFile() const { return m_keyFile; }

    bool saveTo(const QString& path, QString* error = nullptr) const;
    bool openFrom(const QString& path, QString* error = nullptr);

    /**
     * The verify page's engine, made over the wizard's resolver. Tests set its server port (the fixture's)
     * through it; setPublicationCheck() replaces it (the wizard takes ownership).
     */
    todoku::PublicationCheck* publicationCheck() const { return m_check; }
    void setPublicationCheck(todoku::PublicationCheck* check);
    /** Milliseconds between two rounds while "keep checking" is on (POLL_INTERVAL_MS by default). */
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }
    /** Starts checking now: one round, or rounds until all are published while "keep checking" is on. */
    void checkNow();
    /** Stops checking (a round in flight is dropped); leaving the verify page does the same. */
    void stopChecking();
    bool isChecking() const;
    /** True while the review page asks DNS for the SPF and DMARC records the domain publishes now. */
    bool isLookingUpExisting() const;

signals:
    void keyGenerated();
    void recordsChanged();
    /** A round of the publication check ended and the verify table shows its states. */
    void verificationFinished();

protected:
    void changeEvent(QEvent* event) override;

private slots:
    void onGenerateKeyClicked();
    void onBrowseKeyClicked();
    void onKeyFinished();
    void onRegistrarChanged();
    void onCopyValueClicked();
    void onCopyRowClicked();
    void onCopyAllClicked();
    void onExportZoneClicked();
    void onExportCsvClicked();
    void onSaveClicked();
    void onOpenClicked();
    void onPublicationRound();
    void onPublicationFinished();
    void onExistingFound();

private:
    void retranslate();
    void fillCombos();
    void updateNavigation();
    void updateDkimWidgets();
    void updateDmarcPlan();
    void updateLetter();
    bool validatePage(int page);
    void showMessages(int page, const QList<todoku::Finding>& findings);
    void regenerate();
    void fillReviewTable();
    void fillVerifyTable();
    void showPublication(int row);
    void showPublicationDetails();
    void updateVerifyButtons();
    void lookUpExisting();
    void updateExistingLabel();
    QString rowText(int row) const;
    todoku::RegistrarPreset currentPreset() const;
    QString defaultKeyPath() const;
    void exportTo(const QString& suggestedName, const QString& filter, const QString& content);

    const std::unique_ptr<Ui::SetupWizard> m_ui;
    todoku::DnsResolver* m_resolver = nullptr;
    const todoku::SpfProviderCatalog m_providers;
    const todoku::RegistrarCatalog m_registrars;
    todoku::RecordSet m_recordSet;
    /** What the key worker hands back: the record, or why there is none, and where the key was written. */
    struct GeneratedKey;
    /** Which page's label shows that page's validation messages (nullptr for pages without fields). */
    QLabel* messageLabel(int page) const;

    std::optional<todoku::ProposedRecord>
        m_dkimRecord; ///< the generated key's record (its name: selector, domain)
    QString m_keyFile;
    QFutureWatcher<GeneratedKey>* m_keyWatcher = nullptr;
    todoku::PublicationCheck* m_check = nullptr;
    int m_pollIntervalMs = POLL_INTERVAL_MS;
    todoku::PublicationReport m_publication; ///< the last round's report, as the verify table shows it
    todoku::ExistingRecordsLookup* m_existingLookup = nullptr;
    /** What the domain publishes now, merged into the records; valid for m_existingDomain only. */
    todoku::ExistingRecords m_existing;
    QString m_existingDomain;
    bool m_existingFailed = false;
};
