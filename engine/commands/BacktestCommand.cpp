#include "commands/BacktestCommand.h"

#include "backtest/Optimizer.h"
#include "backtest/Report.h"
#include "commands/Output.h"
#include "replay/CandleFile.h"
#include "session/AppSession.h"

#include <QFile>
#include <QRegularExpression>

#include <numeric>

#include <cstdio>
#include <unistd.h>

namespace autocoin {

namespace {

/// "[#########           ]  45%" on a terminal; nothing when stderr is a file or a pipe.
class ProgressBar
{
public:
    explicit ProgressBar(std::FILE *err)
        : m_err(err)
        , m_enabled(isatty(fileno(err)) != 0)
    {}
    bool operator()(qsizetype done, qsizetype total)
    {
        if (!m_enabled || total <= 0)
            return true;
        const int percent = static_cast<int>(done * 100 / total);
        if (percent == m_last)
            return true;
        m_last = percent;
        const int filled = percent / 4;
        std::fprintf(m_err, "\r[%s%s] %3d%%", QByteArray(filled, '#').constData(),
                     QByteArray(25 - filled, ' ').constData(), percent);
        if (done == total)
            std::fprintf(m_err, "\n");
        std::fflush(m_err);
        return true;
    }

private:
    std::FILE *m_err;
    bool m_enabled;
    int m_last = -1;
};

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QString reason;
    if (writeFileAtomically(path, data, &reason))
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
    return false;
}

} // namespace

QString loadDataFiles(const QStringList &entries, const QString &marketOption, QList<MarketSeries> *markets,
                      Timeframe *timeframe)
{
    QStringList files;
    for (const QString &entry : entries)
        files += entry.split(u',', Qt::SkipEmptyParts);
    std::optional<Timeframe> common;
    QString firstFile;
    for (const QString &raw : std::as_const(files)) {
        const QString entry = raw.trimmed();
        const qsizetype eq = entry.indexOf(u'=');
        QString market = eq > 0 ? entry.left(eq).trimmed().toUpper() : QString();
        const QString path = eq > 0 ? entry.mid(eq + 1).trimmed() : entry;
        static const QRegularExpression code(QStringLiteral("^KRW-[A-Z0-9]{1,15}$"));
        if (eq > 0 && !code.match(market).hasMatch())
            return QStringLiteral("--data %1: \"%2\" is not a KRW market code such as KRW-BTC")
                .arg(entry.left(60), market.left(24));
        const auto file = CandleFile::loadColumns(path); // columns, from the candle cache when it has them
        if (!file.ok())
            return file.error().message;
        if (market.isEmpty() && !marketOption.isEmpty())
            market = marketOption;
        if (market.isEmpty())
            market = file.value().market.isEmpty() ? defaults::market() : file.value().market;
        for (const MarketSeries &seen : std::as_const(*markets)) {
            if (seen.market == market)
                return QStringLiteral("--data: %1 is given twice (%2)").arg(market, path.left(60));
        }
        if (common && file.value().timeframe.seconds() != common->seconds())
            return QStringLiteral("--data: %1 has %2 candles but %3 has %4: every market needs one timeframe")
                .arg(path.left(60), file.value().timeframe.toString(), firstFile.left(60), common->toString());
        if (!common) {
            common = file.value().timeframe;
            firstFile = path;
        }
        markets->append({market, file.value().candles});
    }
    if (markets->isEmpty())
        return QStringLiteral("--data: no candle file given");
    *timeframe = *common;
    return {};
}

