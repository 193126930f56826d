#include "status/StatusPanel.h"

#include "portfolio/AccountBand.h"
#include "status/EngineText.h"
#include "status/Format.h"
#include "status/StateBadge.h"

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
    : QGroupBox(parent)
{
    auto *grid = new QGridLayout(this);
    // A band of two rows across the window, so the charts get the height.
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->setContentsMargins(8, 4, 8, 4);
    m_state = addRow(QT_TR_NOOP("Status"), QStringLiteral("statusValueLabel"), 0, 0);
    m_paperMode = addRow(QT_TR_NOOP("Paper Mode"), QStringLiteral("paperModeValueLabel"), 1, 0);
    // Price, signal and stop are the selected market's: the price's caption names it.
    m_lastPrice = addRow(QT_TR_NOOP("Last Price"), QStringLiteral("lastPriceValueLabel"), 0, 2);
    m_selectedCaption = m_captions.constLast().first;
    m_selectedCaption->setObjectName(QStringLiteral("lastPriceCaption"));
    m_signal = addRow(QT_TR_NOOP("Signal"), QStringLiteral("signalValueLabel"), 1, 2);
    m_stop = addRow(QT_TR_NOOP("Stop"), QStringLiteral("stopValueLabel"), 0, 4);
    m_exchange = addRow(QT_TR_NOOP("Exchange"), QStringLiteral("exchangeValueLabel"), 1, 4);
    m_iteration = addRow(QT_TR_NOOP("Iteration"), QStringLiteral("iterationValueLabel"), 0, 6);
    m_failures = addRow(QT_TR_NOOP("Failures / Max Failures"), QStringLiteral("failuresValueLabel"), 1, 6);
    m_threadAlive = addRow(QT_TR_NOOP("Thread Alive"), QStringLiteral("threadAliveValueLabel"), 0, 8);
    m_lastError = addRow(QT_TR_NOOP("Last Error"), QStringLiteral("lastErrorValueLabel"), 1, 8);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastError->setMinimumWidth(120);
    m_lastError->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long errors are elided, not widening
    // The list (up to 20 markets) or the universe and its choice: a line of its own, across, and
    // at its end where the prices come from.
    m_market = addRow(QT_TR_NOOP("Markets"), QStringLiteral("marketValueLabel"), 2, 0);
    grid->removeWidget(m_market);
    grid->addWidget(m_market, 2, 1, 1, 5, Qt::AlignLeft | Qt::AlignVCenter);
    m_feed = addRow(QT_TR_NOOP("Market Data"), QStringLiteral("feedValueLabel"), 2, 6);
    grid->removeWidget(m_feed);
    grid->addWidget(m_feed, 2, 7, 1, 3, Qt::AlignLeft | Qt::AlignVCenter);
    m_feed->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_feed->setMinimumWidth(160);
    m_feed->setTextFormat(Qt::RichText);
    m_market->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_market->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (int column : {1, 3, 5, 7})
        grid->setColumnStretch(column, 1);
    grid->setColumnStretch(9, 3);

    // The engine's internals (iteration, thread alive, failures while there are none) are details
    // for the state's tooltip, not the main view (issue 18); the labels stay for tests and tools.
    for (QLabel *detail : {m_iteration, m_threadAlive}) {
        detail->hide();
        captionOf(detail)->hide();
    }

    QFont priceFont = m_lastPrice->font();
    priceFont.setPointSizeF(priceFont.pointSizeF() * 1.35);
    priceFont.setBold(true);
    m_lastPrice->setFont(priceFont);

    retranslate();
}

void StatusPanel::retranslate()
{
    setTitle(tr("Engine"));
    for (const auto &[caption, source] : std::as_const(m_captions))
        caption->setText(tr(source) + u':');
    setStatus(m_status);
}

void StatusPanel::setSelectedMarket(const QString &market)
{
    if (market == m_selected)
        return;
    m_selected = market;
    setStatus(m_status);
}

QLabel *StatusPanel::addRow(const char *name, const QString &objectName, int row, int column)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    auto *caption = new QLabel(this);
    m_captions.append({caption, name});
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    grid->addWidget(caption, row, column, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(value, row, column + 1, Qt::AlignLeft | Qt::AlignVCenter);
    return value;
}

void StatusPanel::setFeed(FeedSource source, FeedState state, const QString &reason)
{
    m_status.feedSource = source;
    m_status.feedState = state;
    m_status.feedReason = reason;
    showFeed();
}

void StatusPanel::setPollInterval(std::chrono::milliseconds interval)
{
    if (interval == m_pollInterval)
        return;
    m_pollInterval = interval;
    showFeed();
}

