#include "platform/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace autocoin {

namespace {

QString serverNameFor(const QString &dataDir)
{
    const QByteArray digest =
        QCryptographicHash::hash(QDir(dataDir).canonicalPath().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("autocoin-") + QString::fromLatin1(digest.left(24));
}

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_serverName(serverNameFor(dataDir))
    , m_lock(QDir(dataDir).filePath(QStringLiteral("autocoin.lock")))
{
    m_lock.setStaleLockTime(0); // never steal a live owner's lock; a dead owner's is still taken over
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
    m_lock.unlock();
}

bool SingleInstance::tryAcquire(QString *whyNot, bool *heldByOther)
{
    if (m_lock.tryLock(0)) {
        m_server = new QLocalServer(this);
        QLocalServer::removeServer(m_serverName); // left over by a crash
        if (m_server->listen(m_serverName)) {
            connect(m_server, &QLocalServer::newConnection, this, [this] {
                while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                    Q_EMIT activationRequested();
                    socket->disconnectFromServer();
                }
            });
        }
        return true;
    }
    // Held only when a lock file names its owner: anything else (a read-only directory, a
    // directory in the lock file's place, …) is a data directory autocoin cannot use.
    qint64 pid = 0;
    QString host;
    QString app;
    const bool held = m_lock.error() == QLockFile::LockFailedError && m_lock.getLockInfo(&pid, &host, &app);
    if (heldByOther)
        *heldByOther = held;
    if (whyNot) {
        if (held) {
            *whyNot = QStringLiteral("autocoin is already running on data directory %1 (process %2). "
                                     "Two engines on one account would double every order: use that one, or "
                                     "close it first.")
                          .arg(QDir::toNativeSeparators(m_dataDir))
                          .arg(pid);
        } else {
            *whyNot = QStringLiteral("cannot create the lock file in data directory %1 (%2): choose a writable "
                                     "one with --data-dir")
                          .arg(QDir::toNativeSeparators(m_dataDir), m_lock.error() == QLockFile::PermissionError
                                                                        ? QStringLiteral("permission denied")
                                                                        : QStringLiteral("it cannot be written"));
        }
    }
    return false;
}

bool SingleInstance::activateRunningInstance() const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    return socket.waitForConnected(1000);
}

} // namespace autocoin
