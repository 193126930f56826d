#pragma once

#include "ExchangeClient.h"
#include "core/CandleColumns.h"
#include "core/Clock.h"
#include "replay/CandleFile.h"

#include <vector>

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

/// An offline market built from candle files, one per market, all of one timeframe: candles,
/// tickers, order books and trades derived from recorded data, played at `replaySpeed` candle
/// periods per second (0: one step per ticker request, as fast as the engine goes). The replay
/// clock walks the sorted union of the candles' open times: each step closes the candle of every
/// market that has one at that time — none skipped, none repeated — and moves the clock to that
/// close time, which the engine uses as "now". A market's ticker is the market right after its
/// newest closed candle: the next candle's open (what a backtest fills at). Private calls are
/// Unsupported: the replay market trades on paper only.
class ReplayClient final : public ExchangeClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayClient)

public:
    explicit ReplayClient(const ExchangeConfig &config, QObject *parent = nullptr);

    Exchange exchange() const override { return Exchange::Replay; }
    MarketRules &rules() override { return m_rules; }
    const Clock *clock() const override { return &m_clock; }

    /// Index of the newest step (-1 before the first); with one file, of its newest closed candle.
    int cursor() const { return m_step; }
    /// Number of steps: distinct candle open times over all markets (one file: its candles).
    int candleCount() const { return static_cast<int>(m_times.size()); }
    /// Index of `market`'s newest closed candle (-1 before its first, or for no replay market).
    int cursor(const QString &market) const;
    /// The replay's markets, in the order of the sources.
    QStringList markets() const;
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
    /// Every answer not yet delivered is delivered now, as abandoned (ExchangeError::Cancelled),
    /// as the real exchanges' transport does: none arrives later, after its caller is gone.
    void cancelAll() override { abandonPostedAnswers(); }
    int pendingRequests() const override { return postedAnswers(); }

Q_SIGNALS:
    /// A candle of `market` closed; `index` is its position in that market's file. Emitted once
    /// per market candle, after the whole step (every market's cursor and the clock) is taken.
    void candleClosed(const autocoin::Candle &candle, int index, const QString &market);

private:
    /// One market of the replay and where it stands.
    struct Feed
    {
        QString market;
        QString path;
        /// The file's candles as columns (56 bytes a candle, the store the backtest reads); a
        /// Candle is built only where a request or a signal hands one out.
        CandleColumns candles;
        DecimalColumn tradedValue; ///< per candle, KRW: its quote volume, else volume × close
        int cursor = -1;           ///< newest closed candle
        int windowStart = 0;       ///< oldest candle inside the 24-hour window ending at the clock
        Decimal window24h;         ///< sum of tradedValue over [windowStart, cursor]
    };

    QString load(const QList<ReplaySource> &sources);
    void step();
    /// Advances one step for a request at speed 0 (or starts a timed replay); an error when the
    /// data is exhausted or could not be loaded.
    std::optional<ExchangeError> advanceForRequest();
    std::optional<ExchangeError> notReady() const;
    /// The feed of `market` with at least one closed candle, or the error saying why not.
    Result<const Feed *> started(const QString &market) const;
    const Feed *feed(const QString &market) const;
    ExchangeError unknown(const QString &market) const;
    Ticker tickerOf(const Feed &feed) const;

    ExchangeConfig m_config;
    QList<Feed> m_feeds;
    Timeframe m_timeframe;
    std::vector<qint64> m_times; ///< sorted union of the open times (UTC ms): one step each
    QString m_loadError;
    MarketRules m_rules;
    ReplayClock m_clock;
    QTimer *m_timer = nullptr;
    int m_step = -1;
};

} // namespace autocoin
