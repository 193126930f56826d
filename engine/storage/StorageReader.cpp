#include "storage/StorageReader.h"

#include <QThread>

namespace autocoin {

/// Lives on the reader's thread and owns its connection (a Qt SQL connection belongs to the
/// thread that opened it, so it is opened, used and closed there).
class StorageReader::Worker final : public QObject
{
public:
    explicit Worker(DatabaseUrl url)
        : m_url(std::move(url))
    {}

    void run(const std::function<void(Database *, const StorageError &)> &job)
    {
        if (!m_database && m_openError.message.isEmpty()) {
            m_database = Database::open(m_url, QStringLiteral("reader"), QString(), &m_openError);
            if (!m_database && m_openError.message.isEmpty())
                m_openError.message = QStringLiteral("cannot open the database %1").arg(m_url.redacted());
        }
        job(m_database.get(), m_openError);
    }

    /// Called on the reader's thread as it finishes: the connection goes with it.
    void close() { m_database.reset(); }

private:
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_database;
    StorageError m_openError; ///< set once: a database that could not be opened is not retried per request
};

StorageReader::StorageReader(DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_thread(new QThread)
    , m_worker(new Worker(m_url))
{
    m_thread->setObjectName(QStringLiteral("storage-reader"));
    m_worker->moveToThread(m_thread);
    // Closed and deleted on its own thread when the thread's event loop ends.
    connect(
        m_thread, &QThread::finished, m_worker,
        [worker = m_worker] {
            worker->close();
            delete worker;
        },
        Qt::DirectConnection);
    m_thread->start();
}

StorageReader::~StorageReader()
{
    // The request running finishes; the ones queued behind it are dropped with the event loop,
    // and the answers still queued to this object are removed with it.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void StorageReader::post(std::function<void(Database *, const StorageError &)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
}

void StorageReader::deliver(std::function<void()> answer)
{
    QMetaObject::invokeMethod(
        this,
        [this, answer = std::move(answer)] {
            --m_pending;
            answer();
            if (m_pending == 0)
                Q_EMIT idle();
        },
        Qt::QueuedConnection);
}

} // namespace autocoin
