#include "commands/SignalsCommand.h"

#include "commands/Output.h"

#include "replay/CandleFile.h"
#include "session/AppSession.h"
#include "strategy/SignalGenerator.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace autocoin {

namespace {

QString cell(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 6) : QString();
}

QString quoted(QString text)
{
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

} // namespace

int runSignalsCommand(const QString &dataFile, const QString &outFile, const QHash<QString, QString> &parameters,
                      std::FILE *out, std::FILE *err)
{
    if (dataFile.isEmpty() || outFile.isEmpty()) {
        printLine(err, QStringLiteral("autocoin: signals needs --data FILE and --out FILE"));
        return ExitBadInput;
    }
    QStringList problems;
    const StrategyParameters p = StrategyParameters::fromMap(parameters, StrategyParameters{}, &problems);
    problems += p.validate();
    if (!problems.isEmpty()) {
        printLine(err,
                  QStringLiteral("autocoin: invalid strategy parameters:\n  ") + problems.join(QStringLiteral("\n  ")));
        return ExitBadInput;
    }
    // Columns (from the candle cache when an earlier load wrote them): 56 bytes a candle, and no
    // Candle built per row.
    const auto file = CandleFile::loadColumns(dataFile);
    if (!file.ok()) {
        printLine(err, QStringLiteral("autocoin: ") + file.error().message);
        return ExitBadInput;
    }
    QSaveFile output(outFile); // all or nothing: a failed run leaves no half-written file
    if (!output.open(QIODevice::WriteOnly | QIODevice::Text)) {
        printLine(err, QStringLiteral("autocoin: cannot write %1: %2").arg(outFile, output.errorString()));
        return ExitFailure;
    }
    QTextStream csv(&output);
    csv << "time,open,high,low,close,volume,ema_fast,ema_slow,rsi,atr,signal,strength,reason\n";
    IndicatorSet indicators(p);
    IndicatorSnapshot previous;
    bool positionOpen = false;
    QHash<QString, int> counts;
    using Field = CandleColumns::Field;
    const CandleColumns &candles = file.value().candles;
    for (qsizetype i = 0; i < candles.size(); ++i) {
        // The same doubles as Candle's Decimal::toDouble (DecimalColumn::toDouble is exact).
        const IndicatorSnapshot current =
            indicators.update(candles.toDouble(Field::High, i), candles.toDouble(Field::Low, i),
                              candles.toDouble(Field::Close, i), candles.toDouble(Field::Volume, i));
        const Signal signal = evaluateSignal(previous, current, p, positionOpen);
        if (signal.type == Signal::Type::Buy)
            positionOpen = true;
        else if (signal.type == Signal::Type::Sell)
            positionOpen = false;
        const QString type = signalTypeName(signal.type);
        ++counts[type];
        csv << candles.openTime(i).toString(Qt::ISODate) << ',' << candles.value(Field::Open, i).toString() << ','
            << candles.value(Field::High, i).toString() << ',' << candles.value(Field::Low, i).toString() << ','
            << candles.value(Field::Close, i).toString() << ',' << candles.value(Field::Volume, i).toString() << ','
            << cell(current.emaFast) << ',' << cell(current.emaSlow) << ',' << cell(current.rsi) << ','
            << cell(current.atr) << ',' << type << ',' << QString::number(signal.strength, 'f', 4) << ','
            << quoted(signal.reason) << '\n';
        previous = current;
    }
    csv.flush();
    if (!output.commit()) {
        printLine(err, QStringLiteral("autocoin: cannot write %1: %2").arg(outFile, output.errorString()));
        return ExitFailure;
    }
    printLine(out, QStringLiteral("%1 candles (%2 duplicates dropped, %3 gaps) -> %4: %5 BUY, %6 SELL, %7 HOLD")
                       .arg(candles.size())
                       .arg(file.value().duplicatesDropped)
                       .arg(file.value().gaps.size())
                       .arg(outFile)
                       .arg(counts.value(QStringLiteral("BUY")))
                       .arg(counts.value(QStringLiteral("SELL")))
                       .arg(counts.value(QStringLiteral("HOLD"))));
    return ExitOk;
}

} // namespace autocoin
