#include "execution/PaperBroker.h"

#include "core/Guarded.h"

#include <QUuid>

#include <algorithm>
#include <span>

namespace autocoin {

namespace {

ExchangeError refusal(ExchangeError::Kind kind, const QString &code, const QString &message)
{
    ExchangeError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    return error;
}

/// `head` + `tail` + `number` in decimal, zero-padded to `width` digits (QString::number(…)
/// .rightJustified(width, u'0') for a number ≥ 0), built in one allocation: every order and fill
/// of a backtest is named so.
QString numbered(QStringView head, QStringView tail, qint64 number, int width)
{
    char16_t digits[24];
    int count = 0;
    do {
        digits[count++] = char16_t(u'0' + number % 10);
        number /= 10;
    } while (number > 0);
    const int padding = std::max(width - count, 0);
    QString out(head.size() + tail.size() + padding + count, Qt::Uninitialized);
    QChar *at = std::copy(tail.begin(), tail.end(), std::copy(head.begin(), head.end(), out.data()));
    at = std::fill_n(at, padding, u'0');
    while (count > 0)
        *at++ = digits[--count];
    return out;
}

/// market.section(u'-', 1) ("KRW-BTC" → "BTC") without section's general machinery: every fill
/// of a backtest asks for it.
QString coinOf(const QString &market)
{
    const qsizetype dash = market.indexOf(u'-');
    if (dash < 0)
        return {};
    const qsizetype end = market.indexOf(u'-', dash + 1);
    return market.mid(dash + 1, end < 0 ? -1 : end - dash - 1);
}

} // namespace

ExchangeError PaperBroker::shortOf(const QString &currency, const Decimal &needed) const
{
    const Decimal have = currency == u"KRW" ? m_krw : m_coins.value(currency);
    return refusal(ExchangeError::Kind::InsufficientFunds,
                   currency == u"KRW" ? QStringLiteral("insufficient_funds_bid")
                                      : QStringLiteral("insufficient_funds_ask"),
                   QStringLiteral("paper %1 %2 is less than %3").arg(currency, have.toString(), needed.toString()));
}

Decimal PaperPosition::averagePrice() const
{
    return volume.isPositive() ? cost.divided(volume, 8) : Decimal();
}

void PaperFillLog::append(const PaperFill &fill)
{
    if (m_shared) {
        const std::lock_guard guard(m_shared->lock);
        if (qsizetype(m_shared->fills.size()) == m_size) { // no copy appended past this one
            m_shared->fills.push_back(fill);
            ++m_size;
            return;
        }
    }
    auto own = std::make_shared<Shared>();
    if (m_shared) {
        const std::lock_guard guard(m_shared->lock);
        own->fills.assign(m_shared->fills.begin(), m_shared->fills.begin() + m_size);
    }
    own->fills.push_back(fill);
    m_shared = std::move(own);
    ++m_size;
}

PaperFill PaperFillLog::at(qsizetype index) const
{
    Q_ASSERT(m_shared && index >= 0 && index < m_size);
    const std::lock_guard guard(m_shared->lock);
    return m_shared->fills[std::size_t(index)];
}

QList<PaperFill> PaperFillLog::from(qsizetype from) const
{
    QList<PaperFill> out;
    if (!m_shared || from >= m_size)
        return out;
    const std::lock_guard guard(m_shared->lock);
    out.reserve(m_size - std::max<qsizetype>(from, 0));
    for (qsizetype i = std::max<qsizetype>(from, 0); i < m_size; ++i)
        out.append(m_shared->fills[std::size_t(i)]);
    return out;
}

PaperBroker::PaperBroker(MarketRules rules, Decimal feeRate, Decimal slippage, Decimal startingKrw)
    : m_rules(std::move(rules))
    , m_feeRate(feeRate)
    , m_slippage(slippage)
    , m_feeFactor(Decimal(1) + m_feeRate)
    , m_buySlipFactor(Decimal(1) + m_slippage)
    , m_sellSlipFactor(Decimal(1) - m_slippage)
    , m_krw(startingKrw)
    , m_idPrefix(QStringLiteral("paper-") + QUuid::createUuid().toString(QUuid::Id128).left(12) + u'-')
{}

QString PaperBroker::nextId()
{
    return numbered(m_idPrefix, {}, ++m_sequence, 6); // "paper-<prefix>-000001"
}

QString PaperBroker::currencyOf(const QString &market)
{
    if (market != m_currencyMarket) {
        m_currency = coinOf(market);
        m_currencyMarket = market;
    }
    return m_currency;
}

std::optional<PaperPosition> PaperBroker::position(const QString &market) const
{
    const auto it = m_positions.constFind(market);
    return it == m_positions.constEnd() ? std::nullopt : std::optional(*it);
}

bool PaperBroker::holds(const QString &market) const
{
    // The few held markets compared by name (sameMarket); a large book (live, many markets) is
    // asked by its hash.
    if (m_held.size() > 4)
        return m_positions.contains(market);
    return std::any_of(m_held.cbegin(), m_held.cend(),
                       [&market](const QString &held) { return sameMarket(held, market); });
}

Decimal PaperBroker::equity(const QHash<QString, Decimal> &prices) const
{
    Decimal total = m_krw + m_krwLocked;
    for (auto it = prices.cbegin(); it != prices.cend(); ++it) {
        const QString coin = coinOf(it.key());
        total += (m_coins.value(coin) + m_coinsLocked.value(coin)) * it.value();
    }
    return total;
}

QList<Order> PaperBroker::openOrders() const
{
    return m_open.values();
}

PaperFill PaperBroker::book(const QString &orderId, const QString &market, OrderSide side, const Decimal &price,
                            const Decimal &volume, const Decimal &fee, const QDateTime &time)
{
    return bookFill(currencyOf(market), orderId, market, side, price, volume, price * volume, fee, time);
}

PaperFill PaperBroker::bookFill(const QString &coin, const QString &orderId, const QString &market, OrderSide side,
                                const Decimal &price, const Decimal &volume, const Decimal &funds, const Decimal &fee,
                                const QDateTime &time)
{
    PaperFill fill{orderId, market, side, price, volume, funds, fee, Decimal(), time};
    auto held = m_positions.find(market);
    if (held == m_positions.end()) {
        m_held.insert(std::lower_bound(m_held.begin(), m_held.end(), market), market);
        held = m_positions.insert(market, PaperPosition());
    }
    PaperPosition &position = *held;
    if (side == OrderSide::Buy) {
        const Decimal paid = funds + fee;
        m_krw -= paid;
        m_coins[coin] += volume;
        if (!position.volume.isPositive())
            position.entryTime = time;
        position.volume += volume;
        position.cost += paid;
    } else {
        const Decimal proceeds = funds - fee;
        m_coins[coin] -= volume;
        m_krw += proceeds;
        // The cost of what is sold, in proportion; the remainder stays with the position, so
        // realised PnL plus the remaining cost always add up to what was paid.
        const Decimal costSold =
            volume >= position.volume
                ? position.cost
                : (position.cost * volume).divided(position.volume, 8, Decimal::Rounding::HalfEven);
        fill.realizedPnl = proceeds - costSold;
        m_realized += fill.realizedPnl;
        position.volume -= std::min(volume, position.volume);
        position.cost -= costSold;
    }
    if (!position.volume.isPositive()) {
        m_positions.erase(held);
        const auto listed = std::lower_bound(m_held.cbegin(), m_held.cend(), market);
        if (listed != m_held.cend() && *listed == market) // always: the list has the hash's keys
            m_held.erase(listed);
    }
    if (m_keepsLog)
        m_fills.append(fill);
    return fill;
}

Decimal PaperBroker::applyFill(Order &order, const QString &coin, const Decimal &price, const Decimal &volume,
                               const QDateTime &now)
{
    const Decimal funds = price * volume;
    const Decimal fee = funds * m_feeRate;
    if (order.type == OrderType::Limit) { // paid from what the order reserved: release it first
        if (order.side == OrderSide::Buy) {
            const Decimal paid = funds + fee;
            m_krwLocked -= paid;
            m_krw += paid;
            order.locked -= paid;
        } else {
            m_coinsLocked[coin] -= volume;
            m_coins[coin] += volume;
            order.locked -= volume;
        }
    }
    bookFill(coin, order.id, order.market, order.side, price, volume, funds, fee, now); // from the available balances
    order.executedVolume += volume;
    order.executedFunds += funds;
    order.paidFee += fee;
    order.remainingVolume -= volume;
    order.fills.append({numbered(order.id, u"-", order.fills.size() + 1, 0), price, volume, funds, now, fee});
    return funds;
}

Result<Order> PaperBroker::place(const OrderRequest &request, const OrderBook &book, const Decimal &lastPrice,
                                 const QDateTime &now)
{
    // A book from the network may hold exact but long numbers whose products leave Decimal's
    // range halfway through a walk: then nothing of the walk stays, and the order is refused
    // saying so. An order changes the balances, its market's position and its coin's entries
    // only (a resting order is filed last, when nothing can throw any more): those are kept to
    // be put back. A copy of the broker would do too, but every write below would then copy the
    // hash it writes to, on every order of a backtest.
    const QString coin = currencyOf(request.market);
    const auto entry = [](const QHash<QString, Decimal> &hash, const QString &key) {
        const auto it = hash.constFind(key);
        return it == hash.cend() ? std::nullopt : std::optional(*it);
    };
    const auto restore = [](QHash<QString, Decimal> &hash, const QString &key, const std::optional<Decimal> &value) {
        if (value)
            hash.insert(key, *value);
        else
            hash.remove(key);
    };
    const Decimal krw = m_krw;
    const Decimal krwLocked = m_krwLocked;
    const Decimal realized = m_realized;
    const int sequence = m_sequence;
    const std::optional<Decimal> coins = entry(m_coins, coin);
    const std::optional<Decimal> coinsLocked = entry(m_coinsLocked, coin);
    const std::optional<PaperPosition> held = position(request.market);
    const PaperFillLog fills = m_fills;
    bool threw = true;
    auto placed = guarded(ExchangeError::Kind::Rejected, QStringLiteral("paper order refused"), [&] {
        auto result = placeUnguarded(request, coin, book, lastPrice, now);
        threw = false;
        return result;
    });
    if (threw) {
        m_krw = krw;
        m_krwLocked = krwLocked;
        m_realized = realized;
        m_sequence = sequence;
        restore(m_coins, coin, coins);
        restore(m_coinsLocked, coin, coinsLocked);
        const auto listed = std::lower_bound(m_held.begin(), m_held.end(), request.market);
        const bool wasListed = listed != m_held.end() && *listed == request.market;
        if (held) {
            m_positions.insert(request.market, *held);
            if (!wasListed)
                m_held.insert(listed, request.market);
        } else {
            m_positions.remove(request.market);
            if (wasListed)
                m_held.erase(listed);
        }
        m_fills = fills;
    }
    return placed;
}

Result<Order> PaperBroker::placeUnguarded(const OrderRequest &request, const QString &coin, const OrderBook &book,
                                          const Decimal &lastPrice, const QDateTime &now)
{
    if (auto invalid = m_rules.validate(request))
        return *invalid;
    Order order;
    order.id = nextId();
    order.clientOrderId = request.clientOrderId;
    order.market = request.market;
    order.side = request.side;
    order.type = request.type;
    order.price = request.price;
    order.volume = request.volume;
    order.remainingVolume = request.volume;
    order.createdAt = now;

    // Levels to take from: the book's opposite side, or the last price ± slippage, unlimited.
    const QList<BookLevel> &side = request.side == OrderSide::Buy ? book.asks : book.bids;
    std::span<const BookLevel> levels(side.constData(), std::size_t(side.size()));
    BookLevel last;
    if (levels.empty()) {
        if (!lastPrice.isPositive())
            return refusal(ExchangeError::Kind::Rejected, QStringLiteral("no_price"),
                           QStringLiteral("no order book and no last price to fill against"));
        const Decimal price = request.side == OrderSide::Buy
                                  ? m_rules.roundPriceUp(request.market, lastPrice * m_buySlipFactor)
                                  : m_rules.roundPriceDown(request.market, lastPrice * m_sellSlipFactor);
        last = {price, Decimal(1000000000)};
        levels = std::span(&last, 1);
    }

    switch (request.type) {
    case OrderType::MarketBuy: {
        if (m_krw < request.price)
            return shortOf(QStringLiteral("KRW"), request.price);
        Decimal budget = request.price; // KRW to spend, fees included
        const Decimal &feeFactor = m_feeFactor;
        for (const BookLevel &level : levels) {
            const Decimal affordable =
                m_rules.truncateVolume(budget.divided(level.price * feeFactor, 12, Decimal::Rounding::Down));
            const Decimal take = std::min(affordable, level.size);
            if (!take.isPositive())
                break;
            budget -= applyFill(order, coin, level.price, take, now) * feeFactor; // its funds, with the fee
        }
        // Upbit ends a market buy as "cancel" when KRW is left over (refunded: never debited here).
        order.state = order.executedVolume.isPositive() && budget.isZero() ? OrderState::Done : OrderState::Cancel;
        order.remainingVolume = Decimal();
        return order;
    }
    case OrderType::MarketSell: {
        if (m_coins.value(coin) < request.volume)
            return shortOf(coin, request.volume);
        for (const BookLevel &level : levels) {
            const Decimal take = std::min(order.remainingVolume, level.size);
            if (!take.isPositive())
                break;
            applyFill(order, coin, level.price, take, now);
        }
        order.state = order.remainingVolume.isZero() ? OrderState::Done : OrderState::Cancel;
        return order;
    }
    case OrderType::Limit: {
        const Decimal &feeFactor = m_feeFactor;
        if (request.side == OrderSide::Buy) {
            const Decimal reserve = request.price * request.volume * feeFactor;
            if (m_krw < reserve)
                return shortOf(QStringLiteral("KRW"), reserve);
            m_krw -= reserve;
            m_krwLocked += reserve;
            order.locked = reserve;
        } else {
            if (m_coins.value(coin) < request.volume)
                return shortOf(coin, request.volume);
            m_coins[coin] -= request.volume;
            m_coinsLocked[coin] += request.volume;
            order.locked = request.volume;
        }
        // Marketable at once against the book: take the levels at or better than the limit.
        if (!book.asks.isEmpty() || !book.bids.isEmpty()) {
            for (const BookLevel &level : request.side == OrderSide::Buy ? book.asks : book.bids) {
                const bool reachable =
                    request.side == OrderSide::Buy ? level.price <= request.price : level.price >= request.price;
                const Decimal take = std::min(order.remainingVolume, level.size);
                if (!reachable || !take.isPositive())
                    break;
                applyFill(order, coin, level.price, take, now);
            }
        }
        order.state = OrderState::Wait;
        if (order.remainingVolume.isZero()) {
            order.state = OrderState::Done;
            if (order.side == OrderSide::Buy && order.locked.isPositive()) { // filled below the limit
                m_krwLocked -= order.locked;
                m_krw += order.locked;
                order.locked = Decimal();
            }
        } else {
            m_open.insert(order.id, order);
        }
        return order;
    }
    }
    return refusal(ExchangeError::Kind::Rejected, QStringLiteral("unknown_type"), QStringLiteral("unknown order type"));
}

QList<PaperFill> PaperBroker::onTrades(const QString &market, const Decimal &low, const Decimal &high,
                                       const Decimal &volume, const QDateTime &now)
{
    const qsizetype before = m_fills.size();
    Decimal available = volume;
    QList<QString> ids = m_open.keys();
    std::sort(ids.begin(), ids.end()); // oldest first: ids are sequential
    for (const QString &id : ids) {
        Order &order = m_open[id];
        if (order.market != market || !available.isPositive())
            continue;
        const bool reached = order.side == OrderSide::Buy ? low <= order.price : high >= order.price;
        if (!reached)
            continue;
        const Decimal take = std::min(order.remainingVolume, available);
        applyFill(order, coinOf(market), order.price, take, now);
        available -= take;
        if (order.remainingVolume.isZero()) {
            order.state = OrderState::Done;
            if (order.side == OrderSide::Buy && order.locked.isPositive()) {
                m_krwLocked -= order.locked;
                m_krw += order.locked;
                order.locked = Decimal();
            }
            m_open.remove(id);
        }
    }
    return m_fills.from(before);
}

Result<Order> PaperBroker::cancel(const QString &orderId, const QDateTime &now)
{
    Q_UNUSED(now);
    if (!m_open.contains(orderId))
        return refusal(ExchangeError::Kind::NotFound, QStringLiteral("order_not_found"),
                       QStringLiteral("no open paper order %1").arg(orderId));
    Order order = m_open.take(orderId);
    if (order.side == OrderSide::Buy) {
        m_krwLocked -= order.locked;
        m_krw += order.locked;
    } else {
        const QString coin = coinOf(order.market);
        m_coinsLocked[coin] -= order.remainingVolume;
        m_coins[coin] += order.remainingVolume;
    }
    order.locked = Decimal();
    order.state = OrderState::Cancel;
    return order;
}

} // namespace autocoin
