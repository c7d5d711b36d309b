// SPDX-License-Identifier: GPL-3.0-or-later
// waitFor: how a CLI command waits for one asynchronous core job (the core runs on the event loop).
#pragma once

#include <QEventLoop>
#include <QObject>
#include <utility>

/**
 * Connects to `sender`'s `finished` signal, calls `start()` and runs an event loop until the signal came;
 * returns at once if start() already emitted it, so a job that finishes synchronously never hangs the CLI.
 */
template <typename Sender, typename Signal, typename Start>
void waitFor(const Sender* sender, Signal finished, Start&& start)
{
    QEventLoop loop;
    bool done = false;
    const QMetaObject::Connection connection = QObject::connect(sender, finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    std::forward<Start>(start)();
    if (!done) {
        loop.exec();
    }
    QObject::disconnect(connection);
}
