#pragma once

#include "notify/NotifyConfig.h"

#include <QList>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace autocoin {

/// The settings' "send a test message": one message to every destination of a configuration,
/// now, past the outbox, and what each destination answered — so the operator sees at once
/// whether the token, the chat ids and the webhook work.
class NotifyProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotifyProbe)

public:
    struct Result
    {
        QString destination; ///< "telegram:<chat id>" or "discord"
        bool ok = false;
        int status = 0;      ///< HTTP status, 0 when no answer came
        QString description; ///< the refusal or the network error, token and webhook taken out
    };

    explicit NotifyProbe(QObject *parent = nullptr);
    ~NotifyProbe() override;

    /// Sends `text` to every destination of `config`; `finished` once all have answered (at
    /// once, with no result, when none is configured).
    void run(const NotifyConfig &config, const QString &text);
    bool running() const { return m_pending > 0; }

Q_SIGNALS:
    void finished(const QList<autocoin::NotifyProbe::Result> &results);

private:
    QNetworkAccessManager *m_network;
    QList<Result> m_results;
    int m_pending = 0;
};

} // namespace autocoin
