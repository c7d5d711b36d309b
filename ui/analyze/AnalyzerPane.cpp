// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analyze/AnalyzerPane.h"

#include "ui_AnalyzerPane.h"

#include <QClipboard>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMimeData>
#include <QShortcut>
#include <QTextBlock>

#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/DnsText.h"
#include "core/setup/RecordSetExporter.h"
#include "ui/widgets/SeverityIcon.h"
#include "ui/widgets/WrappingItemDelegate.h"

using namespace todoku;

namespace {

// What a row of the findings tree is; every row also carries the index of its finding.
enum ItemRole
{
    FindingIndexRole = Qt::UserRole,
    RowKindRole,
    RecordIndexRole
};
static_assert(RecordIndexRole < AnalyzerPane::FINDING_ID_ROLE);

enum class RowKind
{
    Title,
    Detail,
    Fix,
    Record,
    Evidence
};

/** Line breaks as QPlainTextEdit counts them: one block per line of the paste, as PastedInput numbers them.
 */
QString normalizedLines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

/** The first `limit` bytes of `bytes`, cut after a line break so no UTF-8 sequence is split. */
QByteArray headOf(const QByteArray& bytes, qsizetype limit)
{
    if (bytes.size() <= limit) {
        return bytes;
    }
    const qsizetype cut = bytes.lastIndexOf('\n', limit);
    return bytes.left(cut > 0 ? cut + 1 : limit);
}

} // namespace

AnalyzerPane::AnalyzerPane(DnsResolver* resolver, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::AnalyzerPane)
    , m_analysis(new MessageAnalysis(resolver, this))
{
    m_ui->setupUi(this);
    m_ui->sourcePlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->resultsSplitter->setStretchFactor(0, 2);
    m_ui->resultsSplitter->setStretchFactor(1, 3);
    new WrappingItemDelegate(m_ui->findingsTreeWidget);
    m_ui->hopsTreeWidget->setAlternatingRowColors(true);
    m_ui->dnsTreeWidget->setAlternatingRowColors(true);

    // Ctrl+V anywhere in the workspace analyses at once: there is no text field to paste into first.
    auto* paste = new QShortcut(QKeySequence::Paste, this);
    paste->setContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QShortcut::activated, this, &AnalyzerPane::onPasteTriggered);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &AnalyzerPane::onPasteTriggered);
    connect(m_ui->openButton, &QPushButton::clicked, this, &AnalyzerPane::onOpenClicked);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &AnalyzerPane::clear);
    connect(m_ui->copyRecordButton, &QPushButton::clicked, this, &AnalyzerPane::onCopyRecordClicked);
    connect(m_ui->copyReportButton, &QPushButton::clicked, this, &AnalyzerPane::onCopyReportClicked);
    connect(m_ui->findingsTreeWidget,
            &QTreeWidget::currentItemChanged,
            this,
            &AnalyzerPane::onCurrentItemChanged);
    connect(m_analysis, &MessageAnalysis::stageChanged, this, &AnalyzerPane::onStageChanged);
    connect(m_analysis, &MessageAnalysis::finished, this, &AnalyzerPane::onFinished);

    retranslate();
    updateWidgets();
}

AnalyzerPane::~AnalyzerPane() = default;

void AnalyzerPane::analyzeText(const QString& text)
{
    m_problem.clear();
    m_sourceFromFile = false;
    setSource(text.left(SOURCE_VIEW_LIMIT), text.size());
    m_analysis->startText(text, m_ui->liveCheckBox->isChecked());
}

void AnalyzerPane::analyzeBytes(const QByteArray& bytes)
{
    m_problem.clear();
    m_sourceFromFile = false;
    setSource(QString::fromUtf8(headOf(bytes, SOURCE_VIEW_LIMIT)), bytes.size());
    m_analysis->start(bytes, m_ui->liveCheckBox->isChecked());
}

