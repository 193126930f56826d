#include "FakeExchange.h"

#include "auth/Signing.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

namespace autocoin::test {

namespace {

Decimal dec(const QString &text)
{
    return Decimal::fromString(text).value_or(Decimal());
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString kstNow()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Seoul")).toString(Qt::ISODate);
}

/// The top-level fields of a flat JSON object in the order they were written (QJsonObject sorts
/// them, but the exchange hashes them in the order sent).
QList<QPair<QString, QString>> orderedFields(const QByteArray &body)
{
    static const QRegularExpression field(
        QStringLiteral(R"re("((?:[^"\\]|\\.)*)"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?[0-9.eE+]+|true|false|null)))re"));
    QList<QPair<QString, QString>> out;
    auto it = field.globalMatch(QString::fromUtf8(body));
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({m.captured(1), m.captured(2).isNull() ? m.captured(3) : m.captured(2)});
    }
    return out;
}

QString joined(const QList<QPair<QString, QString>> &fields)
{
    QStringList parts;
    for (const auto &[k, v] : fields)
        parts.append(k + u'=' + v);
    return parts.join(u'&');
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QDateTime parseTo(const QString &text, const QTimeZone &naiveZone)
{
    QString t = text;
    t.replace(u' ', u'T');
    QDateTime time = QDateTime::fromString(t, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), naiveZone);
    return time.toUTC();
}

Decimal tickFor(const Decimal &price)
{
    // The exchange's own check, kept independent of the client's MarketRules on purpose.
    const QList<QPair<const char *, const char *>> table = {{"1000000", "1000"}, {"500000", "500"}, {"100000", "100"},
                                                            {"50000", "50"},     {"10000", "10"},   {"5000", "5"},
                                                            {"100", "1"},        {"10", "0.1"},     {"0", "0.01"}};
    for (const auto &[bound, tick] : table) {
        if (price >= dec(QString::fromLatin1(bound)))
            return dec(QString::fromLatin1(tick));
    }
    return dec(QStringLiteral("0.01"));
}

} // namespace

FakeExchange::FakeExchange(Dialect dialect, QObject *parent)
    : FakeExchangeServer(parent)
    , m_dialect(dialect)
{
    m_prices.insert(QStringLiteral("KRW-BTC"), dec(QStringLiteral("63570000")));
    m_prices.insert(QStringLiteral("KRW-ETH"), dec(QStringLiteral("4321000")));
    m_prices.insert(QStringLiteral("KRW-XRP"), dec(QStringLiteral("812.3")));
    m_accounts.insert(QStringLiteral("KRW"), {dec(QStringLiteral("1000000")), Decimal()});
    if (dialect == Dialect::Upbit) {
        m_limits = {{QStringLiteral("market"), 10},    {QStringLiteral("ticker"), 10}, {QStringLiteral("candle"), 10},
                    {QStringLiteral("orderbook"), 10}, {QStringLiteral("trade"), 10},  {QStringLiteral("default"), 30},
                    {QStringLiteral("order"), 12}};
    } else {
        for (const char *group : {"public-candle", "public-orderbook", "public-ticker", "public-trade", "public-other"})
            m_limits.insert(QString::fromLatin1(group), 150);
        for (const char *group : {"order-create", "order-cancel", "private-other"})
            m_limits.insert(QString::fromLatin1(group), 140);
    }
    installRoutes();
}

QString FakeExchange::clientIdField() const
{
    return m_dialect == Dialect::Upbit ? QStringLiteral("identifier") : QStringLiteral("client_order_id");
}

Decimal FakeExchange::feeRate() const
{
    return m_dialect == Dialect::Upbit ? dec(QStringLiteral("0.0005")) : dec(QStringLiteral("0.0004"));
}

void FakeExchange::setPrice(const QString &market, const QString &price)
{
    m_prices.insert(market, dec(price));
    matchResting(market);
}

void FakeExchange::setBalance(const QString &currency, const QString &available)
{
    m_accounts[currency].balance = dec(available);
}

Decimal FakeExchange::balance(const QString &currency) const
{
    return m_accounts.value(currency).balance;
}

Decimal FakeExchange::locked(const QString &currency) const
{
    return m_accounts.value(currency).locked;
}

void FakeExchange::setCandles(const QString &market, const Timeframe &timeframe, const QList<Candle> &candles)
{
    m_candles.insert(market + u'/' + timeframe.toString(), candles);
}

int FakeExchange::peakPerSecond(const QString &group) const
{
    return test::peakPerSecond(m_groupTimes.value(group));
}

FakeResponse FakeExchange::error(int status, const QString &name, const QString &message)
{
    QJsonObject inner{{QStringLiteral("message"), message}};
    bool numeric = false;
    const int code = name.toInt(&numeric);
    inner.insert(QStringLiteral("name"), numeric ? QJsonValue(code) : QJsonValue(name));
    return {status, json(QJsonObject{{QStringLiteral("error"), inner}}), {}};
}

std::optional<FakeResponse> FakeExchange::rateLimit(const QString &group)
{
    QList<qint64> &times = m_groupTimes[group];
    const qint64 t = nowMs();
    int inWindow = 0;
    for (qint64 sent : times)
        inWindow += (t - sent < 1000) ? 1 : 0;
    const int limit = m_limits.value(group, 0);
    if (limit > 0 && inWindow >= limit) {
        ++m_refusals;
        FakeResponse refused =
            error(429, QStringLiteral("too_many_requests"), QStringLiteral("Too many API requests."));
        if (m_dialect == Dialect::Upbit)
            refused.headers.append({"Remaining-Req", "group=" + group.toUtf8() + "; min=1800; sec=0"});
        return refused;
    }
    times.append(t);
    return std::nullopt;
}

FakeResponse FakeExchange::withRemaining(FakeResponse response, const QString &group) const
{
    const int limit = m_limits.value(group, 0);
    if (m_dialect != Dialect::Upbit || limit <= 0)
        return response; // Bithumb documents no quota header; an unlimited group has none
    const qint64 t = nowMs();
    int inWindow = 0;
    for (qint64 sent : m_groupTimes.value(group))
        inWindow += (t - sent < 1000) ? 1 : 0;
    const int left = std::max(0, limit - inWindow);
    response.headers.append(
        {"Remaining-Req", "group=" + group.toUtf8() + "; min=1800; sec=" + QByteArray::number(left)});
    return response;
}

std::optional<FakeResponse> FakeExchange::authenticate(const FakeRequest &request)
{
    const auto refuse = [this](int status, const QString &name, const QString &message) {
        m_authFailures.append(name);
        return std::optional(error(status, name, message));
    };
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer "))
        return refuse(401, QStringLiteral("jwt_verification"), QStringLiteral("JWT 토큰이 없습니다."));
    const QList<QByteArray> parts = authorization.mid(7).split('.');
    if (parts.size() != 3)
        return refuse(401, QStringLiteral("jwt_verification"), QStringLiteral("잘못된 JWT 형식입니다."));
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            .object();
    };
    const QString alg = decode(parts[0]).value(QLatin1StringView("alg")).toString();
    const bool algOk = alg == u"HS256" || (alg == u"HS512" && m_dialect == Dialect::Upbit);
    if (!algOk)
        return refuse(401, QStringLiteral("jwt_verification"), QStringLiteral("지원하지 않는 알고리즘: ") + alg);
    const QJsonObject payload = decode(parts[1]);
    if (payload.value(QLatin1StringView("access_key")).toString() != QLatin1StringView(kAccessKey))
        return refuse(401, QStringLiteral("invalid_access_key"), QStringLiteral("잘못된 엑세스 키입니다."));
    const QByteArray mac =
        QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], QByteArray(kSecretKey),
                                         alg == u"HS512" ? QCryptographicHash::Sha512 : QCryptographicHash::Sha256);
    if (auth::base64Url(mac) != parts[2])
        return refuse(401, QStringLiteral("jwt_verification"), QStringLiteral("Jwt 토큰 검증에 실패했습니다."));
    const QString nonce = payload.value(QLatin1StringView("nonce")).toString();
    if (nonce.isEmpty() || m_nonces.contains(nonce))
        return refuse(401, QStringLiteral("nonce_used"), QStringLiteral("이미 요청한 nonce값이 다시 사용되었습니다."));
    m_nonces.insert(nonce);
    if (m_dialect == Dialect::Bithumb) {
        const QJsonValue ts = payload.value(QLatin1StringView("timestamp"));
        if (!ts.isDouble() || std::llabs(nowMs() + m_clockOffsetMs - static_cast<qint64>(ts.toDouble())) > 30000)
            return refuse(401, QStringLiteral("expired_jwt"), QStringLiteral("만료된 JWT입니다. (timestamp)"));
    }
    const QString expected = request.method == "POST" ? joined(orderedFields(request.body)) : request.decodedQuery;
    if (!expected.isEmpty()) {
        const QByteArray hash = QCryptographicHash::hash(expected.toUtf8(), QCryptographicHash::Sha512).toHex();
        if (payload.value(QLatin1StringView("query_hash")).toString().toLatin1() != hash ||
            payload.value(QLatin1StringView("query_hash_alg")).toString() != u"SHA512")
            return refuse(401, QStringLiteral("invalid_query_payload"),
                          QStringLiteral("쿼리 해시가 일치하지 않습니다."));
    }
    return std::nullopt;
}

