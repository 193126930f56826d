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
        printLine(m_err, QStringLiteral("autocoin: unknown exchange %1").arg(m_exchange));
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(ExitBadInput); });
        return;
    }
    m_client->fetchBalances([this](const Result<QList<Balance>> &balances) {
        if (balances.ok()) {
            printLine(m_out, QStringLiteral("%1: connected, the keys work. Balances:").arg(m_exchange));
            for (const Balance &b : balances.value()) {
                printLine(m_out, QStringLiteral("  %1  available %2  locked %3")
                                     .arg(b.currency, -6)
                                     .arg(b.balance.toString(), b.locked.toString()));
            }
            Q_EMIT finished(ExitOk);
            return;
        }
        const ConnectionDiagnosis d = ConnectionDiagnosis::fromError(balances.error());
        printLine(m_err, QStringLiteral("autocoin: %1: %2").arg(m_exchange, d.summary));
        printLine(m_err, QStringLiteral("  what to do: ") + d.advice);
        const bool auth = d.reason != ConnectionDiagnosis::Reason::Network &&
                          d.reason != ConnectionDiagnosis::Reason::RateLimited &&
                          d.reason != ConnectionDiagnosis::Reason::Exchange;
        Q_EMIT finished(auth ? ExitAuthentication : ExitNetwork);
    });
}

} // namespace autocoin
