#pragma once

#include "ExchangeClient.h"

namespace autocoin {

class HttpTransport;

/// Upbit's REST API (https://api.upbit.com/v1).
class UpbitClient final : public ExchangeClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpbitClient)

public:
    explicit UpbitClient(const ExchangeConfig &config, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("upbit"); }
    void fetchTicker(const QString &market, TickerCallback done) override;
    void cancelAll() override;
    int pendingRequests() const override;

private:
    QUrl endpoint(const QString &path, const QString &query) const;

    ExchangeConfig m_config;
    HttpTransport *m_transport;
};

} // namespace autocoin
