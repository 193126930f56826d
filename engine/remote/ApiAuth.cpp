#include "remote/ApiAuth.h"

#include <QCryptographicHash>

namespace autocoin {

namespace {

constexpr qint64 kWindowSecs = 60;
/// Distinct addresses remembered at most: on loopback there is one, but the table must not grow
/// without bound if API_HOST opens the port to a network.
constexpr qsizetype kMaxAddresses = 1024;

} // namespace

ApiAuth::ApiAuth(const QByteArray &token, int maxFailures)
    : m_token(token)
    , m_maxFailures(maxFailures)
{}

bool ApiAuth::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha[i] ^ hb[i]);
    return diff == 0;
}

void ApiAuth::prune(const QDateTime &now)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        QList<QDateTime> &times = it.value();
        while (!times.isEmpty() && times.constFirst().secsTo(now) >= kWindowSecs)
            times.removeFirst();
        it = times.isEmpty() ? m_failures.erase(it) : std::next(it);
    }
}

ApiAuth::Verdict ApiAuth::check(const QString &address, const QByteArray &authorization, const QDateTime &now)
{
    prune(now);
    if (m_failures.value(address).size() >= m_maxFailures)
        return Verdict::TooMany;
    // "Bearer" is case-insensitive (RFC 6750 / 9110); one space, then the token.
    const QByteArray scheme = authorization.left(7);
    const bool bearer = scheme.compare("Bearer ", Qt::CaseInsensitive) == 0;
    const QByteArray given = bearer ? authorization.mid(7).trimmed() : QByteArray();
    // The comparison runs whether or not the header was usable, so timing tells nothing.
    const bool match = constantTimeEquals(given, m_token);
    if (bearer && match && !m_token.isEmpty())
        return Verdict::Allowed;
    if (!m_failures.contains(address) && m_failures.size() >= kMaxAddresses)
        m_failures.erase(m_failures.begin()); // an arbitrary one: only a flood from many addresses gets here
    m_failures[address].append(now);
    return Verdict::Unauthorized;
}

int ApiAuth::retryAfterSeconds(const QString &address, const QDateTime &now) const
{
    const QList<QDateTime> times = m_failures.value(address);
    if (times.size() < m_maxFailures)
        return 0;
    // Free again when enough of the oldest failures have aged out of the window.
    const QDateTime freeAt = times.at(times.size() - m_maxFailures).addSecs(kWindowSecs);
    return static_cast<int>(std::max<qint64>(1, now.secsTo(freeAt)));
}

} // namespace autocoin
