#include "replay/CandleFile.h"

#include "rest/RestParsers.h"

#include <QBuffer>
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

bool sameValues(const Candle &a, const Candle &b)
{
    return a.open == b.open && a.high == b.high && a.low == b.low && a.close == b.close && a.volume == b.volume;
}

/// Checks every candle, refuses a time given twice with different values (`where(i)` names the
/// i-th candle's place in the file) and builds the series.
Result<CandleFile> finish(const QList<Candle> &candles, const std::function<QString(qsizetype)> &where)
{
    if (candles.isEmpty())
        return bad(QStringLiteral("no candles"));
    QHash<qint64, qsizetype> firstAt; // open time (ms) -> index of its first candle
    firstAt.reserve(candles.size());
    for (qsizetype i = 0; i < candles.size(); ++i) {
        const QString why = CandleFile::checkCandle(candles[i]);
        if (!why.isEmpty())
            return bad(QStringLiteral("%1: %2").arg(where(i), why));
        const qint64 key = candles[i].openTime.toMSecsSinceEpoch();
        const auto it = firstAt.constFind(key);
        if (it == firstAt.constEnd()) {
            firstAt.insert(key, i);
        } else if (!sameValues(candles[*it], candles[i])) {
            // An identical repeat is a recording artefact and dropped; a different one means the
            // file does not say what the market did.
            return bad(QStringLiteral("%1: the candle of %2 differs from the one given before (%3)")
                           .arg(where(i), candles[i].openTime.toString(Qt::ISODate), where(*it)));
        }
    }
    CandleFile file;
    file.timeframe = detectTimeframe(candles);
    file.series = CandleSeries::normalize(candles, file.timeframe);
    return file;
}

} // namespace

QString CandleFile::quote(const QByteArray &text)
{
    constexpr qsizetype kShown = 40;
    QString shown = QString::fromUtf8(text.left(kShown));
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = u'?';
    }
    if (text.size() <= kShown)
        return u'"' + shown + u'"';
    return QStringLiteral("\"%1…\" (%2 bytes)").arg(shown).arg(text.size());
}

QString CandleFile::checkCandle(const Candle &candle)
{
    static const Decimal maxPrice = *Decimal::fromString(QString(QStringLiteral("1") + QString(kMaxPriceDigits, u'0')));
    static const Decimal maxVolume = *Decimal::fromString(QStringLiteral("1000000000000000"));
    const std::pair<const char *, const Decimal *> prices[] = {
        {"open", &candle.open}, {"high", &candle.high}, {"low", &candle.low}, {"close", &candle.close}};
    for (const auto &[name, price] : prices) {
        if (!price->isPositive())
            return QStringLiteral("the %1 price %2 is not positive").arg(QLatin1StringView(name), price->toString());
        if (*price >= maxPrice || price->rounded(kMaxPriceDecimals, Decimal::Rounding::Down) != *price)
            return QStringLiteral("the %1 price %2 has more than %3 digits before or %4 after the point")
                .arg(QLatin1StringView(name), quote(price->toString().toLatin1()))
                .arg(kMaxPriceDigits)
                .arg(kMaxPriceDecimals);
    }
    if (candle.high < candle.low)
        return QStringLiteral("the high %1 is below the low %2").arg(candle.high.toString(), candle.low.toString());
    for (const auto &[name, price] : {prices[0], prices[3]}) {
        if (*price < candle.low || *price > candle.high)
            return QStringLiteral("the %1 %2 is outside the low-high range [%3, %4]")
                .arg(QLatin1StringView(name), price->toString(), candle.low.toString(), candle.high.toString());
    }
    if (candle.volume.isNegative() || candle.volume >= maxVolume)
        return QStringLiteral("the volume %1 is negative or too large").arg(quote(candle.volume.toString().toLatin1()));
    return {};
}

Result<CandleFile> CandleFile::load(const QString &path)
{
    QFile file(path);
    const auto withPath = [&path](Result<CandleFile> result) {
        if (!result.ok()) {
            ExchangeError error = result.error();
            error.message = path + QStringLiteral(": ") + error.message;
            return Result<CandleFile>(error);
        }
        return result;
    };
    if (!file.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("cannot read candle file %1: %2").arg(path, file.errorString()));
    // JSON or CSV, by the first character that is not white space (nor a byte-order mark).
    const QByteArray head = file.peek(kMaxLineBytes);
    QByteArray start = head;
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    start = start.trimmed().left(1);
    if (start == "[" || start == "{") {
        if (file.size() > kMaxJsonBytes)
            return withPath(bad(QStringLiteral("a JSON candle file may hold at most %1 MB; this one has %2 bytes")
                                    .arg(kMaxJsonBytes / (1024 * 1024))
                                    .arg(file.size())));
        return withPath(parseJson(file.readAll()));
    }
    return withPath(parseCsv(file));
}