bool AnalyzerPane::openFile(const QString& path)
{
    // Only what answers at once is checked here; the reading itself (up to 64 MB) is the worker's.
    QFile file(path);
    const QString shown = QFileInfo(path).fileName();
    if (QFileInfo(path).size() > MessageAnalysis::MAX_INPUT_BYTES) {
        m_problem = tr("%1 is larger than 64 MB; that is not a mail message.").arg(shown);
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_problem = tr("Cannot read %1: %2").arg(shown, file.errorString());
    } else {
        file.close();
        m_problem.clear();
        m_sourceFromFile = true;
        m_ui->sourcePlainTextEdit->clear();
        m_analysis->startFile(path, m_ui->liveCheckBox->isChecked());
        return true;
    }
    m_analysis->cancel();
    m_hasResult = false;
    m_ui->pageStackedWidget->setCurrentWidget(m_ui->inputPage);
    m_ui->statusLabel->setText(m_problem);
    updateWidgets();
    return false;
}

void AnalyzerPane::setLiveChecks(bool live)
{
    m_ui->liveCheckBox->setChecked(live);
}

void AnalyzerPane::clear()
{
    m_analysis->cancel();
    m_hasResult = false;
    m_problem.clear();
    m_ui->findingsTreeWidget->clear();
    m_ui->sourcePlainTextEdit->clear();
    m_ui->statusLabel->clear();
    m_ui->pageStackedWidget->setCurrentWidget(m_ui->inputPage);
    updateWidgets();
}

void AnalyzerPane::onPasteTriggered()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        openFile(mime->urls().first().toLocalFile());
        return;
    }
    const QString text = mime ? mime->text() : QString();
    if (text.isEmpty()) {
        m_problem = tr("The clipboard holds no text. Copy the page or message first, then paste.");
        m_ui->statusLabel->setText(m_problem);
        return;
    }
    analyzeText(text);
}

void AnalyzerPane::onOpenClicked()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a message"), QString(), tr("Mail messages (*.eml *.txt *.msg);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void AnalyzerPane::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if ((mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile())
        || mime->hasText()) {
        event->acceptProposedAction();
    }
}

void AnalyzerPane::dropEvent(QDropEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        openFile(mime->urls().first().toLocalFile());
    } else if (mime->hasText()) {
        analyzeText(mime->text());
    }
    event->acceptProposedAction();
}

void AnalyzerPane::setSource(QString text, qsizetype totalSize)
{
    m_sourceCut = totalSize > text.size() && totalSize > SOURCE_VIEW_LIMIT;
    m_ui->sourcePlainTextEdit->setPlainText(normalizedLines(std::move(text)));
}

void AnalyzerPane::onStageChanged(MessageAnalysis::Stage stage)
{
    switch (stage) {
    case MessageAnalysis::Stage::Reading:
        m_ui->statusLabel->setText(tr("Reading the message…"));
        break;
    case MessageAnalysis::Stage::CheckingDns:
        m_ui->statusLabel->setText(tr("Checking DNS now…"));
        break;
    case MessageAnalysis::Stage::Idle:
    case MessageAnalysis::Stage::Done:
        break;
    }
    updateWidgets();
}

void AnalyzerPane::onFinished()
{
    if (m_sourceFromFile) {
        // A file's bytes exist only once the worker has read them.
        m_sourceFromFile = false;
        const QByteArray& bytes = m_analysis->input();
        setSource(QString::fromUtf8(headOf(bytes, SOURCE_VIEW_LIMIT)), bytes.size());
    }
    m_hasResult = true;
    showResults();
    if (m_ui->findingsTreeWidget->topLevelItemCount() > 0) {
        m_ui->findingsTreeWidget->setCurrentItem(m_ui->findingsTreeWidget->topLevelItem(0));
    }
    updateWidgets();
    emit analysisFinished();
}

void AnalyzerPane::showResults()
{
    m_ui->statusLabel->setText(m_analysis->wasLive() ? tr("Checked against DNS just now.")
                                                     : tr("From the pasted text only (no DNS queries)."));
    m_ui->sourceNoteLabel->setVisible(m_sourceCut);
    m_ui->sourceNoteLabel->setText(
        tr("The input is large: only its first %1 MB are shown here. All of it was analysed.")
            .arg(SOURCE_VIEW_LIMIT >> 20));
    fillVerdict();
    fillFindings();
    fillAuthenticationResults();
    fillHops();
    fillDkim();
    fillDnsQueries();
    m_ui->pageStackedWidget->setCurrentWidget(m_ui->resultsPage);
}

