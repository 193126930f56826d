#pragma once

#include "core/Decimal.h"
#include "core/EngineState.h"
#include "core/EngineStatus.h"
#include "core/Exchange.h"
#include "execution/Execution.h"
#include "notify/NotifyConfig.h"
#include "storage/Records.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace autocoin {

/// What the day's summary reports.
struct DailySummary
{
    QDate date;                        ///< in APP_TIMEZONE
    Decimal realizedPnl;               ///< the day's, from pnl_daily
    std::optional<EquityPoint> equity; ///< the latest the engine reported; none before the first
    int trades = 0;                    ///< fills on that day
};

/// Every text the notifier sends, in English or in Korean (written as a Korean trader reads it,
/// not translated word by word). Amounts in KRW with thousands separators. Pure: tested alone.
class NotifyText
{
public:
    explicit NotifyText(NotifyLanguage language)
        : m_ko(language == NotifyLanguage::Korean)
    {}

    /// "1,234,568 KRW" / "1,234,568원": rounded to the won; `sign` puts + before a gain.
    QString krw(const Decimal &amount, bool sign = false) const;
    /// A price: every digit kept (a coin under 1 KRW has decimals), thousands separated.
    QString price(const Decimal &value) const;

    QString stateName(EngineState state) const;
    QString exchangeName(Exchange exchange) const;

    /// A state change worth a message, or empty (the passage through STOPPING is not).
    QString stateChanged(EngineState from, EngineState to, const QString &reason, const EngineStatus &status) const;
    /// The kill switch engaged or released without a state change (pulled outside RUNNING,
    /// released by Reset in IDLE); `state` is the engine's, unchanged.
    QString killSwitchChanged(bool engaged, EngineState state) const;
    QString fill(const TradeRecord &trade) const;
    QString dailyLossLimit(const QString &reason) const;
    /// The engine's notice (TradingEngine::executionNotice) under its heading.
    QString executionNotice(const Reason &notice) const;
    QString marketWarning(const QString &market, const QString &warning) const;
    QString keyExpiring(Exchange exchange, const QDateTime &expireAt, const QDateTime &now,
                        const QString &timeZone) const;
    QString dailySummary(const DailySummary &summary) const;

    // Answers to Telegram commands.
    QString status(const EngineStatus &status) const;
    QString balance(const std::optional<EquityPoint> &equity) const;
    QString positions(const std::optional<EquityPoint> &equity) const;
    QString pnl(const std::optional<EquityPoint> &equity) const;
    QString commandSent(EngineCommand command) const;
    QString refused(const QString &command, const QString &reason, EngineState state, bool killed = false) const;
    QString killAsk() const;
    QString killNothingToConfirm() const;
    QString killDone() const;
    QString help() const;
    QString unknownCommand() const;

private:
    QString reasonText(const QString &reason) const;
    QString positionLines(const QList<PositionValue> &positions) const;
    bool m_ko;
};

} // namespace autocoin
