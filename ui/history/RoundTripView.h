#pragma once

#include "history/RoundTrips.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QTimer;

namespace autocoin {

class EngineController;
class HistoryModel;
class HistoryView;
class StorageReader;

/// The completed round trips — entry and exit time and price, PnL in KRW and %, holding time and
/// why it ended (signal, stop, trailing stop, kill switch, warning) — built from the stored fills.
/// The database is read on the window's reader thread (never on the GUI thread: with PostgreSQL
/// that is a network call); the rows arrive as values. Read again a second after fills
/// are recorded. A storage error is shown above the table, never an empty table alone.
class RoundTripView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundTripView)

public:
    explicit RoundTripView(EngineController *controller, QWidget *parent = nullptr);

    /// Where the fills are read (the window model's reader); nullptr: nothing to read.
    void setReader(StorageReader *reader);
    void setTimeZone(const QTimeZone &zone);
    /// Reads the fills again (on the reader's thread).
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

    StorageReader *m_reader = nullptr;
    QTimeZone m_zone;
    HistoryModel *m_model;
    HistoryView *m_view;
    QLabel *m_error;
    QTimer *m_again;
    QList<RoundTripRow> m_trips;
    QString m_lastError;
};

} // namespace autocoin
