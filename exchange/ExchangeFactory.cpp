#include "ExchangeClient.h"
#include "upbit/UpbitClient.h"

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
    if (config.name == u"upbit")
        return new UpbitClient(config, parent);
    return nullptr;
}

} // namespace autocoin
