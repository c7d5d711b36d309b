// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/setup/SetupWizard.h"

#include "ui_SetupWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyledItemDelegate>

#include <QtConcurrent/QtConcurrentRun>

#include "core/common/ErrorText.h"
#include "core/diagnosis/FindingCatalog.h"
#include "core/dmarc/DmarcBuilder.h"
#include "core/dns/DnsName.h"
#include "core/setup/PtrRequestLetter.h"
#include "core/setup/PublicationCheck.h"
#include "core/setup/RecordRenderer.h"
#include "core/setup/RecordSetExporter.h"
#include "core/setup/RecordSetGenerator.h"

using namespace todoku;

namespace {

const DkimKeyType KEY_TYPES[] = {DkimKeyType::Rsa2048,
                                 DkimKeyType::Rsa1024,
                                 DkimKeyType::Rsa3072,
                                 DkimKeyType::Rsa4096,
                                 DkimKeyType::Ed25519};
const DmarcPolicy POLICIES[] = {DmarcPolicy::None, DmarcPolicy::Quarantine, DmarcPolicy::Reject};

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/** Findings as a short list, errors in red, warnings in dark orange, beside the fields they are about. */
QString findingsHtml(const QList<Finding>& findings)
{
    QString html;
    for (const Finding& f : findings) {
        const FindingText text = FindingCatalog::text(f);
        const char* color = f.severity == Severity::Error     ? "#b00020"
                            : f.severity == Severity::Warning ? "#9a5b00"
                                                              : "#305070";
        QString detail = escaped(text.detail);
        detail.replace(u'\n', QStringLiteral("<br>")); // a record on its own line
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b><br>%3</p>")
                    .arg(QLatin1String(color), escaped(text.title), detail);
    }
    return html;
}

/** The registrar catalog's field names (registrars.json "unverified") as the user reads them. */
QString unverifiedFields(const QStringList& fields)
{
    QStringList labels;
    for (const QString& field : fields) {
        if (field == u"host") {
            labels.append(SetupWizard::tr("how host names are typed"));
        } else if (field == u"apex") {
            labels.append(SetupWizard::tr("how the domain itself is typed"));
        } else if (field == u"txtQuotes") {
            labels.append(SetupWizard::tr("quotes around TXT values"));
        } else if (field == u"longTxt") {
            labels.append(SetupWizard::tr("long TXT values"));
        } else if (field == u"defaultTtl") {
            labels.append(SetupWizard::tr("the default TTL"));
        } else {
            labels.append(field);
        }
    }
    return labels.join(SetupWizard::tr(", "));
}

/** "host TYPE value" lines a provider gave for its DKIM signing. */
QList<ProposedRecord> parseProviderValues(const QString& text, const QString& domainAce)
{
    QList<ProposedRecord> out;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& raw : lines) {
        const QStringList parts = raw.simplified().split(u' ');
        if (parts.size() < 3) {
            continue;
        }
        QString name = parts.at(0);
        if (!name.endsWith(u'.')) {
            name = name + u'.' + domainAce + u'.';
        }
        ProposedRecord r = ProposedRecord::make(
            name, parts.at(1).toUpper(), parts.mid(2).join(u' '), QStringLiteral("dkim"));
        out.append(r);
    }
    return out;
}

QString providerValuesText(const QList<ProposedRecord>& records)
{
    QStringList lines;
    for (const ProposedRecord& r : records) {
        lines.append(r.name + u' ' + r.type + u' ' + r.value);
    }
    return lines.join(u'\n');
}

/**
 * Record values (a DKIM key is one 400-character token) wrap anywhere instead of being elided, and rows are
 * as tall as the wrapped value, so the whole value is visible before it is copied.
 */
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.highlightedText().color()
                                                           : opt.palette.text().color());
        if (const QVariant fg = index.data(Qt::ForegroundRole);
            fg.canConvert<QBrush>() && !(opt.state & QStyle::State_Selected)) {
            painter->setPen(fg.value<QBrush>().color());
        }
        painter->drawText(opt.rect.adjusted(4, 2, -4, -2), Qt::TextWrapAnywhere | Qt::AlignVCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        // Width: the text on one line (so resizeColumnToContents works); height: wrapped at the column's
        // width.
        const QString text = index.data().toString();
        const auto* view = qobject_cast<const QTableWidget*>(option.widget);
        const int width = view ? view->columnWidth(index.column()) - 8 : 300;
        const QRect bounds =
            option.fontMetrics.boundingRect(QRect(0, 0, qMax(40, width), 10000), Qt::TextWrapAnywhere, text);
        int natural = 0;
        for (const QString& line : text.split(u'\n')) {
            natural = qMax(natural, option.fontMetrics.horizontalAdvance(line));
        }
        return {natural + 10, bounds.height() + 6};
    }
};

} // namespace

struct SetupWizard::GeneratedKey
{
    ProposedRecord record;
    QString error; ///< empty when the key was made and written
    QString path;
};

