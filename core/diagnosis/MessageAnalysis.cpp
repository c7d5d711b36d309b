// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/MessageAnalysis.h"

#include <QFile>
#include <QFileInfo>

#include <QtConcurrent/QtConcurrentRun>

#include "core/diagnosis/MessageRecheck.h"
#include "core/dkim/DkimVerifier.h"

namespace todoku {

/** What the first worker pass produces; shared read-only between the stages of one run. */
struct MessageAnalysis::Read
{
    QByteArray raw;
    PastedInput pasted;
    MessageDiagnosis offline;
    QList<DkimPrepared> prepared;
    bool usable = false; ///< worth asking DNS about
};

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + (1 << 20) - 1) >> 20);
}

} // namespace

std::shared_ptr<const MessageAnalysis::Read> MessageAnalysis::refused(Finding finding)
{
    auto read = std::make_shared<MessageAnalysis::Read>();
    read->offline.findings.append(std::move(finding));
    return read;
}

std::shared_ptr<const MessageAnalysis::Read> MessageAnalysis::tooLarge(qint64 size)
{
    return refused(Finding::make(QStringLiteral("input.too-large"),
                                 Severity::Error,
                                 {megabytes(size), megabytes(MessageAnalysis::MAX_INPUT_BYTES)}));
}

std::shared_ptr<const MessageAnalysis::Read> MessageAnalysis::readInput(const QByteArray& input)
{
    if (input.size() > MessageAnalysis::MAX_INPUT_BYTES) {
        return tooLarge(input.size());
    }
    auto read = std::make_shared<MessageAnalysis::Read>();
    read->raw = input;
    read->pasted = PastedInput::read(input);
    read->offline = MessageDiagnosis::analyze(read->pasted, input);
    read->usable = read->pasted.problem == InputProblem::None;
    if (read->usable && !read->offline.dkimSignatures.isEmpty()) {
        read->prepared = dkim::prepare(read->pasted.message, DkimBodyDiagnosis::sourceOf(read->pasted));
    }
    return read;
}

std::shared_ptr<const MessageAnalysis::Read> MessageAnalysis::readFile(const QString& path)
{
    QFile file(path);
    const QString shown = QFileInfo(path).fileName();
    const auto unreadable = [&] {
        // %1 the file's name, %2 the system's reason.
        return refused(
            Finding::make(QStringLiteral("input.unreadable"), Severity::Error, {shown, file.errorString()}));
    };
    if (!file.open(QIODevice::ReadOnly)) {
        return unreadable();
    }
    // Refused before reading: a file far over the limit should not be loaded just to be turned down.
    if (file.size() > MessageAnalysis::MAX_INPUT_BYTES) {
        return tooLarge(file.size());
    }
    const QByteArray bytes = file.read(MessageAnalysis::MAX_INPUT_BYTES + 1);
    if (file.error() != QFileDevice::NoError) {
        return unreadable();
    }
    return readInput(bytes);
}

template <typename T, typename F>
void MessageAnalysis::afterWorker(QFuture<T> future, F then)
{
    // Always through this object's event queue: a continuation attached to a future that has already
    // finished would otherwise run at once, inside start(), before the caller is ready for finished().
    future.then(QtFuture::Launch::Sync, [self = QPointer<MessageAnalysis>(this), then](T value) mutable {
        QMetaObject::invokeMethod(
            self,
            [then, value = std::move(value)]() mutable { then(std::move(value)); },
            Qt::QueuedConnection);
    });
}

MessageAnalysis::MessageAnalysis(DnsResolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

MessageAnalysis::~MessageAnalysis() = default;

void MessageAnalysis::start(const QByteArray& input, bool live)
{
    launch([input] { return readInput(input); }, live);
}

void MessageAnalysis::startText(const QString& text, bool live)
{
    launch([text] { return readInput(text.toUtf8()); }, live);
}

void MessageAnalysis::startFile(const QString& path, bool live)
{
    launch([path] { return readFile(path); }, live);
}

void MessageAnalysis::cancel()
{
    ++m_run;
    m_recheck.reset();
    if (isRunning()) {
        setStage(Stage::Idle);
    }
}

void MessageAnalysis::launch(std::function<std::shared_ptr<const Read>()> read, bool live)
{
    const quint64 run = ++m_run;
    m_recheck.reset();
    m_queries.clear();
    m_input.clear();
    m_live = live && m_resolver;
    setStage(Stage::Reading);
    afterWorker(QtConcurrent::run(std::move(read)),
                [this, run](std::shared_ptr<const Read> read) { onRead(run, std::move(read)); });
}

void MessageAnalysis::onRead(quint64 run, std::shared_ptr<const Read> read)
{
    if (run != m_run) {
        return;
    }
    m_input = read->raw;
    if (!m_live || !read->usable) {
        m_live = false;
        finish(read->offline);
        return;
    }
    setStage(Stage::CheckingDns);
    m_recheck = std::make_unique<MessageRecheck>(m_resolver);
    connect(m_recheck.get(), &MessageRecheck::finished, this, [this, run, read] { onRechecked(run, read); });
    m_recheck->start(read->offline, read->prepared);
}

void MessageAnalysis::onRechecked(quint64 run, std::shared_ptr<const Read> read)
{
    if (run != m_run) {
        return;
    }
    const MessageRechecks rechecks = m_recheck->rechecks();
    m_queries = m_recheck->session().log();
    // Deleted later: this runs inside the recheck's own finished() signal.
    m_recheck.release()->deleteLater();
    afterWorker(QtConcurrent::run([read, rechecks] {
                    return MessageDiagnosis::analyze(read->pasted, read->raw, rechecks);
                }),
                [this, run](MessageDiagnosis diagnosis) {
                    if (run == m_run) {
                        finish(std::move(diagnosis));
                    }
                });
}

void MessageAnalysis::finish(MessageDiagnosis diagnosis)
{
    m_diagnosis = std::move(diagnosis);
    setStage(Stage::Done);
    emit finished();
}

void MessageAnalysis::setStage(Stage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        emit stageChanged(stage);
    }
}

} // namespace todoku