void AnalyzerPane::fillVerdict()
{
    const MessageDiagnosis& d = m_analysis->diagnosis();
    // Light backgrounds with dark text: readable in light and dark themes alike.
    const char* background = "#e6e6e6";
    switch (d.deferred ? Placement::Unknown : d.placement) {
    case Placement::Inbox:
        background = "#d7f0d8";
        break;
    case Placement::Spam:
        background = "#fdecc1";
        break;
    case Placement::Rejected:
        background = "#f8d3d1";
        break;
    case Placement::Unknown:
        break;
    }
    m_ui->verdictLabel->setStyleSheet(
        QStringLiteral("background: %1; color: #1f1f1f; border-radius: 4px;").arg(QLatin1String(background)));
    QStringList reasons;
    for (const QString& id : d.reasons) {
        for (const Finding& f : d.findings) {
            if (f.id == id) {
                reasons.append(FindingCatalog::text(f).title.toHtmlEscaped());
                break;
            }
        }
    }
    QString html = QStringLiteral("<span style=\"font-size: 14pt; font-weight: 600;\">%1</span>")
                       .arg(d.summary().toHtmlEscaped());
    if (!reasons.isEmpty()) {
        html += QStringLiteral("<br>") + tr("Because: %1").arg(reasons.join(QStringLiteral(" · ")));
    }
    m_ui->verdictLabel->setText(html);
}

void AnalyzerPane::fillFindings()
{
    QTreeWidget* tree = m_ui->findingsTreeWidget;
    const int current = findingIndexOf(tree->currentItem());
    tree->clear();
    const QList<Finding>& findings = m_analysis->diagnosis().findings;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < findings.size(); ++i) {
        const Finding& f = findings.at(i);
        const FindingText text = FindingCatalog::text(f);
        auto* top = new QTreeWidgetItem(tree, {text.title});
        top->setIcon(0, severityIcon(f.severity));
        top->setToolTip(0, FindingCatalog::severityLabel(f.severity));
        top->setData(0, RowKindRole, int(RowKind::Title));
        top->setData(0, FINDING_ID_ROLE, f.id);
        auto addChild = [&](RowKind kind, const QString& line) {
            auto* child = new QTreeWidgetItem(top, {line});
            child->setData(0, FindingIndexRole, i);
            child->setData(0, RowKindRole, int(kind));
            return child;
        };
        top->setData(0, FindingIndexRole, i);
        if (!text.detail.isEmpty()) {
            addChild(RowKind::Detail, text.detail);
        }
        if (!text.fix.isEmpty()) {
            addChild(RowKind::Fix, tr("How to fix: %1").arg(text.fix));
        }
        for (int r = 0; r < f.records.size(); ++r) {
            QTreeWidgetItem* row = addChild(RowKind::Record, RecordSetExporter::zoneLine(f.records.at(r)));
            row->setFont(0, mono);
            row->setData(0, RecordIndexRole, r);
        }
        for (const Evidence& e : f.evidence) {
            QString line;
            switch (e.kind) {
            case Evidence::Kind::Header:
                line = tr("Line %1: %2").arg(e.line).arg(e.text);
                break;
            case Evidence::Kind::Dns:
                line = tr("DNS %1 %2: %3").arg(e.name, e.type, e.text);
                break;
            case Evidence::Kind::Text:
                line = e.text;
                break;
            }
            addChild(RowKind::Evidence, line)->setFont(0, mono);
        }
        if (i == current) {
            tree->setCurrentItem(top);
        }
    }
}

void AnalyzerPane::fillAuthenticationResults()
{
    QTreeWidget* tree = m_ui->headersTreeWidget;
    tree->clear();
    for (const AuthResultsField& field : m_analysis->diagnosis().authenticationResults) {
        auto* top = new QTreeWidgetItem(tree);
        top->setText(0, tr("%1 (line %2)").arg(field.header).arg(field.line));
        top->setText(1,
                     field.trusted ? tr("%1 — written by the final receiver").arg(field.parsed.authservId)
                                   : tr("%1 — a claim by an earlier server").arg(field.parsed.authservId));
        for (const AuthResult& r : field.parsed.results) {
            auto* method = new QTreeWidgetItem(top, {r.method, r.result});
            if (!r.reason.isEmpty()) {
                new QTreeWidgetItem(method, {tr("reason"), r.reason});
            }
            for (const auto& [key, value] : r.properties) {
                new QTreeWidgetItem(method, {key, value});
            }
            for (const QString& comment : r.comments) {
                new QTreeWidgetItem(method, {tr("comment"), comment});
            }
        }
    }
    tree->expandAll();
    tree->resizeColumnToContents(0);
}

