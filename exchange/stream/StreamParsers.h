#pragma once

#include "core/Account.h"
#include "core/Result.h"
#include "stream/Stream.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

/// Pure parsers of the messages both exchanges' WebSockets send (Upbit, Bithumb public v1 and
/// private v2), in the DEFAULT and the SIMPLE format. Every JSON number is read from its text, so
/// a price keeps every digit it was sent with (a double would round 123456789012345678.12 away);
/// anything that does not have the documented shape is Malformed, never a silently wrong value,
/// and never an exception.
namespace autocoin::stream {

/// One message of a stream, read.
struct StreamMessage
{
    enum class Kind
    {
        Trade,
        Ticker,
        Order,
        Assets,
        Status, ///< {"status":"UP"}: the answer to the text PING
        Error,  ///< {"error":{"name":…,"message":…}}: the server refused something
        Other,  ///< a type this client does not read (orderbook, …): ignored, not an error
    };
    Kind kind = Kind::Other;
    StreamTrade trade;
    StreamTicker ticker;
    StreamOrder order;
    QList<Balance> balances;
    QString error; ///< Kind::Error: "NAME: message"
};

/// `json` with every number literal outside strings turned into a string holding the same
/// characters, so QJsonDocument keeps its exact text. Invalid JSON stays invalid.
QByteArray quoteNumbers(const QByteArray &json);

/// Reads one message (a text or a binary frame's bytes).
Result<StreamMessage> parseStreamMessage(const QByteArray &json);

} // namespace autocoin::stream