SetupWizard::SetupWizard(DnsResolver* resolver, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::SetupWizard)
    , m_resolver(resolver)
    , m_providers(SpfProviderCatalog::builtIn())
    , m_registrars(RegistrarCatalog::builtIn())
{
    m_ui->setupUi(this);
    for (const SpfProvider& p : m_providers.providers()) {
        if (p.id == u"own-server") {
            continue; // the "own mail server" box above stands for it
        }
        auto* item = new QListWidgetItem(p.name, m_ui->providersListWidget);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const RegistrarPreset& preset : m_registrars.presets()) {
        m_ui->registrarComboBox->addItem(preset.displayName(), preset.id);
    }
    m_ui->keyProgressBar->hide();
    m_ui->recordsTableWidget->setColumnCount(ReviewColumnCount);
    m_ui->recordsTableWidget->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_ui->recordsTableWidget->verticalHeader()->hide();
    m_ui->recordsTableWidget->setItemDelegateForColumn(ValueColumn,
                                                       new ValueDelegate(m_ui->recordsTableWidget));
    m_ui->recordsTableWidget->setItemDelegateForColumn(HostColumn,
                                                       new ValueDelegate(m_ui->recordsTableWidget));
    m_ui->verifyTableWidget->setColumnCount(VerifyColumnCount);
    m_ui->verifyTableWidget->horizontalHeader()->setSectionResizeMode(VerifyValueColumn,
                                                                      QHeaderView::Stretch);
    m_ui->verifyTableWidget->verticalHeader()->hide();
    for (const int column : {int(VerifyNameColumn), int(VerifyStateColumn), int(VerifyValueColumn)}) {
        m_ui->verifyTableWidget->setItemDelegateForColumn(column, new ValueDelegate(m_ui->verifyTableWidget));
    }
    m_ui->verifyDetailsBrowser->hide();
    m_ui->selectorEdit->setText(DkimKeyGenerator::suggestedSelector(QDate::currentDate()));

    setPublicationCheck(new PublicationCheck(m_resolver, this));
    m_existingLookup = new ExistingRecordsLookup(m_resolver, this);
    connect(m_existingLookup, &ExistingRecordsLookup::finished, this, &SetupWizard::onExistingFound);
    m_ui->existingRecordsLabel->hide();

    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { next(); });
    connect(m_ui->backButton, &QPushButton::clicked, this, &SetupWizard::back);
    connect(m_ui->ownServerCheckBox, &QCheckBox::toggled, this, &SetupWizard::updateNavigation);
    for (QRadioButton* radio :
         {m_ui->dkimGenerateRadioButton, m_ui->dkimProviderRadioButton, m_ui->dkimNoneRadioButton}) {
        connect(radio, &QRadioButton::toggled, this, &SetupWizard::updateDkimWidgets);
    }
    connect(m_ui->generateKeyButton, &QPushButton::clicked, this, &SetupWizard::onGenerateKeyClicked);
    connect(m_ui->browseKeyButton, &QPushButton::clicked, this, &SetupWizard::onBrowseKeyClicked);
    connect(m_ui->selectorEdit, &QLineEdit::textChanged, this, &SetupWizard::updateDkimWidgets);
    connect(m_ui->policyComboBox, &QComboBox::currentIndexChanged, this, &SetupWizard::updateDmarcPlan);
    connect(m_ui->ruaEdit, &QLineEdit::textChanged, this, &SetupWizard::updateDmarcPlan);
    connect(m_ui->registrarComboBox, &QComboBox::currentIndexChanged, this, &SetupWizard::onRegistrarChanged);
    connect(m_ui->copyValueButton, &QPushButton::clicked, this, &SetupWizard::onCopyValueClicked);
    connect(m_ui->copyRowButton, &QPushButton::clicked, this, &SetupWizard::onCopyRowClicked);
    connect(m_ui->copyAllButton, &QPushButton::clicked, this, &SetupWizard::onCopyAllClicked);
    connect(m_ui->exportZoneButton, &QPushButton::clicked, this, &SetupWizard::onExportZoneClicked);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &SetupWizard::onExportCsvClicked);
    connect(m_ui->ptrLanguageComboBox, &QComboBox::currentIndexChanged, this, &SetupWizard::updateLetter);
    connect(m_ui->copyLetterButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_ui->ptrLetterEdit->toPlainText());
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SetupWizard::onSaveClicked);
    connect(m_ui->openButton, &QPushButton::clicked, this, &SetupWizard::onOpenClicked);
    connect(m_ui->checkNowButton, &QPushButton::clicked, this, &SetupWizard::checkNow);
    connect(m_ui->stopCheckingButton, &QPushButton::clicked, this, &SetupWizard::stopChecking);
    connect(m_ui->pollCheckBox, &QCheckBox::toggled, this, [this] {
        // Restart in the new mode: polling on asks again now; off makes this round the last.
        if (currentPage() == VerifyPage && isChecking()) {
            checkNow();
        }
    });
    connect(m_ui->verifyTableWidget,
            &QTableWidget::itemSelectionChanged,
            this,
            &SetupWizard::showPublicationDetails);

    retranslate();
    goToPage(DomainPage);
}

SetupWizard::~SetupWizard()
{
    if (m_keyWatcher) {
        m_keyWatcher->waitForFinished();
    }
}

void SetupWizard::setPublicationCheck(PublicationCheck* check)
{
    delete m_check;
    m_check = check;
    m_check->setParent(this);
    connect(m_check, &PublicationCheck::roundFinished, this, &SetupWizard::onPublicationRound);
    connect(m_check, &PublicationCheck::finished, this, &SetupWizard::onPublicationFinished);
}

bool SetupWizard::isChecking() const
{
    return m_check && m_check->isRunning();
}

int SetupWizard::currentPage() const
{
    return m_ui->pagesStackedWidget->currentIndex();
}

void SetupWizard::goToPage(int page)
{
    page = qBound(0, page, PageCount - 1);
    if (page >= ReviewPage) {
        regenerate();
        lookUpExisting();
    }
    m_ui->pagesStackedWidget->setCurrentIndex(page);
    if (page == DmarcPage) {
        updateDmarcPlan();
    }
    if (page == VerifyPage) {
        fillVerifyTable();
        checkNow();
    } else if (isChecking()) {
        stopChecking(); // a setup left here is resumed by coming back (or opening its saved file)
    }
    updateNavigation();
}

bool SetupWizard::next()
{
    const int page = currentPage();
    if (!validatePage(page)) {
        return false;
    }
    int target = page + 1;
    if (target == ServersPage && !m_ui->ownServerCheckBox->isChecked()) {
        // Without an own server there are no addresses, but the mail host and MX choice still matter.
        m_ui->ipEdit->clear();
    }
    if (target < PageCount) {
        goToPage(target);
    }
    return true;
}

void SetupWizard::back()
{
    goToPage(currentPage() - 1);
}

