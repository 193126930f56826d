#include "ExchangeClient.h"
#include "replay/ReplayClient.h"
#include "rest/RestExchangeClient.h"

#include <QTimer>

namespace autocoin {

void ExchangeClient::fetchApiKeys(Callback<QList<ApiKeyInfo>> done)
{
    // Asynchronous like every other answer: never inside the caller's frame.
    QTimer::singleShot(0, this, [this, done = std::move(done)] {
        ExchangeError error;
        error.kind = ExchangeError::Kind::Unsupported;
        error.message = QStringLiteral("%1 does not report API key expiry").arg(exchangeName(exchange()));
        done(error);
    });
}

QUrl defaultBaseUrl(Exchange exchange)
{
    switch (exchange) {
    case Exchange::Upbit:
        return QUrl(QStringLiteral("https://api.upbit.com"));
    case Exchange::Bithumb:
        return QUrl(QStringLiteral("https://api.bithumb.com"));
    case Exchange::Replay:
        break;
    }
    return {};
}

ExchangeClient *createExchangeClient(const ExchangeConfig &config, QObject *parent)
{
    ExchangeConfig resolved = config;
    if (resolved.baseUrl.isEmpty())
        resolved.baseUrl = defaultBaseUrl(config.exchange);
    switch (config.exchange) {
    case Exchange::Upbit:
        return new UpbitClient(resolved, parent);
    case Exchange::Bithumb:
        return new BithumbClient(resolved, parent);
    case Exchange::Replay:
        return new ReplayClient(resolved, parent);
    }
    return nullptr;
}

} // namespace autocoin
