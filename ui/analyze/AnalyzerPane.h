// SPDX-License-Identifier: GPL-3.0-or-later
// AnalyzerPane: the Analyze workspace — paste or open a message, see what Gmail decided and why.
#pragma once

#include <QWidget>
#include <memory>

#include "core/diagnosis/MessageAnalysis.h"

class QTreeWidgetItem;

namespace Ui {
class AnalyzerPane;
}

namespace todoku {
class DnsResolver;
}

/**
 * Takes what the user pastes (Ctrl+V anywhere in the pane), drops or opens, runs MessageAnalysis on it and
 * shows the result: the verdict banner, the findings worst first (each expandable to why, how to fix, the
 * records to publish and the evidence lines), the source with the selected finding's evidence highlighted,
 * the authentication results as a tree, the hops, the DKIM signatures and the DNS queries made. Nothing is
 * rendered in the core: every text comes from the catalogs at display time, so a language switch re-renders
 * the same result.
 */
class AnalyzerPane : public QWidget
{
    Q_OBJECT

public:
    /** The source view shows at most this much of the input; bigger pastes are analysed whole all the same.
     */
    static constexpr qsizetype SOURCE_VIEW_LIMIT = 2 * 1024 * 1024;

    /** Item data role of a title row in findingsTreeWidget: the finding's id (stable, for tests). */
    static constexpr int FINDING_ID_ROLE = Qt::UserRole + 16;

    explicit AnalyzerPane(todoku::DnsResolver* resolver, QWidget* parent = nullptr);
    ~AnalyzerPane() override;

    /** Analyses text as pasted. */
    void analyzeText(const QString& text);
    /** Analyses bytes as read from a file. */
    void analyzeBytes(const QByteArray& bytes);
    /**
     * Reads (on the worker) and analyses a .eml or .txt file; false, with the reason shown in the pane, if
     * it is too large or cannot be opened.
     */
    bool openFile(const QString& path);
    /** Whether the next analysis re-checks SPF and DKIM against DNS now (the "Re-check DNS now" box). */
    void setLiveChecks(bool live);
    /** Back to the empty pane; a run still going is dropped. */
    void clear();

    bool isBusy() const { return m_analysis->isRunning(); }
    /** The last result (valid once analysisFinished() was emitted). */
    const todoku::MessageDiagnosis& diagnosis() const { return m_analysis->diagnosis(); }

signals:
    void analysisFinished();

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private slots:
    void onPasteTriggered();
    void onOpenClicked();
    void onStageChanged(todoku::MessageAnalysis::Stage stage);
    void onFinished();
    void onCurrentItemChanged(QTreeWidgetItem* current);
    void onCopyRecordClicked();
    void onCopyReportClicked();

private:
    void retranslate();
    void updateWidgets();
    void setSource(QString text, qsizetype totalSize);
    void showResults();
    void fillVerdict();
    void fillFindings();
    void fillAuthenticationResults();
    void fillHops();
    void fillDkim();
    void fillDnsQueries();
    void highlightEvidence(int findingIndex);
    QString reportText() const;
    int findingIndexOf(const QTreeWidgetItem* item) const;

    const std::unique_ptr<Ui::AnalyzerPane> m_ui;
    todoku::MessageAnalysis* m_analysis;
    QString m_problem; ///< a message about the input itself (unreadable file), shown instead of results
    bool m_sourceCut = false;      ///< the source view shows only the start of the input
    bool m_sourceFromFile = false; ///< the source view waits for the worker to have read the file
    bool m_hasResult = false;
};