SetupPlan SetupWizard::plan() const
{
    SetupPlan plan;
    plan.domain = m_ui->domainEdit->text().trimmed();
    if (m_ui->ownServerCheckBox->isChecked()) {
        for (const QString& line : m_ui->ipEdit->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty()) {
                plan.ipAddresses.append(line.trimmed());
            }
        }
    }
    for (int i = 0; i < m_ui->providersListWidget->count(); ++i) {
        const QListWidgetItem* item = m_ui->providersListWidget->item(i);
        if (item->checkState() == Qt::Checked) {
            plan.providers.append(item->data(Qt::UserRole).toString());
        }
    }
    plan.mailHost = m_ui->mailHostEdit->text().trimmed();
    plan.receiving = m_ui->receiveNullRadioButton->isChecked()        ? SetupPlan::Receiving::NullMx
                     : m_ui->receiveUnchangedRadioButton->isChecked() ? SetupPlan::Receiving::Unchanged
                                                                      : SetupPlan::Receiving::MailHost;
    plan.dkimMode = m_ui->dkimProviderRadioButton->isChecked() ? SetupPlan::DkimMode::ProviderValues
                    : m_ui->dkimNoneRadioButton->isChecked()   ? SetupPlan::DkimMode::None
                                                               : SetupPlan::DkimMode::Generate;
    plan.selector = m_ui->selectorEdit->text().trimmed();
    plan.keyType = DkimKeyGenerator::typeName(KEY_TYPES[qMax(0, m_ui->keyTypeComboBox->currentIndex())]);
    const QString ace = dns::toAce(plan.domain).valueOr(plan.domain);
    plan.providerDkimRecords = parseProviderValues(m_ui->providerDkimEdit->toPlainText(), ace);
    plan.dmarcPolicy = POLICIES[qMax(0, m_ui->policyComboBox->currentIndex())];
    plan.reportAddress = m_ui->ruaEdit->text().trimmed();
    plan.registrar = m_ui->registrarComboBox->currentData().toString();
    if (!m_existingDomain.isEmpty() && m_existingDomain == ace) {
        plan.existing = m_existing;
    }
    return plan;
}

void SetupWizard::setPlan(const SetupPlan& plan)
{
    m_ui->domainEdit->setText(plan.domain);
    // The records found when the setup was saved stand until the review page asks DNS again.
    m_existing = plan.existing;
    m_existingDomain = dns::toAce(plan.domain.trimmed()).valueOr(plan.domain.trimmed());
    m_existingFailed = false;
    m_ui->ownServerCheckBox->setChecked(!plan.ipAddresses.isEmpty()
                                        || plan.providers.contains(QStringLiteral("own-server")));
    m_ui->ipEdit->setPlainText(plan.ipAddresses.join(u'\n'));
    for (int i = 0; i < m_ui->providersListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui->providersListWidget->item(i);
        item->setCheckState(plan.providers.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                         : Qt::Unchecked);
    }
    m_ui->mailHostEdit->setText(plan.mailHost);
    m_ui->receiveMxRadioButton->setChecked(plan.receiving == SetupPlan::Receiving::MailHost);
    m_ui->receiveNullRadioButton->setChecked(plan.receiving == SetupPlan::Receiving::NullMx);
    m_ui->receiveUnchangedRadioButton->setChecked(plan.receiving == SetupPlan::Receiving::Unchanged);
    m_ui->dkimGenerateRadioButton->setChecked(plan.dkimMode == SetupPlan::DkimMode::Generate);
    m_ui->dkimProviderRadioButton->setChecked(plan.dkimMode == SetupPlan::DkimMode::ProviderValues);
    m_ui->dkimNoneRadioButton->setChecked(plan.dkimMode == SetupPlan::DkimMode::None);
    if (!plan.selector.isEmpty()) {
        m_ui->selectorEdit->setText(plan.selector);
    }
    const std::optional<DkimKeyType> type = DkimKeyGenerator::parseType(plan.keyType);
    for (int i = 0; i < int(std::size(KEY_TYPES)); ++i) {
        if (type && KEY_TYPES[i] == *type) {
            m_ui->keyTypeComboBox->setCurrentIndex(i);
        }
    }
    m_ui->providerDkimEdit->setPlainText(providerValuesText(plan.providerDkimRecords));
    for (int i = 0; i < int(std::size(POLICIES)); ++i) {
        if (POLICIES[i] == plan.dmarcPolicy) {
            m_ui->policyComboBox->setCurrentIndex(i);
        }
    }
    m_ui->ruaEdit->setText(plan.reportAddress);
    const int registrar = m_ui->registrarComboBox->findData(plan.registrar);
    m_ui->registrarComboBox->setCurrentIndex(qMax(0, registrar));
    updateDkimWidgets();
    regenerate();
}

bool SetupWizard::validatePage(int page)
{
    const SetupPlan p = plan();
    QList<Finding> findings;
    switch (page) {
    case DomainPage:
        findings = SetupPlanValidator::validateField(p, QStringLiteral("domain"));
        break;
    case SendingPage:
        if (!m_ui->ownServerCheckBox->isChecked() && p.providers.isEmpty()) {
            findings = SetupPlanValidator::validateField(p, QStringLiteral("ipAddresses"));
        }
        break;
    case ServersPage:
        findings = SetupPlanValidator::validateField(p, QStringLiteral("ipAddresses"))
                   + SetupPlanValidator::validateField(p, QStringLiteral("mailHost"));
        if (m_ui->ownServerCheckBox->isChecked() && p.ipAddresses.isEmpty()) {
            findings.prepend(Finding::make(
                QStringLiteral("setup.input.no-sender"), Severity::Error, {QStringLiteral("ipAddresses")}));
        }
        break;
    case DkimPage:
        findings = SetupPlanValidator::validateField(p, QStringLiteral("selector"));
        break;
    case DmarcPage:
        findings = SetupPlanValidator::validateField(p, QStringLiteral("reportAddress"));
        break;
    default:
        break;
    }
    showMessages(page, findings);
    return SetupPlanValidator::canGenerate(findings);
}

QLabel* SetupWizard::messageLabel(int page) const
{
    switch (page) {
    case DomainPage:
        return m_ui->domainMessageLabel;
    case SendingPage:
        return m_ui->sendingMessageLabel;
    case ServersPage:
        return m_ui->serversMessageLabel;
    case DkimPage:
        return m_ui->dkimMessageLabel;
    case DmarcPage:
        return m_ui->dmarcMessageLabel;
    default:
        return nullptr;
    }
}

void SetupWizard::showMessages(int page, const QList<Finding>& findings)
{
    if (QLabel* label = messageLabel(page)) {
        label->setText(findingsHtml(findings));
        label->setVisible(!findings.isEmpty());
    }
}

