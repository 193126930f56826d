#pragma once

#include "core/Exchange.h"

#include <QObject>

#include <cstdio>

namespace autocoin {

class ExchangeClient;
struct AppSettings;

/// `autocoin check-connection`: signs and sends one balance request with the configured keys and
/// prints the balances, or the reason it failed and what to do; then, on Upbit, when the key
/// expires (a warning within 7 days, or once expired; Bithumb does not report it). Finishes with
/// `finished(code)`: 0 success, 4 authentication (wrong key, IP, permission, clock), 5 network or
/// exchange. The expiry never changes the code: the keys work today.
class CheckConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckConnection)

public:
    /// `out` and `err` may be null (the settings dialog reads `reported` instead).
    CheckConnection(const AppSettings &settings, std::FILE *out, std::FILE *err, QObject *parent = nullptr);

    void run();

Q_SIGNALS:
    void finished(int exitCode);
    /// What was printed, as one text: the balances, or the reason and what to do.
    void reported(bool ok, const QString &text);

private:
    /// After the balances: the key's expiry, then finished(ExitOk). `lines` is what was printed.
    void reportExpiry(QStringList lines);

    ExchangeClient *m_client = nullptr;
    Exchange m_exchange = Exchange::Upbit;
    QString m_accessKey;
    QString m_timeZone;
    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace autocoin
