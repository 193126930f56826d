#include "history/RoundTripView.h"

#include "core/EngineController.h"
#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "status/EngineText.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/StorageReader.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace autocoin {

namespace {

constexpr int kTrades = 20000; ///< the newest fills read: trips whose buy is older are not listed

} // namespace

RoundTripView::RoundTripView(EngineController *controller, QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::utc())
    , m_model(new HistoryModel({}, kTrades, this))
    , m_view(new HistoryView(m_model, this))
    , m_error(new QLabel(this))
    , m_again(new QTimer(this))
{
    setObjectName(QStringLiteral("roundTripView"));
    m_view->setObjectName(QStringLiteral("roundTripsView"));
    m_error->setObjectName(QStringLiteral("roundTripError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_view);
    m_again->setSingleShot(true);
    m_again->setInterval(1000);
    connect(m_again, &QTimer::timeout, this, &RoundTripView::reload);
    if (controller) {
        // A fill may close a trip: read again shortly (fills come in bursts during a replay).
        connect(controller, &EngineController::tradeRecorded, this, [this](const TradeRecord &) {
            if (!m_again->isActive())
                m_again->start();
        });
    }
    retranslate();
}

void RoundTripView::setReader(StorageReader *reader)
{
    m_reader = reader;
    reload();
}

void RoundTripView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_view->setTimeZone(zone);
    rebuildRows();
}

void RoundTripView::reload()
{
    if (!m_reader)
        return;
    // The read and the pairing run on the reader's thread; only values cross back.
    m_reader->read(
        this,
        [](Database &database, StorageError *error) {
            const QList<TradeRecord> trades = TradeRepository(database).latest(kTrades, error);
            if (!error->message.isEmpty())
                return QList<RoundTripRow>();
            QStringList sells;
            for (const TradeRecord &t : trades) {
                if (t.side == OrderSide::Sell && !sells.contains(t.orderId))
                    sells.append(t.orderId);
            }
            const QHash<QString, QString> details = OrderRepository(database).firstDetails(sells, error);
            if (!error->message.isEmpty())
                return QList<RoundTripRow>();
            return roundTrips(trades, details);
        },
        [this](const QList<RoundTripRow> &trips, const StorageError &error) {
            apply(trips, error.message.isEmpty() ? QString() : error.describe());
        });
}

void RoundTripView::apply(const QList<RoundTripRow> &trips, const QString &error)
{
    m_lastError = error;
    if (error.isEmpty())
        m_trips = trips;
    rebuildRows();
    Q_EMIT loaded();
}

QString RoundTripView::holdingText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    const qint64 days = minutes / 1440;
    const qint64 hours = minutes / 60 % 24;
    const qint64 rest = minutes % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(rest, 2, 10, QLatin1Char('0'));
    return tr("%1 min").arg(rest);
}

void RoundTripView::rebuildRows()
{
    m_error->setVisible(!m_lastError.isEmpty());
    m_error->setText(tr("The round trips could not be read: %1").arg(m_lastError));
    const ReasonText words = uiWords();
    QList<HistoryRow> rows;
    for (const RoundTripRow &t : std::as_const(m_trips)) {
        HistoryRow row;
        row.key = t.market + u'/' + t.exitTime.toString(Qt::ISODateWithMs);
        row.market = t.market;
        row.time = t.exitTime;
        HistoryCell held = HistoryCell::plain(holdingText(t.entryTime.secsTo(t.exitTime)));
        held.sortKey = t.entryTime.secsTo(t.exitTime);
        held.alignment = Qt::AlignRight | Qt::AlignVCenter;
        const QString exit = t.exitReason.isEmpty()
                                 ? words.exit(t.exit)
                                 : words.exit(t.exit) + QStringLiteral(" — ") + words.render(t.exitReason);
        row.cells = {HistoryCell::time(t.entryTime, m_zone),
                     HistoryCell::plain(t.market),
                     HistoryCell::amount(t.entryPrice),
                     HistoryCell::time(t.exitTime, m_zone),
                     HistoryCell::amount(t.exitPrice),
                     HistoryCell::amount(t.quantity),
                     HistoryCell::pnl(t.pnl, 0),
                     HistoryCell::pnl(t.returnPercent, 2),
                     held,
                     HistoryCell::plain(words.exit(t.exit)),
                     HistoryCell::plain(t.paper ? tr("paper") : tr("live"))};
        row.toolTip = exit;
        rows.append(row);
    }
    m_model->setRows(rows);
}

void RoundTripView::retranslate()
{
    m_model->setHeaders({tr("Entry time"), tr("Market"), tr("Entry price"), tr("Exit time"), tr("Exit price"),
                         tr("Quantity"), tr("PnL KRW"), tr("PnL %"), tr("Held"), tr("Exit"), tr("Mode")});
    m_view->retranslate();
    rebuildRows();
}

void RoundTripView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace autocoin
