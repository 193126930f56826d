#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace autocoin {

/// Why the engine decided what it did, as data: a code and its values (numbers, exact money as
/// decimal strings, market codes, and other reasons nested under a name: the signal a veto
/// refused, the limit that sized an entry). Stored with the signal (strategy_signals.reason_code
/// and reason_data) and rendered in the reader's language by ReasonText; english() is the
/// engine's historical wording, kept in the `reason` column, the JSON events and the logs.
enum class ReasonCode
{
    None, ///< no structured reason (a row written before reasons had codes: its text as stored)
    // The strategy's signal rules (engine/strategy/SignalGenerator.cpp).
    WarmingUp,
    NoCrossAbove,      ///< rsi
    NoCrossBelow,      ///< rsi
    CrossUp,           ///< BUY: fast, slow, rsi, volume (× its average); size (Sized) once taken
    CrossUpOverbought, ///< rsi, limit
    CrossUpFloor,      ///< rsi, floor
    CrossUpVolume,     ///< volume, needed
    CrossDown,         ///< SELL: fast, slow, rsi
    RsiExit,           ///< SELL: rsi, limit
    AlreadyHolding,    ///< signal
    // A BUY the portfolio did not take (engine/portfolio/Portfolio.cpp); signal once refused.
    WarningMarket, ///< market [, signal]: the exchange's 유의 designation
    CautionMarket, ///< market, flags [, signal]: a 주의 flag with block-caution on
    Delisted,      ///< market [, signal]
    MaxPositions,  ///< limit, signal
    RiskVeto,      ///< veto (a reason below), signal
    // The risk manager (engine/strategy/RiskManager.cpp).
    KillSwitch,     ///< entries blocked by the kill switch; also an exit's reason
    DailyLossLimit, ///< zone: no entries until 00:00 there
    NoPriceOrAtr,
    BelowMinimum,         ///< size, limit (a Limit… reason), minimum
    Sized,                ///< amount, limit (a Limit… reason), stop, risk
    LimitKelly,           ///< fraction
    LimitDefaultFraction, ///< fraction
    LimitNoEdge,          ///< fraction, lookback: the Kelly fraction over the last trades is ≤ 0 (or tiny)
    LimitOrderCap,
    LimitCash,
    LimitExposure,
    LimitRiskPerTrade,
    // Exits that are not the strategy's signal (engine/execution, engine/portfolio/PortfolioStep).
    Stop,         ///< price
    TrailingStop, ///< price
    WarningExit,  ///< market
    // What the engine reports as it goes (TradingEngine::executionNotice): the live execution's
    // reconciliation findings (engine/execution/LiveExecution.cpp) and the engine's own notices
    // (engine/core/TradingEngine.cpp). Ids, markets and amounts are texts, as the engine wrote them.
    OrderNoAnswer,    ///< order (its client order id), error (ExchangeError::describe())
    OrderTimedOut,    ///< order: open past the order timeout, cancelled
    OrderAdopted,     ///< order, side ("buy" / "sell"), market: on the exchange, not in the database
    FailedOrderFound, ///< order, state (the exchange's: "wait", "done", …): recorded failed, it exists
    BalanceDiffers,   ///< exchange, coin, recorded: the coin's balance against the recorded fills
    OrderCancelled,   ///< order: an open order the kill switch cancelled
    MarketNotListed,  ///< market, exchange ("upbit"), held (1 when a position is still managed there)
    UniverseChosen,   ///< top, markets (", "-joined): the universe chosen again
};

class Reason
{
public:
    Reason() = default;
    explicit Reason(ReasonCode code)
        : m_code(code)
    {}
    explicit Reason(ReasonCode code, const QJsonObject &values);

    ReasonCode code() const { return m_code; }
    bool isEmpty() const { return m_code == ReasonCode::None; }
    /// The values as JSON (nested reasons as {"code": …, …}).
    QJsonObject values() const;

    Reason &set(const QString &name, double value);
    Reason &set(const QString &name, const QString &value);
    Reason &set(const QString &name, const Reason &nested);
    double number(QStringView name) const;
    QString text(QStringView name) const;
    bool has(QStringView name) const { return find(name) != nullptr; }
    /// The reason nested under `name`, or an empty one.
    Reason nested(QStringView name) const;

    /// The engine's English wording (what the `reason` column and the events carry).
    QString english() const;

    /// The stored form: the code's name ("max_positions"; empty for None) and the values as
    /// compact JSON (nested reasons as {"code": …}).
    static QString codeName(ReasonCode code);
    static std::optional<ReasonCode> codeFromName(const QString &name);
    QString dataJson() const;
    /// A stored reason back; an unknown code (a newer autocoin's) gives an empty Reason.
    static Reason load(const QString &codeName, const QString &dataJson);
    QJsonObject toJson() const; ///< {"code": name, values…}
    static Reason fromJson(const QJsonObject &object);

    /// The engine's fixed exit and block wordings back as reasons ("stop 95000000", "trailing
    /// stop …", "kill switch", "exchange warning (유의) on KRW-X", "daily loss limit reached; …"):
    /// what an order's recorded detail or an old event carries. Anything else: an empty Reason.
    static Reason fromEnglish(const QString &text);

    friend bool operator==(const Reason &a, const Reason &b)
    {
        return a.m_code == b.m_code && a.values() == b.values();
    }

private:
    /// One value, kept as it was set (a number, a text, a nested reason) and written as JSON
    /// only when asked: a backtest builds the reason of every exit and reads only its English.
    /// A value read from JSON stays that JSON value.
    struct Entry
    {
        QString name;
        std::variant<double, QString, std::shared_ptr<const Reason>, QJsonValue> value;
    };
    const Entry *find(QStringView name) const;
    void put(const QString &name, decltype(Entry::value) value);

    ReasonCode m_code = ReasonCode::None;
    QList<Entry> m_entries;
};

/// The JSON events' and the control API's `reason_code` ("max_positions", null without a code)
/// and `reason_data` (the values, nested reasons as {"code": …}; null without a code).
QJsonValue reasonCodeJson(const Reason &reason);
QJsonValue reasonDataJson(const Reason &reason);

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::Reason)
