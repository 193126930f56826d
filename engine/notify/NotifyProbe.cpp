#include "notify/NotifyProbe.h"

#include "notify/NotifyHttp.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace autocoin {

NotifyProbe::NotifyProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

NotifyProbe::~NotifyProbe() = default;

void NotifyProbe::run(const NotifyConfig &config, const QString &text)
{
    if (m_pending > 0)
        return;
    m_results.clear();
    const QStringList destinations = config.destinations();
    if (destinations.isEmpty()) {
        Q_EMIT finished(m_results);
        return;
    }
    m_pending = static_cast<int>(destinations.size());
    for (const QString &destination : destinations) {
        QByteArray body;
        const QNetworkRequest request = notifyhttp::messageRequest(config, destination, text, &body);
        QNetworkReply *reply = m_network->post(request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, destination, config] {
            reply->deleteLater();
            Result result;
            result.destination = destination;
            result.status = notifyhttp::httpStatus(reply);
            const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
            result.ok = notifyhttp::accepted(destination, result.status, answer);
            if (!result.ok) {
                result.description = notifyhttp::refusal(config, answer);
                if (result.description.isEmpty() && reply->error() != QNetworkReply::NoError)
                    result.description = notifyhttp::redacted(config, reply->errorString());
            }
            m_results.append(result);
            if (--m_pending == 0)
                Q_EMIT finished(m_results);
        });
    }
}

} // namespace autocoin
