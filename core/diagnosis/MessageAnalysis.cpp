// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diagnosis/MessageAnalysis.h"

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

std::shared_ptr<const MessageAnalysis::Read> MessageAnalysis::readInput(const QByteArray& input)
{
    auto read = std::make_shared<MessageAnalysis::Read>();
    if (input.size() > MessageAnalysis::MAX_INPUT_BYTES) {
        const auto mb = [](qint64 bytes) {
            return QString::number((bytes + (1 << 20) - 1) >> 20);
        };
        read->offline.findings.append(
            Finding::make(QStringLiteral("input.too-large"),
                          Severity::Error,
                          {mb(input.size()), mb(MessageAnalysis::MAX_INPUT_BYTES)}));
        return read;
    }
    read->raw = input;
    read->pasted = PastedInput::read(input);
    read->offline = MessageDiagnosis::analyze(read->pasted, input);
    read->usable = read->pasted.problem == InputProblem::None;
    if (read->usable && !read->offline.dkimSignatures.isEmpty()) {
        read->prepared = dkim::prepare(read->pasted.message, DkimBodyDiagnosis::sourceOf(read->pasted));
    }
    return read;
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
    launch([input] { return input; }, live);
}

void MessageAnalysis::startText(const QString& text, bool live)
{
    launch([text] { return text.toUtf8(); }, live);
}

void MessageAnalysis::cancel()
{
    ++m_run;
    m_recheck.reset();
    if (isRunning()) {
        setStage(Stage::Idle);
    }
}

void MessageAnalysis::launch(std::function<QByteArray()> input, bool live)
{
    const quint64 run = ++m_run;
    m_recheck.reset();
    m_queries.clear();
    m_live = live && m_resolver;
    setStage(Stage::Reading);
    afterWorker(QtConcurrent::run([input = std::move(input)] { return readInput(input()); }),
                [this, run](std::shared_ptr<const Read> read) { onRead(run, std::move(read)); });
}

void MessageAnalysis::onRead(quint64 run, std::shared_ptr<const Read> read)
{
    if (run != m_run) {
        return;
    }
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
