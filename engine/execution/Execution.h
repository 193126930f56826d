#pragma once

#include "core/Defaults.h"
#include "core/ExchangeError.h"
#include "execution/PaperBroker.h"
#include "storage/Records.h"
#include "strategy/RiskManager.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <chrono>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace autocoin {

class Database;
class ExchangeClient;

/// One open position at market, for the `equity` event and the positions table.
struct PositionValue
{
    QString market;
    Decimal quantity;
    Decimal averagePrice;  ///< buy fees included
    Decimal value;         ///< quantity × the market's last price
    Decimal unrealizedPnl; ///< value − cost
};

/// Equity at one moment, for the chart and the `equity` event: the whole account.
struct EquityPoint
{
    QDateTime time;
    Decimal total;
    Decimal cash;
    Decimal positionsValue;
    Decimal realizedPnl;
    Decimal unrealizedPnl;
    QList<PositionValue> positions; ///< every open position, by market code
};

/// The last price of each market (market code → KRW).
using Prices = QHash<QString, Decimal>;

/// The step from a decision to money, the same for paper and live trading: an order intent is
/// written to `order_history` before it is sent; every fill is recorded once in `trades` (with
/// its fee) and booked into the ledger (a PaperBroker: cash, coin, positions, realised PnL, with
/// one arithmetic for both modes); the position row in `positions` follows, with its protective
/// stop; `pnl_daily` has a row per day in the app's time zone. The protective stops (ATR stop,
/// then trailing) are checked on every price and exit with a market sell of what is held, never
/// more.
///
/// One execution per account: the cash is shared by every market, each market has its own
/// position and protective stop. Every operation is asynchronous and calls `done` exactly once
/// (paper trading on the replay market calls it before returning).
class Execution
{
public:
    struct Settings
    {
        Exchange exchange = defaults::kExchange;
        QStringList markets; ///< the markets traded (live: whose open orders and balances are checked)
        Decimal feeRate;
        Decimal slippage = defaults::paperSlippage();                  ///< paper, without a book
        Decimal startingKrw{defaults::kPaperBalanceKrw};               ///< paper account
        Decimal maxOrderKrw{defaults::kMaxOrderKrw};                   ///< live: per-order cap
        std::chrono::seconds orderTimeout{defaults::kOrderTimeoutSec}; ///< live: an order open this long is cancelled
        QTimeZone zone = QTimeZone::utc();
        /// Outcomes list the orders placed and each market's closed PnL (`orders`,
        /// `closedTrades`), as the live engine shows and logs them. A backtest reads only the
        /// fills and the realised PnL and turns this off: the money and the fills are the same.
        bool reportOrders = true;
    };

    struct Outcome
    {
        QList<OrderRecord> orders;
        QList<TradeRecord> trades;
        QString refusal;                    ///< why nothing was done (insufficient funds, below minimum, …)
        QString storageError;               ///< the database refused: fatal for the engine
        std::optional<ExchangeError> error; ///< the exchange could not be asked: counts as a failure
        std::optional<Decimal> realizedPnl; ///< a sale: its realised PnL, net of fees
        /// market → realised PnL of its sales in this outcome (a map: a hash allocated its table for
        /// the one market of each sale of a backtest)
        QMap<QString, Decimal> closedTrades;
        /// Reconciliation findings (adopted orders, balance differences, …) as reasons: rendered in
        /// the reader's language where they are shown, never read back from their English.
        QList<Reason> notices;

        void merge(const Outcome &other);
    };
    using Done = std::function<void(const Outcome &)>;

    virtual ~Execution();
    Q_DISABLE_COPY_MOVE(Execution)

