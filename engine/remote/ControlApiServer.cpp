#include "remote/ControlApiServer.h"

#include "core/Clock.h"
#include "core/EngineController.h"
#include "logging/Logger.h"
#include "remote/ApiRequestParser.h"
#include "storage/Repositories.h"
#include "storage/StorageReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace autocoin {

namespace {

const QString kCategory = QStringLiteral("api");
/// After the answer is written, a client that does not read it (or close) is cut off after this.
constexpr std::chrono::milliseconds kLingerTimeout{5000};
constexpr int kDefaultLogLimit = 100;
constexpr int kDefaultPnlDays = 30;
constexpr int kMaxPnlDays = 3660;
/// A monitoring script may poll every second; the daily rows change once per engine iteration.
constexpr qint64 kPnlCacheMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status < 500 ? "Client Error" : "Server Error";
    }
}

QByteArray response(int status, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(json.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += "Connection: close\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out + json;
}

QJsonObject errorBody(const QString &error, const QString &message)
{
    return {{QStringLiteral("error"), error}, {QStringLiteral("message"), message}};
}

QJsonValue decimalOrNull(const std::optional<Decimal> &value)
{
    return value ? QJsonValue(value->toString()) : QJsonValue();
}

QJsonValue signalJson(const SignalRecord &s)
{
    const auto number = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return QJsonObject{{QStringLiteral("signal"), signalTypeName(s.signalType)},
                       {QStringLiteral("strength"), s.strength},
                       {QStringLiteral("price"), s.price.toString()},
                       {QStringLiteral("ema_fast"), number(s.emaFast)},
                       {QStringLiteral("ema_slow"), number(s.emaSlow)},
                       {QStringLiteral("rsi"), number(s.rsi)},
                       {QStringLiteral("atr"), number(s.atr)},
                       {QStringLiteral("candle_time"), s.candleTime.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("reason"), s.reason},
                       {QStringLiteral("reason_code"), reasonCodeJson(s.cause)},
                       {QStringLiteral("reason_data"), reasonDataJson(s.cause)}};
}

/// A whole number from `from` to `to` in query item `name`, `fallback` when absent; nullopt when
/// present but invalid.
std::optional<int> intParameter(const QUrlQuery &query, const QString &name, int fallback, int from, int to)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < from || value > to)
        return std::nullopt;
    return value;
}

} // namespace

struct ControlApiServer::Connection
{
    QTcpSocket *socket = nullptr;
    ApiRequestParser parser;
    QTimer *deadline = nullptr; ///< a child of the socket: it may fire into the socket's own end
    bool answered = false;
    bool waiting = false; ///< a command is with the engine; the answer follows
};

ControlApiServer::ControlApiServer(EngineController *controller, Database *database, const Options &options,
                                   const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_reader(database ? new StorageReader(database->url(), this) : nullptr)
    , m_options(options)
    , m_clock(clock ? clock : &SystemClock::instance())
    , m_auth(options.token, options.maxFailuresPerMinute)
    , m_server(new QTcpServer(this))
{
    Logger::instance().addSecret(QString::fromUtf8(options.token)); // never in a log line, whoever logs it
    m_server->setMaxPendingConnections(options.maxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &ControlApiServer::onNewConnection);

    connect(controller, &EngineController::stateChanged, this,
            [this](EngineState from, EngineState to, const QString &) {
                // The oldest waiting command this transition is the outcome of.
                for (qsizetype i = 0; i < m_pending.size(); ++i) {
                    if (commandTarget(m_pending[i].command, from) == to) {
                        answerCommand(
                            i, 200,
                            {{QStringLiteral("state"), stateName(to)}, {QStringLiteral("previous"), stateName(from)}});
                        return;
                    }
                }
            });
    connect(controller, &EngineController::commandRefused, this, [this](const QString &command, const QString &reason) {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (commandName(m_pending[i].command) == command) {
                answerCommand(i, 409,
                              {{QStringLiteral("error"), QStringLiteral("refused")},
                               {QStringLiteral("message"), reason},
                               {QStringLiteral("state"), stateName(m_controller->state())}});
                return;
            }
        }
    });
    connect(controller, &EngineController::killSwitchChanged, this, [this](bool engaged, bool withStateChange) {
        if (engaged || withStateChange)
            return; // a reset from ERROR was answered by its transition
        // Reset in IDLE released the kill switch: no transition, the release is the outcome.
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending[i].command == EngineCommand::Reset) {
                answerCommand(i, 200,
                              {{QStringLiteral("state"), stateName(EngineState::Idle)},
                               {QStringLiteral("previous"), stateName(EngineState::Idle)},
                               {QStringLiteral("killed"), false}});
                return;
            }
        }
    });
    connect(controller, &EngineController::signalGenerated, this,
            [this](const SignalRecord &signal) { m_lastSignals.insert(signal.symbol, signal); });
    connect(controller, &EngineController::equityUpdated, this,
            [this](const EquityPoint &point) { m_lastEquity = point; });
}

