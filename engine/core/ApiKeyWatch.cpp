#include "core/ApiKeyWatch.h"

#include "core/Clock.h"
#include "logging/Logger.h"

#include <QPointer>
#include <QTimeZone>

namespace autocoin {

namespace {

const QString kCategory = QStringLiteral("exchange");

} // namespace

ApiKeyWatch::ApiKeyWatch(const ExchangeConfig &config, const QString &timeZone, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_timeZone(timeZone)
    , m_clock(clock ? clock : &SystemClock::instance())
{
    m_daily.setInterval(std::chrono::hours(24));
    connect(&m_daily, &QTimer::timeout, this, &ApiKeyWatch::check);
}

ApiKeyWatch::~ApiKeyWatch()
{
    // Now, while this object is whole: the client's destructor answers a lookup in flight.
    delete m_client;
    m_client = nullptr;
}

void ApiKeyWatch::setConfig(const ExchangeConfig &config, const QString &timeZone)
{
    m_timeZone = timeZone;
    if (config.exchange == m_config.exchange && config.baseUrl == m_config.baseUrl &&
        config.credentials.accessKey == m_config.credentials.accessKey &&
        config.credentials.secretKey == m_config.credentials.secretKey)
        return;
    m_config = config;
    delete m_client; // a lookup in flight is abandoned with it; the next check() makes a new one
    m_client = nullptr;
    m_inFlight = false;
}

void ApiKeyWatch::check()
{
    // Only an exchange that reports expiry, with keys: never the replay market (its client
    // would load the candle files a second time). The client is made at the first check, not
    // with the controller: most controllers (paper, tests) never need one.
    const bool eligible = m_config.exchange == Exchange::Upbit && !m_config.credentials.accessKey.isEmpty() &&
                          !m_config.credentials.secretKey.isEmpty();
    if (!eligible || m_inFlight)
        return;
    if (!m_client)
        m_client = createExchangeClient(m_config, this);
    if (!m_client)
        return;
    if (!m_daily.isActive())
        m_daily.start();
    m_inFlight = true;
    QPointer<ExchangeClient> client = m_client;
    m_client->fetchApiKeys([this, client](const Result<QList<ApiKeyInfo>> &keys) {
        if (!client || client != m_client)
            return; // replaced meanwhile
        m_inFlight = false;
        if (!keys.ok()) {
            if (keys.error().kind != ExchangeError::Kind::Cancelled)
                Logger::warning(kCategory,
                                QStringLiteral("could not read the API key's expiry: ") + keys.error().describe());
            return;
        }
        for (const ApiKeyInfo &key : keys.value()) {
            if (key.accessKey != m_config.credentials.accessKey)
                continue;
            if (!key.expireAt)
                return;
            const int daysLeft = apiKeyDaysLeft(*key.expireAt, m_clock->nowUtc());
            const QString text = describe(m_config.exchange, *key.expireAt, daysLeft, m_timeZone);
            if (m_clock->nowUtc().secsTo(*key.expireAt) > qint64(kApiKeyWarningDays) * 86400) {
                Logger::info(kCategory, text);
                return;
            }
            Logger::warning(kCategory, text);
            Q_EMIT expiring(m_config.exchange, *key.expireAt, daysLeft);
            return;
        }
        Logger::warning(kCategory, QStringLiteral("the exchange's list of API keys does not include the key in use"));
    });
}

QString ApiKeyWatch::describe(Exchange exchange, const QDateTime &expireAt, int daysLeft, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? expireAt.toTimeZone(zone) : expireAt.toUTC();
    const QString when = local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + local.timeZoneAbbreviation();
    QString name = exchangeName(exchange);
    name[0] = name[0].toUpper(); // "Upbit", as the exchange writes itself
    if (daysLeft < 0)            // rounded down: negative exactly when the time has passed
        return QStringLiteral("the %1 API key expired on %2: create a new key and replace it").arg(name, when);
    const QString in = daysLeft == 0   ? QStringLiteral("within a day")
                       : daysLeft == 1 ? QStringLiteral("in 1 day")
                                       : QStringLiteral("in %1 days").arg(daysLeft);
    if (daysLeft > kApiKeyWarningDays)
        return QStringLiteral("the %1 API key expires on %2 (%3)").arg(name, when, in);
    return QStringLiteral("the %1 API key expires on %2 (%3): create a new key and replace it before then")
        .arg(name, when, in);
}

} // namespace autocoin
