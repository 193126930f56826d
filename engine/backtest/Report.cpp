#include "backtest/Report.h"

#include "strategy/ReasonText.h"

#include "commands/Output.h"
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <string>

namespace autocoin {

namespace {

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', 2) + u'%';
}

QString number(double value, int decimals = 2)
{
    if (std::isinf(value))
        return QStringLiteral("∞");
    return QString::number(value, 'f', decimals);
}

/// "3 d 4 h" / "5 h".
QString duration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    return days > 0 ? QStringLiteral("%1 d %2 h").arg(days).arg(hours) : QStringLiteral("%1 h").arg(hours);
}

/// Every `step`-th index and the last one: curves for reports stay small.
std::vector<std::size_t> sample(std::size_t size, int maxPoints)
{
    std::vector<std::size_t> out;
    if (size == 0)
        return out;
    const std::size_t step = std::max<std::size_t>(1, size / static_cast<std::size_t>(std::max(1, maxPoints)));
    for (std::size_t i = 0; i < size; i += step)
        out.push_back(i);
    if (out.back() != size - 1)
        out.push_back(size - 1);
    return out;
}

/// The drawdown at each of the equity points `points` (ascending): the fraction below the running
/// peak (the start counts). Only at those points: a curve of a million points is sampled to a few
/// thousand, and the whole series would cost 8 bytes a candle at the command's peak of memory.
std::vector<double> drawdowns(const BacktestResult &result, const std::vector<std::size_t> &points)
{
    std::vector<double> out;
    out.reserve(points.size());
    double peak = result.config.startingKrw.toDouble();
    const std::vector<EquityCurve::Run> &runs = result.curve.runs();
    std::size_t run = 0; // the runs up to the one holding `point` are in the peak
    for (const std::size_t point : points) {
        for (; run < runs.size() && runs[run].first <= point; ++run)
            peak = std::max(peak, runs[run].equity);
        const double equity = runs[run - 1].equity;
        out.push_back(peak > 0 ? (peak - equity) / peak : 0);
    }
    return out;
}

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

/// An inline SVG line chart of `values` over `times`; `fill` shades below the line.
QString svgChart(const std::vector<qint64> &times, const std::vector<double> &values, const QString &colour, bool fill,
                 const QString &label)
{
    const int width = 960, height = 260, pad = 48;
    if (values.empty())
        return {};
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    double lo = *minIt, hi = *maxIt;
    if (hi - lo < 1e-12)
        hi = lo + 1;
    const double t0 = double(times.front()), t1 = std::max(double(times.back()), t0 + 1);
    QString points;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = pad + (double(times[i]) - t0) / (t1 - t0) * (width - 2 * pad);
        const double y = height - pad / 2.0 - (values[i] - lo) / (hi - lo) * (height - pad);
        points += QStringLiteral("%1,%2 ").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1);
    }
    QString svg = QStringLiteral("<svg viewBox=\"0 0 %1 %2\" width=\"100%\" role=\"img\" aria-label=\"%3\">")
                      .arg(width)
                      .arg(height)
                      .arg(escape(label));
    svg += QStringLiteral("<rect width=\"100%\" height=\"100%\" fill=\"#fafafa\"/>");
    for (int k = 0; k <= 4; ++k) {
        const double v = lo + (hi - lo) * k / 4;
        const double y = height - pad / 2.0 - (v - lo) / (hi - lo) * (height - pad);
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#e5e5e5\"/>"
                              "<text x=\"4\" y=\"%4\" font-size=\"11\" fill=\"#666\">%5</text>")
                   .arg(pad)
                   .arg(width - pad)
                   .arg(y, 0, 'f', 1)
                   .arg(y + 4, 0, 'f', 1)
                   .arg(QLocale::c().toString(v, 'f', std::abs(hi - lo) < 10 ? 2 : 0));
    }
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(times.front(), QTimeZone::utc());
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(times.back(), QTimeZone::utc());
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\" fill=\"#666\">%3</text>"
                          "<text x=\"%4\" y=\"%2\" font-size=\"11\" fill=\"#666\" text-anchor=\"end\">%5</text>")
               .arg(pad)
               .arg(height - 4)
               .arg(first.toString(QStringLiteral("yyyy-MM-dd")))
               .arg(width - pad)
               .arg(last.toString(QStringLiteral("yyyy-MM-dd")));
    if (fill)
        svg += QStringLiteral("<polygon points=\"%1,%2 %3 %4,%2\" fill=\"%5\" fill-opacity=\"0.25\"/>")
                   .arg(pad)
                   .arg(height - pad / 2.0 - (0 - lo) / (hi - lo) * (height - pad), 0, 'f', 1)
                   .arg(points)
                   .arg(width - pad)
                   .arg(colour);
    svg += QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"1.5\"/></svg>")
               .arg(points, colour);
    return svg;
}

