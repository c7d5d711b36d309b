// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/check/DomainCheckPane.h"

#include "ui_DomainCheckPane.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStyle>
#include <functional>

#include "core/audit/DomainAudit.h"
#include "core/audit/TransportChecks.h"
#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/dns/DnsName.h"
#include "core/dns/DnsText.h"
#include "core/setup/RecordSetExporter.h"
#include "ui/AppSettings.h"
#include "ui/widgets/SeverityIcon.h"
#include "ui/widgets/WrappingItemDelegate.h"

using namespace todoku;

namespace {

QIcon unknownIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxQuestion);
}

QIcon itemIcon(const AuditItem& item)
{
    switch (item.state) {
    case AuditItemState::Pending:
    case AuditItemState::Running:
        return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
    case AuditItemState::Done:
        return severityIcon(item.status);
    case AuditItemState::Cancelled:
    case AuditItemState::TimedOut:
        return unknownIcon();
    }
    Q_UNREACHABLE();
}

QIcon requirementIcon(GmailRequirement::Status status)
{
    switch (status) {
    case GmailRequirement::Status::Pass:
        return severityIcon(Severity::Ok);
    case GmailRequirement::Status::Fail:
        return severityIcon(Severity::Error);
    case GmailRequirement::Status::Unknown:
        return unknownIcon();
    }
    Q_UNREACHABLE();
}

/** The stable status of an item row (STATUS_ROLE). */
QString itemStatusKey(const AuditItem& item)
{
    return item.state == AuditItemState::Done ? audit::statusName(item.status) : audit::stateName(item.state);
}

/** A subject as users write it: domain names in Unicode, addresses as they are. */
QString shownName(const QString& subject)
{
    return QHostAddress(subject).isNull() ? dns::toUnicode(subject) : subject;
}

/** IPs and selectors may be separated by commas, semicolons or white space. */
QStringList splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QString evidenceLine(const Evidence& e)
{
    switch (e.kind) {
    case Evidence::Kind::Header:
        return DomainCheckPane::tr("Line %1: %2").arg(e.line).arg(e.text);
    case Evidence::Kind::Dns:
        return DomainCheckPane::tr("DNS %1 %2: %3").arg(e.name, e.type, e.text);
    case Evidence::Kind::Text:
        return e.text;
    }
    Q_UNREACHABLE();
}

/** The finding a Gmail requirement points at, if the item has it. */
const Finding* findingById(const AuditItem& item, const QString& id)
{
    for (const Finding& f : item.findings) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

DomainCheckPane::DomainCheckPane(DnsResolver* resolver, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::DomainCheckPane)
    , m_resolver(resolver)
{
    m_ui->setupUi(this);
    new WrappingItemDelegate(m_ui->checklistTreeWidget);
    QHeaderView* header = m_ui->checklistTreeWidget->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Interactive);
    header->resizeSection(2, 300);
    m_ui->spfTreeWidget->setAlternatingRowColors(true);
    // Records are long: the first column takes what the result and lookup columns leave.
    QHeaderView* spfHeader = m_ui->spfTreeWidget->header();
    spfHeader->setStretchLastSection(false);
    spfHeader->setSectionResizeMode(0, QHeaderView::Stretch);
    spfHeader->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    spfHeader->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->dnsTreeWidget->setAlternatingRowColors(true);
    m_ui->progressBar->setVisible(false);
    m_ui->hintLabel->setVisible(false);
    m_ui->statusLabel->setVisible(false);

    connect(m_ui->checkButton, &QPushButton::clicked, this, &DomainCheckPane::startCheck);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DomainCheckPane::cancel);
    for (QLineEdit* edit : {m_ui->domainLineEdit,
                            m_ui->ipsLineEdit,
                            m_ui->heloLineEdit,
                            m_ui->selectorsLineEdit,
                            m_ui->dqsKeyLineEdit}) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (!isBusy()) {
                startCheck();
            }
        });
    }
    connect(m_ui->copyReportButton, &QPushButton::clicked, this, &DomainCheckPane::onCopyReportClicked);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &DomainCheckPane::onExportClicked);

    retranslate();
    updateWidgets();
}

