#include "backtest/Optimizer.h"

#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <span>
#include <thread>

namespace autocoin {

QString ParameterRange::parse(const QString &text, ParameterRange *range)
{
    const QString name = text.section(u'=', 0, 0).trimmed();
    const QStringList parts = text.section(u'=', 1).split(u':');
    bool known = false;
    for (const StrategyParameters::Field &f : StrategyParameters::fields())
        known = known || f.name == name;
    if (!known)
        return QStringLiteral("--range %1: unknown parameter %2").arg(text, name);
    bool ok1 = false, ok2 = false, ok3 = true;
    range->name = name;
    range->from = parts.value(0).toDouble(&ok1);
    range->to = parts.value(1).toDouble(&ok2);
    range->step = parts.size() > 2 ? parts.value(2).toDouble(&ok3) : 1;
    if (parts.size() < 2 || parts.size() > 3 || !ok1 || !ok2 || !ok3 || range->step <= 0 || range->to < range->from)
        return QStringLiteral("--range %1: must be NAME=FROM:TO[:STEP] with FROM ≤ TO and STEP > 0").arg(text);
    if ((range->to - range->from) / range->step > 1000)
        return QStringLiteral("--range %1: more than 1000 values").arg(text);
    return {};
}

QStringList ParameterRange::values() const
{
    QStringList out;
    // An integer counter: adding `step` to a double drifts, and the drift decided whether `to` was
    // reached. The tolerance keeps `to` in when (to - from) / step is a whole number.
    const auto count = static_cast<qsizetype>(std::floor((to - from) / step + 1e-9)) + 1;
    for (qsizetype i = 0; i < count; ++i) {
        const double v = from + static_cast<double>(i) * step;
        out.append(QString::number(std::round(v * 1e9) / 1e9, 'g', 12));
    }
    return out;
}

bool Optimizer::knownMetric(const QString &metric)
{
    return QStringList{QStringLiteral("sharpe"), QStringLiteral("sortino"), QStringLiteral("calmar"),
                       QStringLiteral("return"), QStringLiteral("profit-factor")}
        .contains(metric);
}

double Optimizer::score(const BacktestReport &report, const QString &metric)
{
    if (metric == u"sortino")
        return report.sortino;
    if (metric == u"calmar")
        return report.calmar;
    if (metric == u"return")
        return report.totalReturn;
    if (metric == u"profit-factor")
        return std::isinf(report.profitFactor) ? 1e9 : report.profitFactor;
    return report.sharpe;
}

namespace {

/// Runs `jobs` backtests on `threads` workers; results in the jobs' order.
QList<BacktestReport> runAll(const QList<MarketSeries> &candles, const QList<BacktestConfig> &jobs, int threads,
                             std::atomic<int> &done, int total, const std::function<bool(int, int)> &progress,
                             std::atomic<bool> &cancelled)
{
    QList<BacktestReport> reports(jobs.size());
    std::atomic<qsizetype> next{0};
    std::mutex progressLock;
    const auto worker = [&] {
        for (qsizetype i = next++; i < jobs.size() && !cancelled; i = next++) {
            reports[i] = BacktestReport::of(Backtester::run(candles, jobs[i]));
            const int finished = ++done;
            if (progress) {
                const std::lock_guard lock(progressLock);
                if (!progress(finished, total))
                    cancelled = true;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
    return reports;
}

/// Every market's candles that open in [from, to) — views of the same columns, not copies —
/// with the indicator series the combinations of a sweep share.
QList<MarketSeries> between(const QList<MarketSeries> &markets, const QDateTime &from, const QDateTime &to)
{
    QList<MarketSeries> out;
    for (const MarketSeries &series : markets) {
        const CandleColumns part = series.candles.between(from, to);
        out.append({series.market, part, std::make_shared<IndicatorBank>(part)});
    }
    return out;
}

/// `markets` with the EMAs of every job computed beforehand (IndicatorBank::prepare).
QList<MarketSeries> prepared(QList<MarketSeries> markets, const QList<BacktestConfig> &jobs)
{
    QList<StrategyParameters> parameters;
    for (const BacktestConfig &job : jobs)
        parameters.append(job.parameters);
    for (const MarketSeries &series : std::as_const(markets))
        series.indicators->prepare(parameters);
    return markets;
}

} // namespace

OptimizeResult Optimizer::run(const QList<Candle> &candles, const OptimizeConfig &config,
                              const std::function<bool(int, int)> &progress)
{
    return run(CandleColumns::fromList(candles), config, progress);
}

OptimizeResult Optimizer::run(const CandleColumns &candles, const OptimizeConfig &config,
                              const std::function<bool(int, int)> &progress)
{
    return run(QList<MarketSeries>{{config.base.market, candles}}, config, progress);
}

OptimizeResult Optimizer::run(const QList<MarketSeries> &candles, const OptimizeConfig &config,
                              const std::function<bool(int, int)> &progress)
{
    OptimizeResult result;
    QElapsedTimer timer;
    timer.start();
    result.threads = config.threads > 0 ? config.threads : std::max(1, int(std::thread::hardware_concurrency()));

    // Every combination the parameter rules accept.
    QList<QHash<QString, QString>> combos{{}};
    for (const ParameterRange &range : config.ranges) {
        QList<QHash<QString, QString>> next;
        for (const auto &combo : std::as_const(combos)) {
            for (const QString &value : range.values()) {
                auto extended = combo;
                extended.insert(range.name, value);
                next.append(extended);
            }
        }
        combos = next;
    }
    QList<BacktestConfig> jobs;
    QList<QHash<QString, QString>> accepted;
    for (const auto &combo : std::as_const(combos)) {
        QStringList problems;
        BacktestConfig job = config.base;
        job.keepCurve = false; // ranked by the report's figures: the statistics are enough
        job.parameters = StrategyParameters::fromMap(combo, config.base.parameters, &problems);
        problems += job.parameters.validate();
        if (!problems.isEmpty()) {
            ++result.skipped;
            continue;
        }
        jobs.append(job);
        accepted.append(combo);
    }
    result.combinations = static_cast<int>(jobs.size());
    const int folds = std::max(1, config.windows);
    const int total = result.combinations * (1 + folds) + folds;
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};

    // The whole period, ranked.
    const QList<BacktestReport> whole = runAll(prepared(between(candles, QDateTime(), QDateTime()), jobs), jobs,
                                               result.threads, done, total, progress, cancelled);
    for (qsizetype i = 0; i < jobs.size(); ++i)
        result.ranked.append({accepted[i], whole[i], score(whole[i], config.metric)});
    std::stable_sort(result.ranked.begin(), result.ranked.end(),
                     [](const Evaluation &a, const Evaluation &b) { return a.score > b.score; });

    // Walk-forward: windows + 1 equal slices of the candle times (every market together);
    // optimise on slice k, test on slice k + 1.
    // Each market's times are in order (oldest first): merged as they come, in linear time (a
    // sort of a million took more instructions than a backtest); sorted if one is not.
    std::vector<qint64> openTimes;
    bool ordered = true;
    for (const MarketSeries &series : candles) {
        const std::span<const qint64> times = series.candles.openTimesMs();
        const auto middle = std::ptrdiff_t(openTimes.size());
        openTimes.insert(openTimes.end(), times.begin(), times.end());
        ordered = ordered && std::is_sorted(openTimes.begin() + middle, openTimes.end());
        if (ordered)
            std::inplace_merge(openTimes.begin(), openTimes.begin() + middle, openTimes.end());
    }
    if (!ordered)
        std::sort(openTimes.begin(), openTimes.end());
    openTimes.erase(std::unique(openTimes.begin(), openTimes.end()), openTimes.end());
    const auto time = [&openTimes](qsizetype i) { return CandleColumns::utcTime(openTimes[std::size_t(i)]); };
    const qsizetype slice = qsizetype(openTimes.size()) / (folds + 1);
    for (int k = 0; k < folds && !cancelled && slice >= 2; ++k) {
        const QList<MarketSeries> train = prepared(between(candles, time(k * slice), time((k + 1) * slice)), jobs);
        const QList<MarketSeries> test =
            between(candles, time((k + 1) * slice), k + 1 == folds ? QDateTime() : time((k + 2) * slice));
        const QList<BacktestReport> inSample = runAll(train, jobs, result.threads, done, total, progress, cancelled);
        if (cancelled || inSample.isEmpty())
            break;
        qsizetype best = 0;
        for (qsizetype i = 1; i < inSample.size(); ++i) {
            if (score(inSample[i], config.metric) > score(inSample[best], config.metric))
                best = i;
        }
        WalkForwardFold fold;
        fold.trainFrom = time(k * slice);
        fold.trainTo = time((k + 1) * slice - 1);
        fold.testFrom = time((k + 1) * slice);
        fold.testTo = time(k + 1 == folds ? qsizetype(openTimes.size()) - 1 : (k + 2) * slice - 1);
        fold.best = {accepted[best], inSample[best], score(inSample[best], config.metric)};
        fold.testReport = BacktestReport::of(Backtester::run(test, jobs[best]));
        fold.testScore = score(fold.testReport, config.metric);
        ++done;
        // "Far below": under half the in-sample score, or a loss out of sample after a gain in it.
        fold.degraded = fold.best.score > 0 && (fold.testScore < 0.5 * fold.best.score);
        if (fold.degraded)
            result.warnings.append(
                QStringLiteral("fold %1: out-of-sample %2 %3 is far below in-sample %4 — the best "
                               "parameters of %5…%6 did not carry over")
                    .arg(k + 1)
                    .arg(config.metric)
                    .arg(fold.testScore, 0, 'f', 2)
                    .arg(fold.best.score, 0, 'f', 2)
                    .arg(fold.trainFrom.date().toString(Qt::ISODate), fold.trainTo.date().toString(Qt::ISODate)));
        result.folds.append(fold);
    }
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

QByteArray Optimizer::csv(const OptimizeResult &result)
{
    QStringList names;
    if (!result.ranked.isEmpty())
        names = result.ranked.first().values.keys();
    names.sort();
    QByteArray out = (names.join(u',') + QStringLiteral(",score,total_return,cagr,max_drawdown,sharpe,sortino,calmar,"
                                                        "win_rate,profit_factor,trades,final_equity\n"))
                         .toUtf8();
    for (const Evaluation &e : result.ranked) {
        QStringList row;
        for (const QString &name : names)
            row.append(e.values.value(name));
        const BacktestReport &r = e.report;
        row << QString::number(e.score, 'g', 10) << QString::number(r.totalReturn, 'g', 10)
            << QString::number(r.cagr, 'g', 10) << QString::number(r.maxDrawdown, 'g', 10)
            << QString::number(r.sharpe, 'g', 10) << QString::number(r.sortino, 'g', 10)
            << QString::number(r.calmar, 'g', 10) << QString::number(r.winRate, 'g', 10)
            << (std::isinf(r.profitFactor) ? QStringLiteral("inf") : QString::number(r.profitFactor, 'g', 10))
            << QString::number(r.trades) << r.finalEquity.toString();
        out += row.join(u',').toUtf8() + '\n';
    }
    return out;
}

} // namespace autocoin
