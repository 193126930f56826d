#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace autocoin {

/// How the settings show one strategy parameter: a Korean (translatable) label, a unit, and the
/// range its validation allows (engine/strategy/StrategyParameters.cpp validate()), so a spin box
/// cannot hold a number out of range. The names are the parameter store's ("daily-loss-pct").
struct StrategyFieldSpec
{
    enum class Kind
    {
        Count,   ///< a whole number (periods, trades, positions)
        Number,  ///< a number with `decimals` places (RSI levels, ATR multiples)
        Percent, ///< a fraction stored as 0.03, shown as 3 %
        Krw,     ///< whole KRW
        Switch,  ///< 0 or 1, a check box
    };
    QString name;
    const char *label; ///< source text for tr() in autocoin::SettingsDialog
    const char *unit;  ///< the spin box's suffix (source text), or nullptr
    Kind kind;
    double minimum; ///< as shown (Percent: in %)
    double maximum;
    int decimals = 0;
    const char *offText = nullptr; ///< shown at the minimum when the minimum turns the rule off
};

/// Every parameter the settings page shows, in its order (grouped: signal, exits, size, limits).
const QList<StrategyFieldSpec> &strategyFieldSpecs();

/// One parameter's value as the settings page shows it, with its label: "Fast EMA: 12 candles",
/// "Daily loss limit: 3 % of the day's start" (a fraction in %), "Off" where the minimum turns the
/// rule off (in the window's language: "단기 EMA: 12개 봉"); a name the page does not know as
/// "name: value".
QString strategyParameterText(const QString &name, const QString &value);

/// The risk presets 보수적 / 기본 / 공격적 (docs/DECISIONS.md): they set how much is risked and
/// how the account is limited, never the signal's indicators.
enum class StrategyPreset
{
    Conservative,
    Default,
    Aggressive,
};
/// name → value of the parameters `preset` sets.
QHash<QString, QString> strategyPresetValues(StrategyPreset preset);

} // namespace autocoin
