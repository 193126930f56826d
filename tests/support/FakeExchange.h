#pragma once

#include "FakeExchangeServer.h"
#include "core/Candle.h"
#include "core/Decimal.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace autocoin::test {

/// A fake Upbit or Bithumb (API 2.0, plus the legacy /info/balance) that the clients cannot tell
/// from the real thing: it serves the quotation endpoints, verifies every private request the way
/// the exchange does (JWT algorithm and signature, query_hash over exactly the parameters sent,
/// nonce reuse, Bithumb's timestamp window, legacy Api-Sign) and answers failures with the
/// exchange's own error bodies; it keeps balances and a small order book so orders rest, fill
/// partly or fully and can be cancelled; and it enforces per-group rate limits with 429 and
/// Remaining-Req. Faults come from FakeExchangeServer.
class FakeExchange final : public FakeExchangeServer
{
    Q_OBJECT

public:
    enum class Dialect
    {
        Upbit,
        Bithumb
    };

    /// Made-up keys the fake accepts.
    static constexpr const char *kAccessKey = "fake-access-key-0001";
    static constexpr const char *kSecretKey = "fake-secret-key-0001-not-a-real-one";

    explicit FakeExchange(Dialect dialect, QObject *parent = nullptr);

    Dialect dialect() const { return m_dialect; }

    /// The last trade price of `market` (ticker, market orders, fills of resting orders).
    void setPrice(const QString &market, const QString &price);
    void setBalance(const QString &currency, const QString &available);
    Decimal balance(const QString &currency) const;
    Decimal locked(const QString &currency) const;
    /// Candles served for `market` at `timeframe`, any order (served newest first).
    void setCandles(const QString &market, const Timeframe &timeframe, const QList<Candle> &candles);
    /// The next fill fills only this fraction of the order's volume (1 = whole).
    void setNextFillFraction(const QString &fraction) { m_nextFillFraction = *Decimal::fromString(fraction); }
    /// Per-second limit of a rate-limit group (0 = unlimited).
    void setRateLimit(const QString &group, int perSecond) { m_limits.insert(group, perSecond); }
    /// Largest number of requests of `group` in any sliding second so far.
    int peakPerSecond(const QString &group) const;
    int ordersCreated() const { return m_createdCount; }
    /// Every order the exchange holds, as GET /v1/order shows it (with its trades): the truth the
    /// database is checked against.
    QJsonArray ordersJson() const;
    int rateLimitRefusals() const { return m_refusals; }
    /// Requests whose authentication the fake refused, by error name.
    QStringList authFailures() const { return m_authFailures; }
    /// Lists one more market after the built-in KRW-BTC, KRW-ETH, KRW-XRP (유의) and BTC-ETH, with
    /// `price` as its last trade (a portfolio needs more markets than the built-in ones).
    void listMarket(const QString &code, const QString &koreanName, const QString &englishName, const QString &price)
    {
        m_listed.append({code, koreanName, englishName});
        setPrice(code, price);
    }
    /// Takes a market off the listing (it disappears from /v1/market/all).
    void delist(const QString &market) { m_delisted.insert(market); }
    void setWarning(const QString &market, bool warning) { m_warnings.insert(market, warning); }
    /// Sets one 주의 flag of `market` (e.g. "TRADING_VOLUME_SOARING"). Upbit shows it in /v1/market/all's
    /// market_event.caution; Bithumb (whose market list has no caution flags) lists it in
    /// /v1/market/virtual_asset_warning with an end_date a day ahead.
    void setCaution(const QString &market, const QString &flag, bool on) { m_cautions[market].insert(flag, on); }
    /// The 24-hour traded value (KRW) the tickers of `market` show as acc_trade_price_24h.
    void setTradedValue(const QString &market, const QString &value)
    {
        m_tradedValues.insert(market, *Decimal::fromString(value));
    }
    /// When the access key stops working, as Upbit's /v1/api_keys reports it (default: half a
    /// year after the fake started, far from any warning).
    void setApiKeyExpiry(const QDateTime &at) { m_apiKeyExpiry = at; }
    /// Shifts the fake's clock for Bithumb's timestamp check (positive: the fake runs ahead).
    void setClockOffsetMs(qint64 offset) { m_clockOffsetMs = offset; }

private:
    struct FakeOrder
    {
        QString uuid;
        QString identifier;
        QString market;
        QString side; ///< bid / ask
        QString type; ///< limit / price / market
        QString state = QStringLiteral("wait");
        Decimal price;
        Decimal volume;
        Decimal remaining;
        Decimal executed;
        Decimal funds;
        Decimal paidFee;
        Decimal locked;
        QString createdAt;
        QList<QJsonObject> trades;
    };
    struct Account
    {
        Decimal balance;
        Decimal locked;
    };

