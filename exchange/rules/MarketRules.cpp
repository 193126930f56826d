#include "rules/MarketRules.h"

#include <QtNumeric>

#include <algorithm>
#include <cstdint>

namespace autocoin {

namespace {

Decimal dec(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

QList<QPair<Decimal, Decimal>> upbitTicks()
{
    return {{dec("1000000"), dec("1000")},  {dec("500000"), dec("500")},      {dec("100000"), dec("100")},
            {dec("50000"), dec("50")},      {dec("10000"), dec("10")},        {dec("5000"), dec("5")},
            {dec("1000"), dec("1")},        {dec("100"), dec("1")},           {dec("10"), dec("0.1")},
            {dec("1"), dec("0.01")},        {dec("0.1"), dec("0.001")},       {dec("0.01"), dec("0.0001")},
            {dec("0.001"), dec("0.00001")}, {dec("0.0001"), dec("0.000001")}, {dec("0.00001"), dec("0.0000001")},
            {dec("0"), dec("0.00000001")}};
}

QList<QPair<Decimal, Decimal>> bithumbTicks()
{
    return {{dec("1000000"), dec("1000")}, {dec("500000"), dec("500")}, {dec("100000"), dec("100")},
            {dec("50000"), dec("50")},     {dec("10000"), dec("10")},   {dec("5000"), dec("5")},
            {dec("1000"), dec("1")},       {dec("100"), dec("1")},      {dec("10"), dec("0.01")},
            {dec("1"), dec("0.001")},      {dec("0"), dec("0.0001")}};
}

/// `price` snapped to a multiple of `tick` towards −∞ (floorToStep) or, with `up`, towards +∞
/// (ceilToStep): on 64-bit units when the price and the tick fit at the finer of their scales —
/// every KRW price and tick does —, else by Decimal's division. The same exact, normalised
/// Decimal either way; a division and a product of 128-bit decimals cost several times more, on
/// every order and every stop of a backtest.
Decimal snapToStep(const Decimal &price, const Decimal &tick, bool up)
{
    const int scale = std::max(price.scale(), tick.scale());
    const auto units = price.unitsAt(scale);
    const auto step = tick.unitsAt(scale);
    if (units && step && *step > 0) {
        std::int64_t steps = *units / *step; // towards zero
        if (*units % *step != 0 && (up ? *units > 0 : *units < 0))
            steps += up ? 1 : -1;
        std::int64_t snapped = 0;
        if (!qMulOverflow(steps, *step, &snapped))
            return Decimal::fromUnits(snapped, scale);
    }
    return up ? price.ceilToStep(tick) : price.floorToStep(tick); // also throws on a tick ≤ 0
}

ExchangeError invalid(const QString &message)
{
    ExchangeError error;
    error.kind = ExchangeError::Kind::InvalidOrder;
    error.code = QStringLiteral("local_validation");
    error.message = message;
    return error;
}

} // namespace

MarketRules MarketRules::forExchange(Exchange exchange)
{
    MarketRules rules;
    rules.m_exchange = exchange;
    if (exchange == Exchange::Bithumb) {
        rules.m_ticks = bithumbTicks();
        rules.m_defaultFee = dec("0.0025");
    } else {
        rules.m_ticks = upbitTicks();
        rules.m_defaultFee = dec("0.0005");
    }
    return rules;
}

Decimal MarketRules::tableTickSize(const Decimal &price) const
{
    for (const auto &[bound, tick] : m_ticks) {
        if (price >= bound)
            return tick;
    }
    return m_ticks.constLast().second;
}

Decimal MarketRules::tickSize(const QString &market, const Decimal &price) const
{
    const auto live = m_liveTicks.constFind(market);
    return live != m_liveTicks.constEnd() ? live.value() : tableTickSize(price);
}

Decimal MarketRules::roundPriceDown(const QString &market, const Decimal &price) const
{
    // Coarser ticks are multiples of finer ones, so a price floored in its band is on the grid of
    // the band it lands in too.
    return snapToStep(price, tickSize(market, price), false);
}

Decimal MarketRules::roundPriceUp(const QString &market, const Decimal &price) const
{
    const Decimal tick = tickSize(market, price);
    const Decimal up = snapToStep(price, tick, true);
    // Rounding up may cross into a coarser band (e.g. 999,999.5 → 1,000,000): snap again there.
    // In the same tick it is on the grid already (a multiple of the tick, normalised as a second
    // snap would give it), so only a new tick costs a second division.
    const Decimal upTick = tickSize(market, up);
    return upTick == tick ? up : snapToStep(up, upTick, true);
}

bool MarketRules::isOnTick(const QString &market, const Decimal &price) const
{
    return snapToStep(price, tickSize(market, price), false) == price;
}

Decimal MarketRules::minTotal(const QString &market, OrderSide side) const
{
    const auto it = m_minTotals.constFind(market);
    if (it == m_minTotals.constEnd())
        return m_defaultMinTotal;
    return side == OrderSide::Buy ? it->first : it->second;
}

Decimal MarketRules::truncateVolume(const Decimal &volume) const
{
    return volume.rounded(m_volumeDecimals, Decimal::Rounding::Down);
}

void MarketRules::setLiveTickSize(const QString &market, const Decimal &tick)
{
    if (tick.isPositive())
        m_liveTicks.insert(market, tick);
}

void MarketRules::applyChance(const OrderChance &chance)
{
    const Decimal bid = chance.minBidTotal.isPositive() ? chance.minBidTotal : m_defaultMinTotal;
    const Decimal ask = chance.minAskTotal.isPositive() ? chance.minAskTotal : m_defaultMinTotal;
    m_minTotals.insert(chance.market, {bid, ask});
    if (chance.priceUnit)
        setLiveTickSize(chance.market, *chance.priceUnit);
}

std::optional<ExchangeError> MarketRules::validate(const OrderRequest &request) const
{
    if (!request.market.startsWith(QStringLiteral("KRW-")))
        return invalid(QStringLiteral("only KRW markets are traded, not %1").arg(request.market));
    if (request.clientOrderId.isEmpty())
        return invalid(QStringLiteral("an order needs a client order id"));
    const Decimal minimum = minTotal(request.market, request.side);
    switch (request.type) {
    case OrderType::Limit: {
        if (!request.price.isPositive() || !request.volume.isPositive())
            return invalid(QStringLiteral("a limit order needs a positive price and volume"));
        if (!isOnTick(request.market, request.price))
            return invalid(QStringLiteral("price %1 is not on the %2 KRW tick grid")
                               .arg(request.price.toString(), tickSize(request.market, request.price).toString()));
        if (truncateVolume(request.volume) != request.volume)
            return invalid(QStringLiteral("volume %1 has more than %2 decimals")
                               .arg(request.volume.toString())
                               .arg(m_volumeDecimals));
        const Decimal total = request.price * request.volume;
        if (total < minimum)
            return invalid(QStringLiteral("order total %1 KRW is below the minimum of %2 KRW")
                               .arg(total.toString(), minimum.toString()));
        break;
    }
    case OrderType::MarketBuy:
        if (request.price < minimum)
            return invalid(QStringLiteral("a market buy of %1 KRW is below the minimum of %2 KRW")
                               .arg(request.price.toString(), minimum.toString()));
        break;
    case OrderType::MarketSell:
        if (!request.volume.isPositive())
            return invalid(QStringLiteral("a market sell needs a positive volume"));
        if (truncateVolume(request.volume) != request.volume)
            return invalid(QStringLiteral("volume %1 has more than %2 decimals")
                               .arg(request.volume.toString())
                               .arg(m_volumeDecimals));
        break;
    }
    return std::nullopt;
}

} // namespace autocoin