void StatusPanel::showFeed()
{
    if (m_status.state == EngineState::Idle) {
        m_feed->setText(QStringLiteral("—")); // not running: no feed to speak of
        return;
    }
    const FeedSource source = m_status.feedSource;
    const FeedState state = m_status.feedState;
    const bool polling = feedIsPolling(source, state, m_status.feedReason);
    // Green when streaming, amber while it catches up, red when down (REST covers); polling by
    // choice is plain.
    QString colour;
    if (polling)
        colour = QString();
    else if (state == FeedState::Connected)
        colour = QStringLiteral("#16a34a");
    else if (state == FeedState::Stale || source == FeedSource::WebSocket)
        colour = QStringLiteral("#d97706");
    else
        colour = QStringLiteral("#dc2626");
    QString html =
        colour.isEmpty() ? QStringLiteral("○ ") : QStringLiteral("<span style=\"color:%1\">●</span> ").arg(colour);
    const QString words = feedText(source, state, m_status.feedReason, m_pollInterval).toHtmlEscaped();
    html += colour.isEmpty() || state == FeedState::Connected
                ? words
                : QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>").arg(colour, words);
    // The reason matters when something is wrong; "connected to …" says nothing new.
    const QString reason = state == FeedState::Connected || polling ? QString() : feedReasonText(m_status.feedReason);
    if (!reason.isEmpty())
        html += QStringLiteral(" · ") + reason.toHtmlEscaped();
    m_feed->setText(html);
}

void StatusPanel::setStatus(const EngineStatus &status)
{
    m_status = status;
    showFeed();
    m_state->setText(stateBadgeText(status));
    m_state->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; "
                                          "padding: 2px 10px; font-weight: bold; }")
                               .arg(stateBadgeColor(status)));
    m_paperMode->setText(status.paperMode ? tr("Yes (paper trading)") : tr("No — LIVE"));
    m_paperMode->setStyleSheet(status.paperMode ? QString() : QStringLiteral("color: #dc2626; font-weight: bold;"));
    m_threadAlive->setText(status.threadAlive ? tr("Yes") : tr("No"));
    m_exchange->setText(exchangeText(status.exchange));
    m_market->setText(marketsSummary(status.markets, status.universe));
    m_market->setToolTip(m_market->text());
    // The selected market's price, signal and stop (the first market's until one is selected).
    const MarketStatus *shown = status.find(m_selected);
    if (!shown && !status.perMarket.isEmpty())
        shown = &status.perMarket.constFirst();
    const QString code = shown ? shown->market : m_selected;
    m_selectedCaption->setText(code.isEmpty() ? QString(tr("Last Price") + u':')
                                              : QString(tr("Last Price") + QStringLiteral(" · ") + code + u':'));
    m_lastPrice->setText(shown && shown->lastPrice ? formatWonPrice(*shown->lastPrice) : QStringLiteral("—"));
    QString signal = !shown || !shown->signal ? QStringLiteral("—") : signalTypeText(*shown->signal);
    const QString warning = shown ? marketWarningText(shown->warning) : QString();
    if (!warning.isEmpty())
        signal += QStringLiteral("  ⚠ ") + warning;
    m_signal->setText(signal);
    m_signal->setStyleSheet(warning.isEmpty() ? QString() : QStringLiteral("color: #d97706;"));
    if (shown && shown->stopPrice)
        m_stop->setText(formatWonPrice(*shown->stopPrice) +
                        (shown->trailingStop ? QStringLiteral(" (") + tr("trailing") + u')' : QString()));
    else
        m_stop->setText(QStringLiteral("—"));
    m_iteration->setText(QString::number(status.iteration));
    m_failures->setText(QStringLiteral("%1 / %2").arg(status.failures).arg(status.maxFailures));
    m_failures->setStyleSheet(status.failures > 0 ? QStringLiteral("color: #d97706; font-weight: bold;") : QString());
    // A known reason ("kill switch") in the reasons' words; an ERROR cause or a failure the window
    // knows in its language; the whole of it in the tooltip (the label elides): in English the
    // engine's own words, as in the log file, in Korean the same Korean (no exchange's English).
    const Reason knownError = Reason::fromEnglish(status.lastError);
    m_lastError->setText(status.lastError.isEmpty() ? QStringLiteral("—")
                         : knownError.isEmpty()     ? errorCauseText(status.lastError)
                                                    : uiWords().render(knownError));
    m_lastError->setToolTip(uiKorean() ? m_lastError->text() : status.lastError);
    // The kill switch is the operator's own stop, not a failure: not under "Last Error".
    captionOf(m_lastError)
        ->setText((knownError.code() == ReasonCode::KillSwitch ? tr("Stopped by") : tr("Last Error")) + u':');
    // Failures show in the view while there are some; the rest is in the details.
    m_failures->setVisible(status.failures > 0);
    captionOf(m_failures)->setVisible(status.failures > 0);
    const QString details = tr("Iteration: %1\nThread alive: %2\nFailures: %3 / %4")
                                .arg(status.iteration)
                                .arg(status.threadAlive ? tr("Yes") : tr("No"))
                                .arg(status.failures)
                                .arg(status.maxFailures);
    m_state->setToolTip(details);
    setToolTip(details);
}

QLabel *StatusPanel::captionOf(QLabel *value) const
{
    auto *grid = static_cast<QGridLayout *>(layout());
    for (const auto &entry : m_captions) {
        QLabel *caption = entry.first;
        int row = 0;
        int column = 0;
        int rowSpan = 0;
        int columnSpan = 0;
        grid->getItemPosition(grid->indexOf(value), &row, &column, &rowSpan, &columnSpan);
        int captionRow = 0;
        int captionColumn = 0;
        grid->getItemPosition(grid->indexOf(caption), &captionRow, &captionColumn, &rowSpan, &columnSpan);
        if (captionRow == row && captionColumn == column - 1)
            return caption;
    }
    return value; // never: every value has its caption
}

} // namespace autocoin
