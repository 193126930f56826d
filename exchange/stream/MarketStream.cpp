#include "stream/StreamConnection.h"
#include "stream/StreamParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace autocoin {

MarketStream::MarketStream(StreamConfig config, QObject *parent)
    : StreamConnection(std::move(config), parent)
{}

MarketStream::~MarketStream() = default;

void MarketStream::setMarkets(const QStringList &markets)
{
    QStringList codes;
    for (const QString &market : markets)
        codes.append(market.trimmed().toUpper()); // the exchanges reject lower-case codes
    codes.removeDuplicates();
    codes.sort();
    if (codes == m_markets)
        return;
    m_markets = codes;
    resubscribe();
}

QByteArray MarketStream::subscription() const
{
    if (m_markets.isEmpty())
        return {};
    const QJsonArray codes = QJsonArray::fromStringList(m_markets);
    // SIMPLE halves the bytes of every message on Upbit; Bithumb's documentation shows only
    // DEFAULT, so it gets DEFAULT. The parser reads both.
    const bool simple = config().exchange == Exchange::Upbit;
    const QJsonArray frame{
        QJsonObject{{QStringLiteral("ticket"), QUuid::createUuid().toString(QUuid::WithoutBraces)}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("ticker")}, {QStringLiteral("codes"), codes}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("trade")}, {QStringLiteral("codes"), codes}},
        QJsonObject{{QStringLiteral("format"), simple ? QStringLiteral("SIMPLE") : QStringLiteral("DEFAULT")}},
    };
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

bool MarketStream::handleMessage(const QByteArray &json)
{
    const auto parsed = stream::parseStreamMessage(json);
    if (!parsed.ok()) {
        noteSkipReason(parsed.error().message);
        return false;
    }
    const stream::StreamMessage &message = parsed.value();
    switch (message.kind) {
    case stream::StreamMessage::Kind::Trade:
        Q_EMIT tradeReceived(message.trade);
        break;
    case stream::StreamMessage::Kind::Ticker:
        Q_EMIT tickerReceived(message.ticker);
        break;
    default:
        break; // orderbook and other types: not read here
    }
    return true;
}

} // namespace autocoin
