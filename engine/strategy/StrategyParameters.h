#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace autocoin {

/// Every strategy and risk parameter, typed, with the seed's defaults. The names
/// ("ema-fast", …) are the same on the command line (--ema-fast), in the `configs` table and in
/// the settings dialog.
struct StrategyParameters
{
    int emaFast = 12;
    int emaSlow = 26;
    int rsiPeriod = 14;
    double rsiOverbought = 70; ///< BUY only below this
    double rsiFloor = 30;      ///< … and above this (0 turns the floor off)
    double rsiExit = 75;       ///< SELL an open position when RSI rises above this
    int atrPeriod = 14;
    int volumePeriod = 20;            ///< moving average of volume
    double volumeMultiple = 1;        ///< BUY needs volume ≥ multiple × its average (0 turns it off)
    double stopAtr = 2;               ///< ATR stop = entry − stopAtr × ATR
    double trailingActivationAtr = 1; ///< the trailing stop starts after this gain, in ATRs
    double trailingAtr = 2;           ///< trailing stop = highest close − trailingAtr × ATR
    double kellyCap = 0.25;           ///< the Kelly fraction never exceeds this
    double defaultFraction = 0.1;     ///< used until enough closed trades exist
    int kellyMinTrades = 20;
    /// Kelly sizing looks at the last this-many closed trades only, so a losing stretch long ago
    /// does not veto every entry for good (docs/DECISIONS.md).
    int kellyLookback = 30;
    double riskPerTrade = 0.01;  ///< hitting the stop loses at most this share of equity
    double orderCapKrw = 200000; ///< per-order KRW cap
    double dailyLossPct = 0.03;  ///< no new entries after losing this share of the day's start equity
    double dailyLossKrw = 0;     ///< … or this many KRW (0 = off); the stricter applies
    double maxExposure = 0.5;    ///< share of equity that may be in all positions together
    int maxPositions = 3;        ///< markets held (or with an unresolved order) at once
    int exitOnWarning = 0;       ///< 1: sell a held position when the exchange designates its market 유의
    int blockCaution = 1;        ///< 1: no new entry in a market with any 주의 caution flag

    /// One message per broken rule ("ema-fast (30) must be below ema-slow (26)"); empty = valid.
    QStringList validate() const;
    /// The slowest look-back, for the warm-up.
    int slowestPeriod() const;

    /// name -> text of every parameter ("ema-fast" -> "12").
    QHash<QString, QString> toMap() const;
    /// Applies the values in `values` (unknown names and unparsable values are reported in
    /// `errors`); validation is separate.
    static StrategyParameters fromMap(const QHash<QString, QString> &values, StrategyParameters base,
                                      QStringList *errors);

    struct Field
    {
        QString name;
        QString description;
        std::variant<int StrategyParameters::*, double StrategyParameters::*> member;
    };
    static const QList<Field> &fields();
};

} // namespace autocoin