void FakeExchange::publicRoute(const QString &path, const QString &group,
                               const std::function<FakeResponse(const FakeRequest &)> &handler)
{
    const auto wrapped = [this, group, handler](const FakeRequest &request) {
        if (auto refused = rateLimit(group))
            return *refused;
        return withRemaining(handler(request), group);
    };
    if (path.endsWith(u'/'))
        setPrefixRoute("GET", path, wrapped);
    else
        setRoute("GET", path, wrapped);
}

void FakeExchange::privateRoute(const QByteArray &method, const QString &path, const QString &group,
                                const std::function<FakeResponse(const FakeRequest &)> &handler)
{
    setRoute(method, path, [this, group, handler](const FakeRequest &request) {
        if (auto refused = rateLimit(group))
            return *refused;
        if (auto refused = authenticate(request))
            return *refused;
        return withRemaining(handler(request), group);
    });
}

void FakeExchange::installRoutes()
{
    const bool upbit = m_dialect == Dialect::Upbit;
    const auto group = [upbit](const char *upbitGroup, const char *bithumbGroup) {
        return QString::fromLatin1(upbit ? upbitGroup : bithumbGroup);
    };
    publicRoute(QStringLiteral("/v1/market/all"), group("market", "public-other"),
                [this](const FakeRequest &) { return markets(); });
    if (!upbit)
        publicRoute(QStringLiteral("/v1/market/virtual_asset_warning"), QStringLiteral("public-other"),
                    [this](const FakeRequest &) { return marketAlerts(); });
    publicRoute(QStringLiteral("/v1/ticker"), group("ticker", "public-ticker"), [this](const FakeRequest &r) {
        return tickers(r.query.queryItemValue(QStringLiteral("markets")).split(u','));
    });
    if (upbit) {
        publicRoute(QStringLiteral("/v1/ticker/all"), QStringLiteral("ticker"), [this](const FakeRequest &) {
            QStringList krw;
            for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it)
                krw.append(it.key());
            krw.sort();
            return tickers(krw);
        });
        publicRoute(
            QStringLiteral("/v1/orderbook/instruments"), QStringLiteral("orderbook"), [this](const FakeRequest &r) {
                const QString market = r.query.queryItemValue(QStringLiteral("markets"));
                const QJsonObject entry{{QStringLiteral("market"), market},
                                        {QStringLiteral("quote_currency"), QStringLiteral("KRW")},
                                        {QStringLiteral("tick_size"), tickFor(m_prices.value(market)).toString()},
                                        {QStringLiteral("supported_levels"), QJsonArray{0}}};
                return FakeResponse{200, json(QJsonArray{entry}), {}};
            });
    }
    publicRoute(QStringLiteral("/v1/candles/"), group("candle", "public-candle"),
                [this](const FakeRequest &r) { return candles(r); });
    publicRoute(QStringLiteral("/v1/orderbook"), group("orderbook", "public-orderbook"),
                [this](const FakeRequest &r) { return orderBook(r.query.queryItemValue(QStringLiteral("markets"))); });
    publicRoute(QStringLiteral("/v1/trades/ticks"), group("trade", "public-trade"), [this](const FakeRequest &r) {
        const QString market = r.query.queryItemValue(QStringLiteral("market"));
        const QJsonObject trade{{QStringLiteral("market"), market},
                                {QStringLiteral("trade_date_utc"), QStringLiteral("2026-11-22")},
                                {QStringLiteral("trade_time_utc"), QStringLiteral("04:31:05")},
                                {QStringLiteral("timestamp"), 1795321865000.0},
                                {QStringLiteral("trade_price"), m_prices.value(market).toDouble()},
                                {QStringLiteral("trade_volume"), 0.0123},
                                {QStringLiteral("ask_bid"), QStringLiteral("BID")},
                                {QStringLiteral("sequential_id"), 17953218650000001.0}};
        return FakeResponse{200, json(QJsonArray{trade}), {}};
    });

    const QString privateGroup = group("default", "private-other");
    privateRoute("GET", QStringLiteral("/v1/accounts"), privateGroup,
                 [this](const FakeRequest &) { return accounts(); });
    if (upbit) // Bithumb has no such endpoint
        privateRoute("GET", QStringLiteral("/v1/api_keys"), privateGroup,
                     [this](const FakeRequest &) { return apiKeys(); });
    privateRoute("GET", QStringLiteral("/v1/orders/chance"), privateGroup,
                 [this](const FakeRequest &r) { return chance(r.query.queryItemValue(QStringLiteral("market"))); });
    privateRoute("POST", upbit ? QStringLiteral("/v1/orders") : QStringLiteral("/v2/orders"),
                 group("order", "order-create"), [this](const FakeRequest &r) { return createOrder(r); });
    privateRoute("GET", QStringLiteral("/v1/order"), privateGroup,
                 [this](const FakeRequest &r) { return getOrder(r); });
    privateRoute("GET", upbit ? QStringLiteral("/v1/orders/open") : QStringLiteral("/v1/orders"), privateGroup,
                 [this](const FakeRequest &r) { return openOrders(r); });
    privateRoute("DELETE", upbit ? QStringLiteral("/v1/order") : QStringLiteral("/v2/order"),
                 group("default", "order-cancel"), [this](const FakeRequest &r) { return cancelOrder(r); });
    if (!upbit)
        setRoute("POST", QStringLiteral("/info/balance"), [this](const FakeRequest &r) { return legacyBalance(r); });
}

