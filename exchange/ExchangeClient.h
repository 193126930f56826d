#pragma once

#include "core/Result.h"
#include "core/Ticker.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>

namespace autocoin {

/// How to reach one exchange. Credentials are added by the later private API and are never
/// logged.
struct ExchangeConfig
{
    QString name; ///< "upbit" or "bithumb"
    QUrl baseUrl; ///< scheme and host, e.g. https://api.upbit.com (tests: a loopback server)
    std::chrono::milliseconds timeout{10000};
};

/// The one face every exchange shows the engine. Asynchronous: each call returns at once and
/// later invokes its callback exactly once, on the thread the client lives in; no call blocks
/// and none runs a nested event loop.
class ExchangeClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeClient)

public:
    using TickerCallback = std::function<void(const Result<Ticker> &)>;

    explicit ExchangeClient(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~ExchangeClient() override = default;

    virtual QString name() const = 0;
    /// Last price and day range of one market, e.g. "KRW-BTC".
    virtual void fetchTicker(const QString &market, TickerCallback done) = 0;
    /// Abandons every request in flight; their callbacks see ExchangeError::Kind::Cancelled.
    virtual void cancelAll() = 0;
    /// Number of requests in flight.
    virtual int pendingRequests() const = 0;
};

/// The default public base URL of an exchange ("upbit", "bithumb"), or an empty URL.
QUrl defaultBaseUrl(const QString &exchange);

/// Creates the client for `config.name`, or nullptr for an unknown name. Must be called in the
/// thread the client will live in.
ExchangeClient *createExchangeClient(const ExchangeConfig &config, QObject *parent);

} // namespace autocoin