void AnalyzerPane::fillHops()
{
    QTreeWidget* tree = m_ui->hopsTreeWidget;
    tree->clear();
    for (const MessageHop& h : m_analysis->diagnosis().hops) {
        QString timing;
        if (h.skewSeconds) {
            timing = tr("clock skew %1 s").arg(*h.skewSeconds);
        } else if (h.delaySeconds) {
            timing = tr("%1 s").arg(*h.delaySeconds);
        }
        auto* item = new QTreeWidgetItem(tree,
                                         {h.helo.isEmpty() ? h.from : h.helo,
                                          h.reverseDns,
                                          h.ip,
                                          h.by,
                                          h.with,
                                          h.tls ? tr("yes") : tr("no"),
                                          timing});
        item->setToolTip(0, tr("Line %1").arg(h.line));
    }
    for (int c = 0; c < tree->columnCount(); ++c) {
        tree->resizeColumnToContents(c);
    }
}

void AnalyzerPane::fillDkim()
{
    QTreeWidget* tree = m_ui->dkimTreeWidget;
    tree->clear();
    for (const DkimSignatureSummary& s : m_analysis->diagnosis().dkimSignatures) {
        const QString verification = s.verification == u"not-checked" ? tr("not checked") : s.verification;
        new QTreeWidgetItem(tree, {s.domain, s.selector, s.algorithm, verification, QString::number(s.line)});
    }
    for (int c = 0; c < tree->columnCount(); ++c) {
        tree->resizeColumnToContents(c);
    }
}

void AnalyzerPane::fillDnsQueries()
{
    QTreeWidget* tree = m_ui->dnsTreeWidget;
    tree->clear();
    for (const DnsQueryLogEntry& q : m_analysis->queries()) {
        new QTreeWidgetItem(tree,
                            {q.name,
                             dns::typeName(q.type),
                             DnsText::outcome(q.outcome),
                             q.server,
                             q.fromCache ? tr("cached") : tr("%1 ms").arg(q.rttMs)});
    }
    for (int c = 0; c < tree->columnCount(); ++c) {
        tree->resizeColumnToContents(c);
    }
}

int AnalyzerPane::findingIndexOf(const QTreeWidgetItem* item) const
{
    return item ? item->data(0, FindingIndexRole).toInt() : -1;
}

void AnalyzerPane::onCurrentItemChanged(QTreeWidgetItem* current)
{
    if (current && !current->parent()) {
        current->setExpanded(true);
    }
    highlightEvidence(findingIndexOf(current));
    updateWidgets();
}

void AnalyzerPane::highlightEvidence(int findingIndex)
{
    QPlainTextEdit* source = m_ui->sourcePlainTextEdit;
    QList<QTextEdit::ExtraSelection> selections;
    const QList<Finding>& findings = m_analysis->diagnosis().findings;
    QTextBlock first;
    if (findingIndex >= 0 && findingIndex < findings.size()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xe5, 0x80));
        format.setForeground(QColor(0x1f, 0x1f, 0x1f));
        format.setProperty(QTextFormat::FullWidthSelection, true);
        for (const Evidence& e : findings.at(findingIndex).evidence) {
            if (e.kind != Evidence::Kind::Header || e.line < 1) {
                continue;
            }
            QTextBlock block = source->document()->findBlockByNumber(e.line - 1);
            if (!first.isValid() || (block.isValid() && block.blockNumber() < first.blockNumber())) {
                first = block;
            }
            // Evidence on a field's first line means the whole field: mark the folded lines after it too.
            // Evidence on a folded line (one statement of Authentication-Results) means just that line.
            const auto folded = [](const QTextBlock& b) {
                const QString text = b.text();
                return !text.isEmpty() && (text.front() == u' ' || text.front() == u'\t');
            };
            const bool wholeField = block.isValid() && !folded(block);
            for (bool head = true; block.isValid(); block = block.next(), head = false) {
                if (!head && (!wholeField || !folded(block))) {
                    break;
                }
                QTextEdit::ExtraSelection selection;
                selection.cursor = QTextCursor(block);
                selection.format = format;
                selections.append(selection);
            }
        }
    }
    source->setExtraSelections(selections);
    if (first.isValid()) {
        source->setTextCursor(QTextCursor(first));
        source->centerCursor();
        m_ui->detailsTabWidget->setCurrentWidget(m_ui->sourceTab);
    }
}