/// Writes JSON as QJsonDocument::toJson(QJsonDocument::Indented) does in Qt 6 (its
/// qjsonwriter.cpp), for the report's fixed layout: four spaces a level, ",\n" between members,
/// "\n" after the last, an empty container as "{\n" plus the indent and "}". The caller gives an
/// object's keys in QJsonObject's order (sorted); `BacktestReport::jsonText` is tested against
/// `json()` written by Qt.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve) { m_out.reserve(std::size_t(reserve)); }

    void open(char bracket)
    {
        m_out += bracket;
        m_out += '\n';
        m_first.push_back(true);
    }
    void close(char bracket)
    {
        if (!m_first.back())
            m_out += '\n';
        m_first.pop_back();
        indent();
        m_out += bracket;
    }
    /// Before a member of an object: the separator, the indent and `"key": `.
    void key(QStringView name)
    {
        next();
        string(name);
        m_out += ": ";
    }
    void key(const char *name) { key(QLatin1StringView(name)); }
    void key(QLatin1StringView name)
    {
        next();
        m_out += '"';
        m_out.append(name.data(), std::size_t(name.size())); // the report's own keys: plain ASCII
        m_out += "\": ";
    }
    /// Before an element of an array.
    void element() { next(); }

    /// A QJsonValue(double): an integral value within ±2^53 is kept as an integer (printed as one),
    /// any other finite one shortest round trip ('g'), infinities and NaN as null.
    void number(double value)
    {
        if (!std::isfinite(value)) {
            m_out += "null";
            return;
        }
        constexpr double kExact = 9007199254740992.0; // 2^53
        if (value >= -kExact && value <= kExact && value == std::trunc(value)) {
            integer(static_cast<qint64>(value));
            return;
        }
        const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        m_out.append(text.constData(), std::size_t(text.size()));
    }
    void integer(qint64 value)
    {
        std::array<char, 24> digits{};
        const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
        m_out.append(digits.data(), std::size_t(end - digits.data()));
    }
    /// An exact amount as a string, as string(value.toString()) writes it (its characters need
    /// no escaping), without building the QString.
    void decimal(const Decimal &value)
    {
        char text[Decimal::kMaxChars];
        const int length = value.toChars(text);
        m_out += '"';
        m_out.append(text, std::size_t(length));
        m_out += '"';
    }
    /// A string as Qt escapes it: `"` and `\` and the controls below 0x20 (\b \f \n \r \t or
    /// \u00XX), everything else UTF-8, a surrogate without its pair as \uXXXX.
    void string(QStringView text)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        m_out += '"';
        const char16_t *p = text.utf16();
        const char16_t *const end = p + text.size();
        const auto plain = [](char16_t u) { return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\'; };
        while (p != end) {
            if (plain(*p)) { // a run of plain ASCII at once (a character at a time it was most of the JSON)
                const char16_t *run = p;
                while (p != end && plain(*p))
                    ++p;
                const std::size_t at = m_out.size();
                m_out.resize(at + std::size_t(p - run));
                std::copy(run, p, m_out.begin() + std::ptrdiff_t(at));
                continue;
            }
            const char16_t u = *p++;
            if (u < 0x80) {
                m_out += '\\';
                switch (u) {
                case u'"':
                    m_out += '"';
                    break;
                case u'\\':
                    m_out += '\\';
                    break;
                case 0x8:
                    m_out += 'b';
                    break;
                case 0xc:
                    m_out += 'f';
                    break;
                case 0xa:
                    m_out += 'n';
                    break;
                case 0xd:
                    m_out += 'r';
                    break;
                case 0x9:
                    m_out += 't';
                    break;
                default:
                    m_out += "u00";
                    m_out += kHex[u >> 4];
                    m_out += kHex[u & 0xf];
                }
            } else if (u < 0x800) {
                m_out += char(0xc0 | (u >> 6));
                m_out += char(0x80 | (u & 0x3f));
            } else if (!QChar::isSurrogate(u)) {
                m_out += char(0xe0 | (u >> 12));
                m_out += char(0x80 | ((u >> 6) & 0x3f));
                m_out += char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                const char32_t c = QChar::surrogateToUcs4(u, *p++);
                m_out += char(0xf0 | (c >> 18));
                m_out += char(0x80 | ((c >> 12) & 0x3f));
                m_out += char(0x80 | ((c >> 6) & 0x3f));
                m_out += char(0x80 | (c & 0x3f));
            } else {
                m_out += "\\u";
                m_out += kHex[(u >> 12) & 0xf];
                m_out += kHex[(u >> 8) & 0xf];
                m_out += kHex[(u >> 4) & 0xf];
                m_out += kHex[u & 0xf];
            }
        }
        m_out += '"';
    }
    /// QDateTime::toString(Qt::ISODate) of a time `ms` after the epoch in UTC, with `suffix` for
    /// its zone: "Z" (Qt::UTC) or "+00:00" (QTimeZone::utc()). Qt formats every part through
    /// QString::asprintf, ~12,000 instructions a time, and a million-candle report writes 11,000
    /// of them; here they are integer arithmetic. False for a year Qt does not write (before 1 or
    /// after 9999): the caller then asks Qt.
    bool utcTime(qint64 ms, const char *suffix)
    {
        constexpr qint64 kDay = 86400000;
        const qint64 days = ms / kDay - (ms % kDay < 0 ? 1 : 0);
        const qint64 inDay = ms - days * kDay;
        // Days since 1970-01-01 to the proleptic Gregorian date (H. Hinnant's civil_from_days).
        const qint64 z = days + 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const qint64 doe = z - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const qint64 day = doy - (153 * mp + 2) / 5 + 1;
        const qint64 month = mp < 10 ? mp + 3 : mp - 9;
        const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 1 || year > 9999) // Qt's calendar has no year 0 and writes no 5-digit year
            return false;
        const qint64 seconds = inDay / 1000;
        char text[20];
        const auto put = [&text](int at, qint64 value, int width) {
            for (int i = width - 1; i >= 0; --i, value /= 10)
                text[at + i] = char('0' + value % 10);
        };
        put(0, year, 4);
        text[4] = '-';
        put(5, month, 2);
        text[7] = '-';
        put(8, day, 2);
        text[10] = 'T';
        put(11, seconds / 3600, 2);
        text[13] = ':';
        put(14, seconds / 60 % 60, 2);
        text[16] = ':';
        put(17, seconds % 60, 2);
        m_out += '"';
        m_out.append(text, 19);
        m_out += suffix;
        m_out += '"';
        return true;
    }
    /// `time.toString(Qt::ISODate)`.
    void isoTime(const QDateTime &time)
    {
        if (time.isValid() && time.timeSpec() == Qt::UTC && utcTime(time.toMSecsSinceEpoch(), "Z"))
            return;
        string(time.toString(Qt::ISODate));
    }
    QByteArray take()
    {
        m_out += '\n';
        return QByteArray(m_out.data(), qsizetype(m_out.size()));
    }

