// SPDX-License-Identifier: GPL-3.0-or-later
// MessageAnalysis: one paste analysed end to end without blocking the caller's thread.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <memory>

#include "core/diagnosis/MessageDiagnosis.h"
#include "core/dns/DnsSession.h"

namespace todoku {

class DnsResolver;
class MessageRecheck;

/**
 * Runs the analyser's whole pipeline for one input: reading and offline diagnosis on a worker thread (a
 * 50 MB paste takes a while to parse and hash), then, if asked, the live re-checks on the resolver's thread
 * through MessageRecheck, then the final diagnosis on a worker again. The caller's thread never waits;
 * stageChanged() reports progress and finished() the result. A new start() or cancel() drops a run still
 * going: its worker finishes in the background and its result is thrown away.
 */
class MessageAnalysis : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Idle,
        Reading,     ///< parsing and the offline diagnosis (worker thread)
        CheckingDns, ///< the live re-checks (DNS)
        Done
    };
    Q_ENUM(Stage)

    /** Inputs above this are refused with input.too-large rather than read: no message is this big. */
    static constexpr qint64 MAX_INPUT_BYTES = 64LL * 1024 * 1024;

    explicit MessageAnalysis(DnsResolver* resolver, QObject* parent = nullptr);
    ~MessageAnalysis() override;

    /** Analyses `input` (bytes as pasted or read from a file); `live` adds the DNS re-checks. */
    void start(const QByteArray& input, bool live);
    /** The same for text from the clipboard; the UTF-8 conversion happens on the worker too. */
    void startText(const QString& text, bool live);
    /**
     * The same for a file, read on the worker too (up to 64 MB from a slow disk must not stop the
     * window); an unreadable file ends in an input.unreadable finding, one too large in input.too-large.
     */
    void startFile(const QString& path, bool live);
    void cancel();

    Stage stage() const { return m_stage; }
    bool isRunning() const { return m_stage == Stage::Reading || m_stage == Stage::CheckingDns; }
    /** Valid after finished(). */
    const MessageDiagnosis& diagnosis() const { return m_diagnosis; }
    /** Whether the result includes the live re-checks. */
    bool wasLive() const { return m_live; }
    /** The bytes analysed (for a file, what was read), once the worker has read them; empty if refused. */
    const QByteArray& input() const { return m_input; }
    /** The DNS queries the live re-checks made, in order of completion. */
    const QList<DnsQueryLogEntry>& queries() const { return m_queries; }

signals:
    void stageChanged(todoku::MessageAnalysis::Stage stage);
    void finished();

private:
    struct Read;
    static std::shared_ptr<const Read> readInput(const QByteArray& input);
    static std::shared_ptr<const Read> readFile(const QString& path);
    static std::shared_ptr<const Read> refused(Finding finding);
    static std::shared_ptr<const Read> tooLarge(qint64 size);
    void launch(std::function<std::shared_ptr<const Read>()> read, bool live);
    template <typename T, typename F>
    void afterWorker(QFuture<T> future, F then);
    void onRead(quint64 run, std::shared_ptr<const Read> read);
    void onRechecked(quint64 run, std::shared_ptr<const Read> read);
    void finish(MessageDiagnosis diagnosis);
    void setStage(Stage stage);

    QPointer<DnsResolver> m_resolver;
    std::unique_ptr<MessageRecheck> m_recheck;
    MessageDiagnosis m_diagnosis;
    QList<DnsQueryLogEntry> m_queries;
    QByteArray m_input;
    Stage m_stage = Stage::Idle;
    quint64 m_run = 0; ///< bumped by start() and cancel(); a callback of an older run is ignored
    bool m_live = false;
};

} // namespace todoku
