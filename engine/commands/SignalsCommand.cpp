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
    const auto file = CandleFile::load(dataFile);
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
    for (const Candle &candle : file.value().series.candles) {
        const IndicatorSnapshot current = indicators.update(candle);
        const Signal signal = evaluateSignal(previous, current, p, positionOpen);
        if (signal.type == Signal::Type::Buy)
            positionOpen = true;
        else if (signal.type == Signal::Type::Sell)
            positionOpen = false;
        const QString type = signalTypeName(signal.type);
        ++counts[type];
        csv << candle.openTime.toString(Qt::ISODate) << ',' << candle.open.toString() << ',' << candle.high.toString()
            << ',' << candle.low.toString() << ',' << candle.close.toString() << ',' << candle.volume.toString() << ','
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
                       .arg(file.value().series.candles.size())
                       .arg(file.value().series.duplicatesDropped)
                       .arg(file.value().series.gaps.size())
                       .arg(outFile)
                       .arg(counts.value(QStringLiteral("BUY")))
                       .arg(counts.value(QStringLiteral("SELL")))
                       .arg(counts.value(QStringLiteral("HOLD"))));
    return ExitOk;
}

} // namespace autocoin