ControlApiServer::~ControlApiServer()
{
    // The sockets are children of the QTcpServer; their Connection records go first.
    m_connections.clear();
}

bool ControlApiServer::listen(QString *error)
{
    if (m_options.token.isEmpty()) {
        *error = QStringLiteral("API_TOKEN is not set: the control API never runs without a token");
        return false;
    }
    if (!m_server->listen(m_options.host, m_options.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_options.host.toString())
                     .arg(m_options.port)
                     .arg(m_server->errorString());
        return false;
    }
    if (!m_options.host.isLoopback())
        Logger::warning(kCategory,
                        QStringLiteral("the control API listens on %1, not only on this computer: anyone who can "
                                       "reach it with the token controls the engine, over plain HTTP")
                            .arg(m_options.host.toString()));
    Logger::info(kCategory, QStringLiteral("control API on http://%1:%2/api/ (Bearer token required)")
                                .arg(m_options.host.toString())
                                .arg(port()));
    return true;
}

quint16 ControlApiServer::port() const
{
    return m_server->serverPort();
}

QHostAddress ControlApiServer::address() const
{
    return m_server->serverAddress();
}

void ControlApiServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (static_cast<int>(m_connections.size()) >= m_options.maxConnections) {
            // Over the cap: a short answer, and cut off if the client does not go away.
            socket->write(response(503, errorBody(QStringLiteral("busy"), QStringLiteral("too many connections")),
                                   {{"Retry-After", "1"}}));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(kLingerTimeout, socket, [socket] { socket->abort(); });
            continue;
        }
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        connection->deadline = new QTimer(socket);
        connection->deadline->setSingleShot(true);
        connect(connection->deadline, &QTimer::timeout, socket, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            if (it->second->answered || it->second->waiting) {
                socket->abort(); // the answer was not collected in time
                closeConnection(socket);
                return;
            }
            reply(socket, 408, errorBody(QStringLiteral("timeout"), QStringLiteral("the request took too long")));
        });
        connection->deadline->start(m_options.requestTimeout);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { closeConnection(socket); });
        m_connections.emplace(socket, std::move(connection));
    }
}

void ControlApiServer::closeConnection(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    socket->deleteLater();
}

void ControlApiServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    const QByteArray bytes = socket->readAll();
    if (connection.answered || connection.waiting)
        return; // one request per connection: whatever follows is not read
    switch (connection.parser.feed(bytes)) {
    case ApiRequestParser::State::Incomplete:
        return;
    case ApiRequestParser::State::Failed:
        reply(socket, connection.parser.errorStatus(),
              errorBody(QStringLiteral("bad_request"), connection.parser.errorMessage()));
        return;
    case ApiRequestParser::State::Complete:
        connection.deadline->stop();
        handle(connection);
        return;
    }
}

void ControlApiServer::handle(Connection &connection)
{
    const ApiRequest &request = connection.parser.request();
    const QString address = connection.socket->peerAddress().toString();
    const QDateTime now = m_clock->nowUtc();
    switch (m_auth.check(address, request.headers.value("authorization"), now)) {
    case ApiAuth::Verdict::TooMany:
        reply(connection.socket, 429,
              errorBody(QStringLiteral("too_many_attempts"),
                        QStringLiteral("too many failed attempts from this address: wait a minute")),
              {{"Retry-After", QByteArray::number(m_auth.retryAfterSeconds(address, now))}});
        return;
    case ApiAuth::Verdict::Unauthorized:
        // Said without the header's value: a wrong token may be a real one off by a character.
        Logger::warning(kCategory, QStringLiteral("refused a request from %1: %2 token")
                                       .arg(address, request.headers.contains("authorization") ? QStringLiteral("wrong")
                                                                                               : QStringLiteral("no")));
        reply(connection.socket, 401,
              errorBody(QStringLiteral("unauthorized"), QStringLiteral("send Authorization: Bearer <API_TOKEN>")),
              {{"WWW-Authenticate", "Bearer realm=\"autocoin\""}});
        return;
    case ApiAuth::Verdict::Allowed:
        break;
    }
    route(connection, request);
}