    virtual bool isPaper() const = 0;
    /// On every start and after a network gap. Paper: the account rebuilt from `trades` since its
    /// last reset. Live: open orders brought to their true state (fills made while away recorded
    /// once, orders with our client-id prefix unknown to the database adopted) and balances
    /// compared with positions — differences reported, never "fixed" by trading.
    virtual void reconcile(const QDateTime &now, Done done) = 0;
    /// Follows orders not yet final to their final state; cancels those open past the timeout.
    virtual void follow(const QDateTime &now, Done done) = 0;
    /// The kill switch: cancels every open order of ours in every market.
    virtual void cancelOpenOrders(const QDateTime &now, Done done) = 0;

    /// Any order: the intent written, then sent (paper: filled on the broker). Enter and exit go
    /// through here.
    void place(const OrderRequest &request, const Decimal &lastPrice, const QString &reason, const QDateTime &now,
               Done done);
    /// A market buy in `market` of `krwAmount` (fees included; live: capped at maxOrderKrw)
    /// protected by `stop`.
    void enter(const QString &market, const Decimal &krwAmount, const Decimal &lastPrice, const Decimal &stop,
               const QDateTime &now, Done done);
    /// Sells the whole position in `market` (never more than is held) with a market order.
    void exit(const QString &market, const Decimal &lastPrice, const QString &reason, const QDateTime &now, Done done);
    /// Moves the market's trailing stop up with `risk` and exits when the price is at or below it.
    void onPrice(const QString &market, const Decimal &lastPrice, double atr, const RiskManager &risk,
                 const QDateTime &now, Done done);

    /// The markets traded now (a market that leaves the list keeps being managed while held).
    void setMarkets(const QStringList &markets) { m_settings.markets = markets; }
    const QStringList &markets() const { return m_settings.markets; }
    bool hasPosition(const QString &market) const { return m_ledger.holds(market); }
    /// Markets with an open position, sorted.
    QStringList heldMarkets() const;
    /// Orders whose outcome is not final yet (intent, unknown, wait, …) in `market`, or in every
    /// market when it is empty. While any exists in a market no new entry is made there (it may
    /// have filled: a second buy would double the position), and its funds count toward exposure.
    virtual QList<OrderRecord> unresolved(const QString &market = {}) const
    {
        Q_UNUSED(market);
        return {};
    }
    /// A position is held, or an order that may have changed it is unresolved: the strategy
    /// treats the market as held.
    bool engaged(const QString &market) const { return hasPosition(market) || !unresolved(market).isEmpty(); }
    /// Markets held or with an unresolved order: each counts toward max-positions.
    QStringList engagedMarkets() const;
    std::optional<Decimal> stopPrice(const QString &market) const;
    /// The account for sizing: unresolved buys are taken out of the cash and counted as exposure.
    AccountView account(const Prices &prices) const;
    EquityPoint equity(const Prices &prices, const QDateTime &now) const;
    /// Writes today's row of `pnl_daily` (day in the app's time zone, account-wide); an error
    /// message or empty.
    QString recordDay(const Prices &prices, const QDateTime &now);
    const PaperBroker &ledger() const { return m_ledger; }

protected:
    Execution(Database *database, ExchangeClient *client, Settings settings, bool paper);

    /// Sends `request` (its intent already written) and records what came of it.
    virtual void submit(const OrderRequest &request, const Decimal &lastPrice, const QString &reason,
                        const QDateTime &now, Done done) = 0;

