#pragma once

#include "core/Decimal.h"
#include "core/Order.h"
#include "core/OrderBook.h"
#include "core/Result.h"
#include "rules/MarketRules.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace autocoin {

/// A position held in one market. The average price includes the buy fees, so realised PnL on a
/// sale is proceeds − fees − average × volume, to the last unit.
struct PaperPosition
{
    Decimal volume;
    Decimal cost; ///< KRW paid for `volume`, buy fees included (exact; the average is derived)
    QDateTime entryTime;

    /// cost / volume, to 8 decimals (display only: PnL uses `cost`, so nothing is lost).
    Decimal averagePrice() const;
};

/// What a fill did to the account.
struct PaperFill
{
    QString orderId;
    QString market;
    OrderSide side = OrderSide::Buy;
    Decimal price;
    Decimal volume;
    Decimal funds; ///< price × volume
    Decimal fee;
    Decimal realizedPnl; ///< sells only: net of both sides' fees
    QDateTime time;
};

/// Every fill a broker made, oldest first, shared by the broker's copies without copying it: a
/// copy (the engine works on a copy of the ledger until the database has the fills; place()
/// keeps one to undo a refused order) sees the fills up to its own count, and appending to the
/// longest copy appends in place. A copy that appends behind a longer one gets its own log. With a
/// QList each fill copied every earlier one — quadratic over a backtest's thousands of fills.
class PaperFillLog
{
public:
    qsizetype size() const { return m_size; }
    void append(const PaperFill &fill);
    /// The fills from `from` on.
    QList<PaperFill> from(qsizetype from) const;
    /// The `index`th fill (0 ≤ index < size()): one fill without a list to hold it.
    PaperFill at(qsizetype index) const;

private:
    struct Shared
    {
        std::mutex lock; ///< copies may live on other threads
        std::vector<PaperFill> fills;
    };
    std::shared_ptr<Shared> m_shared;
    qsizetype m_size = 0;
};

/// Paper trading with the exchange's arithmetic: a KRW balance and coin balances as exact
/// decimals; market orders walk the order book level by level (so size moves the price) or, with
/// no book, fill at the last price plus slippage; limit orders rest until the market trades
/// through their price and may fill in parts; fees at the configured rate; prices on the tick
/// grid, totals above the minimum, volumes on the exchange's precision (MarketRules).
/// Invariant: the KRW balance always equals the start balance − Σ buy (funds + fee) +
/// Σ sell (funds − fee) + reserved amounts released.
class PaperBroker
{
public:
    PaperBroker(MarketRules rules, Decimal feeRate, Decimal slippage, Decimal startingKrw);

    /// Places an order; market orders fill at once against `book` (or `lastPrice` ± slippage when
    /// the book is empty), limit orders are checked against the rules, reserve their funds and rest.
    /// Returns the order (with its fills) or the refusal — also when an amount the order needs
    /// cannot be represented exactly (hostile book prices): the broker is then left unchanged.
    Result<Order> place(const OrderRequest &request, const OrderBook &book, const Decimal &lastPrice,
                        const QDateTime &now);
    /// The market traded between `low` and `high` with `volume` units: resting limit orders whose
    /// price was reached fill, at most `volume` in all (so large orders fill in parts).
    QList<PaperFill> onTrades(const QString &market, const Decimal &low, const Decimal &high, const Decimal &volume,
                              const QDateTime &now);
    Result<Order> cancel(const QString &orderId, const QDateTime &now);

    /// Books a fill made elsewhere — a live fill, or a paper fill read back from `trades` — with
    /// the same arithmetic as the broker's own fills: cash, coin, position and realised PnL. This
    /// is what makes the broker the ledger of the live account too.
    PaperFill book(const QString &orderId, const QString &market, OrderSide side, const Decimal &price,
                   const Decimal &volume, const Decimal &fee, const QDateTime &time);
    /// Whether fills() keeps every fill (the default). A backtest's broker reads its orders'
    /// fills from the orders: keeping them once more cost a copy of each fill, and fills(),
    /// fill() and onTrades() then see none.
    void setKeepsLog(bool keeps) { m_keepsLog = keeps; }
    /// The prefix of the ids of orders placed from now on (a backtest's: "backtest-", so that two
    /// runs of one backtest write the same ids; the default is unique per broker).
    void setIdPrefix(const QString &prefix) { m_idPrefix = prefix; }
    /// The exchange's rules as they are now (live tick sizes, minimum totals).
    void setRules(MarketRules rules) { m_rules = std::move(rules); }
    /// Sets the cash to what the exchange reports (live), releasing nothing else.
    void setCash(const Decimal &krw)
    {
        m_krw = krw;
        m_krwLocked = Decimal();
    }

