#include "strategy/StrategyParameters.h"

#include <algorithm>

namespace autocoin {

const QList<StrategyParameters::Field> &StrategyParameters::fields()
{
    using P = StrategyParameters;
    static const QList<Field> list = {
        {QStringLiteral("ema-fast"), QStringLiteral("fast EMA period"), &P::emaFast},
        {QStringLiteral("ema-slow"), QStringLiteral("slow EMA period"), &P::emaSlow},
        {QStringLiteral("rsi-period"), QStringLiteral("RSI period"), &P::rsiPeriod},
        {QStringLiteral("rsi-overbought"), QStringLiteral("BUY only while RSI is below this"), &P::rsiOverbought},
        {QStringLiteral("rsi-floor"), QStringLiteral("BUY only while RSI is above this (0 = off)"), &P::rsiFloor},
        {QStringLiteral("rsi-exit"), QStringLiteral("SELL an open position when RSI rises above this"), &P::rsiExit},
        {QStringLiteral("atr-period"), QStringLiteral("ATR period"), &P::atrPeriod},
        {QStringLiteral("volume-period"), QStringLiteral("volume moving-average period"), &P::volumePeriod},
        {QStringLiteral("volume-multiple"), QStringLiteral("BUY needs volume >= this x its average (0 = off)"),
         &P::volumeMultiple},
        {QStringLiteral("stop-atr"), QStringLiteral("ATR stop distance in ATRs"), &P::stopAtr},
        {QStringLiteral("trailing-activation-atr"), QStringLiteral("gain in ATRs before the trailing stop starts"),
         &P::trailingActivationAtr},
        {QStringLiteral("trailing-atr"), QStringLiteral("trailing stop distance in ATRs"), &P::trailingAtr},
        {QStringLiteral("kelly-cap"), QStringLiteral("largest Kelly fraction of equity"), &P::kellyCap},
        {QStringLiteral("default-fraction"), QStringLiteral("fraction of equity until Kelly has enough trades"),
         &P::defaultFraction},
        {QStringLiteral("kelly-min-trades"), QStringLiteral("closed trades before Kelly sizing is used"),
         &P::kellyMinTrades},
        {QStringLiteral("kelly-lookback"), QStringLiteral("Kelly sizing uses the last this-many closed trades"),
         &P::kellyLookback},
        {QStringLiteral("risk-per-trade"), QStringLiteral("share of equity a stop-out may lose"), &P::riskPerTrade},
        {QStringLiteral("order-cap-krw"), QStringLiteral("largest order in KRW"), &P::orderCapKrw},
        {QStringLiteral("daily-loss-pct"), QStringLiteral("daily loss limit, share of the day's starting equity"),
         &P::dailyLossPct},
        {QStringLiteral("daily-loss-krw"), QStringLiteral("daily loss limit in KRW (0 = off)"), &P::dailyLossKrw},
        {QStringLiteral("max-exposure"), QStringLiteral("largest share of equity in all positions together"),
         &P::maxExposure},
        {QStringLiteral("max-positions"), QStringLiteral("most markets held at once"), &P::maxPositions},
        {QStringLiteral("exit-on-warning"),
         QStringLiteral("1: sell a position when its market is designated warning (유의)"), &P::exitOnWarning},
        {QStringLiteral("block-caution"), QStringLiteral("1: no new entry in a market with a caution flag (주의)"),
         &P::blockCaution},
    };
    return list;
}

QStringList StrategyParameters::validate() const
{
    QStringList errors;
    const auto check = [&errors](bool ok, const QString &message) {
        if (!ok)
            errors.append(message);
    };
    for (const auto &[name, value] : {std::pair{QStringLiteral("ema-fast"), emaFast},
                                      {QStringLiteral("ema-slow"), emaSlow},
                                      {QStringLiteral("rsi-period"), rsiPeriod},
                                      {QStringLiteral("atr-period"), atrPeriod},
                                      {QStringLiteral("volume-period"), volumePeriod}})
        check(value >= 2 && value <= 1000,
              QStringLiteral("%1 (%2) must be a period from 2 to 1000").arg(name).arg(value));
    check(emaFast < emaSlow, QStringLiteral("ema-fast (%1) must be below ema-slow (%2)").arg(emaFast).arg(emaSlow));
    check(rsiOverbought > 0 && rsiOverbought <= 100,
          QStringLiteral("rsi-overbought (%1) must be within 0-100").arg(rsiOverbought));
    check(rsiFloor >= 0 && rsiFloor < rsiOverbought,
          QStringLiteral("rsi-floor (%1) must be from 0 up to below rsi-overbought (%2)")
              .arg(rsiFloor)
              .arg(rsiOverbought));
    check(rsiExit > 0 && rsiExit <= 100, QStringLiteral("rsi-exit (%1) must be within 0-100").arg(rsiExit));
    check(volumeMultiple >= 0, QStringLiteral("volume-multiple (%1) must not be negative").arg(volumeMultiple));
    check(stopAtr > 0, QStringLiteral("stop-atr (%1) must be positive").arg(stopAtr));
    check(trailingActivationAtr >= 0,
          QStringLiteral("trailing-activation-atr (%1) must not be negative").arg(trailingActivationAtr));
    check(trailingAtr > 0, QStringLiteral("trailing-atr (%1) must be positive").arg(trailingAtr));
    for (const auto &[name, value] : {std::pair{QStringLiteral("kelly-cap"), kellyCap},
                                      {QStringLiteral("default-fraction"), defaultFraction},
                                      {QStringLiteral("risk-per-trade"), riskPerTrade},
                                      {QStringLiteral("max-exposure"), maxExposure}})
        check(value > 0 && value <= 1, QStringLiteral("%1 (%2) must be a fraction within (0, 1]").arg(name).arg(value));
    check(defaultFraction <= kellyCap,
          QStringLiteral("default-fraction (%1) must not exceed kelly-cap (%2)").arg(defaultFraction).arg(kellyCap));
    check(kellyMinTrades >= 1, QStringLiteral("kelly-min-trades (%1) must be at least 1").arg(kellyMinTrades));
    check(kellyLookback >= 1 && kellyLookback <= 10000,
          QStringLiteral("kelly-lookback (%1) must be a number of trades from 1 to 10000").arg(kellyLookback));
    check(kellyMinTrades <= kellyLookback, QStringLiteral("kelly-min-trades (%1) must not exceed kelly-lookback (%2)")
                                               .arg(kellyMinTrades)
                                               .arg(kellyLookback));
    check(orderCapKrw > 0, QStringLiteral("order-cap-krw (%1) must be positive").arg(orderCapKrw));
    check(dailyLossPct >= 0 && dailyLossPct <= 1,
          QStringLiteral("daily-loss-pct (%1) must be a fraction within [0, 1]").arg(dailyLossPct));
    check(dailyLossKrw >= 0, QStringLiteral("daily-loss-krw (%1) must not be negative").arg(dailyLossKrw));
    check(maxPositions >= 1 && maxPositions <= 50,
          QStringLiteral("max-positions (%1) must be from 1 to 50").arg(maxPositions));
    check(exitOnWarning == 0 || exitOnWarning == 1,
          QStringLiteral("exit-on-warning (%1) must be 0 or 1").arg(exitOnWarning));
    check(blockCaution == 0 || blockCaution == 1,
          QStringLiteral("block-caution (%1) must be 0 or 1").arg(blockCaution));
    return errors;
}

int StrategyParameters::slowestPeriod() const
{
    return std::max({emaSlow, emaFast, rsiPeriod + 1, atrPeriod + 1, volumePeriod});
}

QHash<QString, QString> StrategyParameters::toMap() const
{
    QHash<QString, QString> map;
    for (const Field &field : fields()) {
        if (const auto *integer = std::get_if<int StrategyParameters::*>(&field.member))
            map.insert(field.name, QString::number(this->**integer));
        else
            map.insert(field.name,
                       QString::number(this->*std::get<double StrategyParameters::*>(field.member), 'g', 15));
    }
    return map;
}

StrategyParameters StrategyParameters::fromMap(const QHash<QString, QString> &values, StrategyParameters base,
                                               QStringList *errors)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto field =
            std::find_if(fields().cbegin(), fields().cend(), [&it](const Field &f) { return f.name == it.key(); });
        if (field == fields().cend()) {
            errors->append(QStringLiteral("unknown strategy parameter %1").arg(it.key()));
            continue;
        }
        bool ok = false;
        if (const auto *integer = std::get_if<int StrategyParameters::*>(&field->member)) {
            const int v = it.value().trimmed().toInt(&ok);
            if (ok)
                base.**integer = v;
        } else {
            const double v = it.value().trimmed().toDouble(&ok);
            if (ok)
                base.*std::get<double StrategyParameters::*>(field->member) = v;
        }
        if (!ok)
            errors->append(QStringLiteral("%1 (%2) is not a number").arg(it.key(), it.value()));
    }
    return base;
}

} // namespace autocoin