FakeResponse FakeExchange::markets() const
{
    QJsonArray list;
    const auto add = [&list, this](const QString &code, const QString &ko, const QString &en, bool warning) {
        if (m_delisted.contains(code))
            return;
        warning = m_warnings.value(code, warning);
        QJsonObject entry{{QStringLiteral("market"), code},
                          {QStringLiteral("korean_name"), ko},
                          {QStringLiteral("english_name"), en}};
        if (m_dialect == Dialect::Upbit) {
            QJsonObject caution{{QStringLiteral("PRICE_FLUCTUATIONS"), warning},
                                {QStringLiteral("TRADING_VOLUME_SOARING"), false},
                                {QStringLiteral("DEPOSIT_AMOUNT_SOARING"), false},
                                {QStringLiteral("GLOBAL_PRICE_DIFFERENCES"), false},
                                {QStringLiteral("CONCENTRATION_OF_SMALL_ACCOUNTS"), false}};
            const QMap<QString, bool> set = m_cautions.value(code);
            for (auto it = set.cbegin(); it != set.cend(); ++it)
                caution.insert(it.key(), it.value());
            entry.insert(QStringLiteral("market_event"),
                         QJsonObject{{QStringLiteral("warning"), warning}, {QStringLiteral("caution"), caution}});
        } else {
            entry.insert(QStringLiteral("market_warning"),
                         warning ? QStringLiteral("CAUTION") : QStringLiteral("NONE"));
        }
        list.append(entry);
    };
    add(QStringLiteral("KRW-BTC"), QStringLiteral("비트코인"), QStringLiteral("Bitcoin"), false);
    add(QStringLiteral("KRW-ETH"), QStringLiteral("이더리움"), QStringLiteral("Ethereum"), false);
    add(QStringLiteral("KRW-XRP"), QStringLiteral("리플"), QStringLiteral("XRP"), true);
    add(QStringLiteral("BTC-ETH"), QStringLiteral("이더리움"), QStringLiteral("Ethereum"), false);
    QSet<QString> listed{QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP")};
    for (const ListedMarket &extra : m_listed) {
        add(extra.code, extra.koreanName, extra.englishName, false);
        listed.insert(extra.code);
    }
    // Every other market a test priced is listed too (its code as its names).
    QStringList priced = m_prices.keys();
    priced.sort();
    for (const QString &code : std::as_const(priced)) {
        if (!listed.contains(code))
            add(code, code, code, false);
    }
    return {200, json(list), {}};
}

FakeResponse FakeExchange::marketAlerts() const
{
    const QDateTime nowKst = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Seoul"));
    const auto entry = [](const QString &market, const QString &type, const QDateTime &end) {
        return QJsonObject{{QStringLiteral("market"), market},
                           {QStringLiteral("warning_type"), type},
                           {QStringLiteral("end_date"), end.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))}};
    };
    // Bithumb lists an alert until some time after it ended: one that ended an hour ago is always
    // there, and must not count.
    QJsonArray list{
        entry(QStringLiteral("KRW-BTC"), QStringLiteral("PRICE_SUDDEN_FLUCTUATION"), nowKst.addSecs(-3600))};
    for (auto market = m_cautions.cbegin(); market != m_cautions.cend(); ++market) {
        for (auto flag = market->cbegin(); flag != market->cend(); ++flag) {
            if (flag.value())
                list.append(entry(market.key(), flag.key(), nowKst.addDays(1)));
        }
    }
    return FakeResponse{200, json(list), {}};
}