DomainCheckPane::~DomainCheckPane()
{
    // The audit is a child; end it before the widgets its signals update go away.
    if (m_audit) {
        m_audit->disconnect(this);
        delete m_audit;
        m_audit = nullptr;
    }
}

void DomainCheckPane::setInputs(const QString& domain,
                                const QString& ips,
                                const QString& helo,
                                const QString& selectors)
{
    m_ui->domainLineEdit->setText(domain);
    m_ui->ipsLineEdit->setText(ips);
    m_ui->heloLineEdit->setText(helo);
    m_ui->selectorsLineEdit->setText(selectors);
}

void DomainCheckPane::setSettings(AppSettings* settings)
{
    m_settings = settings;
    if (m_settings) {
        const AppSettings::DomainCheckInputs in = m_settings->domainCheckInputs();
        setInputs(in.domain, in.ips, in.helo, in.selectors);
        m_ui->discoverCheckBox->setChecked(in.discoverSelectors);
    }
}

const AuditReport& DomainCheckPane::report() const
{
    return m_audit ? m_audit->report() : m_report;
}

void DomainCheckPane::showProblem(const QString& text, QWidget* field)
{
    m_ui->hintLabel->setText(text);
    m_ui->hintLabel->setVisible(true);
    if (field) {
        field->setFocus();
    }
}

bool DomainCheckPane::startCheck()
{
    if (isBusy()) {
        return false;
    }
    m_ui->hintLabel->clear();
    m_ui->hintLabel->setVisible(false);
    const QString domain = m_ui->domainLineEdit->text().trimmed();
    if (domain.isEmpty()) {
        showProblem(tr("Enter the domain to check, e.g. example.jp."), m_ui->domainLineEdit);
        return false;
    }
    const auto ace = dns::toAce(domain);
    if (!ace) {
        showProblem(ErrorText::text(ace.error()), m_ui->domainLineEdit);
        return false;
    }
    if (!ace->contains(u'.')) {
        showProblem(
            tr("“%1” is not a whole domain name. Enter it with its ending, e.g. example.jp.").arg(domain),
            m_ui->domainLineEdit);
        return false;
    }
    AuditRequest request;
    request.domain = domain;
    for (const QString& text : splitList(m_ui->ipsLineEdit->text())) {
        const QHostAddress ip(text);
        if (ip.isNull()) {
            showProblem(ErrorText::text(Error::make(ErrorCode::InvalidIpAddress, {text})), m_ui->ipsLineEdit);
            return false;
        }
        if (!request.ips.contains(ip)) {
            request.ips.append(ip);
        }
    }
    const QString helo = m_ui->heloLineEdit->text().trimmed();
    if (!helo.isEmpty()) {
        const auto heloAce = dns::toAce(helo);
        if (!heloAce) {
            showProblem(ErrorText::text(heloAce.error()), m_ui->heloLineEdit);
            return false;
        }
        request.helo = *heloAce;
    }
    request.selectors = splitList(m_ui->selectorsLineEdit->text());
    request.discoverSelectors = m_ui->discoverCheckBox->isChecked();
    request.dqsKey = m_ui->dqsKeyLineEdit->text().trimmed();
    request.dnsblLists = m_dnsblLists;
    if (m_settings) {
        m_settings->setDomainCheckInputs({domain,
                                          m_ui->ipsLineEdit->text().trimmed(),
                                          helo,
                                          m_ui->selectorsLineEdit->text().trimmed(),
                                          request.discoverSelectors});
    }

    auto* audit = new DomainAudit(m_resolver, nullptr, this);
    audit->setItemTimeoutMs(m_itemTimeoutMs);
    audit::addTransportChecks(*audit, *ace);
    audit::addAuthoritativeChecks(*audit, *ace, request.selectors, m_authoritativeOptions);
    connect(audit, &DomainAudit::started, this, &DomainCheckPane::onStarted);
    connect(audit, &DomainAudit::itemFinished, this, &DomainCheckPane::onItemFinished);
    connect(audit, &DomainAudit::finished, this, &DomainCheckPane::onFinished);
    m_audit = audit;
    m_hasReport = false;
    m_ui->checklistTreeWidget->clear();
    m_ui->spfTreeWidget->clear();
    m_ui->dnsTreeWidget->clear();
    m_ui->dnsSummaryLabel->clear();
    audit->start(request);
    if (m_audit) {
        // started() came before the items were set running: show them as they are now.
        for (int i = 0; i < m_ui->checklistTreeWidget->topLevelItemCount() && i < report().items.size();
             ++i) {
            fillItemRow(m_ui->checklistTreeWidget->topLevelItem(i), report().items.at(i));
        }
    }
    updateWidgets();
    updateProgress();
    return true;
}

