#pragma once

#include "core/Decimal.h"

#include <QFrame>

class QLabel;

namespace autocoin {

struct AccountSummary;
class WindowModel;

/// The always-visible money band above the charts (as Upbit's 투자내역): KRW cash, value of coins,
/// total equity, unrealised PnL and its return, today's realised PnL, the total since the account
/// started, and a paper / live badge. Amounts in KRW with thousands separators; gains red and
/// losses blue, as Korean exchanges colour them. Each value label's object name ends in
/// "BandValue" so tests and accessibility tools can find it.
class AccountBand final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountBand)

public:
    explicit AccountBand(WindowModel *model, QWidget *parent = nullptr);

    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    [[nodiscard]] QString pnlStyle(const Decimal &value) const;
    QLabel *addField(const QString &objectName);

    WindowModel *m_model;
    QList<QLabel *> m_captions;
    QLabel *m_badge;
    QLabel *m_cash;
    QLabel *m_coins;
    QLabel *m_total;
    QLabel *m_unrealised;
    QLabel *m_today;
    QLabel *m_sinceStart;
};

/// "1,234,568원" (rounded to the won) in Korean, "1,234,568 KRW" otherwise; signed when `sign`.
QString formatWon(const Decimal &value, bool sign = false);
/// A price in won as it is (no rounding: a coin may cost less than a won), "63,570,000원".
QString formatWonPrice(const Decimal &price);
/// "+1.23%" (two decimals, signed when positive).
QString formatPercent(const Decimal &percent);

} // namespace autocoin
