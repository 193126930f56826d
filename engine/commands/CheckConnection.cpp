#include "commands/CheckConnection.h"

#include "commands/Output.h"

#include "ExchangeClient.h"
#include "rest/ConnectionDiagnosis.h"
#include "session/AppSession.h"
#include "settings/AppSettings.h"

#include <QTimer>

namespace autocoin {

CheckConnection::CheckConnection(const AppSettings &settings, std::FILE *out, std::FILE *err, QObject *parent)
    : QObject(parent)
    , m_exchange(settings.exchange)
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
            Q_EMIT reported(true, lines.join(u'\n'));
            Q_EMIT finished(ExitOk);
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

} // namespace autocoin