FakeResponse FakeExchange::tickers(const QStringList &markets) const
{
    QJsonArray list;
    for (const QString &market : markets) {
        if (!m_prices.contains(market))
            return error(404, QStringLiteral("404"), QStringLiteral("Code not found"));
        const double price = m_prices.value(market).toDouble();
        list.append(QJsonObject{
            {QStringLiteral("market"), market},
            {QStringLiteral("trade_date"), QStringLiteral("20261122")},
            {QStringLiteral("trade_time"), QStringLiteral("043105")},
            {QStringLiteral("trade_timestamp"), 1795321865000.0},
            {QStringLiteral("opening_price"), price},
            {QStringLiteral("high_price"), price},
            {QStringLiteral("low_price"), price},
            {QStringLiteral("trade_price"), price},
            {QStringLiteral("prev_closing_price"), price},
            {QStringLiteral("change"), QStringLiteral("EVEN")},
            {QStringLiteral("signed_change_rate"), 0.0},
            {QStringLiteral("acc_trade_volume_24h"), 3344.3872093},
            {QStringLiteral("acc_trade_price_24h"), m_tradedValues.value(market, Decimal(212604523387)).toDouble()},
            {QStringLiteral("timestamp"), 1795321865123.0}});
    }
    return {200, json(list), {}};
}