void ControlApiServer::route(Connection &connection, const ApiRequest &request)
{
    QTcpSocket *socket = connection.socket;
    const auto methodIs = [&](const char *method, const char *allow) {
        if (request.method == method)
            return true;
        reply(socket, 405,
              errorBody(QStringLiteral("method_not_allowed"),
                        QStringLiteral("%1 needs %2").arg(request.path, QLatin1StringView(allow))),
              {{"Allow", allow}});
        return false;
    };
    const QString &path = request.path;
    if (path == u"/api/engine/status") {
        if (methodIs("GET", "GET"))
            reply(socket, 200, statusJson());
    } else if (path == u"/api/engine/start" || path == u"/api/engine/stop" || path == u"/api/engine/reset") {
        if (!methodIs("POST", "POST"))
            return;
        const EngineCommand command = path.endsWith(u"start")  ? EngineCommand::Start
                                      : path.endsWith(u"stop") ? EngineCommand::Stop
                                                               : EngineCommand::Reset;
        runCommand(connection, command);
    } else if (path == u"/api/logs/recent") {
        if (!methodIs("GET", "GET"))
            return;
        int status = 200;
        const QJsonObject body = logsJson(request, &status);
        reply(socket, status, body);
    } else if (path == u"/api/positions") {
        if (methodIs("GET", "GET"))
            answerPositions(socket);
    } else if (path == u"/api/pnl/daily") {
        if (methodIs("GET", "GET"))
            answerPnl(socket, request);
    } else {
        reply(socket, 404, errorBody(QStringLiteral("not_found"), QStringLiteral("no such endpoint")));
    }
}

void ControlApiServer::runCommand(Connection &connection, EngineCommand command)
{
    // The engine decides (its state is the truth; the cached one may be a moment behind): the
    // command is queued to it, and the transition or the refusal it answers with is the reply.
    connection.waiting = true;
    const quint64 id = m_nextCommandId++;
    m_pending.append({connection.socket, command, id});
    QTimer::singleShot(m_options.commandTimeout, this, [this, id] {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (m_pending[i].id == id) {
                answerCommand(
                    i, 202,
                    {{QStringLiteral("state"), stateName(m_controller->state())},
                     {QStringLiteral("message"), QStringLiteral("%1 was sent; the engine has not answered yet")
                                                     .arg(commandName(m_pending[i].command))}});
                return;
            }
        }
    });
    Logger::info(kCategory, QStringLiteral("%1 requested through the control API").arg(commandName(command)));
    m_controller->command(command);
}

void ControlApiServer::answerCommand(qsizetype index, int status, const QJsonObject &body)
{
    const PendingCommand pending = m_pending.takeAt(index);
    if (!pending.socket)
        return; // the client went away
    const auto it = m_connections.find(pending.socket);
    if (it != m_connections.end())
        it->second->waiting = false;
    reply(pending.socket, status, body);
}

void ControlApiServer::reply(QTcpSocket *socket, int status, const QJsonObject &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->second->answered)
        return;
    Connection &connection = *it->second;
    connection.answered = true;
    connection.deadline->start(kLingerTimeout);
    socket->write(response(status, body, headers));
    // May emit disconnected at once (and so end `connection`): nothing of it is touched after.
    socket->disconnectFromHost();
}