void SetupWizard::updateNavigation()
{
    const int page = currentPage();
    m_ui->backButton->setEnabled(page > 0);
    m_ui->nextButton->setEnabled(page < PageCount - 1);
    const QStringList names = {tr("Domain"),
                               tr("How you send"),
                               tr("Servers and addresses"),
                               tr("DKIM"),
                               tr("DMARC"),
                               tr("Review and publish"),
                               tr("Verify")};
    QStringList parts;
    for (int i = 0; i < names.size(); ++i) {
        const QString name = escaped(names.at(i));
        parts.append(i == page ? QStringLiteral("<b>%1</b>").arg(name)
                               : QStringLiteral("<span style=\"color:#777\">%1</span>").arg(name));
    }
    m_ui->stepLabel->setText(tr("Step %1 of %2:").arg(page + 1).arg(PageCount) + u' '
                             + parts.join(QStringLiteral(" › ")));
    const bool own = m_ui->ownServerCheckBox->isChecked();
    m_ui->ipEdit->setEnabled(own);
    m_ui->serversIntroLabel->setEnabled(own);
}

void SetupWizard::updateDkimWidgets()
{
    const bool generate = m_ui->dkimGenerateRadioButton->isChecked();
    m_ui->dkimGenerateWidget->setEnabled(generate && !isGeneratingKey());
    m_ui->dkimWhereLabel->setVisible(generate);
    m_ui->providerDkimEdit->setEnabled(m_ui->dkimProviderRadioButton->isChecked());
    if (m_ui->keyPathEdit->text().isEmpty()) {
        m_ui->keyPathEdit->setText(defaultKeyPath());
    }
    const QString selector = m_ui->selectorEdit->text().trimmed().isEmpty()
                                 ? tr("SELECTOR", "placeholder for the DKIM selector in file paths")
                                 : m_ui->selectorEdit->text().trimmed();
    const QString domain = m_ui->domainEdit->text().trimmed().isEmpty() ? QStringLiteral("example.jp")
                                                                        : m_ui->domainEdit->text().trimmed();
    const QString key = m_ui->keyPathEdit->text();
    m_ui->dkimWhereLabel->setText(
        tr("<p>Where the private key goes on your mail server (keep it readable only by the signing "
           "service):</p><ul>"
           "<li><b>OpenDKIM</b> (with Postfix as a milter): copy it to /etc/opendkim/keys/%2/%1.private, "
           "owned by opendkim, and add <code>%1._domainkey.%2 %2:%1:/etc/opendkim/keys/%2/%1.private</code> "
           "to KeyTable.</li>"
           "<li><b>rspamd</b>: copy it to /var/lib/rspamd/dkim/%2.%1.key, owned by _rspamd, and set "
           "<code>selector = \"%1\";</code> in local.d/dkim_signing.conf.</li>"
           "<li><b>Postfix</b> does not sign by itself: point <code>smtpd_milters</code> and "
           "<code>non_smtpd_milters</code> at OpenDKIM or rspamd.</li></ul><p>Key file: %3</p>")
            .arg(escaped(selector), escaped(domain), escaped(key)));
}

QString SetupWizard::defaultKeyPath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath();
    }
    const QString domain = m_ui->domainEdit->text().trimmed();
    const QString selector = m_ui->selectorEdit->text().trimmed();
    return QDir(dir).filePath(
        (domain.isEmpty() ? QStringLiteral("dkim") : dns::toAce(domain).valueOr(QStringLiteral("dkim")))
        + u'.' + (selector.isEmpty() ? QStringLiteral("key") : selector) + QStringLiteral(".private.pem"));
}

bool SetupWizard::isGeneratingKey() const
{
    return m_keyWatcher && m_keyWatcher->isRunning();
}

void SetupWizard::onBrowseKeyClicked()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save the DKIM private key"),
                                                      m_ui->keyPathEdit->text(),
                                                      tr("PEM key (*.pem *.private *.key)"));
    if (!path.isEmpty()) {
        m_ui->keyPathEdit->setText(path);
        updateDkimWidgets();
    }
}

void SetupWizard::onGenerateKeyClicked()
{
    if (isGeneratingKey()) {
        return;
    }
    const SetupPlan p = plan();
    QList<Finding> findings = SetupPlanValidator::validateField(p, QStringLiteral("domain"))
                              + SetupPlanValidator::validateField(p, QStringLiteral("selector"));
    const QString path = m_ui->keyPathEdit->text().trimmed();
    if (!SetupPlanValidator::canGenerate(findings) || path.isEmpty()) {
        showMessages(DkimPage, findings);
        if (path.isEmpty()) {
            m_ui->dkimStatusLabel->setText(tr("Choose where to save the private key first."));
        }
        return;
    }
    const QString domainAce = dns::toAce(p.domain).valueOr(p.domain);
    const QString selector = p.selector;
    const DkimKeyType type = KEY_TYPES[qMax(0, m_ui->keyTypeComboBox->currentIndex())];
    m_keyWatcher = new QFutureWatcher<GeneratedKey>(this);
    connect(m_keyWatcher, &QFutureWatcherBase::finished, this, &SetupWizard::onKeyFinished);
    // Key generation and the file write run on a worker: an RSA 4096 key takes a moment.
    m_keyWatcher->setFuture(QtConcurrent::run([type, path, selector, domainAce] {
        const Result<DkimKeyPair> pair = DkimKeyGenerator::generate(type);
        if (!pair) {
            return GeneratedKey{{}, ErrorText::text(pair.error()), path};
        }
        if (const std::optional<Error> error = DkimKeyGenerator::writePrivateKey(*pair, path)) {
            return GeneratedKey{{}, ErrorText::text(*error), path};
        }
        return GeneratedKey{DkimKeyGenerator::record(*pair, selector, domainAce), QString(), path};
    }));
    m_ui->keyProgressBar->show();
    m_ui->dkimStatusLabel->setText(tr("Generating the key…"));
    updateDkimWidgets();
}

