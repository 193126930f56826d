#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace autocoin {

/// The control API's door: the Bearer token, compared in constant time, and a limit on failed
/// attempts per client address (more than `maxFailures` in a minute: refused with 429 until the
/// oldest failure is a minute old). Pure: the time is passed in.
class ApiAuth
{
public:
    enum class Verdict
    {
        Allowed,
        Unauthorized, ///< 401: missing or wrong token (counted as a failure)
        TooMany       ///< 429: this address failed too often in the last minute
    };

    ApiAuth(const QByteArray &token, int maxFailures = 10);

    /// Checks the Authorization header's value from `address` at `now`.
    Verdict check(const QString &address, const QByteArray &authorization, const QDateTime &now);
    /// Seconds until `address` may try again (for Retry-After); 0 when it may now.
    int retryAfterSeconds(const QString &address, const QDateTime &now) const;

    /// Equal in time independent of where the two differ (hashes first, so the length leaks
    /// nothing either).
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    void prune(const QDateTime &now);

    QByteArray m_token;
    int m_maxFailures;
    QHash<QString, QList<QDateTime>> m_failures; ///< address -> failure times in the last minute
};

} // namespace autocoin
