#pragma once

#include "core/Decimal.h"
#include "core/EngineStatus.h"
#include "execution/Execution.h"
#include "storage/Records.h"
#include "strategy/StrategyParameters.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <optional>

class QTimer;

namespace autocoin {

class Database;
class EngineController;
class StorageReader;

/// The account as the window's band shows it: the engine's own numbers (its latest equity point),
/// plus today's realised PnL from `pnl_daily` (read off the GUI thread).
struct AccountSummary
{
    bool valued = false; ///< an equity point has come (before: the engine has not valued the account)
    bool paper = true;
    QDateTime asOf;
    Decimal cash;
    Decimal coins;                        ///< the positions' value at the last prices
    Decimal total;                        ///< cash + coins: the engine's equity
    Decimal unrealised;                   ///< of the open positions
    std::optional<Decimal> unrealisedPct; ///< against their cost; none without a position
    Decimal realised;                     ///< since the account started (the ledger's)
    std::optional<Decimal> todayRealised; ///< today's row of pnl_daily, once read
    Decimal sinceStart;                   ///< realised + unrealised
    std::optional<Decimal> sinceStartPct; ///< against the starting capital (total − sinceStart)
    /// Not valued yet, paper mode: cash, coins and total are the paper account as stored (its
    /// starting balance and the paper fills since; coins at what they cost), not the engine's.
    bool stored = false;
    QString storedError; ///< not valued, paper mode: the stored paper account could not be read
};

/// One market as the watchlist shows it.
struct MarketView
{
    QString market;
    QString koreanName;
    QString warning; ///< the engine's flags, else the market table's ("" or NONE: none)
    bool traded = true;
    std::optional<Decimal> lastPrice;
    std::optional<Decimal> change24h; ///< a fraction (0.0123 = +1.23 %) against the price 24 h before
    std::optional<SignalType> signal;
    QDateTime signalTime;
    std::optional<Decimal> quantity;
    std::optional<Decimal> averagePrice;
    std::optional<Decimal> unrealised;
    std::optional<Decimal> unrealisedPct;
};

/// The GUI-side face of the engine (in the spirit of Bitcoin Core's ClientModel): it receives what
/// the engine sends through the EngineController — status, ticks, signals, equity (account and
/// positions) — keeps the latest of each, and tells the views at most every 100 ms (a replay at
/// full speed sends hundreds a second). What only the database knows (Korean names and warning
/// levels, stored positions before a run, the price 24 h ago, today's realised PnL) is read by
/// its StorageReader on a worker thread and arrives as values: nothing here queries on the GUI
/// thread.
class WindowModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowModel)

public:
    explicit WindowModel(EngineController *controller, QObject *parent = nullptr);
    ~WindowModel() override;

    /// Reads through a connection of its own to `database`'s URL, on a worker thread (the
    /// connection given is not used: it belongs to the GUI thread). nullptr: no reads.
    void setDatabase(const Database *database);
    /// The worker the window's views read the database through (nullptr before setDatabase).
    StorageReader *reader() const { return m_reader; }

    EngineStatus status() const { return m_status; }
    /// The engine's latest valuation; before it (paper mode) the paper account as stored.
    AccountSummary account() const;
    /// The paper account's balance before the engine values it: the stored account (its starting
    /// balance, the paper fills since, coins at cost) once read, else the configured starting
    /// balance (PAPER_BALANCE); none when the stored account could not be read. The account band
    /// and the first-launch hint both show this.
    std::optional<Decimal> paperBalance() const;
    /// The traded markets, then any other market still held, as the engine lists them.
    QList<MarketView> markets() const;
    /// Korean names of `exchange`'s markets (market code → name), as read from the market table.
    QHash<QString, QString> koreanNames(Exchange exchange) const;
    /// Every exchange's markets as the market table has them (for the settings' picker).
    QList<MarketRecord> marketRecords() const { return m_records; }
    /// The market table has been read (koreanNames() and marketRecords() hold it).
    bool marketsLoaded() const { return m_marketsLoaded; }
    /// Reads the market table again (every exchange), unless being read already.
    void loadMarkets();
    /// The strategy parameters in force (stored ones with the command line's on top), as last read.
    StrategyParameters parameters() const { return m_parameters; }

Q_SIGNALS:
    /// The latest status, the account or the markets changed (at most every 100 ms).
    void changed();
    /// koreanNames() were read again.
    void marketNamesChanged();

private:
    void schedule();
    void flush();
    void onEquity(const EquityPoint &point);
    void readToday();
    /// The calendar day of `time` in the app's time zone (pnl_daily's days).
    [[nodiscard]] QDate appDate(const QDateTime &time) const;
    void readReferencePrices();
    void loadStoredPositions();
    /// Reads the stored paper account and its fills since (off the GUI thread).
    void loadPaperAccount();

    EngineController *m_controller;
    StorageReader *m_reader = nullptr;
    QTimer *m_timer;
    QTimer *m_todayTimer;
    EngineStatus m_status;
    AccountSummary m_account;
    std::optional<EquityPoint> m_equity;
    QHash<QString, SignalRecord> m_signals;
    QHash<QString, Decimal> m_ticks; ///< newer than the status's price
    QList<MarketRecord> m_records;
    bool m_marketsLoaded = false;
    bool m_marketsLoading = false;
    bool m_marketsAgain = false; ///< asked for while being read
    StrategyParameters m_parameters;
    void loadParameters();
    QList<PositionRecord> m_stored; ///< open positions as stored, until the engine values them
    struct Reference
    {
        qint64 hour = -1; ///< the engine's hour it was read for
        std::optional<Decimal> price;
    };
    QHash<QString, Reference> m_reference; ///< market → the price 24 h before
    bool m_referenceLoading = false;
    bool m_todayDirty = false;
    bool m_todayLoading = false;
    /// The paper account as stored, for before the engine values it (loadPaperAccount).
    struct StoredPaper
    {
        std::optional<Decimal> startingKrw; ///< none: never reset (the configured balance applies)
        Decimal cashChange;                 ///< what the paper fills since took (−) or gave (+)
        Decimal coinsCost;                  ///< what the coins still held cost
    };
    std::optional<StoredPaper> m_paper;
    QString m_paperError; ///< the last read of it failed
};

} // namespace autocoin
