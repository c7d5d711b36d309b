// SPDX-License-Identifier: GPL-3.0-or-later
// SetupWizard: the Setup workspace — a guided path from "my domain" to every record published and live.
#pragma once

#include <QWidget>
#include <memory>
#include <optional>

#include "core/dkim/DkimKeyGenerator.h"
#include "core/setup/RecordSet.h"
#include "core/setup/RegistrarPreset.h"
#include "core/setup/SetupPlan.h"
#include "core/spf/SpfProviderCatalog.h"
#include "ui/setup/RecordPublicationChecker.h"

class QLabel;
class QTimer;
template <typename T>
class QFutureWatcher;

namespace Ui {
class SetupWizard;
}

namespace todoku {
class DnsResolver;
}

/**
 * Pages: domain → how you send → servers and IPs → DKIM → DMARC → review → verify. Every page checks its
 * fields through SetupPlanValidator before Next; the records come from RecordSetGenerator, the same path as
 * `todoku-cli generate`, and the review table renders them through RecordRenderer for the chosen panel.
 * Key generation runs on a worker (QtConcurrent); the key file is written by DkimKeyGenerator (0600,
 * atomic). The verify page polls DNS through a RecordPublicationChecker, never blocking the UI thread.
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
    /** Item data role of a verify row's state cell: the RecordPublicationChecker::State as int. */
    static constexpr int STATE_ROLE = Qt::UserRole + 18;
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

    /** Replaces the verify page's engine (the wizard takes ownership). */
    void setPublicationChecker(RecordPublicationChecker* checker);
    /** Starts one verification round now. */
    void checkNow();

signals:
    void keyGenerated();
    void recordsChanged();
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
    void onRecordChecked(int index, RecordPublicationChecker::State state, const QString& found);
    void onVerificationFinished();

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
    RecordPublicationChecker* m_checker = nullptr;
    QTimer* m_pollTimer = nullptr;
    int m_checkedCount = 0;
};