Result<CandleFile> CandleFile::parseCsv(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return parseCsv(buffer);
}

Result<CandleFile> CandleFile::parseCsv(QIODevice &device)
{
    int lineNumber = 0;
    // One line at a time and never more than kMaxLineBytes of it: a huge "cell" costs no memory.
    const auto nextLine = [&device, &lineNumber](QByteArray *line) -> std::optional<ExchangeError> {
        *line = device.readLine(kMaxLineBytes + 1);
        ++lineNumber;
        if (!line->endsWith('\n') && !device.atEnd()) // cut at the limit, not at a line end
            return bad(QStringLiteral("line %1 is longer than %2 bytes: not a candle file")
                           .arg(lineNumber)
                           .arg(kMaxLineBytes));
        return std::nullopt;
    };
    QByteArray headerLine;
    if (auto error = nextLine(&headerLine))
        return *error;
    headerLine = headerLine.trimmed();
    if (headerLine.startsWith("\xEF\xBB\xBF"))
        headerLine.remove(0, 3);
    if (headerLine.isEmpty())
        return bad(QStringLiteral("empty file"));
    const QList<QByteArray> header = headerLine.split(',');
    QHash<QByteArray, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header[i].trimmed().toLower(), i);
    const bool kst = column.contains("candle_date_time_kst");
    const int timeColumn = column.value(kst ? "candle_date_time_kst" : "candle_date_time_utc", -1);
    const QList<QByteArray> priceNames = {"opening_price", "high_price", "low_price", "trade_price"};
    for (const QByteArray &name : priceNames) {
        if (!column.contains(name))
            return bad(QStringLiteral("CSV header has no %1 column (line 1 is %2)")
                           .arg(QString::fromLatin1(name), quote(headerLine)));
    }
    if (timeColumn < 0)
        return bad(QStringLiteral("CSV header has no candle_date_time_kst or candle_date_time_utc column"));
    const int volumeColumn = column.value("candle_acc_trade_volume", -1);
    const QTimeZone zone = kst ? QTimeZone("Asia/Seoul") : QTimeZone::utc();

    QList<Candle> candles;
    QList<int> lineOf; // the line each candle came from, for messages
    while (!device.atEnd()) {
        QByteArray raw;
        if (auto error = nextLine(&raw))
            return *error;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() != header.size())
            return bad(QStringLiteral("line %1: %2 fields where the header names %3")
                           .arg(lineNumber)
                           .arg(cells.size())
                           .arg(header.size()));
        const auto cell = [&cells](int index) { return cells.value(index).trimmed(); };
        Candle candle;
        const QDateTime local =
            QDateTime::fromString(QString::fromLatin1(cell(timeColumn)).replace(u' ', u'T'), Qt::ISODate);
        if (!local.isValid())
            return bad(QStringLiteral("line %1: bad time %2").arg(lineNumber).arg(quote(cell(timeColumn))));
        candle.openTime = QDateTime(local.date(), local.time(), zone).toUTC();
        std::optional<Decimal> values[4];
        for (int i = 0; i < 4; ++i) {
            const QByteArray text = cell(column.value(priceNames[i]));
            values[i] = Decimal::fromString(QString::fromLatin1(text));
            if (!values[i])
                return bad(QStringLiteral("line %1: bad %2 %3")
                               .arg(lineNumber)
                               .arg(QString::fromLatin1(priceNames[i]), quote(text)));
        }
        candle.open = *values[0];
        candle.high = *values[1];
        candle.low = *values[2];
        candle.close = *values[3];
        if (volumeColumn >= 0) {
            const QByteArray text = cell(volumeColumn);
            const auto volume = Decimal::fromString(QString::fromLatin1(text));
            if (!volume)
                return bad(QStringLiteral("line %1: bad candle_acc_trade_volume %2").arg(lineNumber).arg(quote(text)));
            candle.volume = *volume;
        }
        candles.append(candle);
        lineOf.append(lineNumber);
    }
    return finish(candles, [&lineOf](qsizetype i) { return QStringLiteral("line %1").arg(lineOf.at(i)); });
}

Result<CandleFile> CandleFile::parseJson(const QByteArray &bytes)
{
    const auto candles = rest::parseCandles(bytes);
    if (!candles.ok())
        return candles.error();
    const QList<Candle> &list = candles.value();
    auto result = finish(list, [&list](qsizetype i) {
        return QStringLiteral("candle %1 (%2)").arg(i + 1).arg(list.at(i).openTime.toString(Qt::ISODate));
    });
    if (!result.ok())
        return result;
    CandleFile file = result.value();
    file.market =
        QJsonDocument::fromJson(bytes).array().first().toObject().value(QLatin1StringView("market")).toString();
    return file;
}

} // namespace autocoin