void DomainCheckPane::cancel()
{
    if (m_audit) {
        // DomainAudit marks the unfinished items Cancelled and emits finished() before returning.
        m_audit->cancel();
    }
}

void DomainCheckPane::onStarted()
{
    QTreeWidget* tree = m_ui->checklistTreeWidget;
    tree->clear();
    for (const AuditItem& item : report().items) {
        fillItemRow(new QTreeWidgetItem(tree), item);
    }
    fillSummary();
    fitResultColumn();
    m_ui->detailsTabWidget->setCurrentWidget(m_ui->checklistTab);
    m_ui->pageStackedWidget->setCurrentWidget(m_ui->resultsPage);
    updateProgress();
}

void DomainCheckPane::onItemFinished(int index)
{
    const QList<AuditItem>& items = report().items;
    QTreeWidgetItem* row = m_ui->checklistTreeWidget->topLevelItem(index);
    if (row && index >= 0 && index < items.size()) {
        fillItemRow(row, items.at(index));
    }
    updateProgress();
}

void DomainCheckPane::onFinished()
{
    m_report = m_audit->report();
    m_audit->disconnect(this);
    m_audit->deleteLater();
    m_audit = nullptr;
    m_hasReport = true;
    showReport();
    updateWidgets();
    emit checkFinished();
}

void DomainCheckPane::updateProgress()
{
    const AuditReport& r = report();
    int done = 0;
    for (const AuditItem& i : r.items) {
        done += i.isFinished();
    }
    m_ui->progressBar->setMaximum(std::max(1, int(r.items.size())));
    m_ui->progressBar->setValue(done);
    const QString domain = shownName(r.domain.isEmpty() ? r.request.domain : r.domain);
    // Once done, the summary banner says how it went; the line is for progress and export messages.
    setStatus(isBusy() ? tr("Checking %1… %2 of %3 items done.").arg(domain).arg(done).arg(r.items.size())
                       : QString());
    if (isBusy()) {
        fillSummary();
    }
}

void DomainCheckPane::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void DomainCheckPane::fitResultColumn()
{
    // The wrapping delegate never reports more than a column's current width, so ResizeToContents cannot
    // widen the Result column: measure its texts here.
    QTreeWidget* tree = m_ui->checklistTreeWidget;
    const QFontMetrics metrics(tree->font());
    int width = metrics.horizontalAdvance(tree->headerItem()->text(1));
    std::function<void(const QTreeWidgetItem*)> measure = [&](const QTreeWidgetItem* row) {
        width = std::max(width, metrics.horizontalAdvance(row->text(1)));
        for (int i = 0; i < row->childCount(); ++i) {
            measure(row->child(i));
        }
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        measure(tree->topLevelItem(i));
    }
    tree->header()->resizeSection(1,
                                  width + 3 * tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16);
}

void DomainCheckPane::showReport()
{
    QTreeWidget* tree = m_ui->checklistTreeWidget;
    const QList<AuditItem>& items = report().items;
    if (tree->topLevelItemCount() != items.size()) {
        tree->clear();
        for (int i = 0; i < items.size(); ++i) {
            new QTreeWidgetItem(tree);
        }
    }
    for (int i = 0; i < items.size(); ++i) {
        fillItemRow(tree->topLevelItem(i), items.at(i));
    }
    fillSummary();
    fillSpf();
    fillDnsQueries();
    updateProgress();
    fitResultColumn();
    m_ui->pageStackedWidget->setCurrentWidget(m_ui->resultsPage);
}

