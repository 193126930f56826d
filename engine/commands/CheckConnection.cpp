#include "commands/CheckConnection.h"

#include "commands/Output.h"

#include "ExchangeClient.h"
#include "core/ApiKeyWatch.h"
#include "rest/ConnectionDiagnosis.h"
#include "session/AppSession.h"
#include "settings/AppSettings.h"

#include <QTimer>

namespace autocoin {

CheckConnection::CheckConnection(const AppSettings &settings, std::FILE *out, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_exchange(settings.exchange)
    , m_accessKey(settings.engineConfig().credentials.accessKey)
    , m_timeZone(settings.timeZone)
    , m_out(out)
    , m_err(err)
{
    m_client = createExchangeClient(settings.engineConfig().exchangeConfig(), this);
}

void CheckConnection::run()
{
    if (!m_client) {
        const QString line = QStringLiteral("autocoin: unknown exchange %1").arg(exchangeName(m_exchange));
        if (m_err)
            printLine(m_err, line);
        QTimer::singleShot(0, this, [this, line] {
            Q_EMIT reported(false, line);
            Q_EMIT finished(ExitBadInput);
        });
        return;
    }
    m_client->fetchBalances([this](const Result<QList<Balance>> &balances) {
        QStringList lines;
        const auto print = [&lines](std::FILE *stream, const QString &line) {
            lines.append(line);
            if (stream)
                printLine(stream, line);
        };
        if (balances.ok()) {
            print(m_out, QStringLiteral("%1: connected, the keys work. Balances:").arg(exchangeName(m_exchange)));
            for (const Balance &b : balances.value()) {
                print(m_out, QStringLiteral("  %1  available %2  locked %3")
                                 .arg(b.currency, -6)
                                 .arg(b.balance.toString(), b.locked.toString()));
            }
            reportExpiry(lines);
            return;
        }
        const ConnectionDiagnosis d = ConnectionDiagnosis::fromError(balances.error());
        print(m_err, QStringLiteral("autocoin: %1: %2").arg(exchangeName(m_exchange), d.summary));
        print(m_err, QStringLiteral("  what to do: ") + d.advice);
        Q_EMIT reported(false, lines.join(u'\n'));
        const bool auth = d.reason != ConnectionDiagnosis::Reason::Network &&
                          d.reason != ConnectionDiagnosis::Reason::RateLimited &&
                          d.reason != ConnectionDiagnosis::Reason::Exchange;
        Q_EMIT finished(auth ? ExitAuthentication : ExitNetwork);
    });
}

void CheckConnection::reportExpiry(QStringList lines)
{
    m_client->fetchApiKeys([this, lines](const Result<QList<ApiKeyInfo>> &keys) mutable {
        const auto print = [&lines](std::FILE *stream, const QString &line) {
            lines.append(line);
            if (stream)
                printLine(stream, line);
        };
        QString name = exchangeName(m_exchange);
        name[0] = name[0].toUpper(); // "Bithumb", as the exchange writes itself
        if (!keys.ok() && keys.error().kind == ExchangeError::Kind::Unsupported) {
            print(m_out, QStringLiteral("  API key expiry: not reported by %1").arg(name));
        } else if (!keys.ok()) {
            print(m_out, QStringLiteral("  API key expiry: could not be read (%1)").arg(keys.error().describe()));
        } else {
            const auto it = std::find_if(keys.value().cbegin(), keys.value().cend(),
                                         [this](const ApiKeyInfo &k) { return k.accessKey == m_accessKey; });
            if (it == keys.value().cend()) {
                print(m_out, QStringLiteral("  API key expiry: the key in use is not in %1's list").arg(name));
            } else if (!it->expireAt) {
                print(m_out, QStringLiteral("  API key expiry: none reported"));
            } else {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const int daysLeft = apiKeyDaysLeft(*it->expireAt, now);
                const QString text = ApiKeyWatch::describe(m_exchange, *it->expireAt, daysLeft, m_timeZone);
                if (now.secsTo(*it->expireAt) <= qint64(kApiKeyWarningDays) * 86400)
                    print(m_out, QStringLiteral("WARNING: ") + text);
                else
                    print(m_out, QStringLiteral("  ") + text);
            }
        }
        Q_EMIT reported(true, lines.join(u'\n'));
        Q_EMIT finished(ExitOk);
    });
}

} // namespace autocoin