void SetupWizard::onKeyFinished()
{
    auto* watcher = m_keyWatcher;
    const GeneratedKey key = watcher->result();
    const QString& path = key.path;
    const QString& error = key.error;
    m_ui->keyProgressBar->hide();
    if (error.isEmpty()) {
        m_dkimRecord = key.record;
        m_keyFile = path;
        m_ui->dkimStatusLabel->setText(
            QStringLiteral("<span style=\"color:#1b7e32\">%1</span>")
                .arg(escaped(tr("The private key was saved to %1 (readable only by you). Its public half "
                                "is the DKIM record on the review page.")
                                 .arg(path))));
    } else {
        m_ui->dkimStatusLabel->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                                           .arg(escaped(tr("The key could not be made: %1").arg(error))));
    }
    m_keyWatcher = nullptr;
    watcher->deleteLater();
    updateDkimWidgets();
    emit keyGenerated();
}

void SetupWizard::updateDmarcPlan()
{
    const SetupPlan p = plan();
    DmarcBuilder builder;
    builder.setDomain(dns::toAce(p.domain).valueOr(QStringLiteral("example.jp")));
    if (!p.reportAddress.isEmpty()) {
        builder.addAggregateReport(p.reportAddress);
    }
    builder.setPolicy(p.dmarcPolicy);
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(escaped(tr("The staged plan")));
    if (p.reportAddress.isEmpty()) {
        html +=
            QStringLiteral("<p style=\"color:#9a5b00\">%1</p>")
                .arg(escaped(tr("Without a report address you will not see who sends mail as your domain, "
                                "so you cannot tell when it is safe to tighten the policy.")));
    }
    for (const DmarcRolloutStep& step : builder.rolloutPlan()) {
        const bool chosen = step.policy == p.dmarcPolicy && step.percent == 100;
        html += QStringLiteral("<p>%1<b>%2</b>%3<br>%4<br><code>%5</code>")
                    .arg(chosen ? QStringLiteral("▶ ") : QString(),
                         escaped(step.title),
                         chosen ? escaped(tr(" (your choice now)")) : QString(),
                         escaped(step.explanation),
                         escaped(step.record));
        if (step.minimumDays > 0) {
            html += QStringLiteral("<br><i>%1</i>")
                        .arg(escaped(tr("Stay at least %n day(s).", nullptr, step.minimumDays)));
        }
        html += QStringLiteral("</p>");
    }
    m_ui->dmarcPlanBrowser->setHtml(html);
}

void SetupWizard::regenerate()
{
    const SetupPlan p = plan();
    // The key stands for the plan only while its selector and domain are still the ones it was made for.
    const bool keyMatches =
        m_dkimRecord
        && m_dkimRecord->name
               == DkimKeyGenerator::recordName(p.selector, dns::toAce(p.domain).valueOr(p.domain));
    const ProposedRecord* dkim =
        p.dkimMode == SetupPlan::DkimMode::Generate && keyMatches ? &*m_dkimRecord : nullptr;
    m_recordSet = RecordSetGenerator::generate(p, dkim);
    m_recordSet.findings = SetupPlanValidator::validate(p) + m_recordSet.findings;
    if (dkim) {
        m_recordSet.privateKeyFile = m_keyFile;
    }
    fillReviewTable();
    updateLetter();
    emit recordsChanged();
}

RegistrarPreset SetupWizard::currentPreset() const
{
    return m_registrars.preset(m_ui->registrarComboBox->currentData().toString())
        .value_or(m_registrars.presets().value(0));
}

void SetupWizard::fillReviewTable()
{
    const RegistrarPreset preset = currentPreset();
    QTableWidget* table = m_ui->recordsTableWidget;
    table->setRowCount(0);
    QList<Finding> notes;
    for (int i = 0; i < m_recordSet.records.size(); ++i) {
        const ProposedRecord& record = m_recordSet.records.at(i);
        const RenderedRecord shown = setup::renderForPanel(record, preset, m_recordSet.domain);
        const int row = table->rowCount();
        table->insertRow(row);
        const QString host = shown.outsideZone ? dns::withoutTrailingDot(record.name) : shown.host;
        QString value = shown.value;
        if (preset.host == RegistrarPreset::HostStyle::ZoneSyntax && !shown.line.isEmpty()) {
            value = shown.line;
        }
        auto* hostItem = new QTableWidgetItem(host.isEmpty() ? tr("(leave empty)") : host);
        hostItem->setData(Qt::UserRole, host);
        if (host.isEmpty()) {
            hostItem->setForeground(QColor(0x77, 0x77, 0x77));
        }
        hostItem->setData(RECORD_INDEX_ROLE, i);
        table->setItem(row, HostColumn, hostItem);
        table->setItem(row,
                       TypeColumn,
                       new QTableWidgetItem(shown.priority >= 0
                                                ? record.type + QStringLiteral(" (%1)").arg(shown.priority)
                                                : record.type));
        auto* valueItem = new QTableWidgetItem(value);
        valueItem->setData(Qt::UserRole, value);
        if (!shown.fits) {
            valueItem->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        table->setItem(row, ValueColumn, valueItem);
        table->setItem(row, TtlColumn, new QTableWidgetItem(QString::number(shown.ttl)));
        QString where = RecordSetExporter::purposeLabel(record.purpose);
        if (record.setAt == u"ip-owner") {
            where = tr("PTR: ask the owner of the IP address");
        }
        table->setItem(row, PurposeColumn, new QTableWidgetItem(where));
        for (const Finding& note : shown.notes) {
            const bool known = std::any_of(notes.cbegin(), notes.cend(), [&note](const Finding& f) {
                return f.id == note.id && f.args == note.args;
            });
            if (!known) {
                notes.append(note);
            }
        }
    }
    table->resizeColumnToContents(HostColumn);
    table->resizeColumnToContents(TypeColumn);
    table->resizeColumnToContents(TtlColumn);
    table->setColumnWidth(HostColumn, qMin(table->columnWidth(HostColumn), 200));
    table->setColumnWidth(PurposeColumn, 170);
    table->resizeRowsToContents();
    if (table->rowCount() > 0 && table->currentRow() < 0) {
        table->selectRow(0);
    }

    QString panel;
    if (!preset.unverified.isEmpty()) {
        panel +=
            QStringLiteral("<p style=\"color:#9a5b00\">%1</p>")
                .arg(escaped(tr("Some facts about %1's panel are not confirmed yet (%2): check the panel's "
                                "help page if it refuses a value.")
                                 .arg(preset.displayName(), unverifiedFields(preset.unverified))));
    }
    m_ui->registrarNoteLabel->setText(panel);
    m_ui->registrarNoteLabel->setVisible(!panel.isEmpty());
    QList<Finding> shownFindings;
    for (const Finding& f : m_recordSet.findings) {
        if (f.severity != Severity::Ok) {
            shownFindings.append(f);
        }
    }
    m_ui->reviewNotesBrowser->setHtml(findingsHtml(shownFindings + notes));
    m_ui->reviewNotesBrowser->setVisible(!shownFindings.isEmpty() || !notes.isEmpty());
}

QString SetupWizard::rowText(int row) const
{
    const QTableWidget* table = m_ui->recordsTableWidget;
    QStringList cells;
    for (int c = HostColumn; c <= TtlColumn; ++c) {
        const QTableWidgetItem* item = table->item(row, c);
        cells.append(!item                                 ? QString()
                     : c == HostColumn || c == ValueColumn ? item->data(Qt::UserRole).toString()
                                                           : item->text());
    }
    return cells.join(u'\t');
}

void SetupWizard::onRegistrarChanged()
{
    fillReviewTable();
}

void SetupWizard::onCopyValueClicked()
{
    const int row = m_ui->recordsTableWidget->currentRow();
    if (const QTableWidgetItem* item = m_ui->recordsTableWidget->item(row, ValueColumn)) {
        QApplication::clipboard()->setText(item->data(Qt::UserRole).toString());
    }
}

void SetupWizard::onCopyRowClicked()
{
    const int row = m_ui->recordsTableWidget->currentRow();
    if (row >= 0) {
        QApplication::clipboard()->setText(rowText(row));
    }
}

void SetupWizard::onCopyAllClicked()
{
    QApplication::clipboard()->setText(RecordSetExporter::panelText(m_recordSet, currentPreset()));
}

void SetupWizard::exportTo(const QString& suggestedName, const QString& filter, const QString& content)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the records"), suggestedName, filter);
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export the records"), tr("Could not write %1: %2").arg(path, file.errorString()));
    }
}

