#pragma once

#include "backtest/Backtester.h"
#include "strategy/ReasonText.h"

#include <QJsonObject>
#include <QTimeZone>

#include <functional>

namespace autocoin {

/// One market's share of a portfolio backtest.
struct MarketBreakdown
{
    QString market;
    qsizetype candles = 0;
    int trades = 0;
    double winRate = 0;
    Decimal pnl;  ///< net realised PnL of its round trips
    Decimal fees; ///< of its fills
    double profitFactor = 0;
    double buyAndHoldReturn = 0;
};

/// The numbers a trader judges a backtest by, computed from its equity curve and round trips.
/// Ratios are annualised from the candle period (returns per candle; 365 days a year, as crypto
/// trades every day). Money figures are exact; ratios are doubles.
struct BacktestReport
{
    Decimal startingKrw;
    Decimal finalEquity;
    Decimal feesPaid;
    Decimal expectancy; ///< mean net PnL per round trip
    Decimal grossProfit;
    Decimal grossLoss;
    double totalReturn = 0;
    double cagr = 0;
    double maxDrawdown = 0;        ///< fraction of the peak
    qint64 maxDrawdownSeconds = 0; ///< longest time below a previous peak
    double sharpe = 0;
    double sortino = 0;
    double calmar = 0;
    double winRate = 0;
    double profitFactor = 0; ///< gross profit / gross loss (inf shown as "∞")
    int trades = 0;          ///< round trips
    double averageHoldingHours = 0;
    double exposure = 0; ///< share of the time a position was held
    double buyAndHoldReturn = 0;
    qsizetype candles = 0;
    QDateTime from;
    QDateTime to;
    QTimeZone zone; ///< the run's (the app's) time zone: the report's times are read in it
    QList<std::pair<QString, QString>> parameterValues; ///< the strategy's ("ema-fast", "12"), in fields() order
    QList<MarketBreakdown> markets;                     ///< per market, in the order given
    QStringList exitReasons;                            ///< each round trip's, as the engine wrote it

    static BacktestReport of(const BacktestResult &result);
    /// Plain text for the terminal (English: the CLI's report).
    QString text() const;
    /// One strategy parameter as the window's settings name it ("단기 EMA: 12캔들").
    using ParameterText = std::function<QString(const QString &name, const QString &value)>;
    /// The same in `language` (the window's): Korean labels, won grouped, and the exits counted by
    /// kind (signal, stop, trailing stop, kill switch, warning); with `parameterText`, the
    /// parameters the run used, one line each in its words.
    QString text(TextLanguage language, const ParameterText &parameterText = {}) const;
    /// `time` for a reader: "2022-01-01 09:00" in `zone`.
    QString readableTime(const QDateTime &time) const;
    /// The report, the round trips and the equity and drawdown curves (at most `maxPoints` each).
    QJsonObject json(const BacktestResult &result, int maxPoints = 2000) const;
    /// `QJsonDocument(json(result, maxPoints)).toJson(QJsonDocument::Indented)`, byte for byte, written
    /// directly (what `autocoin backtest --json` writes): building that tree of QJsonObjects, its
    /// ISO times and Qt's writer cost a quarter of the command on a million candles.
    QByteArray jsonText(const BacktestResult &result, int maxPoints = 2000) const;
    /// A self-contained HTML page (inline SVG charts, no scripts, no network).
    QString html(const BacktestResult &result) const;
};

/// Writes every fill as CSV (time, market, side, price, quantity, fee, order id); false with `error`.
bool writeTradesCsv(const BacktestResult &result, const QString &path, QString *error);

} // namespace autocoin
