#include "ExchangeClient.h"
#include "replay/ReplayClient.h"
#include "rest/RestExchangeClient.h"

namespace autocoin {

QUrl defaultBaseUrl(const QString &exchange)
{
    if (exchange == u"upbit")
        return QUrl(QStringLiteral("https://api.upbit.com"));
    if (exchange == u"bithumb")
        return QUrl(QStringLiteral("https://api.bithumb.com"));
    return {};
}

ExchangeClient *createExchangeClient(const ExchangeConfig &config, QObject *parent)
{
    ExchangeConfig resolved = config;
    if (resolved.baseUrl.isEmpty())
        resolved.baseUrl = defaultBaseUrl(config.name);
    if (config.name == u"upbit")
        return new UpbitClient(resolved, parent);
    if (config.name == u"bithumb")
        return new BithumbClient(resolved, parent);
    if (config.name == u"replay")
        return new ReplayClient(resolved, parent);
    return nullptr;
}

} // namespace autocoin
