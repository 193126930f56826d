#include "settings/StrategyFields.h"

#include "core/Amount.h"
#include "strategy/StrategyParameters.h"

#include <QCoreApplication>

#include <QtGlobal>

namespace autocoin {

const QList<StrategyFieldSpec> &strategyFieldSpecs()
{
    using K = StrategyFieldSpec::Kind;
    // Ranges: the validation's (periods 2-1000, fractions within (0, 1], …); where it has no upper
    // bound, one no sensible setting reaches.
    static const QList<StrategyFieldSpec> specs = {
        {QStringLiteral("ema-fast"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Fast EMA"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " candles"), K::Count, 2, 1000},
        {QStringLiteral("ema-slow"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Slow EMA"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " candles"), K::Count, 2, 1000},
        {QStringLiteral("rsi-period"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "RSI period"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " candles"), K::Count, 2, 1000},
        {QStringLiteral("rsi-overbought"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "RSI overbought (no buy above)"), nullptr, K::Number, 1, 100, 1},
        {QStringLiteral("rsi-floor"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "RSI floor (no buy below)"),
         nullptr, K::Number, 0, 99, 1, QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Off")},
        {QStringLiteral("rsi-exit"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "RSI exit (sell above)"), nullptr,
         K::Number, 1, 100, 1},
        {QStringLiteral("volume-period"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Volume average period"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " candles"), K::Count, 2, 1000},
        {QStringLiteral("volume-multiple"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Volume needed for a buy"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " × average"), K::Number, 0, 100, 2,
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Off")},
        {QStringLiteral("atr-period"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "ATR period"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " candles"), K::Count, 2, 1000},
        {QStringLiteral("stop-atr"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Stop distance"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " × ATR"), K::Number, 0.1, 50, 2},
        {QStringLiteral("trailing-activation-atr"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Trailing stop starts after a gain of"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " × ATR"), K::Number, 0, 50, 2},
        {QStringLiteral("trailing-atr"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Trailing stop distance"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " × ATR"), K::Number, 0.1, 50, 2},
        {QStringLiteral("risk-per-trade"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Risk per trade"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " % of equity"), K::Percent, 0.01, 100, 2},
        {QStringLiteral("kelly-cap"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Largest position (Kelly cap)"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " % of equity"), K::Percent, 0.01, 100, 2},
        {QStringLiteral("default-fraction"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Position size at first"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " % of equity"), K::Percent, 0.01, 100, 2},
        {QStringLiteral("kelly-min-trades"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Trades before Kelly sizing"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " trades"), K::Count, 1, 10000},
        {QStringLiteral("kelly-lookback"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Kelly sizing looks back"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " trades"), K::Count, 1, 10000},
        {QStringLiteral("order-cap-krw"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Largest order"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " KRW"), K::Krw, 1, 1000000000},
        {QStringLiteral("daily-loss-pct"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Daily loss limit"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " % of the day's start"), K::Percent, 0, 100, 2,
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Off")},
        {QStringLiteral("daily-loss-krw"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Daily loss limit in KRW"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " KRW"), K::Krw, 0, 1000000000, 0,
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Off")},
        {QStringLiteral("max-exposure"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Most in positions together"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " % of equity"), K::Percent, 0.01, 100, 2},
        {QStringLiteral("max-positions"), QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Most markets held at once"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", " markets"), K::Count, 1, 50},
        {QStringLiteral("exit-on-warning"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Sell when the market is designated warning (유의)"), nullptr,
         K::Switch, 0, 1},
        {QStringLiteral("block-caution"),
         QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "No new entry in a market with a caution flag (주의)"), nullptr,
         K::Switch, 0, 1},
    };
    return specs;
}

QString strategyParameterText(const QString &name, const QString &value)
{
    const auto translated = [](const char *source) {
        return QCoreApplication::translate("autocoin::SettingsDialog", source);
    };
    static const char *const on = QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "On");
    static const char *const off = QT_TRANSLATE_NOOP("autocoin::SettingsDialog", "Off");
    for (const StrategyFieldSpec &spec : strategyFieldSpecs()) {
        if (spec.name != name)
            continue;
        using K = StrategyFieldSpec::Kind;
        const QString unit = spec.unit ? translated(spec.unit) : QString();
        const double scale = spec.kind == K::Percent ? 100.0 : 1.0;
        const double shown = value.toDouble() * scale;
        QString text;
        if (spec.kind == K::Switch)
            text = translated(value.trimmed() == u"1" ? on : off);
        else if (spec.offText && shown <= spec.minimum)
            text = translated(spec.offText);
        else if (spec.kind == K::Krw)
            text = formatAmount(Decimal::fromString(value.trimmed()).value_or(Decimal())) + unit;
        else
            text = QString::number(shown, 'g', 12) + unit;
        return QStringLiteral("%1: %2").arg(translated(spec.label), text);
    }
    return QStringLiteral("%1: %2").arg(name, value);
}

QHash<QString, QString> strategyPresetValues(StrategyPreset preset)
{
    // 기본 is the engine's own defaults; the other two scale the same knobs down or up.
    const StrategyParameters defaults;
    QHash<QString, QString> values;
    switch (preset) {
    case StrategyPreset::Conservative:
        values = {{QStringLiteral("risk-per-trade"), QStringLiteral("0.005")},
                  {QStringLiteral("kelly-cap"), QStringLiteral("0.1")},
                  {QStringLiteral("default-fraction"), QStringLiteral("0.05")},
                  {QStringLiteral("stop-atr"), QStringLiteral("1.5")},
                  {QStringLiteral("daily-loss-pct"), QStringLiteral("0.02")},
                  {QStringLiteral("max-exposure"), QStringLiteral("0.3")},
                  {QStringLiteral("max-positions"), QStringLiteral("2")},
                  {QStringLiteral("exit-on-warning"), QStringLiteral("1")},
                  {QStringLiteral("block-caution"), QStringLiteral("1")}};
        break;
    case StrategyPreset::Default: {
        const QHash<QString, QString> all = defaults.toMap();
        for (const char *name : {"risk-per-trade", "kelly-cap", "default-fraction", "stop-atr", "daily-loss-pct",
                                 "max-exposure", "max-positions", "exit-on-warning", "block-caution"})
            values.insert(QLatin1StringView(name), all.value(QLatin1StringView(name)));
        break;
    }
    case StrategyPreset::Aggressive:
        values = {{QStringLiteral("risk-per-trade"), QStringLiteral("0.02")},
                  {QStringLiteral("kelly-cap"), QStringLiteral("0.4")},
                  {QStringLiteral("default-fraction"), QStringLiteral("0.2")},
                  {QStringLiteral("stop-atr"), QStringLiteral("2.5")},
                  {QStringLiteral("daily-loss-pct"), QStringLiteral("0.05")},
                  {QStringLiteral("max-exposure"), QStringLiteral("0.8")},
                  {QStringLiteral("max-positions"), QStringLiteral("5")},
                  {QStringLiteral("exit-on-warning"), QStringLiteral("0")},
                  {QStringLiteral("block-caution"), QStringLiteral("1")}};
        break;
    }
    return values;
}

} // namespace autocoin