private:
    void next()
    {
        if (!m_first.back())
            m_out += ",\n";
        m_first.back() = false;
        indent();
    }
    void indent() { m_out.append(4 * m_first.size(), ' '); }

    std::string m_out; ///< a std::string: appending a character is inline, not QByteArray's call

    std::vector<bool> m_first; ///< per open container: nothing written in it yet
};

} // namespace

BacktestReport BacktestReport::of(const BacktestResult &result)
{
    BacktestReport r;
    r.startingKrw = result.config.startingKrw;
    r.finalEquity = result.finalEquity;
    r.feesPaid = result.feesPaid;
    r.candles = result.candles;
    r.from = result.from;
    r.to = result.to;
    r.zone = result.config.zone.isValid() ? result.config.zone : QTimeZone::utc();
    const auto values = result.config.parameters.toMap();
    for (const StrategyParameters::Field &field : StrategyParameters::fields()) // signal, exits, size, limits
        r.parameterValues.append({field.name, values.value(field.name)});
    for (const RoundTrip &trip : result.trips)
        r.exitReasons.append(trip.exitReason);
    const double start = r.startingKrw.toDouble();
    r.totalReturn = start > 0 ? r.finalEquity.toDouble() / start - 1 : 0;
    const double years = std::max(1e-9, double(r.from.secsTo(r.to)) / (365.25 * 86400));
    r.cagr = r.totalReturn > -1 ? std::pow(1 + r.totalReturn, 1 / years) - 1 : -1;
    if (result.firstPrice > 0)
        r.buyAndHoldReturn = result.lastPrice / result.firstPrice - 1;
    else
        r.buyAndHoldReturn = result.buyAndHoldReturn;
    for (const QString &market : result.markets) {
        MarketBreakdown m;
        m.market = market;
        const BacktestResult::Span span = result.spans.value(market);
        m.candles = span.candles;
        m.buyAndHoldReturn = span.firstPrice > 0 ? span.lastPrice / span.firstPrice - 1 : 0;
        int wins = 0;
        Decimal profit, loss;
        for (const RoundTrip &t : result.trips) {
            if (t.market != market)
                continue;
            ++m.trades;
            m.pnl += t.pnl;
            if (t.pnl.isPositive()) {
                ++wins;
                profit += t.pnl;
            } else {
                loss += -t.pnl;
            }
        }
        for (const TradeRecord &fill : result.fills) {
            if (fill.symbol == market)
                m.fees += fill.fee;
        }
        m.winRate = m.trades > 0 ? double(wins) / m.trades : 0;
        m.profitFactor = loss.isPositive()     ? profit.toDouble() / loss.toDouble()
                         : profit.isPositive() ? std::numeric_limits<double>::infinity()
                                               : 0;
        r.markets.append(m);
    }

    // Drawdown and its longest duration; per-point returns → Sharpe and Sortino, annualised. From
    // the statistics the run gathered, or from the curve when a result was made without them.
    EquityStats stats = result.stats;
    if (stats.points() == 0 && !result.curve.empty()) {
        stats = EquityStats(start);
        for (const EquityCurve::Run &run : result.curve.runs()) {
            for (std::size_t k = 0; k < run.count; ++k)
                stats.add(run.timeAt(k), run.equity, run.invested);
        }
    }
    r.maxDrawdown = stats.maxDrawdown;
    r.maxDrawdownSeconds = stats.maxDrawdownMs / 1000;
    const double periodsPerYear = 365.0 * 86400 / std::max<qint64>(60, result.config.timeframe.seconds());
    if (stats.returns > 1) {
        const double count = double(stats.returns);
        const double mean = stats.sum / count;
        const double variance = std::max(0.0, stats.sumSquares / count - mean * mean);
        const double downside = std::sqrt(stats.downSquares / count);
        r.sharpe = variance > 0 ? mean / std::sqrt(variance) * std::sqrt(periodsPerYear) : 0;
        r.sortino = downside > 0 ? mean / downside * std::sqrt(periodsPerYear) : 0;
    }
    r.calmar = r.maxDrawdown > 0 ? r.cagr / r.maxDrawdown : 0;

    // Round trips.
    r.trades = static_cast<int>(result.trips.size());
    int wins = 0;
    double holding = 0;
    Decimal total;
    for (const RoundTrip &t : result.trips) {
        total += t.pnl;
        if (t.pnl.isPositive()) {
            ++wins;
            r.grossProfit += t.pnl;
        } else {
            r.grossLoss += -t.pnl;
        }
        holding += double(t.entryTime.secsTo(t.exitTime)) / 3600;
    }
    if (r.trades > 0) {
        r.winRate = double(wins) / r.trades;
        r.averageHoldingHours = holding / r.trades;
        r.expectancy = total.divided(Decimal(r.trades), 2);
    }
    r.profitFactor = r.grossLoss.isPositive()     ? r.grossProfit.toDouble() / r.grossLoss.toDouble()
                     : r.grossProfit.isPositive() ? std::numeric_limits<double>::infinity()
                                                  : 0;
    r.exposure = stats.points() == 0 ? 0 : double(stats.investedPoints()) / double(stats.points());
    return r;
}