void DomainCheckPane::fillSummary()
{
    const AuditReport& r = report();
    const QString domain = shownName(r.domain.isEmpty() ? r.request.domain : r.domain);
    int errors = 0;
    int warnings = 0;
    for (const AuditItem& i : r.items) {
        if (i.isFinished() && i.check != u"gmail-requirements") {
            errors += i.status == Severity::Error;
            warnings += i.status == Severity::Warning;
        }
    }
    // Light backgrounds with dark text: readable in light and dark themes alike (as the Analyzer's verdict).
    const char* background = "#e6e6e6";
    QString headline;
    if (isBusy()) {
        headline = tr("Checking %1…").arg(domain);
    } else if (r.cancelled) {
        headline = tr("The check of %1 was cancelled: items not finished are marked as unknown.").arg(domain);
    } else if (errors > 0) {
        background = "#f8d3d1";
        headline = tr("%1 has problems that affect delivery to Gmail.").arg(domain);
    } else if (warnings > 0) {
        background = "#fdecc1";
        headline = tr("%1 passes the essential checks; some items need attention.").arg(domain);
    } else {
        background = "#d7f0d8";
        headline = tr("%1 passes every check that can be made from outside.").arg(domain);
    }
    m_ui->summaryLabel->setStyleSheet(
        QStringLiteral("background: %1; color: #1f1f1f; border-radius: 4px;").arg(QLatin1String(background)));
    QString html = QStringLiteral("<span style=\"font-size: 14pt; font-weight: 600;\">%1</span>")
                       .arg(headline.toHtmlEscaped());
    if (!isBusy()) {
        html += QStringLiteral("<br>")
                + tr("Errors: %1 · Warnings: %2 · DNS queries: %3")
                      .arg(errors)
                      .arg(warnings)
                      .arg(r.queryLog.size())
                      .toHtmlEscaped();
    }
    m_ui->summaryLabel->setText(html);
}

