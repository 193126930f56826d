#pragma once

#include "history/RoundTrips.h"
#include "storage/DatabaseUrl.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QThread;
class QTimer;

namespace autocoin {

class EngineController;
class HistoryModel;
class HistoryView;

/// The completed round trips — entry and exit time and price, PnL in KRW and %, holding time and
/// why it ended (signal, stop, trailing stop, kill switch, warning) — built from the stored fills.
/// The database is read on a worker thread with its own connection (never on the GUI thread: with
/// PostgreSQL that is a network call); the rows arrive as values. Read again a second after fills
/// are recorded. A storage error is shown above the table, never an empty table alone.
class RoundTripView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundTripView)

public:
    explicit RoundTripView(EngineController *controller, QWidget *parent = nullptr);
    ~RoundTripView() override;

    /// Where the fills are (the worker opens its own connection to it); nullopt: nothing to read.
    void setDatabaseUrl(const std::optional<DatabaseUrl> &url);
    void setTimeZone(const QTimeZone &zone);
    /// Reads the fills again (on the worker); a read under way is followed by one more.
    void reload();
    void retranslate();

    HistoryModel *model() const { return m_model; }
    const QList<RoundTripRow> &trips() const { return m_trips; }
    /// "3 h 05 min" / "3시간 05분": how long a trip was held.
    static QString holdingText(qint64 seconds);

Q_SIGNALS:
    /// The rows of a read were applied (or its error shown).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply(const QList<RoundTripRow> &trips, const QString &error);
    void rebuildRows();

    std::optional<DatabaseUrl> m_url;
    QTimeZone m_zone;
    HistoryModel *m_model;
    HistoryView *m_view;
    QLabel *m_error;
    QTimer *m_again;
    QThread *m_worker = nullptr;
    bool m_pending = false;
    QList<RoundTripRow> m_trips;
    QString m_lastError;
};

} // namespace autocoin
