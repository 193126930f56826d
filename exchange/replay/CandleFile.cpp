#include "replay/CandleFile.h"

#include "rest/RestParsers.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <map>

namespace autocoin {

namespace {

ExchangeError bad(const QString &message)
{
    ExchangeError error;
    error.kind = ExchangeError::Kind::Malformed;
    error.message = message;
    return error;
}

/// The most common spacing between consecutive candles, as a supported timeframe.
Timeframe detectTimeframe(QList<Candle> candles)
{
    std::sort(candles.begin(), candles.end(), [](const Candle &a, const Candle &b) { return a.openTime < b.openTime; });
    std::map<qint64, int> steps;
    for (qsizetype i = 1; i < candles.size(); ++i) {
        const qint64 step = candles[i - 1].openTime.secsTo(candles[i].openTime);
        if (step > 0)
            ++steps[step];
    }
    qint64 best = 3600;
    int bestCount = 0;
    for (const auto &[step, count] : steps) {
        if (count > bestCount) {
            best = step;
            bestCount = count;
        }
    }
    if (best >= 86400)
        return Timeframe::day();
    return Timeframe::parse(QString::number(best / 60)).value_or(Timeframe::minutes(60));
}

} // namespace

Result<CandleFile> CandleFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("cannot read candle file %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QByteArray start = bytes.trimmed().left(1);
    auto result = (start == "[" || start == "{") ? parseJson(bytes) : parseCsv(bytes);
    if (!result.ok()) {
        ExchangeError error = result.error();
        error.message = path + QStringLiteral(": ") + error.message;
        return error;
    }
    return result;
}

Result<CandleFile> CandleFile::parseCsv(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (lines.isEmpty())
        return bad(QStringLiteral("empty file"));
    QByteArray headerLine = lines.takeFirst().trimmed();
    if (headerLine.startsWith("\xEF\xBB\xBF"))
        headerLine.remove(0, 3);
    const QList<QByteArray> header = headerLine.split(',');
    QHash<QByteArray, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header[i].trimmed().toLower(), i);
    const bool kst = column.contains("candle_date_time_kst");
    const int timeColumn = column.value(kst ? "candle_date_time_kst" : "candle_date_time_utc", -1);
    const QList<QByteArray> priceNames = {"opening_price", "high_price", "low_price", "trade_price"};
    for (const QByteArray &name : priceNames) {
        if (!column.contains(name))
            return bad(QStringLiteral("CSV header has no %1 column").arg(QString::fromLatin1(name)));
    }
    if (timeColumn < 0)
        return bad(QStringLiteral("CSV header has no candle_date_time_kst or candle_date_time_utc column"));
    const int volumeColumn = column.value("candle_acc_trade_volume", -1);
    const QTimeZone zone = kst ? QTimeZone("Asia/Seoul") : QTimeZone::utc();

    QList<Candle> candles;
    candles.reserve(lines.size());
    int lineNumber = 1;
    for (const QByteArray &raw : lines) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(',');
        const auto cell = [&cells](int index) { return QString::fromLatin1(cells.value(index).trimmed()); };
        Candle candle;
        const QDateTime local = QDateTime::fromString(cell(timeColumn).replace(u' ', u'T'), Qt::ISODate);
        if (!local.isValid())
            return bad(QStringLiteral("line %1: bad time \"%2\"").arg(lineNumber).arg(cell(timeColumn)));
        candle.openTime = QDateTime(local.date(), local.time(), zone).toUTC();
        std::optional<Decimal> values[4];
        for (int i = 0; i < 4; ++i) {
            values[i] = Decimal::fromString(cell(column.value(priceNames[i])));
            if (!values[i])
                return bad(QStringLiteral("line %1: bad %2").arg(lineNumber).arg(QString::fromLatin1(priceNames[i])));
        }
        candle.open = *values[0];
        candle.high = *values[1];
        candle.low = *values[2];
        candle.close = *values[3];
        if (volumeColumn >= 0)
            candle.volume = Decimal::fromString(cell(volumeColumn)).value_or(Decimal());
        candles.append(candle);
    }
    if (candles.isEmpty())
        return bad(QStringLiteral("no candles"));
    CandleFile file;
    file.timeframe = detectTimeframe(candles);
    file.series = CandleSeries::normalize(candles, file.timeframe);
    return file;
}

Result<CandleFile> CandleFile::parseJson(const QByteArray &bytes)
{
    const auto candles = rest::parseCandles(bytes);
    if (!candles.ok())
        return candles.error();
    if (candles.value().isEmpty())
        return bad(QStringLiteral("no candles"));
    CandleFile file;
    file.market =
        QJsonDocument::fromJson(bytes).array().first().toObject().value(QLatin1StringView("market")).toString();
    file.timeframe = detectTimeframe(candles.value());
    file.series = CandleSeries::normalize(candles.value(), file.timeframe);
    return file;
}

} // namespace autocoin
