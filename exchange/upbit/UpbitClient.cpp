#include "upbit/UpbitClient.h"

#include "http/HttpTransport.h"
#include "upbit/UpbitParsers.h"

namespace autocoin {

UpbitClient::UpbitClient(const ExchangeConfig &config, QObject *parent)
    : ExchangeClient(parent)
    , m_config(config)
    , m_transport(new HttpTransport(this))
{
    m_transport->setTimeout(config.timeout);
}

QUrl UpbitClient::endpoint(const QString &path, const QString &query) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    return url;
}

void UpbitClient::fetchTicker(const QString &market, TickerCallback done)
{
    const QUrl url = endpoint(QStringLiteral("/v1/ticker"), QStringLiteral("markets=") + market);
    m_transport->get(url, {}, [market, done = std::move(done)](const HttpResponse &response) {
        if (auto error = classifyResponse(response))
            return done(*error);
        done(upbit::parseTicker(response.body, market));
    });
}

void UpbitClient::cancelAll()
{
    m_transport->abortAll();
}

int UpbitClient::pendingRequests() const
{
    return m_transport->inFlight();
}

} // namespace autocoin