QJsonObject ControlApiServer::statusJson() const
{
    const EngineStatus status = m_controller->status();
    QJsonObject lastPrices;
    QJsonObject signalsByMarket;
    QJsonArray perMarket;
    for (const MarketStatus &m : status.perMarket) {
        if (m.lastPrice)
            lastPrices.insert(m.market, m.lastPrice->toString());
        if (const auto it = m_lastSignals.constFind(m.market); it != m_lastSignals.constEnd())
            signalsByMarket.insert(m.market, signalJson(*it));
        else if (m.signal)
            signalsByMarket.insert(m.market, QJsonObject{{QStringLiteral("signal"), signalTypeName(*m.signal)}});
        perMarket.append(QJsonObject{{QStringLiteral("market"), m.market},
                                     {QStringLiteral("last_price"), decimalOrNull(m.lastPrice)},
                                     {QStringLiteral("signal"), m.signal ? signalTypeName(*m.signal) : QJsonValue()},
                                     {QStringLiteral("held"), m.held},
                                     {QStringLiteral("stop_price"), decimalOrNull(m.stopPrice)},
                                     {QStringLiteral("trailing_stop"), m.trailingStop},
                                     {QStringLiteral("warning"), m.warning}});
    }
    // The seed's single-market fields name the first traded market; the lists cover every one.
    const QString first = status.markets.value(0);
    const MarketStatus *firstStatus = status.find(first);
    return {{QStringLiteral("state"), stateName(status.state)},
            {QStringLiteral("exchange"), exchangeName(status.exchange)},
            {QStringLiteral("paper_mode"), status.paperMode},
            {QStringLiteral("killed"), status.killed},
            {QStringLiteral("thread_alive"), m_controller->threadAlive()},
            {QStringLiteral("market"), first},
            {QStringLiteral("markets"), QJsonArray::fromStringList(status.markets)},
            {QStringLiteral("universe"), status.universe},
            {QStringLiteral("last_price"), decimalOrNull(firstStatus ? firstStatus->lastPrice : std::nullopt)},
            {QStringLiteral("last_prices"), lastPrices},
            {QStringLiteral("last_signal"),
             firstStatus && firstStatus->signal ? QJsonValue(signalTypeName(*firstStatus->signal)) : QJsonValue()},
            {QStringLiteral("signals"), signalsByMarket},
            {QStringLiteral("per_market"), perMarket},
            {QStringLiteral("iteration"), status.iteration},
            {QStringLiteral("failures"), status.failures},
            {QStringLiteral("max_failures"), status.maxFailures},
            {QStringLiteral("last_error"), status.lastError.isEmpty() ? QJsonValue() : QJsonValue(status.lastError)},
            {QStringLiteral("last_update"), status.lastUpdate.isValid()
                                                ? QJsonValue(status.lastUpdate.toUTC().toString(Qt::ISODateWithMs))
                                                : QJsonValue()},
            {QStringLiteral("feed"), QJsonObject{{QStringLiteral("source"), feedSourceName(status.feedSource)},
                                                 {QStringLiteral("state"), feedStateName(status.feedState)},
                                                 {QStringLiteral("reason"), status.feedReason}}}};
}

QJsonObject ControlApiServer::logsJson(const ApiRequest &request, int *status) const
{
    const auto limit =
        intParameter(request.query, QStringLiteral("limit"), kDefaultLogLimit, 1, Logger::kRecentCapacity);
    if (!limit) {
        *status = 400;
        return errorBody(QStringLiteral("bad_request"),
                         QStringLiteral("limit must be a whole number from 1 to %1").arg(Logger::kRecentCapacity));
    }
    // Already redacted: the logger replaces every registered secret (the token too) before
    // keeping a line.
    const QList<LogEntry> entries = Logger::instance().recentEntries();
    QJsonArray logs;
    for (qsizetype i = std::max<qsizetype>(0, entries.size() - *limit); i < entries.size(); ++i) {
        const LogEntry &e = entries[i];
        logs.append(QJsonObject{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("level"), logLevelName(e.level)},
                                {QStringLiteral("category"), e.category},
                                {QStringLiteral("message"), e.message}});
    }
    return {{QStringLiteral("logs"), logs}, {QStringLiteral("count"), logs.size()}};
}

void ControlApiServer::setWaiting(QTcpSocket *socket, bool waiting)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end())
        it->second->waiting = waiting;
}

