#include "portfolio/AccountBand.h"

#include "model/WindowModel.h"
#include "status/Format.h"
#include "status/PnlColors.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace autocoin {

namespace {

/// `number` with the won after it, in the window's language.
QString withWon(const QString &number)
{
    //: An amount of won after the number: "1,234,568원"
    return QCoreApplication::translate("autocoin::AccountBand", "%1 KRW").arg(number);
}

} // namespace

QString formatWon(const Decimal &value, bool sign)
{
    QString text = formatAmount(value.rounded(0, Decimal::Rounding::HalfUp));
    if (text == u"-0")
        text = QStringLiteral("0");
    if (sign && value.rounded(0, Decimal::Rounding::HalfUp).isPositive())
        text.prepend(u'+');
    return withWon(text);
}

QString formatWonPrice(const Decimal &price)
{
    return withWon(formatAmount(price));
}

QString formatPercent(const Decimal &percent)
{
    const Decimal rounded = percent.rounded(2, Decimal::Rounding::HalfUp);
    return (rounded.isPositive() ? QStringLiteral("+") : QString()) + rounded.toString(2) + u'%';
}

AccountBand::AccountBand(WindowModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_badge(new QLabel(this))
{
    setObjectName(QStringLiteral("accountBand"));
    setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 4, 10, 4);
    row->setSpacing(18);
    m_badge->setObjectName(QStringLiteral("modeBandValue"));
    row->addWidget(m_badge, 0, Qt::AlignVCenter);
    m_total = addField(QStringLiteral("totalBandValue"));
    m_cash = addField(QStringLiteral("cashBandValue"));
    m_coins = addField(QStringLiteral("coinsBandValue"));
    m_unrealised = addField(QStringLiteral("unrealisedBandValue"));
    m_today = addField(QStringLiteral("todayBandValue"));
    m_sinceStart = addField(QStringLiteral("sinceStartBandValue"));
    row->addStretch(1);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_total->setFont(big);
    connect(model, &WindowModel::changed, this, &AccountBand::refresh);
    retranslate();
}

QLabel *AccountBand::addField(const QString &objectName)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(0);
    auto *caption = new QLabel(this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addWidget(caption);
    box->addWidget(value);
    static_cast<QHBoxLayout *>(layout())->addLayout(box);
    m_captions.append(caption);
    return value;
}

void AccountBand::retranslate()
{
    const QStringList captions = {tr("Total equity"),   tr("KRW cash"),       tr("Coins value"),
                                  tr("Unrealised PnL"), tr("Today realised"), tr("Total since start")};
    for (qsizetype i = 0; i < m_captions.size(); ++i)
        m_captions[i]->setText(captions.value(i));
    refresh();
}

QString AccountBand::pnlStyle(const Decimal &value) const
{
    // Korean exchanges show a gain in red and a loss in blue: in this palette's shades.
    const std::optional<QColor> color = pnl::colorFor(value, palette());
    return color ? QStringLiteral("color: %1;").arg(color->name()) : QString();
}

void AccountBand::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh(); // a dark palette takes the lighter profit and loss colours
}

void AccountBand::refresh()
{
    const AccountSummary a = m_model->account();
    m_badge->setText(a.paper ? tr("PAPER") : tr("LIVE"));
    m_badge->setToolTip(a.paper ? tr("Paper trading: simulated orders, no real money")
                                : tr("Live trading: real orders with real money"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                                          "padding: 3px 10px; font-weight: bold; }")
                               .arg(a.paper ? QStringLiteral("#2563eb") : QStringLiteral("#dc2626")));
    if (!a.valued) {
        for (QLabel *label : {m_total, m_cash, m_coins, m_unrealised, m_today, m_sinceStart}) {
            label->setText(QStringLiteral("—"));
            label->setStyleSheet(QString());
        }
        if (a.stored) { // paper: its balance is known before the engine runs
            m_total->setText(formatWon(a.total));
            m_cash->setText(formatWon(a.cash));
            m_coins->setText(formatWon(a.coins));
            setToolTip(tr("The paper account as stored (coins at what they cost): the engine values it once it "
                          "runs"));
            return;
        }
        setToolTip(a.storedError.isEmpty() ? tr("The account is valued by the engine once it runs")
                                           : tr("The paper account could not be read: %1").arg(a.storedError));
        return;
    }
    setToolTip(QString());
    m_total->setText(formatWon(a.total));
    m_cash->setText(formatWon(a.cash));
    m_coins->setText(formatWon(a.coins));
    m_unrealised->setText(
        formatWon(a.unrealised, true) +
        (a.unrealisedPct ? QStringLiteral(" (") + formatPercent(*a.unrealisedPct) + u')' : QString()));
    m_unrealised->setStyleSheet(pnlStyle(a.unrealised));
    m_today->setText(a.todayRealised ? formatWon(*a.todayRealised, true) : QStringLiteral("—"));
    m_today->setStyleSheet(a.todayRealised ? pnlStyle(*a.todayRealised) : QString());
    m_sinceStart->setText(
        formatWon(a.sinceStart, true) +
        (a.sinceStartPct ? QStringLiteral(" (") + formatPercent(*a.sinceStartPct) + u')' : QString()));
    m_sinceStart->setStyleSheet(pnlStyle(a.sinceStart));
    m_sinceStart->setToolTip(tr("Realised %1 + unrealised %2 since the account started")
                                 .arg(formatWon(a.realised, true), formatWon(a.unrealised, true)));
}

} // namespace autocoin
