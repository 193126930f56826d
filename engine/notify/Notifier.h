#pragma once

#include "core/EngineStatus.h"
#include "core/Exchange.h"
#include "execution/Execution.h"
#include "notify/NotifyConfig.h"
#include "notify/NotifyText.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

class QThread;
class QTimer;

namespace autocoin {

class EngineController;
class NotifyWorker;

/// The notify module's main-thread face: turns the engine's events into messages in the app's
/// language and hands them to its worker thread (outbox, senders, Telegram polling), so neither
/// the engine's thread nor the GUI's ever waits for a database write or the network. Also keeps
/// the daily summary's clock and the figures the Telegram commands answer with.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(const NotifyConfig &config, QObject *parent = nullptr);
    ~Notifier() override;

    const NotifyConfig &config() const { return m_config; }
    const NotifyText &text() const { return m_text; }
    /// The latest equity the engine reported, if any (for /balance, /positions, /pnl, the summary).
    const std::optional<EquityPoint> &lastEquity() const { return m_equity; }

    /// Sends the engine's events (see docs/INTERFACE.md "Notifications"); once.
    void attach(EngineController *controller);
    /// Lets the sends in flight finish (bounded), then joins the worker thread. Idempotent.
    void shutdown();

public Q_SLOTS:
    /// `text` to every destination.
    void notify(const QString &text);
    /// `text` to one Telegram chat (a command's answer).
    void reply(const QString &chatId, const QString &text);
    /// The entry point for the API key check: "the key of `exchange` expires at `expireAt`".
    /// Sent once per exchange and day however often the check runs.
    void keyExpiring(autocoin::Exchange exchange, const QDateTime &expireAt);
    /// The daily summary now (the timer calls it at DAILY_SUMMARY_AT).
    void sendDailySummary();

Q_SIGNALS:
    /// A message from an allowed Telegram chat (TelegramCommands answers it).
    void commandReceived(const QString &chatId, const QString &text);
    /// A message was accepted by its destination (for tests and diagnostics).
    void delivered(const QString &destination, qint64 id);

private:
    void scheduleSummary();
    QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    NotifyConfig m_config;
    NotifyText m_text;
    QThread *m_thread;
    QPointer<NotifyWorker> m_worker;
    QTimer *m_summaryTimer;
    QPointer<EngineController> m_controller;
    std::optional<EquityPoint> m_equity;
    QSet<QString> m_warningsToCheck; ///< warnings changed by the last market sync, checked on the next status
    QHash<int, QDate> m_keyWarned;
    QString m_stopReason; ///< why the engine went to STOPPING, for the "stopped" message   ///< exchange → the day its
                          ///< expiry was last sent
};

} // namespace autocoin
