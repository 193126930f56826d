#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace autocoin::auth {

/// Request parameters in the order they are sent; an array parameter repeats its key with "[]"
/// ("states[]", "wait"), as the exchanges document it.
using Params = QList<QPair<QString, QString>>;

enum class JwtAlgorithm
{
    HS256,
    HS512
};

/// A JSON string literal, escaped as compact JSON writers do (the exact bytes that are signed).
QByteArray jsonString(const QString &value);

/// base64url without padding, as JWT uses it.
QByteArray base64Url(const QByteArray &bytes);

/// "k=v&k=v" in the given order, unescaped: the exact string both exchanges hash. Values must be
/// URL-safe (letters, digits, - . _ and the "[]" of array keys) so that it equals the sent query.
QString queryString(const Params &params);

/// Lower-case hex SHA-512 of the query string.
QByteArray queryHash(const QString &queryString);

/// Upbit's JWT payload, compact, keys in the documented order:
/// {"access_key","nonce"[,"query_hash","query_hash_alg"]}. An empty hash omits both.
QByteArray upbitPayload(const QString &accessKey, const QString &nonce, const QByteArray &queryHash);

/// Bithumb 2.0's payload: {"access_key","nonce","timestamp"[,"query_hash","query_hash_alg"]}.
QByteArray bithumbPayload(const QString &accessKey, const QString &nonce, qint64 timestampMs,
                          const QByteArray &queryHash);

/// header.payload.signature with HMAC over "b64url(header).b64url(payload)", the secret taken as
/// raw UTF-8 bytes.
QByteArray signJwt(const QByteArray &payload, const QString &secretKey, JwtAlgorithm algorithm);

/// Bithumb legacy (API 1.0) form body: "endpoint=<escaped endpoint>" first, then the params,
/// form-encoded with spaces as '+'.
QByteArray legacyFormBody(const QString &endpoint, const Params &params);

/// Bithumb legacy Api-Sign: base64 of the lower-case hex HMAC-SHA512 of
/// endpoint + sep + body + sep + nonce (sep is NUL unless api-client-type says otherwise).
QByteArray legacyApiSign(const QString &endpoint, const QByteArray &body, const QByteArray &nonce,
                         const QString &secretKey, char separator = '\0');

/// A fresh UUIDv4 nonce, lower case with dashes.
QString newNonce();

} // namespace autocoin::auth
