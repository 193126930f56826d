#pragma once

#include "ExchangeClient.h"
#include "core/Clock.h"
#include "replay/CandleFile.h"

class QTimer;

namespace autocoin {

/// The clock of a replay: the close time of the newest candle delivered so far.
class ReplayClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now;
};

/// An offline market built from a candle file: candles, ticker, order book and trades derived
/// from recorded data, played at `replaySpeed` candle periods per second (0: one candle per
/// ticker request, as fast as the engine goes). Each step closes exactly one candle, in order —
/// none skipped, none repeated — and moves the replay clock to its close time, which the engine
/// uses as "now". Private calls are Unsupported: the replay market trades on paper only.
class ReplayClient final : public ExchangeClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayClient)

public:
    explicit ReplayClient(const ExchangeConfig &config, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("replay"); }
    MarketRules &rules() override { return m_rules; }
    const Clock *clock() const override { return &m_clock; }

    /// Index of the newest closed candle (-1 before the first step).
    int cursor() const { return m_cursor; }
    int candleCount() const { return static_cast<int>(m_file.series.candles.size()); }
    QString loadError() const { return m_loadError; }

    void fetchMarkets(Callback<QList<Market>> done) override;
    void fetchTicker(const QString &market, Callback<Ticker> done) override;
    void fetchTickers(Callback<QList<Ticker>> done) override;
    void fetchTickers(const QStringList &markets, Callback<QList<Ticker>> done) override;
    void fetchCandles(const CandleQuery &query, Callback<CandleSeries> done) override;
    void fetchOrderBook(const QString &market, Callback<OrderBook> done) override;
    void fetchTrades(const QString &market, int count, Callback<QList<PublicTrade>> done) override;
    void fetchTickSize(const QString &market, Callback<Decimal> done) override;
    void fetchBalances(Callback<QList<Balance>> done) override;
    void fetchOrderChance(const QString &market, Callback<OrderChance> done) override;
    void placeOrder(const OrderRequest &request, Callback<Order> done) override;
    void fetchOrder(const OrderRef &ref, Callback<Order> done) override;
    void fetchOpenOrders(const QString &market, Callback<QList<Order>> done) override;
    void cancelOrder(const OrderRef &ref, Callback<Order> done) override;
    void cancelAll() override {}
    int pendingRequests() const override { return 0; }

Q_SIGNALS:
    /// A candle closed (the replay advanced by one).
    void candleClosed(const autocoin::Candle &candle, int index);

private:
    void step();
    std::optional<ExchangeError> notReady() const;
    const Candle &current() const;
    template<typename T> void answer(Callback<T> done, Result<T> result);

    ExchangeConfig m_config;
    CandleFile m_file;
    QString m_loadError;
    QString m_market;
    MarketRules m_rules;
    ReplayClock m_clock;
    QTimer *m_timer = nullptr;
    int m_cursor = -1;
};

} // namespace autocoin
