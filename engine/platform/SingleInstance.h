#pragma once

#include <QLockFile>
#include <QObject>

class QLocalServer;

namespace autocoin {

/// One engine per data directory: two engines on one account would double every order.
/// A QLockFile in the data directory decides who runs (a lock left by a crashed process is
/// taken over); a QLocalServer lets a second start ask the running window to come forward.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// True when this process now owns the data directory. Otherwise `whyNot` says who does.
    /// `heldByOther` (when given) tells the two failures apart: true when a live process holds
    /// the lock, false when the lock file cannot be made at all (read-only directory, …).
    bool tryAcquire(QString *whyNot, bool *heldByOther = nullptr);
    /// From a second start: asks the running instance to show its window. True if it answered.
    bool activateRunningInstance() const;

Q_SIGNALS:
    /// Another start on the same data directory asked this instance to come forward.
    void activationRequested();

private:
    QString m_dataDir;
    QString m_serverName;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace autocoin
