#pragma once

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThread;

namespace autocoin {

/// Reads the database off the caller's thread: one reader object on its own QThread with its own
/// connection (opened there, on the first request), so the window (and the control API, on the
/// same main thread) never waits on a query — with PostgreSQL, never on the network.
///
/// A request is a query (run on the reader's thread against its connection) and an answer (called
/// back on the requester's thread, through a queued call, with the query's value and any storage
/// error). Requests run one at a time in the order made, so their answers come in that order. An
/// answer whose `context` is gone is dropped; destroying the reader drops the answers not yet
/// delivered (the thread is joined first).
class StorageReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageReader)

public:
    /// `url` is opened on the reader's thread under the connection name "reader".
    explicit StorageReader(DatabaseUrl url, QObject *parent = nullptr);
    ~StorageReader() override;

    const DatabaseUrl &url() const { return m_url; }
    /// Requests made and not answered yet.
    int pending() const { return m_pending; }

    /// Runs `query(Database &, StorageError *)` on the reader's thread and then, on this thread,
    /// `answer(value, const StorageError &)` — unless `context` was destroyed meanwhile. When the
    /// connection cannot be opened the query is not run: the answer gets a default value and the
    /// open error.
    template<typename Query, typename Answer> void read(const QObject *context, Query query, Answer answer)
    {
        using Value = std::decay_t<std::invoke_result_t<Query &, Database &, StorageError *>>;
        ++m_pending;
        QPointer<const QObject> guard(context);
        auto done = std::make_shared<Answer>(std::move(answer));
        post([this, guard, done, query = std::move(query)](Database *database, const StorageError &openError) mutable {
            auto value = std::make_shared<Value>();
            StorageError error = openError;
            if (database)
                *value = query(*database, &error);
            deliver([this, guard, done, value, error] {
                if (guard)
                    (*done)(std::move(*value), error);
            });
        });
    }

Q_SIGNALS:
    /// Every request made so far has been answered (tests wait for it).
    void idle();

private:
    class Worker;
    /// Queues `job` to the worker thread.
    void post(std::function<void(Database *, const StorageError &)> job);
    /// Queues `answer` back to this (the requester's) thread.
    void deliver(std::function<void()> answer);

    DatabaseUrl m_url;
    QThread *m_thread;
    Worker *m_worker;
    int m_pending = 0;
};

} // namespace autocoin
