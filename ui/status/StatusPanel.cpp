#include "status/StatusPanel.h"

#include "status/Format.h"

#include <QGridLayout>
#include <QLabel>

namespace autocoin {

QString stateColor(EngineState state)
{
    switch (state) {
    case EngineState::Idle:
        return QStringLiteral("#6b7280");
    case EngineState::Running:
        return QStringLiteral("#16a34a");
    case EngineState::Stopping:
        return QStringLiteral("#d97706");
    case EngineState::Error:
        return QStringLiteral("#dc2626");
    }
    return QStringLiteral("#6b7280");
}

StatusPanel::StatusPanel(QWidget *parent)
    : QGroupBox(tr("Engine"), parent)
{
    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    m_state = addRow(tr("Status"), QStringLiteral("statusValueLabel"), 0, 0);
    m_paperMode = addRow(tr("Paper Mode"), QStringLiteral("paperModeValueLabel"), 1, 0);
    m_threadAlive = addRow(tr("Thread Alive"), QStringLiteral("threadAliveValueLabel"), 2, 0);
    m_exchange = addRow(tr("Exchange"), QStringLiteral("exchangeValueLabel"), 3, 0);
    m_market = addRow(tr("Market"), QStringLiteral("marketValueLabel"), 4, 0);
    m_lastPrice = addRow(tr("Last Price"), QStringLiteral("lastPriceValueLabel"), 0, 2);
    m_signal = addRow(tr("Signal"), QStringLiteral("signalValueLabel"), 1, 2);
    m_iteration = addRow(tr("Iteration"), QStringLiteral("iterationValueLabel"), 2, 2);
    m_failures = addRow(tr("Failures / Max Failures"), QStringLiteral("failuresValueLabel"), 3, 2);
    m_lastError = addRow(tr("Last Error"), QStringLiteral("lastErrorValueLabel"), 4, 2);
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);

    QFont priceFont = m_lastPrice->font();
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.6);
    priceFont.setBold(true);
    m_lastPrice->setFont(priceFont);

    setStatus(EngineStatus{});
}

QLabel *StatusPanel::addRow(const QString &name, const QString &objectName, int row, int column)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *caption = new QLabel(name + u':', this);
    caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    grid->addWidget(caption, row, column, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(value, row, column + 1, Qt::AlignLeft | Qt::AlignVCenter);
    return value;
}

void StatusPanel::setStatus(const EngineStatus &status)
{
    m_state->setText(stateName(status.state));
    m_state->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                                          "padding: 2px 10px; font-weight: bold; }")
                               .arg(stateColor(status.state)));
    m_paperMode->setText(status.paperMode ? tr("Yes (paper trading)") : tr("No — LIVE"));
    m_paperMode->setStyleSheet(status.paperMode ? QString() : QStringLiteral("color: #dc2626; font-weight: bold;"));
    m_threadAlive->setText(status.threadAlive ? tr("Yes") : tr("No"));
    m_exchange->setText(status.exchange.isEmpty() ? QStringLiteral("—") : status.exchange);
    m_market->setText(status.market.isEmpty() ? QStringLiteral("—") : status.market);
    m_lastPrice->setText(status.lastPrice ? formatAmount(*status.lastPrice) + QStringLiteral(" KRW")
                                          : QStringLiteral("—"));
    m_signal->setText(status.signal.isEmpty() ? QStringLiteral("—") : status.signal);
    m_iteration->setText(QString::number(status.iteration));
    m_failures->setText(QStringLiteral("%1 / %2").arg(status.failures).arg(status.maxFailures));
    m_failures->setStyleSheet(status.failures > 0 ? QStringLiteral("color: #d97706; font-weight: bold;") : QString());
    m_lastError->setText(status.lastError.isEmpty() ? QStringLiteral("—") : status.lastError);
}

} // namespace autocoin