namespace {

QString checkTitle(const AuditItem& item, const QString& domain)
{
    const QString subject = shownName(item.subject);
    const QString& c = item.check;
    if (c == u"mx") {
        return DomainCheckPane::tr("MX records of %1").arg(subject);
    }
    if (c == u"ptr") {
        return DomainCheckPane::tr("Reverse DNS of %1").arg(subject);
    }
    if (c == u"helo") {
        return DomainCheckPane::tr("HELO name %1").arg(subject);
    }
    if (c == u"spf") {
        return item.subject == domain ? DomainCheckPane::tr("SPF record of %1").arg(subject)
                                      : DomainCheckPane::tr("SPF result for %1").arg(subject);
    }
    if (c == u"dmarc") {
        return DomainCheckPane::tr("DMARC policy of %1").arg(subject);
    }
    if (c == u"dkim") {
        return DomainCheckPane::tr("DKIM keys of %1").arg(subject);
    }
    if (c == u"dnsbl") {
        return DomainCheckPane::tr("Blocklists");
    }
    if (c == u"mta-sts") {
        return DomainCheckPane::tr("MTA-STS of %1").arg(subject);
    }
    if (c == u"tls-rpt") {
        return DomainCheckPane::tr("TLS reporting (TLS-RPT) of %1").arg(subject);
    }
    if (c == u"bimi") {
        return DomainCheckPane::tr("BIMI record of %1").arg(subject);
    }
    if (c == u"authns") {
        return DomainCheckPane::tr("Authoritative DNS servers of %1").arg(subject);
    }
    if (c == u"gmail-requirements") {
        return DomainCheckPane::tr("Gmail's sender requirements");
    }
    if (c == u"domain") {
        return DomainCheckPane::tr("Domain %1").arg(subject);
    }
    return c + u' ' + subject;
}

QString itemStatusText(const AuditItem& item)
{
    switch (item.state) {
    case AuditItemState::Pending:
    case AuditItemState::Running:
        return DomainCheckPane::tr("Checking…");
    case AuditItemState::Done:
        return FindingCatalog::severityLabel(item.status);
    case AuditItemState::Cancelled:
        return DomainCheckPane::tr("Cancelled");
    case AuditItemState::TimedOut:
        return DomainCheckPane::tr("Timed out");
    }
    Q_UNREACHABLE();
}

QString requirementStatusText(GmailRequirement::Status status)
{
    switch (status) {
    case GmailRequirement::Status::Pass:
        return DomainCheckPane::tr("Pass");
    case GmailRequirement::Status::Fail:
        return DomainCheckPane::tr("Fail");
    case GmailRequirement::Status::Unknown:
        return DomainCheckPane::tr("Unknown");
    }
    Q_UNREACHABLE();
}

/** The reply codes Gmail gives when the requirement fails (the finding's title names the audience). */
QString requirementNote(const GmailRequirement& r)
{
    return r.replyCodes.isEmpty()
               ? QString()
               : DomainCheckPane::tr("Gmail replies %1").arg(r.replyCodes.join(QStringLiteral(", ")));
}

/** The key a child row is remembered by across a refill (to keep it expanded). */
QString childKey(const QTreeWidgetItem* row)
{
    const QString requirement = row->data(0, DomainCheckPane::REQUIREMENT_ID_ROLE).toString();
    return requirement.isEmpty() ? row->data(0, DomainCheckPane::FINDING_ID_ROLE).toString()
                                 : u"req:" + requirement;
}

/** Detail, fix, records and evidence of `f` as rows under `parent`. */
void addFindingDetails(QTreeWidgetItem* parent, const Finding& f, const FindingText& text)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto add = [parent](const QString& line) {
        auto* row = new QTreeWidgetItem(parent, {line});
        row->setFirstColumnSpanned(true);
        return row;
    };
    if (!text.detail.isEmpty()) {
        add(text.detail);
    }
    if (!text.fix.isEmpty()) {
        add(DomainCheckPane::tr("How to fix: %1").arg(text.fix));
    }
    for (const ProposedRecord& r : f.records) {
        add(RecordSetExporter::zoneLine(r))->setFont(0, mono);
    }
    for (const Evidence& e : f.evidence) {
        add(evidenceLine(e))->setFont(0, mono);
    }
}

void addFindingRow(QTreeWidgetItem* parent, const Finding& f)
{
    const FindingText text = FindingCatalog::text(f);
    auto* row = new QTreeWidgetItem(parent, {text.title, FindingCatalog::severityLabel(f.severity)});
    row->setIcon(0, severityIcon(f.severity));
    row->setData(0, DomainCheckPane::FINDING_ID_ROLE, f.id);
    row->setData(0, DomainCheckPane::STATUS_ROLE, FindingCatalog::severityName(f.severity));
    addFindingDetails(row, f, text);
}

} // namespace