FakeResponse FakeExchange::candles(const FakeRequest &request) const
{
    const QString rest = request.path.mid(QStringLiteral("/v1/candles/").size());
    std::optional<Timeframe> timeframe;
    if (rest == u"days")
        timeframe = Timeframe::day();
    else if (rest.startsWith(QStringLiteral("minutes/")))
        timeframe = Timeframe::parse(rest.mid(8));
    if (!timeframe)
        return error(404, QStringLiteral("404"), QStringLiteral("Not found"));
    const QString market = request.query.queryItemValue(QStringLiteral("market"));
    bool ok = false;
    const int count = request.query.queryItemValue(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 200)
        return error(400, QStringLiteral("validation_error"), QStringLiteral("count must be 1..200"));
    QDateTime to;
    const QString toText = request.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
    if (!toText.isEmpty()) {
        if (m_dialect == Dialect::Bithumb && (toText.contains(u'Z') || toText.contains(u'+')))
            return error(400, QStringLiteral("invalid_parameter"),
                         QStringLiteral("to: KST 시간(오프셋 없이)을 입력하세요."));
        to = parseTo(toText, m_dialect == Dialect::Upbit ? QTimeZone::utc() : QTimeZone("Asia/Seoul"));
        if (!to.isValid())
            return error(400, QStringLiteral("validation_error"), QStringLiteral("bad to"));
    }
    QList<Candle> all = m_candles.value(market + u'/' + timeframe->toString());
    std::sort(all.begin(), all.end(), [](const Candle &a, const Candle &b) { return a.openTime > b.openTime; });
    QJsonArray list;
    for (const Candle &c : all) {
        if (to.isValid() && c.openTime >= to)
            continue;
        if (list.size() >= count)
            break;
        const QDateTime kst = c.openTime.toTimeZone(QTimeZone("Asia/Seoul"));
        QJsonObject entry{
            {QStringLiteral("market"), market},
            {QStringLiteral("candle_date_time_utc"), c.openTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
            {QStringLiteral("candle_date_time_kst"), kst.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
            {QStringLiteral("opening_price"), c.open.toDouble()},
            {QStringLiteral("high_price"), c.high.toDouble()},
            {QStringLiteral("low_price"), c.low.toDouble()},
            {QStringLiteral("trade_price"), c.close.toDouble()},
            {QStringLiteral("timestamp"), static_cast<double>(c.openTime.toMSecsSinceEpoch() + 59000)},
            {QStringLiteral("candle_acc_trade_price"), (c.close * c.volume).toDouble()},
            {QStringLiteral("candle_acc_trade_volume"), c.volume.toDouble()}};
        if (!timeframe->isDay())
            entry.insert(QStringLiteral("unit"), timeframe->minutes());
        list.append(entry);
    }
    return {200, json(list), {}};
}

FakeResponse FakeExchange::orderBook(const QString &market) const
{
    if (!m_prices.contains(market))
        return error(404, QStringLiteral("404"), QStringLiteral("Code not found"));
    const Decimal price = m_prices.value(market);
    const Decimal tick = tickFor(price);
    QJsonArray units;
    for (int i = 0; i < 5; ++i) {
        units.append(QJsonObject{{QStringLiteral("ask_price"), (price + tick * Decimal(i + 1)).toDouble()},
                                 {QStringLiteral("bid_price"), (price - tick * Decimal(i)).toDouble()},
                                 {QStringLiteral("ask_size"), 0.5},
                                 {QStringLiteral("bid_size"), 0.75}});
    }
    const QJsonObject book{{QStringLiteral("market"), market},
                           {QStringLiteral("timestamp"), 1795321865123.0},
                           {QStringLiteral("total_ask_size"), 2.5},
                           {QStringLiteral("total_bid_size"), 3.75},
                           {QStringLiteral("orderbook_units"), units}};
    return {200, json(QJsonArray{book}), {}};
}

FakeResponse FakeExchange::accounts() const
{
    QJsonArray list;
    for (auto it = m_accounts.cbegin(); it != m_accounts.cend(); ++it) {
        list.append(QJsonObject{{QStringLiteral("currency"), it.key()},
                                {QStringLiteral("balance"), it->balance.toString()},
                                {QStringLiteral("locked"), it->locked.toString()},
                                {QStringLiteral("avg_buy_price"), QStringLiteral("0")},
                                {QStringLiteral("avg_buy_price_modified"), false},
                                {QStringLiteral("unit_currency"), QStringLiteral("KRW")}});
    }
    return {200, json(list), {}};
}

FakeResponse FakeExchange::apiKeys() const
{
    // As Upbit writes it: KST with its offset, e.g. "2025-11-23T15:00:00+09:00".
    const QJsonObject key{
        {QStringLiteral("access_key"), QLatin1StringView(kAccessKey)},
        {QStringLiteral("expire_at"), m_apiKeyExpiry.toOffsetFromUtc(9 * 3600).toString(Qt::ISODate)}};
    return {200, json(QJsonArray{key}), {}};
}

FakeResponse FakeExchange::chance(const QString &market) const
{
    if (!m_prices.contains(market))
        return error(404, QStringLiteral("404"), QStringLiteral("market not found"));
    const QString coin = market.section(u'-', 1);
    const auto account = [this](const QString &currency) {
        return QJsonObject{{QStringLiteral("currency"), currency},
                           {QStringLiteral("balance"), m_accounts.value(currency).balance.toString()},
                           {QStringLiteral("locked"), m_accounts.value(currency).locked.toString()},
                           {QStringLiteral("avg_buy_price"), QStringLiteral("0")},
                           {QStringLiteral("avg_buy_price_modified"), false},
                           {QStringLiteral("unit_currency"), QStringLiteral("KRW")}};
    };
    const QString fee = feeRate().toString();
    QJsonObject bid;
    bid.insert(QStringLiteral("currency"), QStringLiteral("KRW"));
    bid.insert(QStringLiteral("min_total"), QStringLiteral("5000"));
    QJsonObject ask;
    ask.insert(QStringLiteral("currency"), coin);
    ask.insert(QStringLiteral("min_total"), 5000); // a number here, a string there: both vintages exist
    QJsonObject marketInfo;
    marketInfo.insert(QStringLiteral("id"), market);
    marketInfo.insert(QStringLiteral("name"), QString(coin + QStringLiteral("/KRW")));
    marketInfo.insert(QStringLiteral("order_sides"), QJsonArray{QStringLiteral("ask"), QStringLiteral("bid")});
    marketInfo.insert(QStringLiteral("bid"), bid);
    marketInfo.insert(QStringLiteral("ask"), ask);
    marketInfo.insert(QStringLiteral("max_total"), QStringLiteral("1000000000.0"));
    marketInfo.insert(QStringLiteral("state"), QStringLiteral("active"));
    QJsonObject body;
    for (const char *key : {"bid_fee", "ask_fee", "maker_bid_fee", "maker_ask_fee"})
        body.insert(QLatin1StringView(key), fee);
    body.insert(QStringLiteral("market"), marketInfo);
    body.insert(QStringLiteral("bid_account"), account(QStringLiteral("KRW")));
    body.insert(QStringLiteral("ask_account"), account(coin));
    return {200, json(body), {}};
}

const FakeExchange::FakeOrder *FakeExchange::findOrder(const QString &id, const QString &clientId) const
{
    for (const FakeOrder &order : m_orders) {
        if ((!id.isEmpty() && order.uuid == id) || (!clientId.isEmpty() && order.identifier == clientId))
            return &order;
    }
    return nullptr;
}

FakeResponse FakeExchange::createOrder(const FakeRequest &request)
{
    const auto fields = orderedFields(request.body);
    QHash<QString, QString> f;
    for (const auto &[k, v] : fields)
        f.insert(k, v);
    const bool upbit = m_dialect == Dialect::Upbit;
    const QString type = f.value(upbit ? QStringLiteral("ord_type") : QStringLiteral("order_type"));
    const QString side = f.value(QStringLiteral("side"));
    const QString market = f.value(QStringLiteral("market"));
    const QString clientId = f.value(clientIdField());
    const QString suffix = side == u"bid" ? QStringLiteral("bid") : QStringLiteral("ask");
    if ((side != u"bid" && side != u"ask") || !m_prices.contains(market) || type.isEmpty())
        return error(400, upbit ? QStringLiteral("validation_error") : QStringLiteral("invalid_parameter"),
                     QStringLiteral("잘못된 주문 파라미터입니다."));
    if (const FakeOrder *existing = findOrder({}, clientId); existing && !clientId.isEmpty()) {
        if (upbit) // unique forever; a retry with the same identifier is refused
            return error(400, QStringLiteral("validation_error"), QStringLiteral("identifier가 이미 사용되었습니다."));
        // Bithumb: the existing order instead of a new one
        return {201,
                json(QJsonObject{{QStringLiteral("order_id"), existing->uuid},
                                 {QStringLiteral("client_order_id"), existing->identifier},
                                 {QStringLiteral("market"), existing->market},
                                 {QStringLiteral("side"), existing->side},
                                 {QStringLiteral("order_type"), existing->type},
                                 {QStringLiteral("created_at"), existing->createdAt}}),
                {}};
    }
    FakeOrder order;
    order.uuid = upbit ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                       : QStringLiteral("C0101%1").arg(1000000000000000LL + m_createdCount, 16, 10, QLatin1Char('0'));
    order.identifier = clientId;
    order.market = market;
    order.side = side;
    order.type = type;
    order.price = dec(f.value(QStringLiteral("price")));
    order.volume = dec(f.value(QStringLiteral("volume")));
    order.createdAt = kstNow();
    const Decimal market_price = m_prices.value(market);
    const Decimal fee = feeRate();
    const QString coin = market.section(u'-', 1);

    if (type == u"limit") {
        if (!order.price.isPositive() || !order.volume.isPositive())
            return error(400, QStringLiteral("create_") + suffix + QStringLiteral("_error"),
                         QStringLiteral("가격과 수량을 입력하세요."));
        if (order.price.floorToStep(tickFor(order.price)) != order.price)
            return error(400, QStringLiteral("invalid_price_") + suffix,
                         QStringLiteral("주문 가격 단위를 잘못 입력하셨습니다."));
        if (order.price * order.volume < Decimal(5000))
            return error(400, QStringLiteral("under_min_total_") + suffix,
                         QStringLiteral("최소주문금액 이상으로 주문해주세요"));
    } else if (type == u"price") {
        if (side != u"bid" || order.price < Decimal(5000))
            return error(400, QStringLiteral("under_min_total_bid"),
                         QStringLiteral("최소주문금액 이상으로 주문해주세요"));
        order.volume = Decimal();
    } else if (type == u"market") {
        if (side != u"ask" || !order.volume.isPositive())
            return error(400, QStringLiteral("create_ask_error"), QStringLiteral("시장가 매도는 수량이 필요합니다."));
    } else {
        return error(400, upbit ? QStringLiteral("validation_error") : QStringLiteral("invalid_parameter"),
                     QStringLiteral("지원하지 않는 주문 유형입니다."));
    }

    // Reserve what the order may use.
    if (side == u"bid") {
        const Decimal spend = type == u"price" ? order.price : order.price * order.volume;
        order.locked = spend + spend * fee;
        Account &krw = m_accounts[QStringLiteral("KRW")];
        if (krw.balance < order.locked)
            return error(400, QStringLiteral("insufficient_funds_bid"),
                         QStringLiteral("주문가능한 금액(KRW)이 부족합니다."));
        krw.balance -= order.locked;
        krw.locked += order.locked;
    } else {
        Account &account = m_accounts[coin];
        if (account.balance < order.volume)
            return error(400, QStringLiteral("insufficient_funds_ask"),
                         QStringLiteral("주문가능한 금액(%1)이 부족합니다.").arg(coin));
        account.balance -= order.volume;
        account.locked += order.volume;
        order.locked = order.volume;
    }
    order.remaining = order.volume;
    ++m_createdCount;
    m_orders.append(order);
    FakeOrder &placed = m_orders.last();

    if (type == u"price") {
        const Decimal volume = placed.price.divided(market_price, 8, Decimal::Rounding::Down);
        placed.volume = volume;
        placed.remaining = volume;
        fill(placed, market_price, volume);
        // Upbit ends a market buy as "cancel" with the unspent KRW refunded.
        placed.state = QStringLiteral("cancel");
    } else if (type == u"market") {
        fill(placed, market_price, placed.volume);
    } else {
        matchResting(market);
    }
    const FakeOrder &result = m_orders.last();
    if (!upbit) {
        return {201,
                json(QJsonObject{{QStringLiteral("order_id"), result.uuid},
                                 {QStringLiteral("client_order_id"), result.identifier},
                                 {QStringLiteral("market"), result.market},
                                 {QStringLiteral("side"), result.side},
                                 {QStringLiteral("order_type"), result.type},
                                 {QStringLiteral("created_at"), result.createdAt}}),
                {}};
    }
    return {201, json(orderJson(result)), {}};
}

void FakeExchange::fill(FakeOrder &order, const Decimal &price, Decimal volume)
{
    volume = std::min(volume, order.remaining);
    if (!volume.isPositive())
        return;
    const QString coin = order.market.section(u'-', 1);
    const Decimal funds = price * volume;
    const Decimal fee = funds * feeRate();
    Account &krw = m_accounts[QStringLiteral("KRW")];
    Account &account = m_accounts[coin];
    if (order.side == u"bid") {
        krw.locked -= funds + fee;
        order.locked -= funds + fee;
        account.balance += volume;
    } else {
        account.locked -= volume;
        order.locked -= volume;
        krw.balance += funds - fee;
    }
    order.remaining -= volume;
    order.executed += volume;
    order.funds += funds;
    order.paidFee += fee;
    order.trades.append(QJsonObject{{QStringLiteral("market"), order.market},
                                    {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("price"), price.toString()},
                                    {QStringLiteral("volume"), volume.toString()},
                                    {QStringLiteral("funds"), funds.toString()},
                                    {QStringLiteral("trend"), QStringLiteral("up")},
                                    {QStringLiteral("side"), order.side},
                                    {QStringLiteral("created_at"), kstNow()}});
    if (order.remaining.isZero()) {
        order.state = QStringLiteral("done");
        // Release what was reserved but not used (a buy filled below its limit).
        if (order.side == u"bid" && order.locked.isPositive()) {
            krw.locked -= order.locked;
            krw.balance += order.locked;
            order.locked = Decimal();
        }
    }
}

void FakeExchange::matchResting(const QString &market)
{
    const Decimal price = m_prices.value(market);
    for (FakeOrder &order : m_orders) {
        if (order.market != market || order.state != u"wait" || order.type != u"limit")
            continue;
        const bool crosses = order.side == u"bid" ? order.price >= price : order.price <= price;
        if (!crosses)
            continue;
        const Decimal volume = m_nextFillFraction == Decimal(1)
                                   ? order.remaining
                                   : (order.remaining * m_nextFillFraction).rounded(8, Decimal::Rounding::Down);
        m_nextFillFraction = Decimal(1);
        fill(order, price, volume);
    }
}

QJsonObject FakeExchange::orderJson(const FakeOrder &order) const
{
    QJsonObject o{{QStringLiteral("uuid"), order.uuid},
                  {QStringLiteral("side"), order.side},
                  {QStringLiteral("ord_type"), order.type},
                  {QStringLiteral("price"), order.price.toString()},
                  {QStringLiteral("state"), order.state},
                  {QStringLiteral("market"), order.market},
                  {QStringLiteral("created_at"), order.createdAt},
                  {QStringLiteral("volume"), order.volume.toString()},
                  {QStringLiteral("remaining_volume"), order.remaining.toString()},
                  {QStringLiteral("reserved_fee"), QStringLiteral("0")},
                  {QStringLiteral("remaining_fee"), QStringLiteral("0")},
                  {QStringLiteral("paid_fee"), order.paidFee.toString()},
                  {QStringLiteral("locked"), order.locked.toString()},
                  {QStringLiteral("executed_volume"), order.executed.toString()},
                  {QStringLiteral("executed_funds"), order.funds.toString()},
                  {QStringLiteral("trades_count"), static_cast<int>(order.trades.size())}};
    if (!order.identifier.isEmpty())
        o.insert(clientIdField(), order.identifier);
    QJsonArray trades;
    for (const QJsonObject &t : order.trades)
        trades.append(t);
    o.insert(QStringLiteral("trades"), trades);
    return o;
}

QJsonArray FakeExchange::ordersJson() const
{
    QJsonArray list;
    for (const FakeOrder &order : m_orders)
        list.append(orderJson(order));
    return list;
}

FakeResponse FakeExchange::getOrder(const FakeRequest &request) const
{
    const FakeOrder *order =
        findOrder(request.query.queryItemValue(QStringLiteral("uuid")), request.query.queryItemValue(clientIdField()));
    if (!order)
        return error(404, QStringLiteral("order_not_found"), QStringLiteral("주문을 찾지 못했습니다."));
    return {200, json(orderJson(*order)), {}};
}

FakeResponse FakeExchange::openOrders(const FakeRequest &request) const
{
    const QString market = request.query.queryItemValue(QStringLiteral("market"));
    QJsonArray list;
    for (const FakeOrder &order : m_orders) {
        if (order.market == market && order.state == u"wait")
            list.append(orderJson(order));
    }
    return {200, json(list), {}};
}

FakeResponse FakeExchange::cancelOrder(const FakeRequest &request)
{
    const bool upbit = m_dialect == Dialect::Upbit;
    const QString id = request.query.queryItemValue(upbit ? QStringLiteral("uuid") : QStringLiteral("order_id"));
    const FakeOrder *found = findOrder(id, request.query.queryItemValue(clientIdField()));
    if (!found)
        return error(404, QStringLiteral("order_not_found"), QStringLiteral("주문을 찾지 못했습니다."));
    FakeOrder &order = m_orders[found - m_orders.constData()];
    if (order.state != u"wait")
        return error(400, upbit ? QStringLiteral("validation_error") : QStringLiteral("invalid_parameter"),
                     QStringLiteral("취소할 수 없는 주문입니다."));
    const QJsonObject before = orderJson(order); // cancellation is asynchronous: answered still "wait"
    const QString currency = order.side == u"bid" ? QStringLiteral("KRW") : order.market.section(u'-', 1);
    m_accounts[currency].locked -= order.locked;
    m_accounts[currency].balance += order.locked;
    order.locked = Decimal();
    order.state = QStringLiteral("cancel");
    if (upbit)
        return {200, json(before), {}};
    return {200,
            json(QJsonObject{{QStringLiteral("order_id"), order.uuid},
                             {QStringLiteral("client_order_id"), order.identifier},
                             {QStringLiteral("created_at"), order.createdAt}}),
            {}};
}

FakeResponse FakeExchange::legacyBalance(const FakeRequest &request)
{
    const QByteArray key = request.headers.value("api-key");
    const QByteArray nonce = request.headers.value("api-nonce");
    const QByteArray sign = request.headers.value("api-sign");
    const auto legacyError = [](const char *status, const QString &message) {
        return FakeResponse{200,
                            json(QJsonObject{{QStringLiteral("status"), QLatin1StringView(status)},
                                             {QStringLiteral("message"), message}}),
                            {}};
    };
    if (key != kAccessKey)
        return legacyError("5300", QStringLiteral("Invalid Apikey"));
    if (std::llabs(nowMs() + m_clockOffsetMs - nonce.toLongLong()) > 20000)
        return legacyError("5100", QStringLiteral("Bad Request.(Request Time)"));
    if (sign != auth::legacyApiSign(request.path, request.body, nonce, QString::fromLatin1(kSecretKey)))
        return legacyError("5100", QStringLiteral("Bad Request.(Auth Data)"));
    const Account krw = m_accounts.value(QStringLiteral("KRW"));
    return {200,
            json(QJsonObject{{QStringLiteral("status"), QStringLiteral("0000")},
                             {QStringLiteral("data"),
                              QJsonObject{{QStringLiteral("total_krw"), (krw.balance + krw.locked).toString()},
                                          {QStringLiteral("in_use_krw"), krw.locked.toString()},
                                          {QStringLiteral("available_krw"), krw.balance.toString()}}}}),
            {}};
}

FakeUpbitServer::FakeUpbitServer(QObject *parent)
    : QObject(parent)
    , m_exchange(FakeExchange::Dialect::Upbit)
{
    m_exchange.setRateLimit(QStringLiteral("ticker"), 0); // the engine tests poll quickly on purpose
    m_exchange.setRateLimit(QStringLiteral("candle"), 0);
    // 300 hourly candles up to the current hour, so the strategy has history to warm up on.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime hour(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
    QList<Candle> candles;
    for (int i = 299; i >= 0; --i) {
        Candle c;
        c.openTime = hour.addSecs(-3600LL * i);
        const qint64 wave = static_cast<qint64>(1000000 * std::sin(i / 9.0));
        c.close = Decimal(63000000 + wave - wave % 1000);
        c.open = c.close - Decimal(2000);
        c.high = c.close + Decimal(50000);
        c.low = c.open - Decimal(50000);
        c.volume = Decimal(3);
        candles.append(c);
    }
    m_exchange.setCandles(QStringLiteral("KRW-BTC"), Timeframe::minutes(60), candles);
    // KRW-ETH on the same clock at a twentieth of the price, for portfolio runs.
    for (Candle &c : candles) {
        for (Decimal *price : {&c.open, &c.high, &c.low, &c.close})
            *price = price->divided(Decimal(20), 0).floorToStep(Decimal(1000));
    }
    m_exchange.setCandles(QStringLiteral("KRW-ETH"), Timeframe::minutes(60), candles);
}

void FakeUpbitServer::setTickerPrice(const QString &market, const QByteArray &price)
{
    m_exchange.setPrice(market, QString::fromLatin1(price));
}

} // namespace autocoin::test