    Decimal krwAvailable() const { return m_krw; }
    Decimal krwLocked() const { return m_krwLocked; }
    Decimal coinAvailable(const QString &currency) const { return m_coins.value(currency); }
    Decimal coinLocked(const QString &currency) const { return m_coinsLocked.value(currency); }
    std::optional<PaperPosition> position(const QString &market) const;
    /// A position is held in `market` (positions().contains(market), asked on every step of a
    /// backtest that holds one).
    bool holds(const QString &market) const;
    /// The same market name: at once when both are the very same string (a name is usually passed
    /// on as the string it was booked with), else by its text. Cheaper than hashing the name
    /// where only a few markets are compared.
    static bool sameMarket(const QString &a, const QString &b)
    {
        return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
    }
    /// Every open position, by market.
    const QHash<QString, PaperPosition> &positions() const { return m_positions; }
    /// The markets of positions(), sorted (kept as they change: asked on every step of a
    /// backtest, where walking a hash cost thousands of instructions).
    const QStringList &heldMarkets() const { return m_held; }
    Decimal realizedPnl() const { return m_realized; }
    /// Cash + positions marked at `prices` (market -> last price).
    Decimal equity(const QHash<QString, Decimal> &prices) const;
    QList<PaperFill> fills() const { return m_fills.from(0); }
    /// The fills from the `from`th on (fillCount() before an order: the order's fills).
    QList<PaperFill> fills(qsizetype from) const { return m_fills.from(from); }
    /// The `index`th fill (0 ≤ index < fillCount()).
    PaperFill fill(qsizetype index) const { return m_fills.at(index); }
    qsizetype fillCount() const { return m_fills.size(); }
    QList<Order> openOrders() const;

private:
    /// `coin` is the currency of the order's market (coinOf(market), worked out once an order).
    Result<Order> placeUnguarded(const OrderRequest &request, const QString &coin, const OrderBook &book,
                                 const Decimal &lastPrice, const QDateTime &now);
    /// Fills `volume` of `order` at `price`; returns its funds (price × volume).
    Decimal applyFill(Order &order, const QString &coin, const Decimal &price, const Decimal &volume,
                      const QDateTime &now);
    /// book() with the currency of `market` and the funds (price × volume) worked out.
    PaperFill bookFill(const QString &coin, const QString &orderId, const QString &market, OrderSide side,
                       const Decimal &price, const Decimal &volume, const Decimal &funds, const Decimal &fee,
                       const QDateTime &time);
    /// The refusal for an order that needs `needed` of `currency` and the account has less.
    ExchangeError shortOf(const QString &currency, const Decimal &needed) const;
    QString nextId();
    /// The currency of `market` ("KRW-BTC" → "BTC"), kept for the market asked last: every order
    /// of a backtest asks it for the same market.
    QString currencyOf(const QString &market);

    MarketRules m_rules;
    Decimal m_feeRate;
    Decimal m_slippage;       ///< a fraction of the price, e.g. 0.001
    Decimal m_feeFactor;      ///< 1 + m_feeRate
    Decimal m_buySlipFactor;  ///< 1 + m_slippage
    Decimal m_sellSlipFactor; ///< 1 − m_slippage
    Decimal m_krw;
    Decimal m_krwLocked;
    QHash<QString, Decimal> m_coins;
    QHash<QString, Decimal> m_coinsLocked;
    QHash<QString, PaperPosition> m_positions;
    QStringList m_held;           ///< the keys of m_positions, sorted
    QHash<QString, Order> m_open; ///< resting limit orders by id
    PaperFillLog m_fills;
    bool m_keepsLog = true;
    Decimal m_realized;
    QString m_idPrefix; ///< "paper-<12 hex digits>-", unique per broker, so ids never repeat across restarts
    int m_sequence = 0;
    QString m_currencyMarket; ///< the market currencyOf() was asked last…
    QString m_currency;       ///< …and its currency
};

} // namespace autocoin