void DomainCheckPane::fillItemRow(QTreeWidgetItem* row, const AuditItem& item)
{
    QSet<QString> expanded;
    for (int i = 0; i < row->childCount(); ++i) {
        if (row->child(i)->isExpanded()) {
            expanded.insert(childKey(row->child(i)));
        }
    }
    qDeleteAll(row->takeChildren());

    row->setText(0, checkTitle(item, report().domain));
    row->setIcon(0, itemIcon(item));
    row->setText(1, itemStatusText(item));
    row->setData(0, CHECK_ROLE, item.check);
    row->setData(0, SUBJECT_ROLE, item.subject);
    row->setData(0, STATUS_ROLE, itemStatusKey(item));
    QFont bold = row->font(0);
    bold.setBold(true);
    row->setFont(0, bold);

    QString note;
    if (item.check == u"gmail-requirements" && item.isFinished()) {
        int passed = 0;
        for (const GmailRequirement& r : item.gmail) {
            passed += r.status == GmailRequirement::Status::Pass;
        }
        note = tr("%1 of %2 met; the rest cannot be checked from outside or failed")
                   .arg(passed)
                   .arg(item.gmail.size());
        for (const GmailRequirement& r : item.gmail) {
            const Finding* f = findingById(item, r.findingId);
            const FindingText text = f ? FindingCatalog::text(*f) : FindingText{r.id, {}, {}};
            auto* child =
                new QTreeWidgetItem(row, {text.title, requirementStatusText(r.status), requirementNote(r)});
            child->setIcon(0, requirementIcon(r.status));
            child->setData(0, REQUIREMENT_ID_ROLE, r.id);
            child->setData(0, STATUS_ROLE, audit::requirementStatusName(r.status));
            if (f) {
                child->setData(0, FINDING_ID_ROLE, f->id);
                addFindingDetails(child, *f, text);
            }
        }
        for (const Finding& f : item.findings) {
            bool listed = false;
            for (const GmailRequirement& r : item.gmail) {
                listed = listed || r.findingId == f.id;
            }
            if (!listed) {
                addFindingRow(row, f);
            }
        }
    } else {
        // The note says at a glance what is wrong: the worst finding's title.
        const Finding* worst = nullptr;
        for (const Finding& f : item.findings) {
            if (f.severity >= Severity::Warning && (!worst || f.severity > worst->severity)) {
                worst = &f;
            }
        }
        if (worst) {
            note = FindingCatalog::text(*worst).title;
        }
        for (const Finding& f : item.findings) {
            addFindingRow(row, f);
        }
    }
    row->setText(2, note);

    for (int i = 0; i < row->childCount(); ++i) {
        if (expanded.contains(childKey(row->child(i)))) {
            row->child(i)->setExpanded(true);
        }
    }
}

namespace {

QString termStatusText(SpfTermTrace::Status status)
{
    switch (status) {
    case SpfTermTrace::Status::Match:
        return DomainCheckPane::tr("match");
    case SpfTermTrace::Status::NoMatch:
        return DomainCheckPane::tr("no match");
    case SpfTermTrace::Status::Error:
        return DomainCheckPane::tr("error");
    case SpfTermTrace::Status::Unknown:
        return DomainCheckPane::tr("not fetched");
    }
    Q_UNREACHABLE();
}

} // namespace