void SetupWizard::onExportZoneClicked()
{
    exportTo(m_recordSet.domain + QStringLiteral(".zone"),
             tr("Zone file (*.zone *.txt)"),
             RecordSetExporter::zoneFragment(m_recordSet));
}

void SetupWizard::onExportCsvClicked()
{
    exportTo(
        m_recordSet.domain + QStringLiteral(".csv"), tr("CSV (*.csv)"), RecordSetExporter::csv(m_recordSet));
}

void SetupWizard::updateLetter()
{
    const SetupPlan p = plan();
    const QString language = m_ui->ptrLanguageComboBox->currentData().toString();
    QStringList letters;
    for (const QString& typed : p.ipAddresses) {
        const QHostAddress address(typed);
        if (address.isNull() || p.mailHost.isEmpty()) {
            continue;
        }
        const PtrRequestLetter::Letter letter = PtrRequestLetter::compose(
            address, p.mailHost, language.isEmpty() ? QStringLiteral("ja") : language);
        letters.append(letter.subject + QStringLiteral("\n\n") + letter.body);
    }
    m_ui->reviewTabWidget->setTabEnabled(m_ui->reviewTabWidget->indexOf(m_ui->ptrTab), !letters.isEmpty());
    m_ui->ptrLetterEdit->setPlainText(letters.join(QStringLiteral("\n\n----\n\n")));
}

bool SetupWizard::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(plan().toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

bool SetupWizard::openFrom(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = parseError.errorString();
        }
        return false;
    }
    setPlan(SetupPlan::fromJson(doc.object()));
    return true;
}

void SetupWizard::onSaveClicked()
{
    const QString name = m_ui->domainEdit->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Save the setup"),
                                                      (name.isEmpty() ? QStringLiteral("setup") : name)
                                                          + QStringLiteral(".todoku-setup.json"),
                                                      tr("Todoku setup (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Save the setup"), tr("Could not write %1: %2").arg(path, error));
    }
}

void SetupWizard::onOpenClicked()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a setup"), QString(), tr("Todoku setup (*.json)"));
    QString error;
    if (!path.isEmpty() && !openFrom(path, &error)) {
        QMessageBox::warning(this, tr("Open a setup"), tr("Could not read %1: %2").arg(path, error));
    }
}

bool SetupWizard::isLookingUpExisting() const
{
    return m_existingLookup->isRunning();
}

void SetupWizard::lookUpExisting()
{
    const QString domain = m_ui->domainEdit->text().trimmed();
    const Result<QString> ace = dns::toAce(domain);
    if (!ace || domain.isEmpty()) {
        return;
    }
    if (m_existingLookup->isRunning() && m_existingLookup->domain() == *ace) {
        return;
    }
    if (!m_existingLookup->isRunning() && m_existingLookup->domain() == *ace && m_existingDomain == *ace) {
        return; // asked already for this domain (a saved setup's records are refreshed once)
    }
    m_existingLookup->lookup(*ace);
    updateExistingLabel();
}

void SetupWizard::onExistingFound()
{
    const QString ace = dns::toAce(m_ui->domainEdit->text().trimmed()).valueOr(QString());
    if (m_existingLookup->domain() != ace) {
        return; // the domain was changed meanwhile; the review page asks again
    }
    m_existingFailed = m_existingLookup->failed();
    if (!m_existingFailed || m_existingDomain != ace) {
        m_existing = m_existingFailed ? ExistingRecords{} : m_existingLookup->result();
        m_existingDomain = ace;
    }
    if (currentPage() >= ReviewPage) {
        regenerate();
        if (currentPage() == VerifyPage) {
            fillVerifyTable();
            checkNow();
        }
    }
    updateExistingLabel();
}