namespace {

/// Columns `text` takes in a terminal or a monospaced font: two for a Hangul or CJK character
/// (East Asian Wide), one for the rest of what a report writes.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace

QString BacktestReport::text() const
{
    return text(TextLanguage::English);
}

QString BacktestReport::readableTime(const QDateTime &time) const
{
    return time.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString BacktestReport::text(TextLanguage language, const ParameterText &parameterText) const
{
    const bool ko = language == TextLanguage::Korean;
    QStringList lines;
    // Padded to 26 columns as a terminal or a monospaced font draws them: a Hangul syllable takes
    // two (padding by characters left the Korean values out of line).
    const auto row = [&lines](const QString &name, const QString &value) {
        const qsizetype width = displayWidth(name);
        lines.append(QStringLiteral("  ") + name + QString(std::max<qsizetype>(26 - width, 0), u' ') + u' ' + value);
    };
    const auto pick = [ko](const char16_t *english, const char16_t *korean) {
        return QString::fromUtf16(ko ? korean : english);
    };
    // English keeps the CLI's exact figures; Korean groups the won (1,234,567원).
    const auto krw = [ko](const Decimal &amount) -> QString {
        return ko ? ReasonText::grouped(amount.rounded(0, Decimal::Rounding::HalfUp).toString(), false) +
                        QStringLiteral("원")
                  : amount.toString() + QStringLiteral(" KRW");
    };
    const auto span = [ko](qint64 seconds) -> QString {
        if (!ko)
            return duration(seconds);
        const qint64 days = seconds / 86400;
        const qint64 hours = (seconds % 86400) / 3600;
        return days > 0 ? QStringLiteral("%1일 %2시간").arg(days).arg(hours) : QStringLiteral("%1시간").arg(hours);
    };
    // The app's time zone, as every time the window shows; named as the reader knows it.
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
    const QString zoneText = ko ? ReasonText(language).zoneName(QString::fromUtf8(shown.id()))
                                : shown.abbreviation(from.isValid() ? from : QDateTime::currentDateTimeUtc());
    lines.append(pick(u"Backtest %1 → %2 %3 (%4 candles)", u"백테스트 %1 → %2 (%3, 캔들 %4개)")
                     .arg(readableTime(from), readableTime(to), zoneText,
                          ko ? ReasonText::grouped(QString::number(candles), false) : QString::number(candles)));
    row(pick(u"Starting balance", u"시작 자산"), krw(startingKrw));
    row(pick(u"Final equity", u"최종 자산"), krw(finalEquity));
    row(pick(u"Total return", u"총 수익률"), percent(totalReturn));
    row(pick(u"CAGR", u"연평균 수익률"), percent(cagr));
    row(pick(u"Buy and hold", u"단순 보유 수익률"), percent(buyAndHoldReturn));
    row(pick(u"Max drawdown", u"최대 낙폭"), percent(maxDrawdown));
    row(pick(u"Longest drawdown", u"최장 낙폭 기간"), span(maxDrawdownSeconds));
    row(pick(u"Sharpe", u"샤프 지수"), number(sharpe));
    row(pick(u"Sortino", u"소르티노 지수"), number(sortino));
    row(pick(u"Calmar", u"칼마 지수"), number(calmar));
    row(pick(u"Trades (round trips)", u"거래 수 (왕복)"), QString::number(trades));
    row(pick(u"Win rate", u"승률"), percent(winRate));
    row(pick(u"Profit factor", u"손익비"), number(profitFactor));
    row(pick(u"Expectancy", u"거래당 기대값"),
        ko ? krw(expectancy) : expectancy.toString() + QStringLiteral(" KRW per trade"));
    row(pick(u"Average holding", u"평균 보유 시간"),
        QString::number(averageHoldingHours, 'f', 1) + pick(u" h", u"시간"));
    row(pick(u"Exposure", u"투자 비중"), percent(exposure));
    row(pick(u"Fees paid", u"수수료"), krw(feesPaid));
    if (markets.size() > 1) {
        lines.append(pick(u"  By market:", u"  종목별:"));
        for (const MarketBreakdown &m : markets)
            lines.append(
                pick(u"    %1 %2 trades, win rate %3, PnL %4 KRW, fees %5 KRW, profit factor %6, "
                     u"buy and hold %7",
                     u"    %1 거래 %2회, 승률 %3, 손익 %4원, 수수료 %5원, 손익비 %6, 단순 보유 %7")
                    .arg(m.market, -12)
                    .arg(m.trades, 4)
                    .arg(percent(m.winRate),
                         ko ? ReasonText::grouped(m.pnl.rounded(0, Decimal::Rounding::HalfUp).toString(), false)
                            : m.pnl.rounded(0, Decimal::Rounding::HalfUp).toString(),
                         ko ? ReasonText::grouped(m.fees.rounded(0, Decimal::Rounding::HalfUp).toString(), false)
                            : m.fees.rounded(0, Decimal::Rounding::HalfUp).toString(),
                         number(m.profitFactor), percent(m.buyAndHoldReturn)));
    }
    if (ko && trades > 0) {
        // How the round trips ended, counted by kind (the CLI's English report lists them in its files).
        QMap<int, int> exits;
        for (const QString &why : exitReasons)
            ++exits[static_cast<int>(ReasonText::exitKind(Reason::fromEnglish(why)))];
        QStringList parts;
        const ReasonText words(TextLanguage::Korean);
        for (auto it = exits.cbegin(); it != exits.cend(); ++it)
            parts.append(
                QStringLiteral("%1 %2회").arg(words.exit(static_cast<ReasonText::Exit>(it.key()))).arg(it.value()));
        if (!parts.isEmpty())
            row(QStringLiteral("청산 사유"), parts.join(QStringLiteral(", ")));
    }
    if (parameterText && !parameterValues.isEmpty()) {
        lines.append(pick(u"  Parameters:", u"  전략 설정:"));
        for (const auto &[name, value] : parameterValues)
            lines.append(QStringLiteral("    ") + parameterText(name, value));
    }
    return lines.join(u'\n');
}

QJsonObject BacktestReport::json(const BacktestResult &result, int maxPoints) const
{
    QJsonObject summary{
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("candles"), double(candles)},
        {QStringLiteral("starting_balance"), startingKrw.toString()},
        {QStringLiteral("final_equity"), finalEquity.toString()},
        {QStringLiteral("fees_paid"), feesPaid.toString()},
        {QStringLiteral("expectancy"), expectancy.toString()},
        {QStringLiteral("total_return"), totalReturn},
        {QStringLiteral("cagr"), cagr},
        {QStringLiteral("max_drawdown"), maxDrawdown},
        {QStringLiteral("max_drawdown_seconds"), double(maxDrawdownSeconds)},
        {QStringLiteral("sharpe"), sharpe},
        {QStringLiteral("sortino"), sortino},
        {QStringLiteral("calmar"), calmar},
        {QStringLiteral("win_rate"), winRate},
        {QStringLiteral("profit_factor"), std::isinf(profitFactor) ? QJsonValue() : QJsonValue(profitFactor)},
        {QStringLiteral("trades"), trades},
        {QStringLiteral("average_holding_hours"), averageHoldingHours},
        {QStringLiteral("exposure"), exposure},
        {QStringLiteral("buy_and_hold_return"), buyAndHoldReturn}};
    QJsonObject byMarket;
    for (const MarketBreakdown &m : markets)
        byMarket.insert(m.market, QJsonObject{{QStringLiteral("candles"), double(m.candles)},
                                              {QStringLiteral("trades"), m.trades},
                                              {QStringLiteral("win_rate"), m.winRate},
                                              {QStringLiteral("pnl"), m.pnl.toString()},
                                              {QStringLiteral("fees_paid"), m.fees.toString()},
                                              {QStringLiteral("profit_factor"),
                                               std::isinf(m.profitFactor) ? QJsonValue() : QJsonValue(m.profitFactor)},
                                              {QStringLiteral("buy_and_hold_return"), m.buyAndHoldReturn}});
    QJsonArray trips;
    for (const RoundTrip &t : result.trips)
        trips.append(QJsonObject{{QStringLiteral("market"), t.market},
                                 {QStringLiteral("entry_time"), t.entryTime.toString(Qt::ISODate)},
                                 {QStringLiteral("exit_time"), t.exitTime.toString(Qt::ISODate)},
                                 {QStringLiteral("volume"), t.volume.toString()},
                                 {QStringLiteral("entry_price"), t.entryPrice.toString()},
                                 {QStringLiteral("exit_price"), t.exitPrice.toString()},
                                 {QStringLiteral("fees"), t.fees.toString()},
                                 {QStringLiteral("pnl"), t.pnl.toString()},
                                 {QStringLiteral("exit_reason"), t.exitReason}});
    QJsonArray curve;
    const std::vector<std::size_t> points = sample(result.curve.size(), maxPoints);
    const std::vector<double> drawdown = drawdowns(result, points);
    for (std::size_t k = 0; k < points.size(); ++k) {
        const std::size_t i = points[k];
        curve.append(
            QJsonArray{QDateTime::fromMSecsSinceEpoch(result.curve.time(i), QTimeZone::utc()).toString(Qt::ISODate),
                       result.curve.equity(i), drawdown[k]});
    }
    QJsonObject parameters;
    const auto map = result.config.parameters.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parameters.insert(it.key(), it.value());
    return {{QStringLiteral("summary"), summary},
            {QStringLiteral("markets"), byMarket},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("trades"), trips},
            {QStringLiteral("equity_curve"), curve}};
}