void DomainCheckPane::addSpfNode(QTreeWidgetItem* parent, const SpfNode& node, bool evaluation)
{
    auto* row = new QTreeWidgetItem(parent);
    row->setText(0, shownName(node.domain));
    if (!node.fetched) {
        row->setText(1, node.loop ? tr("already evaluated above: a loop") : tr("not fetched"));
        return;
    }
    if (node.record.isEmpty()) {
        row->setText(1, spf::resultName(node.result) + u" (" + spf::reasonName(node.reason) + u')');
    } else {
        row->setText(0, shownName(node.domain) + QStringLiteral("  \"") + node.record + u'"');
        row->setToolTip(0, node.record);
    }
    row->setText(2, QString::number(node.lookups));
    row->setToolTip(2, tr("DNS lookups this branch costs (the limit for the whole tree is 10)"));
    for (const SpfTermTrace& t : node.terms) {
        if (!evaluation && !t.countsLookup) {
            continue;
        }
        QString term = t.term;
        if (!t.target.isEmpty() && t.child < 0 && t.target != t.term) {
            term += QStringLiteral(" → ") + t.target;
        }
        QString status = evaluation ? termStatusText(t.status) : QString();
        if (t.voidLookup) {
            status += (status.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(void lookup)");
        }
        auto* termRow = new QTreeWidgetItem(row, {term, status});
        if (evaluation) {
            for (const SpfQueryTrace& q : t.queries) {
                new QTreeWidgetItem(termRow,
                                    {q.name + u' ' + dns::typeName(q.type),
                                     DnsText::outcome(q.outcome),
                                     q.answers.join(QStringLiteral(", "))});
            }
        }
        if (t.child >= 0 && t.child < int(node.children.size())) {
            addSpfNode(termRow, node.children.at(size_t(t.child)), evaluation);
        }
    }
}

void DomainCheckPane::fillSpf()
{
    QTreeWidget* tree = m_ui->spfTreeWidget;
    tree->clear();
    const AuditReport& r = report();
    for (const AuditItem& item : r.items) {
        if (item.spfLint) {
            auto* top = new QTreeWidgetItem(
                tree,
                {tr("Include tree of %1: every branch with its lookup cost").arg(shownName(item.subject)),
                 QString(),
                 tr("%1 of 10").arg(item.spfLint->lookups())});
            addSpfNode(top, item.spfLint->includeTree, false);
            top->setExpanded(true);
        }
    }
    for (const AuditItem& item : r.items) {
        if (!item.spf) {
            continue;
        }
        const SpfResult& spf = *item.spf;
        const QString title =
            item.check == u"helo"
                ? tr("Evaluation of the HELO name %1 from %2")
                      .arg(shownName(spf.request.domain), spf.request.ip.toString())
                : tr("Evaluation of %1 for %2").arg(shownName(spf.request.domain), spf.request.ip.toString());
        auto* top =
            new QTreeWidgetItem(tree, {title, spf::resultName(spf.result), tr("%1 of 10").arg(spf.lookups)});
        if (!spf.matchedPath.isEmpty()) {
            top->setToolTip(0, tr("Decided by: %1").arg(spf.matchedPath.join(QStringLiteral(" > "))));
        }
        addSpfNode(top, spf.trace, true);
    }
    tree->expandToDepth(1);
}

void DomainCheckPane::fillDnsQueries()
{
    QTreeWidget* tree = m_ui->dnsTreeWidget;
    tree->clear();
    const AuditReport& r = report();
    for (const DnsQueryLogEntry& q : r.queryLog) {
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
    m_ui->dnsSummaryLabel->setText(
        tr("%1 queries asked, %2 sent to DNS servers (the rest answered from this check's cache).")
            .arg(r.queryLog.size())
            .arg(r.upstreamQueries));
}

QString DomainCheckPane::reportText() const
{
    const AuditReport& r = report();
    const QString domain = r.domain.isEmpty() ? r.request.domain : r.domain;
    QString out = tr("Domain check of %1").arg(shownName(domain)) + u'\n';
    if (r.cancelled) {
        out += tr("The check was cancelled: items not finished are marked.") + u'\n';
    }
    auto addFinding = [&out](const Finding& f, const FindingText& text, const QString& indent) {
        if (!text.detail.isEmpty()) {
            out += indent + text.detail + u'\n';
        }
        if (!text.fix.isEmpty()) {
            out += indent + tr("How to fix: %1").arg(text.fix) + u'\n';
        }
        for (const ProposedRecord& rec : f.records) {
            out += indent + RecordSetExporter::zoneLine(rec) + u'\n';
        }
        for (const Evidence& e : f.evidence) {
            out += indent + evidenceLine(e) + u'\n';
        }
    };
    for (const AuditItem& item : r.items) {
        out += u'\n' + QStringLiteral("[%1] ").arg(itemStatusText(item)) + checkTitle(item, r.domain) + u'\n';
        if (item.check == u"gmail-requirements") {
            for (const GmailRequirement& req : item.gmail) {
                const Finding* f = findingById(item, req.findingId);
                const FindingText text = f ? FindingCatalog::text(*f) : FindingText{req.id, {}, {}};
                out += QStringLiteral("  [%1] ").arg(requirementStatusText(req.status)) + text.title;
                if (!req.replyCodes.isEmpty()) {
                    out += QStringLiteral(" (") + requirementNote(req) + u')';
                }
                out += u'\n';
                if (f) {
                    addFinding(*f, text, QStringLiteral("      "));
                }
            }
            continue;
        }
        for (const Finding& f : item.findings) {
            const FindingText text = FindingCatalog::text(f);
            out +=
                QStringLiteral("  [%1] ").arg(FindingCatalog::severityLabel(f.severity)) + text.title + u'\n';
            addFinding(f, text, QStringLiteral("      "));
        }
    }
    for (const AuditItem& item : r.items) {
        if (item.spfLint) {
            out += u'\n'
                   + tr("SPF include tree of %1 (%2 of 10 DNS lookups):")
                         .arg(shownName(item.subject))
                         .arg(item.spfLint->lookups())
                   + u'\n';
            std::function<void(const SpfNode&, int)> print = [&](const SpfNode& node, int depth) {
                const QString indent(depth * 2, u' ');
                out += indent + shownName(node.domain);
                if (!node.fetched) {
                    out += QStringLiteral("  ")
                           + (node.loop ? tr("already evaluated above: a loop") : tr("not fetched")) + u'\n';
                    return;
                }
                if (node.record.isEmpty()) {
                    out += QStringLiteral("  ") + spf::resultName(node.result);
                } else {
                    out += QStringLiteral("  \"") + node.record + u'"';
                }
                out += QStringLiteral("  ") + tr("[lookups: %1]").arg(node.lookups) + u'\n';
                for (const SpfTermTrace& t : node.terms) {
                    if (t.child >= 0 && t.child < int(node.children.size())) {
                        print(node.children.at(size_t(t.child)), depth + 1);
                    }
                }
            };
            print(item.spfLint->includeTree, 1);
        }
    }
    out += u'\n'
           + tr("%1 DNS queries asked, %2 sent to DNS servers.").arg(r.queryLog.size()).arg(r.upstreamQueries)
           + u'\n';
    return out;
}

bool DomainCheckPane::exportReport(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        file.write(QJsonDocument(audit::toJson(report())).toJson(QJsonDocument::Indented));
    } else {
        file.write(reportText().toUtf8());
    }
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

void DomainCheckPane::onCopyReportClicked()
{
    QGuiApplication::clipboard()->setText(reportText());
}

void DomainCheckPane::onExportClicked()
{
    const QString textFilter = tr("Text (*.txt)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString selected = textFilter;
    const QString suggested = QStringLiteral("domain-check-%1.txt").arg(report().domain);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"), suggested, textFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (path.isEmpty()) {
        return;
    }
    if (selected == jsonFilter && !path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        if (path.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive)) {
            path.chop(4);
        }
        path += QStringLiteral(".json");
    }
    QString error;
    if (exportReport(path, &error)) {
        setStatus(tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        showProblem(tr("Cannot save the report to %1: %2").arg(QDir::toNativeSeparators(path), error),
                    nullptr);
    }
}

void DomainCheckPane::updateWidgets()
{
    const bool busy = isBusy();
    m_ui->checkButton->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->copyReportButton->setEnabled(m_hasReport && !busy);
    m_ui->exportButton->setEnabled(m_hasReport && !busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->domainLineEdit,
                                                      m_ui->ipsLineEdit,
                                                      m_ui->heloLineEdit,
                                                      m_ui->selectorsLineEdit,
                                                      m_ui->discoverCheckBox,
                                                      m_ui->dqsKeyLineEdit}) {
        w->setEnabled(!busy);
    }
}

void DomainCheckPane::retranslate()
{
    m_ui->introLabel->setText(
        QStringLiteral("<p style=\"font-size: 16pt; font-weight: 600;\">%1</p><p>%2</p><p>%3</p>")
            .arg(tr("See your domain as Gmail sees it").toHtmlEscaped(),
                 tr("Enter the domain and, if you know them, the IPs your mail servers send from, their "
                    "HELO name and your DKIM selectors, then press Check.")
                     .toHtmlEscaped(),
                 tr("MX, reverse DNS, HELO, SPF, DKIM, DMARC, blocklists, MTA-STS, TLS-RPT and BIMI are "
                    "checked at once, and Gmail's sender requirements are listed with the reply code Gmail "
                    "gives when one fails. Only DNS queries (and the MTA-STS policy fetch) leave this "
                    "computer.")
                     .toHtmlEscaped()));
    if (isBusy() || m_hasReport) {
        showReport();
    }
}

void DomainCheckPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