void SetupWizard::updateExistingLabel()
{
    QLabel* label = m_ui->existingRecordsLabel;
    const QString domain = escaped(m_ui->domainEdit->text().trimmed());
    if (m_existingLookup->isRunning()) {
        label->setText(escaped(tr("Looking for SPF and DMARC records %1 publishes now…")).arg(domain));
    } else if (m_existingFailed) {
        label->setText(
            QStringLiteral("<span style=\"color:#9a5b00\">%1</span>")
                .arg(escaped(tr("DNS gave no definite answer about the records %1 publishes now, so "
                                "they are not merged. If it has SPF or DMARC records, replace "
                                "them rather than adding a second one."))
                         .arg(domain)));
    } else if (m_existing.isEmpty()) {
        label->setText(escaped(tr("%1 publishes no SPF or DMARC record yet: add the records below as new "
                                  "ones."))
                           .arg(domain));
    } else {
        label->setText(QStringLiteral("<b>%1</b>")
                           .arg(escaped(tr("%1 already publishes SPF or DMARC records: they are merged into "
                                           "the records below (see the notes). Replace the old records, do "
                                           "not add new ones beside them."))
                                    .arg(domain)));
    }
    label->setVisible(!m_existingLookup->domain().isEmpty());
}

void SetupWizard::fillVerifyTable()
{
    QTableWidget* table = m_ui->verifyTableWidget;
    table->setRowCount(0);
    m_publication = {};
    for (const ProposedRecord& record : m_recordSet.records) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, VerifyNameColumn, new QTableWidgetItem(dns::withoutTrailingDot(record.name)));
        table->setItem(row, VerifyTypeColumn, new QTableWidgetItem(record.type));
        auto* state = new QTableWidgetItem(tr("Not checked yet"));
        state->setData(STATE_ROLE, int(PublicationState::Checking));
        table->setItem(row, VerifyStateColumn, state);
        table->setItem(row, VerifyValueColumn, new QTableWidgetItem(record.value));
    }
    table->resizeColumnsToContents();
    table->setColumnWidth(VerifyNameColumn, qMin(table->columnWidth(VerifyNameColumn), 260));
    table->setColumnWidth(VerifyStateColumn, qBound(120, table->columnWidth(VerifyStateColumn), 200));
    table->resizeRowsToContents();
    m_ui->verifyProgressBar->setRange(0, qMax(1, int(m_recordSet.records.size())));
    m_ui->verifyProgressBar->setValue(0);
    m_ui->verifyProgressBar->setFormat(tr("%1 of %2 published").arg(0).arg(m_recordSet.records.size()));
    m_ui->verifySummaryLabel->clear();
    m_ui->verifyDetailsBrowser->clear();
    m_ui->verifyDetailsBrowser->hide();
}

void SetupWizard::checkNow()
{
    if (m_recordSet.records.isEmpty()) {
        regenerate();
    }
    if (m_ui->verifyTableWidget->rowCount() != m_recordSet.records.size()) {
        fillVerifyTable();
    }
    // While a round is out, the bar is busy; between rounds it shows how many records are published.
    m_ui->verifyProgressBar->setRange(0, 0);
    m_ui->verifySummaryLabel->setText(
        tr("Asking every authoritative server of %1 and your resolver…").arg(escaped(m_recordSet.domain)));
    if (m_ui->pollCheckBox->isChecked()) {
        m_check->poll(m_recordSet, m_pollIntervalMs);
    } else {
        m_check->check(m_recordSet);
    }
    updateVerifyButtons();
}

void SetupWizard::stopChecking()
{
    const bool wasChecking = isChecking();
    m_check->cancel();
    const int total = m_ui->verifyTableWidget->rowCount();
    int published = 0;
    for (const RecordPublication& p : std::as_const(m_publication.records)) {
        published += p.state == PublicationState::Published ? 1 : 0;
    }
    m_ui->verifyProgressBar->setRange(0, qMax(1, total));
    m_ui->verifyProgressBar->setValue(published);
    if (wasChecking) {
        m_ui->verifySummaryLabel->setText(
            escaped(tr("Checking stopped. %1 of %2 records were published at the last check; press "
                       "\"Check now\" to ask again.")
                        .arg(published)
                        .arg(total)));
    }
    updateVerifyButtons();
}

void SetupWizard::updateVerifyButtons()
{
    m_ui->checkNowButton->setEnabled(!isChecking());
    m_ui->stopCheckingButton->setEnabled(isChecking());
}