QString prepareBacktest(const CommandLine &commandLine, const QList<MarketSeries> &markets, BacktestRequest *request)
{
    const auto &o = commandLine.backtest;
    BacktestConfig &config = request->config;
    QStringList problems;
    config.parameters = StrategyParameters::fromMap(commandLine.strategy, StrategyParameters{}, &problems);
    problems += config.parameters.validate();
    if (!problems.isEmpty())
        return problems.join(QStringLiteral("; "));
    const auto decimal = [&](const QString &name, const Decimal &low, const Decimal &high,
                             std::optional<Decimal> *target) -> QString {
        if (!o.contains(name))
            return {};
        const auto value = Decimal::fromString(o.value(name).trimmed());
        if (!value || *value < low || *value > high)
            return QStringLiteral("--%1 %2: must be a number from %3 to %4")
                .arg(name, o.value(name), low.toString(), high.toString());
        *target = value;
        return {};
    };
    std::optional<Decimal> fee, slippage, balance;
    for (const QString &why :
         {decimal(QStringLiteral("fee"), Decimal(), *Decimal::fromString(QStringLiteral("0.05")), &fee),
          decimal(QStringLiteral("slippage"), Decimal(), *Decimal::fromString(QStringLiteral("0.05")), &slippage),
          decimal(QStringLiteral("balance"), Decimal(5000), Decimal(100000000000), &balance)}) {
        if (!why.isEmpty())
            return why;
    }
    config.feeRate = fee;
    if (slippage)
        config.slippage = *slippage;
    if (balance)
        config.startingKrw = *balance;
    // Bithumb's ticks and fee when the settings trade there; Upbit's otherwise (the replay market
    // trades by Upbit's rules).
    const auto exchange = parseExchange(commandLine.settings.value(QStringLiteral("exchange")));
    config.exchange = exchange == Exchange::Bithumb ? Exchange::Bithumb : defaults::kExchange;
    config.market = markets.isEmpty() ? defaults::market() : markets.constFirst().market;
    const QString zoneName = qEnvironmentVariable("APP_TIMEZONE", defaults::timeZone());
    config.zone = QTimeZone(zoneName.toUtf8());
    if (!config.zone.isValid())
        config.zone = QTimeZone(defaults::timeZone().toUtf8());

    QDateTime from, to;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!o.contains(name))
            continue;
        const QDate date = QDate::fromString(o.value(name).trimmed(), Qt::ISODate);
        if (!date.isValid())
            return QStringLiteral("--%1 %2: not a date (YYYY-MM-DD)").arg(name, o.value(name));
        (name == u"from" ? from : to) =
            name == u"from" ? date.startOfDay(config.zone) : date.addDays(1).startOfDay(config.zone);
    }
    if (from.isValid() && to.isValid() && from >= to)
        return QStringLiteral("--from must be before --to");
    qsizetype kept = 0;
    for (const MarketSeries &series : markets) {
        const MarketSeries part{series.market, series.candles.between(from, to)}; // shared, not copied
        kept = std::max(kept, part.candles.size());
        request->markets.append(part);
    }
    if (kept < 2)
        return QStringLiteral("no candles between %1 and %2 in the data")
            .arg(from.isValid() ? o.value(QStringLiteral("from")) : QStringLiteral("the start"),
                 to.isValid() ? o.value(QStringLiteral("to")) : QStringLiteral("the end"));
    request->reportFile = o.value(QStringLiteral("report"));
    request->jsonFile = o.value(QStringLiteral("json"));
    request->tradesFile = o.value(QStringLiteral("trades"));
    return {};
}

