#pragma once

#include "FuzzSupport.h"

#include "http/ResponseClassifier.h"
#include "rest/RestParsers.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace autocoin::fuzz {

/// Every JSON parser of exchange/rest/RestParsers and the error classifier, as both exchanges'
/// answers reach them. The first byte chooses the parser, the rest is the body. A parser must
/// answer Malformed, never throw or crash, whatever the body.
inline void restParsers(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return;
    const QByteArray body = bytesOf(data + 1, size - 1);
    const QString market = QStringLiteral("KRW-BTC");
    switch (data[0] % 14) {
    case 0: // the market sync: the list, and Bithumb's alert list (a case of its own would renumber the corpus)
        (void)rest::parseMarkets(body);
        (void)rest::parseMarketAlerts(body, QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
        break;
    case 1:
        (void)rest::parseTickers(body);
        break;
    case 2:
        (void)rest::parseTicker(body, market);
        break;
    case 3:
        (void)rest::parseCandles(body);
        break;
    case 4:
        (void)rest::parseOrderBook(body, market);
        break;
    case 5:
        (void)rest::parseTrades(body);
        break;
    case 6:
        (void)rest::parseTickSize(body, market);
        break;
    case 7: // the account: balances, and Upbit's API key list (no new case: the corpus keeps its numbers)
        (void)rest::parseBalances(body);
        (void)rest::parseApiKeys(body);
        break;
    case 8:
        (void)rest::parseOrderChance(body, market);
        break;
    case 9:
        (void)rest::parseOrder(body);
        break;
    case 10:
        (void)rest::parseOrders(body);
        break;
    case 11:
        (void)rest::parseOrderAck(body);
        break;
    case 12:
        // An error answer at each status the transport delivers.
        for (const int status : {200, 201, 400, 401, 404, 418, 429, 500, 503}) {
            HttpResponse response;
            response.status = status;
            response.body = body;
            (void)classifyResponse(response);
        }
        break;
    case 13: {
        // Every field of an object read as an amount.
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray key = it.key().toLatin1();
            (void)rest::decimalField(object, QLatin1StringView(key));
        }
        break;
    }
    }
}

} // namespace autocoin::fuzz