namespace {

QString stateText(const RecordPublication& p)
{
    switch (p.state) {
    case PublicationState::Checking:
        return SetupWizard::tr("Not checked yet");
    case PublicationState::Published:
        return SetupWizard::tr("Published");
    case PublicationState::Different: {
        const Finding f = p.findings.value(0);
        return SetupWizard::tr("Different value found:") + u'\n'
               + (f.id == u"setup.different" ? f.args.value(3) : QString());
    }
    case PublicationState::Missing:
        return SetupWizard::tr("Not there yet");
    case PublicationState::Propagating:
        return SetupWizard::tr("Still propagating (%1)")
            .arg(SetupWizard::tr("%n second(s) left", nullptr, int(p.remainingTtl)));
    case PublicationState::Unknown:
        return SetupWizard::tr("DNS did not answer");
    }
    return {};
}

QColor stateColor(PublicationState state)
{
    switch (state) {
    case PublicationState::Published:
        return {0xc8, 0xf0, 0xcc};
    case PublicationState::Different:
        return {0xff, 0xe0, 0xb2};
    case PublicationState::Missing:
        return {0xf8, 0xd7, 0xda};
    case PublicationState::Propagating:
        return {0xff, 0xf3, 0xc4};
    case PublicationState::Unknown:
        return {0xe0, 0xe0, 0xe0};
    case PublicationState::Checking:
        break;
    }
    return {};
}

/** A record's findings in full (title, detail and what to do), for the details pane under the table. */
QString publicationHtml(const RecordPublication& p)
{
    QString html;
    for (const Finding& f : p.findings) {
        const FindingText text = FindingCatalog::text(f);
        const char* color = f.severity == Severity::Error     ? "#b00020"
                            : f.severity == Severity::Warning ? "#9a5b00"
                            : f.severity == Severity::Ok      ? "#1b7e32"
                                                              : "#305070";
        QString detail = escaped(text.detail);
        detail.replace(u'\n', QStringLiteral("<br>"));
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b><br>%3")
                    .arg(QLatin1String(color), escaped(text.title), detail);
        if (!text.fix.isEmpty()) {
            html += QStringLiteral("<br><i>%1</i>").arg(escaped(text.fix));
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

} // namespace

void SetupWizard::showPublication(int row)
{
    QTableWidget* table = m_ui->verifyTableWidget;
    QTableWidgetItem* item = table->item(row, VerifyStateColumn);
    if (!item || row >= m_publication.records.size()) {
        return;
    }
    const RecordPublication& p = m_publication.records.at(row);
    // The state, then each mistake or server problem the check recognised, by its title.
    QStringList lines{stateText(p)};
    QStringList ids;
    for (int i = 0; i < p.findings.size(); ++i) {
        const Finding& f = p.findings.at(i);
        ids.append(f.id);
        if (i > 0 && f.severity != Severity::Ok) {
            lines.append(QStringLiteral("• ") + FindingCatalog::text(f).title);
        }
    }
    item->setText(lines.join(u'\n'));
    item->setData(STATE_ROLE, int(p.state));
    item->setData(FINDINGS_ROLE, ids);
    const QColor color = stateColor(p.state);
    for (int c = 0; c < table->columnCount(); ++c) {
        if (QTableWidgetItem* cell = table->item(row, c)) {
            cell->setBackground(color.isValid() ? QBrush(color) : QBrush());
        }
    }
}

void SetupWizard::showPublicationDetails()
{
    const int row = m_ui->verifyTableWidget->currentRow();
    if (row < 0 || row >= m_publication.records.size()) {
        m_ui->verifyDetailsBrowser->hide();
        return;
    }
    m_ui->verifyDetailsBrowser->setHtml(publicationHtml(m_publication.records.at(row)));
    m_ui->verifyDetailsBrowser->show();
}

void SetupWizard::onPublicationRound()
{
    QTableWidget* table = m_ui->verifyTableWidget;
    m_publication = m_check->report();
    if (m_publication.records.size() != table->rowCount()) {
        return; // the set changed under the round (a new plan); the next round fills the new table
    }
    int published = 0;
    int firstOpen = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        showPublication(row);
        if (m_publication.records.at(row).state == PublicationState::Published) {
            ++published;
        } else if (firstOpen < 0) {
            firstOpen = row;
        }
    }
    table->resizeColumnToContents(VerifyStateColumn);
    table->setColumnWidth(VerifyStateColumn, qBound(120, table->columnWidth(VerifyStateColumn), 260));
    table->resizeRowsToContents();
    if (table->currentRow() < 0 && firstOpen >= 0) {
        table->selectRow(firstOpen); // show at once what is wrong with the first record not yet there
    }
    showPublicationDetails();

    const int total = table->rowCount();
    m_ui->verifyProgressBar->setRange(0, qMax(1, total));
    m_ui->verifyProgressBar->setValue(published);
    m_ui->verifyProgressBar->setFormat(tr("%1 of %2 published").arg(published).arg(total));
    QString summary = published == total
                          ? QStringLiteral("<b style=\"color:#1b7e32\">%1</b>")
                                .arg(escaped(tr("All %n record(s) are published.", nullptr, total)))
                          : escaped(tr("%1 of %2 records are published. Last checked %3.")
                                        .arg(published)
                                        .arg(total)
                                        .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (published != total && m_ui->pollCheckBox->isChecked() && isChecking()) {
        summary +=
            u' ' + escaped(tr("Checking again in %n second(s).", nullptr, qMax(1, m_pollIntervalMs / 1000)));
    }
    m_ui->verifySummaryLabel->setText(summary);
    updateVerifyButtons();
    emit verificationFinished();
}

void SetupWizard::onPublicationFinished()
{
    updateVerifyButtons();
}

void SetupWizard::fillCombos()
{
    const int keyIndex = qMax(0, m_ui->keyTypeComboBox->currentIndex());
    m_ui->keyTypeComboBox->clear();
    m_ui->keyTypeComboBox->addItems(
        {tr("RSA 2048 bits (recommended)"),
         tr("RSA 1024 bits (weak: only for panels that cannot take longer values)"),
         tr("RSA 3072 bits"),
         tr("RSA 4096 bits (too long for some panels)"),
         tr("Ed25519 (only as a second key: many receivers cannot check it)")});
    m_ui->keyTypeComboBox->setCurrentIndex(keyIndex);
    const int policyIndex = qMax(0, m_ui->policyComboBox->currentIndex());
    m_ui->policyComboBox->clear();
    m_ui->policyComboBox->addItems({tr("none: only watch the reports (start here)"),
                                    tr("quarantine: failing mail goes to spam"),
                                    tr("reject: failing mail is refused")});
    m_ui->policyComboBox->setCurrentIndex(policyIndex);
    const QString letter = m_ui->ptrLanguageComboBox->currentData().toString();
    m_ui->ptrLanguageComboBox->clear();
    m_ui->ptrLanguageComboBox->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_ui->ptrLanguageComboBox->addItem(tr("English"), QStringLiteral("en"));
    m_ui->ptrLanguageComboBox->setCurrentIndex(qMax(0, m_ui->ptrLanguageComboBox->findData(letter)));
}

void SetupWizard::retranslate()
{
    const QSignalBlocker keyBlocker(m_ui->keyTypeComboBox);
    const QSignalBlocker policyBlocker(m_ui->policyComboBox);
    fillCombos();
    for (int i = 0; i < m_ui->registrarComboBox->count(); ++i) {
        if (const auto preset = m_registrars.preset(m_ui->registrarComboBox->itemData(i).toString())) {
            m_ui->registrarComboBox->setItemText(i, preset->displayName());
        }
    }
    m_ui->recordsTableWidget->setHorizontalHeaderLabels(
        {tr("Host"), tr("Type"), tr("Value"), tr("TTL"), tr("Purpose")});
    m_ui->verifyTableWidget->setHorizontalHeaderLabels(
        {tr("Name"), tr("Type"), tr("State"), tr("Expected value")});
    // A language switch re-renders the states and findings of the last round.
    for (int row = 0; row < m_ui->verifyTableWidget->rowCount(); ++row) {
        showPublication(row);
    }
    showPublicationDetails();
    updateNavigation();
    updateDkimWidgets();
    if (currentPage() >= ReviewPage) {
        fillReviewTable();
    }
    if (currentPage() == DmarcPage) {
        updateDmarcPlan();
    }
    updateLetter();
    if (m_existingLookup && !m_existingLookup->domain().isEmpty()) {
        updateExistingLabel();
    }
}

void SetupWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