int runBacktestCommand(BacktestRequest request, std::FILE *out, std::FILE *err)
{
    ProgressBar bar(err);
    const BacktestResult result = Backtester::run(request.markets, request.config,
                                                  [&bar](qsizetype done, qsizetype total) { return bar(done, total); });
    // The report needs the result alone: the candles (56 bytes each) go before it is built, so
    // the command's peak of memory is the backtest's, not the backtest's plus the report's.
    request.markets.clear();
    const BacktestReport report = BacktestReport::of(result);
    printLine(out, report.text());
    QString error;
    if (!request.reportFile.isEmpty() && !writeFile(request.reportFile, report.html(result).toUtf8(), &error)) {
        printLine(err, QStringLiteral("autocoin: ") + error);
        return ExitFailure;
    }
    if (!request.jsonFile.isEmpty() &&
        !writeFile(request.jsonFile, report.jsonText(result), &error)) { // QJsonDocument's text, written directly
        printLine(err, QStringLiteral("autocoin: ") + error);
        return ExitFailure;
    }
    if (!request.tradesFile.isEmpty() && !writeTradesCsv(result, request.tradesFile, &error)) {
        printLine(err, QStringLiteral("autocoin: ") + error);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace autocoin

namespace autocoin {

int runOptimizeCommand(const CommandLine &commandLine, const BacktestRequest &request, std::FILE *out, std::FILE *err)
{
    OptimizeConfig config;
    config.base = request.config;
    if (commandLine.ranges.isEmpty()) {
        printLine(err, QStringLiteral("autocoin: optimize needs at least one --range NAME=FROM:TO[:STEP]"));
        return ExitBadInput;
    }
    for (const QString &text : commandLine.ranges) {
        ParameterRange range;
        const QString why = ParameterRange::parse(text, &range);
        if (!why.isEmpty()) {
            printLine(err, QStringLiteral("autocoin: ") + why);
            return ExitBadInput;
        }
        config.ranges.append(range);
    }
    const auto &o = commandLine.backtest;
    config.metric = o.value(QStringLiteral("metric"), QStringLiteral("sharpe"));
    if (!Optimizer::knownMetric(config.metric)) {
        printLine(err, QStringLiteral("autocoin: --metric %1: must be sharpe, sortino, calmar, return or profit-factor")
                           .arg(config.metric));
        return ExitBadInput;
    }
    bool ok = true;
    if (o.contains(QStringLiteral("windows")))
        config.windows = o.value(QStringLiteral("windows")).toInt(&ok);
    if (!ok || config.windows < 1 || config.windows > 20) {
        printLine(err, QStringLiteral("autocoin: --windows must be a whole number from 1 to 20"));
        return ExitBadInput;
    }
    if (o.contains(QStringLiteral("threads")))
        config.threads = o.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || config.threads < 0 || config.threads > 256) {
        printLine(err, QStringLiteral("autocoin: --threads must be a whole number from 1 to 256"));
        return ExitBadInput;
    }
    ProgressBar bar(err);
    const OptimizeResult result =
        Optimizer::run(request.markets, config, [&bar](int done, int total) { return bar(done, total); });
    printLine(out,
              QStringLiteral("%1 combinations (%2 refused by the parameter rules) on %3 thread(s) in %4 s: %5 "
                             "backtests/s over %6 candles")
                  .arg(result.combinations)
                  .arg(result.skipped)
                  .arg(result.threads)
                  .arg(result.seconds, 0, 'f', 2)
                  .arg((result.combinations * (1 + config.windows) + config.windows) / std::max(1e-9, result.seconds),
                       0, 'f', 1)
                  .arg(std::accumulate(request.markets.cbegin(), request.markets.cend(), qsizetype(0),
                                       [](qsizetype n, const MarketSeries &m) { return n + m.candles.size(); })));
    printLine(out, QStringLiteral("Best by %1 over the whole period:").arg(config.metric));
    for (qsizetype i = 0; i < std::min<qsizetype>(10, result.ranked.size()); ++i) {
        const Evaluation &e = result.ranked[i];
        QStringList values;
        for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
            values.append(QStringLiteral("--%1 %2").arg(it.key(), it.value()));
        values.sort();
        printLine(out, QStringLiteral("  %1. %2 %3  return %4%  max drawdown %5%  trades %6  (%7)")
                           .arg(i + 1)
                           .arg(config.metric)
                           .arg(e.score, 0, 'f', 2)
                           .arg(e.report.totalReturn * 100, 0, 'f', 2)
                           .arg(e.report.maxDrawdown * 100, 0, 'f', 2)
                           .arg(e.report.trades)
                           .arg(values.join(u' ')));
    }
    printLine(
        out,
        QStringLiteral("Walk-forward (%1 folds: optimise on one window, test on the next):").arg(result.folds.size()));
    for (qsizetype k = 0; k < result.folds.size(); ++k) {
        const WalkForwardFold &f = result.folds[k];
        printLine(out, QStringLiteral("  fold %1: in-sample %2…%3 %4 %5 → out-of-sample %6…%7 %4 %8, return %9%%10")
                           .arg(k + 1)
                           .arg(f.trainFrom.date().toString(Qt::ISODate), f.trainTo.date().toString(Qt::ISODate),
                                config.metric)
                           .arg(f.best.score, 0, 'f', 2)
                           .arg(f.testFrom.date().toString(Qt::ISODate), f.testTo.date().toString(Qt::ISODate))
                           .arg(f.testScore, 0, 'f', 2)
                           .arg(f.testReport.totalReturn * 100, 0, 'f', 2)
                           .arg(f.degraded ? QStringLiteral("  ⚠") : QString()));
    }
    for (const QString &warning : result.warnings)
        printLine(err, QStringLiteral("autocoin: warning: ") + warning);
    const QString outFile = commandLine.outFile;
    QString error;
    if (!outFile.isEmpty() && !writeFile(outFile, Optimizer::csv(result), &error)) {
        printLine(err, QStringLiteral("autocoin: ") + error);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace autocoin