QJsonObject ControlApiServer::positionsBody(const QJsonArray &positions, bool fromEngine) const
{
    return {{QStringLiteral("source"), fromEngine ? QStringLiteral("engine") : QStringLiteral("database")},
            {QStringLiteral("as_of"),
             fromEngine ? QJsonValue(m_lastEquity->time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
            {QStringLiteral("paper_mode"), m_controller->status().paperMode},
            {QStringLiteral("positions"), positions}};
}

void ControlApiServer::answerPositions(QTcpSocket *socket)
{
    const EngineStatus status = m_controller->status();
    QJsonArray positions;
    if (m_lastEquity) {
        for (const PositionValue &p : m_lastEquity->positions) {
            const MarketStatus *m = status.find(p.market);
            positions.append(QJsonObject{{QStringLiteral("market"), p.market},
                                         {QStringLiteral("quantity"), p.quantity.toString()},
                                         {QStringLiteral("average_price"), p.averagePrice.toString()},
                                         {QStringLiteral("value"), p.value.toString()},
                                         {QStringLiteral("unrealized_pnl"), p.unrealizedPnl.toString()},
                                         {QStringLiteral("stop_price"), decimalOrNull(m ? m->stopPrice : std::nullopt)},
                                         {QStringLiteral("trailing_stop"), m && m->trailingStop}});
        }
        reply(socket, 200, positionsBody(positions, true));
        return;
    }
    if (!m_reader) {
        reply(socket, 200, positionsBody(positions, false));
        return;
    }
    // The engine has not valued the account since the app started (it has not run yet): the
    // open positions as stored, without a market value.
    setWaiting(socket, true);
    const EngineConfig config = m_controller->config();
    m_reader->read(
        this, [](Database &db, StorageError *error) { return PositionRepository(db).open(error); },
        [this, socket = QPointer<QTcpSocket>(socket), config](const QList<PositionRecord> &open, const StorageError &) {
            if (!socket)
                return;
            setWaiting(socket, false);
            QJsonArray stored;
            for (const PositionRecord &p : open) {
                if (p.exchange != config.exchange || p.paper != config.paperMode)
                    continue;
                stored.append(QJsonObject{{QStringLiteral("market"), p.symbol},
                                          {QStringLiteral("quantity"), p.quantity.toString()},
                                          {QStringLiteral("average_price"), p.avgPrice.toString()},
                                          {QStringLiteral("value"), QJsonValue()},
                                          {QStringLiteral("unrealized_pnl"), QJsonValue()},
                                          {QStringLiteral("stop_price"), decimalOrNull(p.stopPrice)},
                                          {QStringLiteral("trailing_stop"), false}});
            }
            reply(socket, 200, positionsBody(stored, false));
        });
}

void ControlApiServer::answerPnl(QTcpSocket *socket, const ApiRequest &request)
{
    const auto days = intParameter(request.query, QStringLiteral("days"), kDefaultPnlDays, 1, kMaxPnlDays);
    if (!days) {
        reply(socket, 400,
              errorBody(QStringLiteral("bad_request"),
                        QStringLiteral("days must be a whole number from 1 to %1").arg(kMaxPnlDays)));
        return;
    }
    if (!m_reader) {
        reply(socket, 503, errorBody(QStringLiteral("no_database"), QStringLiteral("no database is open")));
        return;
    }
    if (m_pnlAge.isValid() && m_pnlAge.elapsed() < kPnlCacheMs) {
        reply(socket, 200, pnlBody(*days));
        return;
    }
    setWaiting(socket, true);
    m_reader->read(
        this,
        [](Database &db, StorageError *error) {
            return PnlRepository(db).range(QDate(1970, 1, 1), QDate(9999, 12, 31), error);
        },
        [this, socket = QPointer<QTcpSocket>(socket), days = *days](QList<PnlDay> rows, const StorageError &error) {
            if (!error.message.isEmpty()) {
                if (socket) {
                    setWaiting(socket, false);
                    reply(socket, 503, errorBody(QStringLiteral("database"), error.describe()));
                }
                return;
            }
            if (rows.size() > kMaxPnlDays)
                rows = rows.mid(rows.size() - kMaxPnlDays);
            m_pnlCache = rows;
            m_pnlAge.start();
            if (socket) {
                setWaiting(socket, false);
                reply(socket, 200, pnlBody(days));
            }
        });
}

QJsonObject ControlApiServer::pnlBody(int days) const
{
    QJsonArray out;
    for (qsizetype i = std::max<qsizetype>(0, m_pnlCache.size() - days); i < m_pnlCache.size(); ++i) {
        const PnlDay &d = m_pnlCache[i];
        out.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                               {QStringLiteral("realized_pnl"), d.realizedPnl.toString()},
                               {QStringLiteral("unrealized_pnl"), d.unrealizedPnl.toString()},
                               {QStringLiteral("total_equity"), d.totalEquity.toString()},
                               {QStringLiteral("return_rate"), d.returnRate.toString()}});
    }
    return {{QStringLiteral("time_zone"), m_controller->config().timeZone}, {QStringLiteral("days"), out}};
}

} // namespace autocoin
