#include "why/WhyPanel.h"

#include "core/EngineController.h"
#include "why/WhyText.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace autocoin {

WhyPanel::WhyPanel(EngineController *controller, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_timing(new QLabel(this))
    , m_zone(QTimeZone::utc())
    , m_queueTimer(new QTimer(this))
{
    m_queueTimer->setSingleShot(true);
    m_queueTimer->setInterval(100);
    connect(m_queueTimer, &QTimer::timeout, this, &WhyPanel::showQueued);
    setObjectName(QStringLiteral("whyPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("whyTitle"));
    m_headline->setObjectName(QStringLiteral("whyHeadline"));
    m_detail->setObjectName(QStringLiteral("whyDetail"));
    m_timing->setObjectName(QStringLiteral("whyTiming"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Secondary lines in the palette's placeholder colour: readable in light and dark palettes.
    for (QLabel *label : {m_detail, m_timing}) {
        label->setForegroundRole(QPalette::PlaceholderText);
        QFont secondary = label->font();
        secondary.setPointSizeF(secondary.pointSizeF() * 0.92);
        label->setFont(secondary);
    }
    // Beside the engine panel: the title, the headline, the reason and the timing, one under the
    // other, each wrapping within the panel's width.
    m_timing->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(0);
    for (QLabel *label : {m_title, m_headline, m_detail, m_timing})
        layout->addWidget(label);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    if (controller) {
        m_running = controller->state() == EngineState::Running;
        connect(controller, &EngineController::signalGenerated, this, &WhyPanel::queueDecision);
        connect(controller, &EngineController::dailyLossLimitReached, this, [this](const QString &reason) {
            m_accountBlock = Reason::fromEnglish(reason);
            if (m_accountBlock.isEmpty())
                m_accountBlock = Reason(ReasonCode::DailyLossLimit);
            refresh();
        });
        connect(controller, &EngineController::stateChanged, this,
                [this](EngineState from, EngineState to, const QString &reason) {
                    m_running = to == EngineState::Running;
                    if (to == EngineState::Error && reason == u"kill switch")
                        m_accountBlock = Reason(ReasonCode::KillSwitch);
                    else if (from == EngineState::Error && to == EngineState::Idle)
                        m_accountBlock = {}; // reset: the operator has looked
                    refresh();
                });
        // Pulled while IDLE (no state change) it blocks entries all the same; Reset there releases it.
        connect(controller, &EngineController::killSwitchChanged, this, [this](bool engaged, bool) {
            if (engaged)
                m_accountBlock = Reason(ReasonCode::KillSwitch);
            else if (m_accountBlock.code() == ReasonCode::KillSwitch)
                m_accountBlock = {};
            refresh();
        });
    }
    refresh();
}

void WhyPanel::setMarket(const QString &market)
{
    m_market = market;
    refresh();
}

void WhyPanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void WhyPanel::showDecision(const SignalRecord &signal)
{
    m_last.insert(signal.symbol, signal);
    // An entry taken: whatever blocked entries account-wide has lifted (a new day).
    if (signal.signalType == SignalType::Buy && m_accountBlock.code() == ReasonCode::DailyLossLimit)
        m_accountBlock = {};
    if (m_market.isEmpty() || signal.symbol == m_market)
        refresh();
    else
        Q_EMIT explained(signal.symbol, whyText(signal, m_zone, m_accountBlock, m_running));
}

void WhyPanel::queueDecision(const SignalRecord &signal)
{
    m_queued.insert(signal.symbol, signal);
    if (!m_queueTimer->isActive())
        m_queueTimer->start();
}

void WhyPanel::showQueued()
{
    const QHash<QString, SignalRecord> queued = std::exchange(m_queued, {});
    for (const SignalRecord &signal : queued)
        showDecision(signal);
}

QString WhyPanel::text() const
{
    QStringList lines{m_headline->text()};
    for (const QLabel *label : {m_detail, m_timing}) {
        if (!label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(u'\n');
}

void WhyPanel::refresh()
{
    m_title->setText(m_market.isEmpty() ? tr("Why no trade?") : tr("Why no trade? — %1").arg(m_market));
    const WhyLines lines = whyLines(m_last.value(m_market), m_zone, m_accountBlock, m_running);
    m_headline->setText(lines.headline);
    m_detail->setText(lines.detail);
    m_detail->setVisible(!lines.detail.isEmpty());
    m_timing->setText(lines.timing);
    // A refused BUY in the palette's link colour would look clickable: the warning colour instead.
    m_headline->setStyleSheet(lines.blocked ? QStringLiteral("color: #e65100;") : QString());
    setToolTip(whyText(m_last.value(m_market), m_zone, m_accountBlock, m_running));
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it)
        Q_EMIT explained(it.key(), whyText(it.value(), m_zone, m_accountBlock, m_running));
}

void WhyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace autocoin
