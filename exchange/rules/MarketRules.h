#pragma once

#include "core/Account.h"
#include "core/Decimal.h"
#include "core/Exchange.h"
#include "core/ExchangeError.h"
#include "core/Order.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace autocoin {

/// What an exchange accepts as an order: the KRW tick grid, the minimum order total and the
/// volume precision. Uses the exchange's live values when it has them (Upbit's
/// `/v1/orderbook/instruments` tick_size, `orders/chance` minimum totals and Bithumb's
/// price_unit) and the documented tables otherwise (Upbit's table of 2025-07-31).
class MarketRules
{
public:
    /// The rules of Upbit or Bithumb (the replay market trades by Upbit's rules).
    static MarketRules forExchange(Exchange exchange);

    Exchange exchange() const { return m_exchange; }

    /// The tick at `price` for `market`: the live value if one was set, else the table's.
    Decimal tickSize(const QString &market, const Decimal &price) const;
    /// The table's tick at `price`.
    Decimal tableTickSize(const Decimal &price) const;
    /// Largest on-tick price ≤ price (for buys: never pay more than asked).
    Decimal roundPriceDown(const QString &market, const Decimal &price) const;
    /// Smallest on-tick price ≥ price (for sells: never sell for less than asked).
    Decimal roundPriceUp(const QString &market, const Decimal &price) const;
    bool isOnTick(const QString &market, const Decimal &price) const;

    Decimal minTotal(const QString &market, OrderSide side) const;
    int volumeDecimals() const { return m_volumeDecimals; }
    /// Volume cut (never rounded up) to the exchange's precision.
    Decimal truncateVolume(const Decimal &volume) const;
    /// The fee rate for a taker order when the exchange has not told us (0.05 % Upbit KRW;
    /// Bithumb 0.25 %, ccxt's static default, until orders/chance says otherwise).
    Decimal defaultFeeRate() const { return m_defaultFee; }

    void setLiveTickSize(const QString &market, const Decimal &tick);
    /// Takes the minimum totals (and Bithumb's price_unit) from an orders/chance answer.
    void applyChance(const OrderChance &chance);

    /// InvalidOrder with the reason, or nullopt when the exchange should accept the request.
    std::optional<ExchangeError> validate(const OrderRequest &request) const;

private:
    Exchange m_exchange = Exchange::Upbit;
    QList<QPair<Decimal, Decimal>> m_ticks; ///< (lower bound, tick), highest bound first
    Decimal m_defaultMinTotal{5000};
    Decimal m_defaultFee;
    int m_volumeDecimals = 8;
    QHash<QString, Decimal> m_liveTicks;
    QHash<QString, QPair<Decimal, Decimal>> m_minTotals; ///< market -> (bid, ask)
};

} // namespace autocoin
