#pragma once

#include "core/EngineState.h"
#include "execution/Execution.h"
#include "remote/ApiAuth.h"
#include "storage/Records.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>
#include <optional>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;

namespace autocoin {

class Clock;
class Database;
class EngineController;
class StorageReader;
struct ApiRequest;

/// The seed's local control API (docs/INTERFACE.md "Local control API"): a small, strict
/// HTTP/1.1 server on QTcpServer for scripts and monitoring. It lives on the main thread beside
/// the EngineController and talks to the engine only through it, as the window does: status,
/// signals and positions come from what the controller relays (no database round-trip), the
/// daily PnL from `pnl_daily` (cached for a few seconds), read — like the stored positions before
/// the first run — by a StorageReader on its own thread, so no query runs on the main thread. Every request needs the
/// Bearer token; one request per connection, answered and closed; header, body, time and connection limits keep a
/// hostile client from stalling the app.
class ControlApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlApiServer)

public:
    struct Options
    {
        QHostAddress host{QHostAddress::LocalHost};
        quint16 port = 0; ///< 0: any free port (tests read port())
        QByteArray token; ///< required: listen() refuses an empty one
        int maxConnections = 16;
        /// A request must arrive whole within this, or it is answered 408 and closed.
        std::chrono::milliseconds requestTimeout{10000};
        /// How long start/stop/reset wait for the engine's answer before answering 202.
        std::chrono::milliseconds commandTimeout{10000};
        int maxFailuresPerMinute = 10;
    };

    /// `database` may be null (no `/api/pnl/daily`, positions only from the engine); only its URL
    /// is used: the server reads through a connection of its own on a reader thread.
    ControlApiServer(EngineController *controller, Database *database, const Options &options,
                     const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ControlApiServer() override;

    /// Starts listening; false with `error` (no token, address in use, …).
    bool listen(QString *error);
    quint16 port() const;
    QHostAddress address() const;
    /// Connections open now (for tests: the cap and the clean-up).
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

private:
    struct Connection;
    struct PendingCommand
    {
        QPointer<QTcpSocket> socket;
        EngineCommand command = EngineCommand::Start;
        quint64 id = 0;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(Connection &connection);
    void route(Connection &connection, const ApiRequest &request);
    void runCommand(Connection &connection, EngineCommand command);
    void answerCommand(qsizetype index, int status, const QJsonObject &body);
    void reply(QTcpSocket *socket, int status, const QJsonObject &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void closeConnection(QTcpSocket *socket);

    QJsonObject statusJson() const;
    QJsonObject logsJson(const ApiRequest &request, int *status) const;
    /// The engine's positions, or (before its first valuation) the stored ones, read off this thread.
    void answerPositions(QTcpSocket *socket);
    QJsonObject positionsBody(const QJsonArray &positions, bool fromEngine) const;
    /// The daily PnL: from the cache, or read off this thread and then answered.
    void answerPnl(QTcpSocket *socket, const ApiRequest &request);
    QJsonObject pnlBody(int days) const;
    /// Marks the connection as waiting for a read (its deadline then aborts rather than answers).
    void setWaiting(QTcpSocket *socket, bool waiting);

    EngineController *m_controller;
    StorageReader *m_reader = nullptr; ///< nullptr without a database
    Options m_options;
    const Clock *m_clock;
    ApiAuth m_auth;
    QTcpServer *m_server;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    QList<PendingCommand> m_pending;
    quint64 m_nextCommandId = 1;
    QHash<QString, SignalRecord> m_lastSignals; ///< market -> its last decision, as relayed
    std::optional<EquityPoint> m_lastEquity;
    QList<PnlDay> m_pnlCache;
    QElapsedTimer m_pnlAge; ///< invalid: nothing cached
};

} // namespace autocoin