    void installRoutes();
    void publicRoute(const QString &path, const QString &group,
                     const std::function<FakeResponse(const FakeRequest &)> &handler);
    void privateRoute(const QByteArray &method, const QString &path, const QString &group,
                      const std::function<FakeResponse(const FakeRequest &)> &handler);
    std::optional<FakeResponse> rateLimit(const QString &group);
    std::optional<FakeResponse> authenticate(const FakeRequest &request);
    FakeResponse withRemaining(FakeResponse response, const QString &group) const;
    static FakeResponse error(int status, const QString &name, const QString &message);

    FakeResponse markets() const;
    FakeResponse tickers(const QStringList &markets) const;
    FakeResponse marketAlerts() const;
    FakeResponse candles(const FakeRequest &request) const;
    FakeResponse orderBook(const QString &market) const;
    FakeResponse createOrder(const FakeRequest &request);
    FakeResponse getOrder(const FakeRequest &request) const;
    FakeResponse openOrders(const FakeRequest &request) const;
    FakeResponse cancelOrder(const FakeRequest &request);
    FakeResponse accounts() const;
    FakeResponse apiKeys() const;
    FakeResponse chance(const QString &market) const;
    FakeResponse legacyBalance(const FakeRequest &request);

    void fill(FakeOrder &order, const Decimal &price, Decimal volume);
    void matchResting(const QString &market);
    QJsonObject orderJson(const FakeOrder &order) const;
    const FakeOrder *findOrder(const QString &id, const QString &clientId) const;
    Decimal feeRate() const;
    QString clientIdField() const;

    Dialect m_dialect;
    QHash<QString, Decimal> m_prices;
    QMap<QString, Account> m_accounts;
    QHash<QString, QList<Candle>> m_candles; ///< "KRW-BTC/60"
    QList<FakeOrder> m_orders;
    QSet<QString> m_nonces;
    QHash<QString, int> m_limits;
    QHash<QString, QList<qint64>> m_groupTimes;
    Decimal m_nextFillFraction{1};
    int m_createdCount = 0;
    int m_refusals = 0;
    QStringList m_authFailures;
    qint64 m_clockOffsetMs = 0;
    QDateTime m_apiKeyExpiry = QDateTime::currentDateTimeUtc().addDays(180);
    QSet<QString> m_delisted;
    QHash<QString, bool> m_warnings;
    QHash<QString, QMap<QString, bool>> m_cautions; ///< market → flag → set
    QHash<QString, Decimal> m_tradedValues;
    struct ListedMarket
    {
        QString code;
        QString koreanName;
        QString englishName;
    };
    QList<ListedMarket> m_listed;
};

/// The fake Upbit the foundation tests use.
class FakeUpbitServer final : public QObject
{
    Q_OBJECT
public:
    explicit FakeUpbitServer(QObject *parent = nullptr);
    bool start() { return m_exchange.start(); }
    QUrl url() const { return m_exchange.url(); }
    void setTickerPrice(const QString &market, const QByteArray &price);
    void injectFault(const Fault &fault, int count = 1) { m_exchange.injectFault(fault, count); }
    int requestCount() const { return m_exchange.requestCount(); }
    QList<FakeRequest> requests() const { return m_exchange.requests(); }
    FakeExchange &exchange() { return m_exchange; }

private:
    FakeExchange m_exchange;
};

} // namespace autocoin::test
