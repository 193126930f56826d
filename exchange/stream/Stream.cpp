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

QString feedSourceName(FeedSource source)
{
    return source == FeedSource::WebSocket ? QStringLiteral("websocket") : QStringLiteral("rest");
}

} // namespace autocoin