    /// A paper execution without a database whose order rows are not reported: a backtest's.
    /// Its orders are filled or refused at once and never looked up by their client ids, and
    /// nothing reads its broker's fill log (the outcomes carry the fills).
    bool unobserved() const { return m_paper && !m_database && !m_settings.reportOrders; }
    /// A new order's client id (OrderRequest::newClientOrderId); unobserved() orders share one
    /// fixed id, which costs no random draw and no text each.
    QString newClientOrderId() const;
    /// The ledger as this execution keeps it (its fill log, its order ids): after it is made.
    void setUpLedger();
    /// The `order_history` row of `request`, as an intent.
    OrderRecord orderRecord(const OrderRequest &request, const QDateTime &now) const;
    /// How much of `held` in `market` may be sold (live: never more than the exchange holds).
    virtual Decimal sellable(const QString &market, const Decimal &held) const
    {
        Q_UNUSED(market);
        return held;
    }
    /// Writes the order intent before anything is sent; false with outcome.storageError.
    bool writeIntent(const OrderRequest &request, const QDateTime &now, Outcome &outcome);
    /// Marks an intent that never became an order (refused locally or by the exchange).
    void markFailed(const QString &clientOrderId, const QString &why, const QDateTime &now, Outcome &outcome);
    /// In one transaction: the order's state (and exchange id), the fills in `fills` not recorded
    /// yet (each once), the position row of the order's market. `ledger` is the account after the
    /// fills, and `realizedBefore` its realised PnL before them; it replaces the execution's only
    /// when the transaction commits, so the books never disagree with the database. Without a
    /// database `ledger` may be the execution's own. New fills go to outcome.trades.
    bool record(OrderRecord order, const QList<TradeRecord> &fills, const PaperBroker &ledger,
                const Decimal &realizedBefore, const QString &detail, const QDateTime &now, Outcome &outcome);
    /// The ledger rebuilt from the recorded fills of every market since `since` (paper or live,
    /// as this execution is), and the open positions' protection from `positions`.
    bool rebuild(const Decimal &startingKrw, const QDateTime &since, QString *error);
    /// Saves the protection (stop, highest) of the market's open position; an error message or empty.
    QString saveProtection(const QString &market, const QDateTime &now);
    PositionRecord positionRow(const QString &market, const std::optional<PaperPosition> &position,
                               const QDateTime &now) const;
    /// The account as the ledger alone has it.
    AccountView booked(const Prices &prices) const;

    Database *m_database;
    ExchangeClient *m_client;
    Settings m_settings;
    bool m_paper;
    PaperBroker m_ledger;
    /// Shared with every callback in flight: false once this execution is gone.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);

private:
    struct Protection
    {
        Decimal entry;
        Decimal highest;
        Decimal stop;
        qint64 positionId = 0;
        bool active = false; ///< a stop protects the position

        /// A stop `stop` in force for a position entered at `entryPrice`, highest so far `high`.
        void arm(const Decimal &entryPrice, const Decimal &high, const Decimal &stopPrice)
        {
            entry = entryPrice;
            highest = high;
            stop = stopPrice;
            active = true;
        }
    };
    /// The market's protection, or null. Found by name among the few protected markets (one a
    /// held position): hashing the name cost more, on every held candle of a backtest.
    Protection *findProtection(const QString &market);
    const Protection *findProtection(const QString &market) const;
    /// The market's protection, made (inactive) when it has none.
    Protection &protectionOf(const QString &market);
    void removeProtection(const QString &market);

    std::vector<std::pair<QString, Protection>> m_protection; ///< by market, in no order
    /// The stop of each entry whose fill was not booked when its order answered (the answer lost,
    /// the order still open), by the order's client id: record() puts it in force when a lookup
    /// books the fill. Keyed by the order, so a stop can never reach another order's position.
    QHash<QString, Decimal> m_intendedStops;

    QDate m_day;
    Decimal m_dayStartEquity;
    std::optional<Decimal> m_lastEquity;
};

/// The paper account: its starting balance and when it was last reset (configs `paper.account`).
struct PaperAccount
{
    Decimal startingKrw;
    QDateTime since;

    /// The stored account, or (never reset) `defaultKrw` counting every paper fill ever recorded.
    static std::optional<PaperAccount> load(Database &database, const Decimal &defaultKrw, QString *error);
    /// Starts the paper account again with `startingKrw`: earlier paper fills no longer count and
    /// open paper positions are marked "reset". History is kept.
    static bool reset(Database &database, const Decimal &startingKrw, const QDateTime &now, QString *error);
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::EquityPoint)
