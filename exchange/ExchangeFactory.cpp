#include "ExchangeClient.h"
#include "replay/ReplayClient.h"
#include "rest/RestExchangeClient.h"

#include <QTimer>

namespace autocoin {

void ExchangeClient::fetchApiKeys(Callback<QList<ApiKeyInfo>> done)
{
    ExchangeError error;
    error.kind = ExchangeError::Kind::Unsupported;
    error.message = QStringLiteral("%1 does not report API key expiry").arg(exchangeName(exchange()));
    answerLater<QList<ApiKeyInfo>>(std::move(done), error);
}

void ExchangeClient::postAnswer(std::function<void(bool abandoned)> answer)
{
    const quint64 id = ++m_lastPosted;
    m_posted.emplace(id, std::move(answer));
    QTimer::singleShot(0, this, [this, id] { deliverPosted(id); });
}

void ExchangeClient::deliverPosted(quint64 id)
{
    const auto it = m_posted.find(id);
    if (it == m_posted.end())
        return; // abandoned already
    const auto answer = std::move(it->second);
    m_posted.erase(it);
    answer(false);
}

void ExchangeClient::abandonPostedAnswers()
{
    while (!m_posted.empty()) {
        const auto answer = std::move(m_posted.begin()->second);
        m_posted.erase(m_posted.begin());
        answer(true);
    }
}

ExchangeError ExchangeClient::abandonedError()
{
    ExchangeError error;
    error.kind = ExchangeError::Kind::Cancelled;
    error.message = QStringLiteral("request abandoned");
    return error;
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
