#pragma once

#include "core/Decimal.h"
#include "core/Exchange.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QTimer;

namespace autocoin {

class EngineController;
class StorageReader;
class EquityChart;
class PriceChart;

/// Feeds the charts from the engine and the window's StorageReader (reads on its worker thread,
/// answered as values — never a query on the GUI thread): the candle cache of
/// the selected market (the window's market selector; the first traded market until then) and timeframe (the newest
/// 10,000 at start, then what is new after each closed candle), trade markers, the open position's stop, equity points,
/// and the strategy's EMA/RSI periods and bounds from the parameter store. Database reads are coalesced (at most one
/// per 200 ms) so a replay at full speed never floods the GUI thread.
///
/// Live: the engine's ticks of the shown market go to the chart's forming candle and last-price
/// line. A tick carries no time; it is placed at the engine's clock — the newest status's
/// `lastUpdate` plus the time since that status came (the replay's clock in a replay, the wall
/// clock live). A tick of an iteration newer than the newest status (the poll that fetched it is
/// still running: its status, with its clock, follows) waits for that status.
class ChartFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartFeed)

public:
    ChartFeed(EngineController *controller, PriceChart *price, EquityChart *equity, QObject *parent = nullptr);

    /// Where the candles, markers, stops, equity days and parameters are read from (nullptr: none).
    void setReader(StorageReader *reader);
    /// Everything again (after a change of exchange, timeframe or database).
    void reload();
    /// Shows `market` on the price chart and its panes: its candles, trade markers and stop.
    void setMarket(const QString &market);
    const QString &market() const { return m_market; }
    /// The chart's title again, in the language now installed.
    void retranslate();

    static constexpr int kInitialCandles = 10000;

    /// The time a tick arriving now is placed at (the engine's clock, as known here).
    QDateTime engineNow() const;

private:
    struct HeldTick
    {
        Decimal price;
        qint64 iteration = 0;
    };
    void onTick(const QString &market, const Decimal &price, qint64 iteration);
    void releaseHeld(qint64 upTo);
    void refresh();
    void loadParameters();
    /// The price chart again, for m_market.
    void reloadPrice();

    EngineController *m_controller;
    PriceChart *m_price;
    EquityChart *m_equity;
    StorageReader *m_reader = nullptr;
    quint64 m_priceGeneration = 0; ///< answers for an earlier market or reload are dropped
    bool m_refreshing = false;     ///< an increment read is in flight
    Exchange m_exchange = Exchange::Upbit;
    QString m_market;
    QString m_timeframe;
    bool m_candlesDirty = false;
    bool m_stopDirty = false;
    QTimer *m_timer;
    QDateTime m_engineTime;        ///< the newest status's lastUpdate
    QElapsedTimer m_sinceStatus;   ///< since that status came
    qint64 m_statusIteration = -1; ///< its iteration (-1: none since Start)
    QList<HeldTick> m_held;        ///< ticks waiting for their iteration's status
    QElapsedTimer m_heldSince;
};

} // namespace autocoin
