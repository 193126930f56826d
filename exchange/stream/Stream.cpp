#include "stream/Stream.h"

namespace autocoin {

QString feedStateName(FeedState state)
{
    switch (state) {
    case FeedState::Disconnected:
        return QStringLiteral("disconnected");
    case FeedState::Connected:
        return QStringLiteral("connected");
    case FeedState::Stale:
        return QStringLiteral("stale");
    }
    return {};
}

QUrl defaultStreamBase(Exchange exchange)
{
    switch (exchange) {
    case Exchange::Upbit:
        return QUrl(QStringLiteral("wss://api.upbit.com/websocket"));
    case Exchange::Bithumb:
        return QUrl(QStringLiteral("wss://ws-api.bithumb.com/websocket"));
    case Exchange::Replay:
        break;
    }
    return {};
}

namespace {

QUrl under(const QUrl &base, QStringView tail)
{
    QUrl url = base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + tail);
    return url;
}

} // namespace

QUrl publicStreamUrl(const QUrl &base)
{
    return under(base, u"/v1");
}

QUrl privateStreamUrl(Exchange exchange, const QUrl &base)
{
    return under(base, exchange == Exchange::Bithumb ? u"/v2/private" : u"/v1/private");
}

QString feedSourceName(FeedSource source)
{
    return source == FeedSource::WebSocket ? QStringLiteral("websocket") : QStringLiteral("rest");
}

} // namespace autocoin
