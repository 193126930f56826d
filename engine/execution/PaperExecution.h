#pragma once

#include "execution/PaperBroker.h"
#include "storage/Records.h"
#include "strategy/RiskManager.h"

#include <QHash>
#include <QTimeZone>

namespace autocoin {

class Database;

/// Equity at one moment, for the chart and the `equity` event.
struct EquityPoint
{
    QDateTime time;
    Decimal total;
    Decimal cash;
    Decimal positionsValue;
    Decimal realizedPnl;
    Decimal unrealizedPnl;
};

/// Paper trading in the running engine: the PaperBroker's fills written to the database as the
/// exchange's would be — the order intent in `order_history` before it is "sent", each fill once
/// in `trades`, the position in `positions`, the day in `pnl_daily` — plus the protective stops
/// (ATR stop, then trailing) checked on every price.
class PaperExecution
{
public:
    struct Outcome
    {
        QList<OrderRecord> orders;
        QList<TradeRecord> trades;
        QString refusal;                    ///< why nothing was done (insufficient funds, below minimum, …)
        QString storageError;               ///< the database refused: fatal for the engine
        std::optional<Decimal> realizedPnl; ///< a sale: its realised PnL, net of fees
    };

    PaperExecution(Database *database, QString exchange, MarketRules rules, Decimal feeRate, Decimal slippage,
                   Decimal startingKrw, QTimeZone zone);

    /// A market buy of `krwAmount` at the last price + slippage, protected by `stop`.
    Outcome enter(const QString &market, const Decimal &krwAmount, const Decimal &lastPrice, const Decimal &stop,
                  const QDateTime &now);
    /// Sells the whole position at the last price − slippage (never more than is held).
    Outcome exit(const QString &market, const Decimal &lastPrice, const QString &reason, const QDateTime &now);
    /// Moves the trailing stop up with `risk` and exits when the price is at or below the stop.
    Outcome onPrice(const QString &market, const Decimal &lastPrice, double atr, const RiskManager &risk,
                    const QDateTime &now);

    bool hasPosition(const QString &market) const { return m_broker.position(market).has_value(); }
    std::optional<Decimal> stopPrice(const QString &market) const;
    AccountView account(const QString &market, const Decimal &lastPrice) const;
    EquityPoint equity(const QString &market, const Decimal &lastPrice, const QDateTime &now) const;
    /// Writes today's row of `pnl_daily` (day in the app's time zone).
    QString recordDay(const QString &market, const Decimal &lastPrice, const QDateTime &now);
    const PaperBroker &broker() const { return m_broker; }

private:
    Outcome execute(const OrderRequest &request, const Decimal &lastPrice, const QString &reason, const QDateTime &now);

    Database *m_database;
    QString m_exchange;
    PaperBroker m_broker;
    Decimal m_startingKrw;
    QTimeZone m_zone;
    struct Protection
    {
        Decimal entry;
        Decimal highest;
        Decimal stop;
        qint64 positionId = 0;
    };
    QHash<QString, Protection> m_protection;
    QDate m_day;
    Decimal m_dayStartEquity;
    Decimal m_dayStartRealized;
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::EquityPoint)