QByteArray BacktestReport::jsonText(const BacktestResult &result, int maxPoints) const
{
    // The members in QJsonObject's order (keys sorted), the values as json() makes them.
    const std::vector<std::size_t> points = sample(result.curve.size(), maxPoints);
    JsonWriter w(qsizetype(points.size()) * 96 + result.trips.size() * 480 + 4096);
    w.open('{');
    w.key("equity_curve");
    w.open('[');
    const std::vector<double> drawdown = drawdowns(result, points);
    for (std::size_t k = 0; k < points.size(); ++k) {
        const EquityCurve::Run &run = result.curve.runOf(points[k]);
        const qint64 time = run.timeAt(points[k] - run.first);
        w.element();
        w.open('[');
        w.element();
        if (!w.utcTime(time, "+00:00"))
            w.string(QDateTime::fromMSecsSinceEpoch(time, QTimeZone::utc()).toString(Qt::ISODate));
        w.element();
        w.number(run.equity);
        w.element();
        w.number(drawdown[k]);
        w.close(']');
    }
    w.close(']');
    w.key("markets");
    w.open('{');
    std::map<QString, const MarketBreakdown *> byMarket; // a repeated market: the last one, as insert() keeps
    for (const MarketBreakdown &m : markets)
        byMarket[m.market] = &m;
    for (const auto &[name, m] : byMarket) {
        w.key(QStringView(name));
        w.open('{');
        w.key("buy_and_hold_return");
        w.number(m->buyAndHoldReturn);
        w.key("candles");
        w.number(double(m->candles));
        w.key("fees_paid");
        w.decimal(m->fees);
        w.key("pnl");
        w.decimal(m->pnl);
        w.key("profit_factor");
        w.number(m->profitFactor); // ∞ → null, as json()'s QJsonValue()
        w.key("trades");
        w.integer(m->trades);
        w.key("win_rate");
        w.number(m->winRate);
        w.close('}');
    }
    w.close('}');
    w.key("parameters");
    w.open('{');
    const auto map = result.config.parameters.toMap();
    QStringList names = map.keys();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        w.key(QStringView(name));
        w.string(map.value(name));
    }
    w.close('}');
    w.key("summary");
    w.open('{');
    w.key("average_holding_hours");
    w.number(averageHoldingHours);
    w.key("buy_and_hold_return");
    w.number(buyAndHoldReturn);
    w.key("cagr");
    w.number(cagr);
    w.key("calmar");
    w.number(calmar);
    w.key("candles");
    w.number(double(candles));
    w.key("expectancy");
    w.decimal(expectancy);
    w.key("exposure");
    w.number(exposure);
    w.key("fees_paid");
    w.decimal(feesPaid);
    w.key("final_equity");
    w.decimal(finalEquity);
    w.key("from");
    w.isoTime(from);
    w.key("max_drawdown");
    w.number(maxDrawdown);
    w.key("max_drawdown_seconds");
    w.number(double(maxDrawdownSeconds));
    w.key("profit_factor");
    w.number(profitFactor);
    w.key("sharpe");
    w.number(sharpe);
    w.key("sortino");
    w.number(sortino);
    w.key("starting_balance");
    w.decimal(startingKrw);
    w.key("to");
    w.isoTime(to);
    w.key("total_return");
    w.number(totalReturn);
    w.key("trades");
    w.integer(trades);
    w.key("win_rate");
    w.number(winRate);
    w.close('}');
    w.key("trades");
    w.open('[');
    for (const RoundTrip &t : result.trips) {
        w.element();
        w.open('{');
        w.key("entry_price");
        w.decimal(t.entryPrice);
        w.key("entry_time");
        w.isoTime(t.entryTime);
        w.key("exit_price");
        w.decimal(t.exitPrice);
        w.key("exit_reason");
        w.string(t.exitReason);
        w.key("exit_time");
        w.isoTime(t.exitTime);
        w.key("fees");
        w.decimal(t.fees);
        w.key("market");
        w.string(t.market);
        w.key("pnl");
        w.decimal(t.pnl);
        w.key("volume");
        w.decimal(t.volume);
        w.close('}');
    }
    w.close(']');
    w.close('}');
    return w.take();
}

