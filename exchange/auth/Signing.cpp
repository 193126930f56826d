#include "auth/Signing.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUuid>

namespace autocoin::auth {

QByteArray jsonString(const QString &value)
{
    QByteArray out = "\"";
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (c.unicode() < 0x20)
                out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

namespace {

QByteArray hashFields(const QByteArray &queryHash)
{
    if (queryHash.isEmpty())
        return {};
    return ",\"query_hash\":" + jsonString(QString::fromLatin1(queryHash)) + ",\"query_hash_alg\":\"SHA512\"";
}

QByteArray formEncode(const QString &value)
{
    QByteArray encoded = QUrl::toPercentEncoding(value, "-._~");
    encoded.replace("%20", "+");
    return encoded;
}

} // namespace

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString queryString(const Params &params)
{
    QString out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out += u'&';
        out += key + u'=' + value;
    }
    return out;
}

QByteArray queryHash(const QString &query)
{
    return QCryptographicHash::hash(query.toUtf8(), QCryptographicHash::Sha512).toHex();
}

QByteArray upbitPayload(const QString &accessKey, const QString &nonce, const QByteArray &hash)
{
    return "{\"access_key\":" + jsonString(accessKey) + ",\"nonce\":" + jsonString(nonce) + hashFields(hash) + '}';
}

QByteArray bithumbPayload(const QString &accessKey, const QString &nonce, qint64 timestampMs, const QByteArray &hash)
{
    return "{\"access_key\":" + jsonString(accessKey) + ",\"nonce\":" + jsonString(nonce) +
           ",\"timestamp\":" + QByteArray::number(timestampMs) + hashFields(hash) + '}';
}

QByteArray signJwt(const QByteArray &payload, const QString &secretKey, JwtAlgorithm algorithm)
{
    const bool hs512 = algorithm == JwtAlgorithm::HS512;
    const QByteArray header = hs512 ? QByteArrayLiteral("{\"alg\":\"HS512\",\"typ\":\"JWT\"}")
                                    : QByteArrayLiteral("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    const QByteArray signingInput = base64Url(header) + '.' + base64Url(payload);
    const QByteArray mac = QMessageAuthenticationCode::hash(
        signingInput, secretKey.toUtf8(), hs512 ? QCryptographicHash::Sha512 : QCryptographicHash::Sha256);
    return signingInput + '.' + base64Url(mac);
}

QByteArray legacyFormBody(const QString &endpoint, const Params &params)
{
    QByteArray body = "endpoint=" + formEncode(endpoint);
    for (const auto &[key, value] : params)
        body += '&' + formEncode(key) + '=' + formEncode(value);
    return body;
}

QByteArray legacyApiSign(const QString &endpoint, const QByteArray &body, const QByteArray &nonce,
                         const QString &secretKey, char separator)
{
    const QByteArray input = endpoint.toUtf8() + separator + body + separator + nonce;
    const QByteArray hex =
        QMessageAuthenticationCode::hash(input, secretKey.toUtf8(), QCryptographicHash::Sha512).toHex();
    return hex.toBase64();
}

QString newNonce()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace autocoin::auth
