#pragma once

#include "ExchangeClient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace autocoin {

class Clock;

/// Looks up when the configured exchange key expires (Upbit `GET /v1/api_keys`) and says so when
/// it is within kApiKeyWarningDays: asked at each Start and then once a day. It lives on the main
/// thread beside the EngineController with its own small client, so the lookup never delays the
/// engine's polling and its failure is never an engine failure (it is logged). Exchanges that do
/// not report expiry (Bithumb, the replay market) and a configuration without keys are left alone.
class ApiKeyWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyWatch)

public:
    ApiKeyWatch(const ExchangeConfig &config, const QString &timeZone, const Clock *clock = nullptr,
                QObject *parent = nullptr);
    ~ApiKeyWatch() override;

    void setConfig(const ExchangeConfig &config, const QString &timeZone);
    /// Asks now (at most one lookup at a time) and keeps asking daily afterwards.
    void check();

    /// "the Upbit API key expires on 2026-12-05 15:00 +09:00 (in 5 days): …", for a log line or
    /// a notice.
    static QString describe(Exchange exchange, const QDateTime &expireAt, int daysLeft, const QString &timeZone);

Q_SIGNALS:
    /// The key in use expires within kApiKeyWarningDays (daysLeft ≤ 0: today, or already).
    void expiring(autocoin::Exchange exchange, const QDateTime &expireAt, int daysLeft);

private:
    ExchangeConfig m_config;
    QString m_timeZone;
    const Clock *m_clock;
    ExchangeClient *m_client = nullptr;
    QTimer m_daily;
    bool m_inFlight = false;
};

} // namespace autocoin