QString BacktestReport::html(const BacktestResult &result) const
{
    std::vector<qint64> times;
    std::vector<double> equity, drawdown;
    const std::vector<std::size_t> points = sample(result.curve.size(), 1500);
    const std::vector<double> sampled = drawdowns(result, points);
    for (std::size_t k = 0; k < points.size(); ++k) {
        times.push_back(result.curve.time(points[k]));
        equity.push_back(result.curve.equity(points[k]));
        drawdown.push_back(-sampled[k] * 100);
    }
    QString rows;
    for (const QString &line : text().split(u'\n').mid(1)) {
        if (!line.startsWith(QStringLiteral("  ")) || line.startsWith(QStringLiteral("    ")) ||
            line.trimmed() == u"By market:")
            continue; // the markets have a table of their own
        const QString name = line.left(28).trimmed();
        rows += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escape(name), escape(line.mid(28).trimmed()));
    }
    QString marketRows;
    for (const MarketBreakdown &m : markets)
        marketRows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td class=\"%5\">%6</td>"
                                     "<td>%7</td><td>%8</td><td>%9</td></tr>")
                          .arg(escape(m.market), QString::number(m.candles), QString::number(m.trades),
                               percent(m.winRate), m.pnl.isNegative() ? QStringLiteral("loss") : QStringLiteral("win"),
                               m.pnl.rounded(0, Decimal::Rounding::HalfUp).toString(),
                               m.fees.rounded(0, Decimal::Rounding::HalfUp).toString(), number(m.profitFactor),
                               percent(m.buyAndHoldReturn));
    QString tradeRows;
    for (const RoundTrip &t : result.trips)
        tradeRows +=
            QStringLiteral("<tr><td>%10</td><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td "
                           "class=\"%7\">%8</td><td>%9</td></tr>")
                .arg(readableTime(t.entryTime), readableTime(t.exitTime), t.volume.toString(), t.entryPrice.toString(),
                     t.exitPrice.toString(), t.fees.toString(),
                     t.pnl.isNegative() ? QStringLiteral("loss") : QStringLiteral("win"), t.pnl.toString(),
                     escape(t.exitReason), escape(t.market));
    QString parameters;
    const auto map = result.config.parameters.toMap();
    QStringList names = map.keys();
    names.sort();
    for (const QString &name : names)
        parameters += QStringLiteral("<code>--%1 %2</code> ").arg(name, map.value(name));
    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>autocoin backtest "
               "%1</title><style>body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1000px}"
               "table{border-collapse:collapse;margin:12px 0}th,td{padding:3px 10px;border-bottom:1px solid #eee;"
               "text-align:left}td{font-variant-numeric:tabular-nums}.win{color:#16a34a}.loss{color:#dc2626}"
               "code{background:#f3f3f3;padding:1px 4px;margin:2px;display:inline-block}</style></head><body>"
               "<h1>autocoin backtest — %1</h1><p>%2 → %3, %4 candles · fee %5 · slippage %6</p>"
               "<h2>Summary</h2><table>%7</table><h2>Markets</h2><table><tr><th>Market</th><th>Candles</th>"
               "<th>Trades</th><th>Win rate</th><th>PnL (KRW)</th><th>Fees (KRW)</th><th>Profit factor</th>"
               "<th>Buy and hold</th></tr>%12</table><h2>Equity (KRW)</h2>%8<h2>Drawdown (%)</h2>%9"
               "<h2>Parameters</h2><p>%10</p><h2>Trades</h2><table><tr><th>Market</th><th>Entry</th><th>Exit</th>"
               "<th>Volume</th><th>Entry price</th><th>Exit price</th><th>Fees</th><th>PnL</th><th>Exit reason</th>"
               "</tr>%11</table></body></html>")
        .arg(escape(result.markets.join(QStringLiteral(", "))), readableTime(from),
             readableTime(to) + u' ' + (zone.isValid() ? zone : QTimeZone::utc()).abbreviation(from))
        .arg(candles)
        .arg(result.config.feeRate ? result.config.feeRate->toString() : QStringLiteral("exchange default"),
             result.config.slippage.toString(), rows,
             svgChart(times, equity, QStringLiteral("#16a34a"), false, QStringLiteral("equity")),
             svgChart(times, drawdown, QStringLiteral("#dc2626"), true, QStringLiteral("drawdown")), parameters,
             tradeRows, marketRows);
}

bool writeTradesCsv(const BacktestResult &result, const QString &path, QString *error)
{
    QByteArray out = "time,market,side,price,quantity,fee,order_id\n";
    for (const TradeRecord &t : result.fills)
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(t.executedAt.toString(Qt::ISODate), t.symbol, orderSideName(t.side), t.price.toString(),
                        t.quantity.toString(), t.fee.toString(), t.orderId)
                   .toUtf8();
    QString reason;
    if (writeFileAtomically(path, out, &reason))
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(path, reason);
    return false;
}

} // namespace autocoin
