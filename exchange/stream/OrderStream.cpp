#include "auth/Signing.h"
#include "rest/Dialect.h"
#include "stream/StreamConnection.h"
#include "stream/StreamParsers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace autocoin {

OrderStream::OrderStream(StreamConfig config, QObject *parent)
    : StreamConnection(std::move(config), parent)
{}

OrderStream::~OrderStream() = default;

QByteArray OrderStream::subscription() const
{
    // No codes: every market's orders. DEFAULT on both: Bithumb v2's private schema is only
    // documented in it.
    const QJsonArray frame{
        QJsonObject{{QStringLiteral("ticket"), QUuid::createUuid().toString(QUuid::WithoutBraces)}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("myOrder")}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("myAsset")}},
        QJsonObject{{QStringLiteral("format"), QStringLiteral("DEFAULT")}},
    };
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

bool OrderStream::handleMessage(const QByteArray &json)
{
    const auto parsed = stream::parseStreamMessage(json);
    if (!parsed.ok()) {
        noteSkipReason(parsed.error().message);
        return false;
    }
    const stream::StreamMessage &message = parsed.value();
    if (message.kind == stream::StreamMessage::Kind::Order)
        Q_EMIT orderReceived(message.order);
    else if (message.kind == stream::StreamMessage::Kind::Assets)
        Q_EMIT balancesReceived(message.balances);
    return true;
}

QList<QPair<QByteArray, QByteArray>> OrderStream::headers() const
{
    // The REST client's token for a request without parameters (no query_hash), fresh per
    // connection: a new nonce, and Bithumb's timestamp of now.
    const Credentials &credentials = config().credentials;
    const bool bithumb = config().exchange == Exchange::Bithumb;
    const rest::Dialect dialect = bithumb ? rest::bithumbDialect() : rest::upbitDialect();
    const QString nonce = auth::newNonce();
    const QByteArray payload = dialect.jwtTimestamp ? auth::bithumbPayload(credentials.accessKey, nonce,
                                                                           QDateTime::currentMSecsSinceEpoch(), {})
                                                    : auth::upbitPayload(credentials.accessKey, nonce, {});
    const QByteArray token = auth::signJwt(payload, credentials.secretKey, dialect.algorithm);
    return {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token}};
}

} // namespace autocoin