void AnalyzerPane::onCopyRecordClicked()
{
    const QTreeWidgetItem* item = m_ui->findingsTreeWidget->currentItem();
    const int index = findingIndexOf(item);
    const QList<Finding>& findings = m_analysis->diagnosis().findings;
    if (index < 0 || index >= findings.size()) {
        return;
    }
    const QList<ProposedRecord>& records = findings.at(index).records;
    QStringList lines;
    if (item->data(0, RowKindRole).toInt() == int(RowKind::Record)) {
        lines.append(RecordSetExporter::zoneLine(records.at(item->data(0, RecordIndexRole).toInt())));
    } else {
        for (const ProposedRecord& r : records) {
            lines.append(RecordSetExporter::zoneLine(r));
        }
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void AnalyzerPane::onCopyReportClicked()
{
    QGuiApplication::clipboard()->setText(reportText());
}

QString AnalyzerPane::reportText() const
{
    const MessageDiagnosis& d = m_analysis->diagnosis();
    QString out = d.summary() + u'\n';
    for (const Finding& f : d.findings) {
        const FindingText text = FindingCatalog::text(f);
        out += u'\n' + QStringLiteral("[%1] ").arg(FindingCatalog::severityLabel(f.severity)) + text.title
               + u'\n';
        if (!text.detail.isEmpty()) {
            out += QStringLiteral("  ") + text.detail + u'\n';
        }
        if (!text.fix.isEmpty()) {
            out += QStringLiteral("  ") + tr("How to fix: %1").arg(text.fix) + u'\n';
        }
        for (const ProposedRecord& r : f.records) {
            out += QStringLiteral("  ") + RecordSetExporter::zoneLine(r) + u'\n';
        }
        for (const Evidence& e : f.evidence) {
            if (e.kind == Evidence::Kind::Header) {
                out += QStringLiteral("  ") + tr("Line %1: %2").arg(e.line).arg(e.text) + u'\n';
            }
        }
    }
    return out;
}

void AnalyzerPane::updateWidgets()
{
    const bool busy = m_analysis->isRunning();
    m_ui->busyProgressBar->setVisible(busy);
    m_ui->clearButton->setEnabled(busy || m_hasResult);
    m_ui->copyReportButton->setEnabled(m_hasResult && !busy);
    const int index = findingIndexOf(m_ui->findingsTreeWidget->currentItem());
    const QList<Finding>& findings = m_analysis->diagnosis().findings;
    m_ui->copyRecordButton->setEnabled(m_hasResult && index >= 0 && index < findings.size()
                                       && !findings.at(index).records.isEmpty());
}

void AnalyzerPane::retranslate()
{
    m_ui->dropHintLabel->setText(
        QStringLiteral("<p style=\"font-size: 16pt; font-weight: 600;\">%1</p><p>%2</p><p>%3</p>")
            .arg(tr("Paste what Gmail shows you").toHtmlEscaped(),
                 tr("In Gmail, open the message, choose ⋮ → “Show original”, copy the whole page and press "
                    "Ctrl+V here.")
                     .toHtmlEscaped(),
                 tr("A raw message, only its headers, or a bounce work too. You can also drop an .eml file "
                    "here or open one.")
                     .toHtmlEscaped()));
    m_ui->privacyLabel->setText(
        tr("What you paste stays on this computer. Only DNS queries leave it, for the re-check."));
    m_ui->copyRecordButton->setText(tr("Copy records"));
    m_ui->copyRecordButton->setToolTip(
        tr("Copies the DNS records of the selected finding in zone-file form."));
    m_ui->copyReportButton->setText(tr("Copy report"));
    if (m_hasResult && !m_analysis->isRunning()) {
        showResults();
    } else if (m_analysis->isRunning()) {
        onStageChanged(m_analysis->stage());
    }
}

void AnalyzerPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
