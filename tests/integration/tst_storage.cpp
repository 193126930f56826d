#include "storage/Backup.h"
#include "storage/Migrations.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <cstdio>

using namespace autocoin;

namespace {

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

const QTimeZone kKst("Asia/Seoul");
const QDateTime kT0(QDate(2026, 11, 22), QTime(1, 2, 3, 456), QTimeZone::utc());

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

SignalRecord signalAt(int i)
{
    SignalRecord s;
    s.symbol = QStringLiteral("KRW-BTC");
    s.timeframe = QStringLiteral("60");
    s.signalType = i % 3 == 0 ? SignalType::Buy : SignalType::Hold;
    s.price = Decimal(63000000 + i);
    s.strength = 0.5;
    s.rsi = 42.5;
    s.reason = QStringLiteral("test %1").arg(i);
    s.candleTime = kT0.addSecs(3600LL * i);
    s.createdAt = kT0.addSecs(i);
    return s;
}

TradeRecord tradeAt(int i)
{
    TradeRecord t;
    t.exchange = Exchange::Upbit;
    t.tradeId = QStringLiteral("t-%1").arg(i);
    t.orderId = QStringLiteral("o-%1").arg(i / 2);
    t.symbol = QStringLiteral("KRW-BTC");
    t.side = OrderSide::Buy;
    t.price = d("63570000");
    t.quantity = d("0.00123456");
    t.fee = d("39.2404896");
    t.executedAt = kT0.addSecs(i);
    return t;
}

} // namespace

/// The same tests on SQLite (a file in a temporary directory) and on the PostgreSQL server the
/// CTest fixture starts (AUTOCOIN_TEST_PG_URL).
class TestStorage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    bool postgres() const { return QTest::currentDataTag() == QByteArrayView("postgres"); }
    DatabaseUrl url() const
    {
        QString error;
        if (postgres())
            return *DatabaseUrl::parse(qEnvironmentVariable("AUTOCOIN_TEST_PG_URL"), m_dir.path(), &error);
        return DatabaseUrl::defaultFor(m_dir.path());
    }
    std::unique_ptr<Database> open(StorageError *error)
    {
        return Storage::open(url(), QStringLiteral("test"), m_dir.path(), kKst, error);
    }
    static void backends()
    {
        QTest::addColumn<int>("unused");
        QTest::newRow("sqlite") << 0;
        if (!qEnvironmentVariableIsEmpty("AUTOCOIN_TEST_PG_URL"))
            QTest::newRow("postgres") << 1;
        else
            qWarning("AUTOCOIN_TEST_PG_URL is not set: PostgreSQL rows are left out");
    }
    /// An empty database: a fresh SQLite file, or a PostgreSQL schema emptied.
    void wipe()
    {
        m_db.reset();
        if (postgres()) {
            StorageError error;
            auto raw = Database::open(url(), QStringLiteral("wipe"), QString(), &error);
            QVERIFY2(raw, qPrintable(error.describe()));
            QVERIFY(raw->execute(QStringLiteral("DROP SCHEMA public CASCADE"), &error));
            QVERIFY(raw->execute(QStringLiteral("CREATE SCHEMA public"), &error));
        } else {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(url().path + QLatin1StringView(suffix));
            QDir(Storage::backupDir(m_dir.path())).removeRecursively();
        }
    }

private Q_SLOTS:
    void init() { wipe(); }
    void cleanup() { m_db.reset(); }

    void migratesFromEmpty_data() { backends(); }
    void migratesFromEmpty()
    {
        StorageError error;
        m_db = open(&error);
        QVERIFY2(m_db, qPrintable(error.describe()));
        QCOMPARE(Migrations::currentVersion(*m_db, &error), Migrations::latestVersion());
        for (const char *table : {"markets", "trades", "positions", "pnl_daily", "configs", "order_history",
                                  "strategy_signals", "candles", "equity_snapshots", "order_events"}) {
            QSqlQuery q = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table));
            QVERIFY2(q.exec(), table);
        }
        // Opening again is a no-op.
        m_db.reset();
        m_db = open(&error);
        QVERIFY(m_db);
        QSqlQuery versions = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QVERIFY(versions.exec() && versions.next());
        QCOMPARE(versions.value(0).toInt(), Migrations::latestVersion());
    }

    void migratesFromEveryEarlierVersion_data() { backends(); }
    void migratesFromEveryEarlierVersion()
    {
        for (int from = 1; from < Migrations::latestVersion(); ++from) {
            wipe();
            StorageError error;
            {
                // Build version `from` by hand, with data in it.
                auto raw = Database::open(url(), QStringLiteral("old"), QString(), &error);
                QVERIFY(raw);
                QVERIFY(Migrations::currentVersion(*raw, &error) == 0);
                for (const Migration &m : Migrations::all()) {
                    if (m.version > from)
                        break;
                    for (const QString &statement : m.statements)
                        QVERIFY(raw->execute(Migrations::render(statement, raw->isSqlite()), &error));
                    QVERIFY(raw->execute(
                        QStringLiteral("INSERT INTO schema_version VALUES (%1, 'old', '2026-01-01')").arg(m.version),
                        &error));
                }
                QCOMPARE(TradeRepository(*raw).insert({tradeAt(1)}, &error), 1);
            }
            m_db = open(&error);
            QVERIFY2(m_db, qPrintable(error.describe()));
            QCOMPARE(Migrations::currentVersion(*m_db, &error), Migrations::latestVersion());
            const auto trades = TradeRepository(*m_db).latest(10, &error);
            QCOMPARE(trades.size(), 1); // nothing lost
            QCOMPARE(trades.first().fee, d("39.2404896"));
            if (!postgres())
                QVERIFY(!newestBackup(Storage::backupDir(m_dir.path())).isEmpty()); // backed up before migrating
            m_db.reset();
        }
    }

    void refusesANewerSchema_data() { backends(); }
    void refusesANewerSchema()
    {
        StorageError error;
        m_db = open(&error);
        QVERIFY(
            m_db->execute(QStringLiteral("INSERT INTO schema_version VALUES (99, 'from the future', 'x')"), &error));
        m_db.reset();
        QVERIFY(!open(&error));
        QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
        QVERIFY2(error.message.contains(QStringLiteral("99")), qPrintable(error.message));
        QVERIFY(error.message.contains(QString::number(Migrations::latestVersion())));
    }

    void refusesFilesThatAreNotDatabasesAndLeavesThemAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my trading notes, not a database\n");
        file.close();
        const QByteArray before = fileHash(path);
        // A backup exists: it is offered.
        QDir().mkpath(Storage::backupDir(m_dir.path()));
        QFile::copy(QStringLiteral(AUTOCOIN_TEST_DATA "/upbit_candles_1m_krw_btc.json"),
                    Storage::backupDir(m_dir.path()) + QStringLiteral("/app-20261121000000.db"));
        DatabaseUrl notes;
        notes.path = path;
        StorageError error;
        QVERIFY(!Storage::open(notes, QStringLiteral("test"), m_dir.path(), kKst, &error));
        QCOMPARE(error.kind, StorageError::Kind::NotADatabase);
        QVERIFY(error.describe().contains(QStringLiteral("app-20261121000000.db")));
        QVERIFY(error.describe().contains(QStringLiteral("autocoin restore")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAForeignDatabaseWithoutChangingIt()
    {
        // An SQLite file of another program: tables, no schema_version, rollback journal.
        const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE trades (id INTEGER PRIMARY KEY, what TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO trades (what) VALUES ('not autocoin''s')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileHash(path);
        DatabaseUrl u;
        u.path = path;
        StorageError error;
        QVERIFY(!Storage::open(u, QStringLiteral("test"), m_dir.path(), kKst, &error));
        QCOMPARE(error.kind, StorageError::Kind::NotADatabase);
        QVERIFY2(error.message.contains(QStringLiteral("made by another program")), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("trades")));
        QCOMPARE(fileHash(path), before); // no schema_version table, no switch to WAL
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        // A newer autocoin's database is refused before anything is written, too.
        const QString newer = m_dir.filePath(QStringLiteral("newer.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                              "description TEXT NOT NULL, applied_at TEXT NOT NULL)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, 'future', 'x')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray newerBefore = fileHash(newer);
        u.path = newer;
        QVERIFY(!Storage::open(u, QStringLiteral("test"), m_dir.path(), kKst, &error));
        QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
        QCOMPARE(fileHash(newer), newerBefore);

        // An empty file is ours to create.
        const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        u.path = empty;
        QVERIFY2(Storage::open(u, QStringLiteral("test"), m_dir.path(), kKst, &error), qPrintable(error.describe()));
    }

    void refusesACorruptDatabaseAndLeavesItAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.db"));
        {
            DatabaseUrl u;
            u.path = path;
            StorageError error;
            auto db = Storage::open(u, QStringLiteral("test"), m_dir.path(), kKst, &error);
            QVERIFY(db);
            QList<SignalRecord> many;
            for (int i = 0; i < 2000; ++i)
                many.append(signalAt(i));
            QVERIFY(SignalRepository(*db).insert(many, &error));
            QVERIFY(db->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(4096 * 3); // wreck a few pages in the middle, keep the header
        file.write(QByteArray(4096 * 4, '\x5a'));
        file.close();
        const QByteArray before = fileHash(path);
        DatabaseUrl u;
        u.path = path;
        StorageError error;
        QVERIFY(!Storage::open(u, QStringLiteral("test"), m_dir.path(), kKst, &error));
        QVERIFY2(error.kind == StorageError::Kind::Corrupt, qPrintable(error.describe()));
        QCOMPARE(fileHash(path), before);
    }

    void repositories_data() { backends(); }
    void repositories()
    {
        StorageError error;
        m_db = open(&error);
        QVERIFY(m_db);

        // trades: exact amounts, each fill once
        TradeRepository trades(*m_db);
        QCOMPARE(trades.insert({tradeAt(1), tradeAt(2)}, &error), 2);
        QCOMPARE(trades.insert({tradeAt(2), tradeAt(3)}, &error), 1);
        const auto stored = trades.byMarket(QStringLiteral("KRW-BTC"), kT0, kT0.addSecs(10), &error);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.first().quantity.toString(), QStringLiteral("0.00123456"));
        QCOMPARE(stored.first().price, d("63570000"));
        QCOMPARE(stored.first().executedAt, kT0.addSecs(1));
        QCOMPARE(trades.latest(1, &error).first().tradeId, QStringLiteral("t-3"));

        // orders: intent before sending, then states, with their history
        OrderRepository orders(*m_db);
        OrderRecord intent;
        intent.exchange = Exchange::Upbit;
        intent.clientOrderId = QStringLiteral("ac-1");
        intent.symbol = QStringLiteral("KRW-BTC");
        intent.side = OrderSide::Buy;
        intent.orderType = OrderType::Limit;
        intent.price = d("63000000");
        intent.volume = d("0.001");
        intent.status = OrderStatus::Intent;
        intent.createdAt = kT0;
        QVERIFY2(orders.insertIntent(intent, &error), qPrintable(error.describe()));
        QVERIFY(!orders.insertIntent(intent, &error)); // a client order id is unique
        QCOMPARE(orders.unfinished(&error).size(), 1);
        QVERIFY(orders.updateStatus(QStringLiteral("ac-1"), OrderStatus::Wait, QStringLiteral("uuid-1"),
                                    QStringLiteral("accepted"), kT0.addSecs(1), &error));
        QVERIFY(orders.updateStatus(QStringLiteral("ac-1"), OrderStatus::Done, QString(), QStringLiteral("filled"),
                                    kT0.addSecs(2), &error));
        const auto done = orders.byClientId(QStringLiteral("ac-1"), &error);
        QCOMPARE(done->status, OrderStatus::Done);
        QCOMPARE(done->orderId, QStringLiteral("uuid-1")); // kept when a later update has none
        QCOMPARE(done->price, std::optional(d("63000000")));
        QVERIFY(orders.unfinished(&error).isEmpty());
        QVERIFY(
            !orders.updateStatus(QStringLiteral("ac-unknown"), OrderStatus::Done, QString(), QString(), kT0, &error));
        QSqlQuery events =
            m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE client_order_id = 'ac-1'"));
        QVERIFY(events.exec() && events.next());
        QCOMPARE(events.value(0).toInt(), 3);

        // positions
        PositionRepository positions(*m_db);
        PositionRecord p;
        p.exchange = Exchange::Upbit;
        p.symbol = QStringLiteral("KRW-BTC");
        p.quantity = d("0.001");
        p.avgPrice = d("63031500.5");
        p.entryTime = kT0;
        p.stopPrice = d("61000000");
        p.id = positions.save(p, kT0, &error);
        QVERIFY(p.id > 0);
        QCOMPARE(positions.open(&error).first().avgPrice, d("63031500.5"));
        QCOMPARE(positions.open(&error).first().stopPrice, std::optional(d("61000000")));
        QVERIFY(!positions.open(&error).first().highestPrice);
        QVERIFY(positions.open(&error).first().paper);
        p.status = QStringLiteral("closed");
        QCOMPARE(positions.save(p, kT0, &error), p.id);
        QVERIFY(positions.open(&error).isEmpty());

        // daily PnL upsert
        PnlRepository pnl(*m_db);
        const QDate day(2026, 11, 22);
        QVERIFY(pnl.upsert({day, d("100"), d("-5.5"), d("1000094.5"), d("0.0000945")}, kT0, &error));
        QVERIFY(pnl.upsert({day, d("150"), d("0"), d("1000150"), d("0.00015")}, kT0, &error));
        const auto days = pnl.range(day, day, &error);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.first().realizedPnl, d("150"));
        QCOMPARE(days.first().returnRate.toString(), QStringLiteral("0.00015"));

        // configs
        ConfigRepository configs(*m_db);
        QVERIFY(!configs.get(QStringLiteral("ema_fast"), &error).has_value());
        QVERIFY(configs.set(QStringLiteral("ema_fast"), QStringLiteral("12"), QStringLiteral("fast EMA"), kT0, &error));
        QVERIFY(configs.set(QStringLiteral("ema_fast"), QStringLiteral("9"), QStringLiteral("fast EMA"), kT0, &error));
        QCOMPARE(configs.get(QStringLiteral("ema_fast"), &error), std::optional(QStringLiteral("9")));

        // signals
        SignalRepository signalRepository(*m_db);
        QList<SignalRecord> batch;
        for (int i = 0; i < 50; ++i)
            batch.append(signalAt(i));
        QVERIFY(signalRepository.insert(batch, &error));
        QCOMPARE(signalRepository.count(&error), 50);
        const auto period =
            signalRepository.byPeriod(QStringLiteral("KRW-BTC"), kT0.addSecs(10), kT0.addSecs(20), &error);
        QCOMPARE(period.size(), 10);
        QCOMPARE(period.first().rsi, std::optional(42.5));
        QVERIFY(!period.first().emaFast.has_value());
        QCOMPARE(signalRepository.latest(1, &error).first().reason, QStringLiteral("test 49"));
    }

    /// A typed column read back through its one parser: a value autocoin never writes fails the
    /// read with an error naming the column and the value, never a silent default.
    void signalReasonsAreStoredAsCodesAndOldRowsKeepTheirText_data() { backends(); }
    void signalReasonsAreStoredAsCodesAndOldRowsKeepTheirText()
    {
        StorageError error;
        m_db = open(&error);
        QVERIFY2(m_db, qPrintable(error.describe()));
        // A row as autocoin wrote it before version 5: the English text only.
        QSqlQuery old = m_db->prepare(QStringLiteral(
            "INSERT INTO strategy_signals (symbol, timeframe, signal_type, price, strength, reason, candle_time, "
            "created_at) VALUES ('KRW-BTC', '60', 'HOLD', '100', 0, 'an old reason', '2026-01-01T00:00:00.000Z', "
            "'2026-01-01T01:00:00.000Z')"));
        QVERIFY(Database::exec(old, &error));
        SignalRecord veto = signalAt(1);
        const Reason signal = Reason(ReasonCode::CrossUp)
                                  .set(QStringLiteral("fast"), 101.4)
                                  .set(QStringLiteral("slow"), 100.2)
                                  .set(QStringLiteral("rsi"), 55.5)
                                  .set(QStringLiteral("volume"), 1.5);
        veto.cause =
            Reason(ReasonCode::MaxPositions).set(QStringLiteral("limit"), 2.0).set(QStringLiteral("signal"), signal);
        veto.reason = veto.cause.english();
        QVERIFY2(SignalRepository(*m_db).insert({veto}, &error), qPrintable(error.describe()));
        const QList<SignalRecord> rows = SignalRepository(*m_db).latest(10, &error);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].cause, veto.cause); // code and values, the nested signal included
        QCOMPARE(rows[0].cause.nested(QStringLiteral("signal")), signal);
        QCOMPARE(rows[0].reason, QStringLiteral("BUY not taken: max-positions 2 reached (EMA 101 crossed above 100; "
                                                "RSI 55.50; volume 1.50x average)"));
        QVERIFY(rows[1].cause.isEmpty());
        QCOMPARE(rows[1].reason, QStringLiteral("an old reason"));
        QSqlQuery code = m_db->prepare(QStringLiteral("SELECT reason_code FROM strategy_signals WHERE id = ?"));
        code.addBindValue(rows[0].id);
        QVERIFY(Database::exec(code, &error) && code.next());
        QCOMPARE(code.value(0).toString(), QStringLiteral("max_positions"));
    }

    void anUnknownStoredValueIsAStorageError_data() { backends(); }
    void anUnknownStoredValueIsAStorageError()
    {
        StorageError error;
        m_db = open(&error);
        QVERIFY(m_db);
        SignalRepository signalRepository(*m_db);
        QVERIFY(signalRepository.insert({signalAt(0), signalAt(1)}, &error));
        QCOMPARE(signalRepository.latest(2, &error).size(), 2);
        QSqlQuery spoil = m_db->prepare(QStringLiteral("UPDATE strategy_signals SET signal_type = 'MAYBE'"));
        QVERIFY(spoil.exec());
        error = {};
        QVERIFY(signalRepository.latest(2, &error).isEmpty());
        QVERIFY2(error.message.contains(u"strategy_signals.signal_type") && error.message.contains(u"MAYBE"),
                 qPrintable(error.message));

        TradeRepository trades(*m_db);
        QCOMPARE(trades.insert({tradeAt(1)}, &error), 1);
        QSqlQuery spoilTrade = m_db->prepare(QStringLiteral("UPDATE trades SET side = 'bid'"));
        QVERIFY(spoilTrade.exec());
        error = {};
        QVERIFY(trades.latest(1, &error).isEmpty());
        QVERIFY2(error.message.contains(u"trades.side") && error.message.contains(u"bid"), qPrintable(error.message));
        QSqlQuery spoilExchange = m_db->prepare(QStringLiteral("UPDATE trades SET side = 'buy', exchange = 'Upbit'"));
        QVERIFY(spoilExchange.exec());
        error = {};
        QVERIFY(trades.latest(1, &error).isEmpty());
        QVERIFY2(error.message.contains(u"trades.exchange") && error.message.contains(u"Upbit"),
                 qPrintable(error.message));

        OrderRepository orders(*m_db);
        OrderRecord order;
        order.exchange = Exchange::Upbit;
        order.clientOrderId = QStringLiteral("ac-1");
        order.symbol = QStringLiteral("KRW-BTC");
        order.createdAt = kT0;
        QVERIFY(orders.insertIntent(order, &error));
        for (const auto &[column, value] :
             {std::pair{"status", "rejected"}, {"order_type", "stop"}, {"side", "ask"}, {"exchange", "binance"}}) {
            QSqlQuery spoilOrder = m_db->prepare(QStringLiteral("UPDATE order_history SET %1 = '%2'")
                                                     .arg(QLatin1StringView(column), QLatin1StringView(value)));
            QVERIFY(spoilOrder.exec());
            error = {};
            QVERIFY(orders.latest(1, &error).isEmpty());
            QVERIFY2(error.message.contains(u"order_history." + QLatin1StringView(column)) &&
                         error.message.contains(QLatin1StringView(value)),
                     qPrintable(error.message));
        }
    }

    void marketsAreNeverDeleted_data() { backends(); }
    void marketsAreNeverDeleted()
    {
        StorageError error;
        m_db = open(&error);
        MarketRepository markets(*m_db);
        const MarketRecord btc{Exchange::Upbit,           QStringLiteral("KRW-BTC"), QStringLiteral("비트코인"),
                               QStringLiteral("Bitcoin"), QStringLiteral("NONE"),    true};
        MarketRecord xrp{Exchange::Upbit,       QStringLiteral("KRW-XRP"), QStringLiteral("리플"),
                         QStringLiteral("XRP"), QStringLiteral("NONE"),    true};
        auto first = markets.sync(Exchange::Upbit, {btc, xrp}, kT0, &error);
        QCOMPARE(first->added, QStringList({QStringLiteral("KRW-BTC"), QStringLiteral("KRW-XRP")}));
        xrp.warningLevel = QStringLiteral("CAUTION");
        auto second = markets.sync(Exchange::Upbit, {xrp}, kT0, &error);
        QCOMPARE(second->deactivated, QStringList{QStringLiteral("KRW-BTC")});
        QCOMPARE(second->warningsChanged, QStringList{QStringLiteral("KRW-XRP")});
        const auto all = markets.all(Exchange::Upbit, &error);
        QCOMPARE(all.size(), 2);
        QVERIFY(!all.at(0).active);
        QCOMPARE(all.at(0).koreanName, QStringLiteral("비트코인"));
        auto third = markets.sync(Exchange::Upbit, {btc, xrp}, kT0, &error);
        QCOMPARE(third->added, QStringList{QStringLiteral("KRW-BTC")}); // listed again
        QVERIFY(markets.sync(Exchange::Upbit, {btc, xrp}, kT0, &error)->changed() == false);
    }

    void concurrentWritesAndReads()
    {
        // The engine thread writes batches while the UI thread reads through its own connection.
        StorageError error;
        m_db = open(&error);
        std::atomic<bool> writerFailed{false};
        std::atomic<int> written{0};
        QThread *writer = QThread::create([&] {
            StorageError e;
            auto engineDb = Storage::open(url(), QStringLiteral("engine"), m_dir.path(), kKst, &e);
            if (!engineDb) {
                writerFailed = true;
                return;
            }
            SignalRepository repo(*engineDb);
            for (int batch = 0; batch < 60; ++batch) {
                QList<SignalRecord> rows;
                for (int i = 0; i < 100; ++i)
                    rows.append(signalAt(batch * 100 + i));
                if (!repo.insert(rows, &e)) {
                    writerFailed = true;
                    qWarning("writer: %s", qPrintable(e.describe()));
                    return;
                }
                written += 100;
            }
        });
        writer->start();
        SignalRepository reader(*m_db);
        int reads = 0;
        while (!writer->isFinished()) {
            StorageError readError;
            const auto rows = reader.latest(200, &readError);
            QVERIFY2(readError.message.isEmpty(), qPrintable(readError.describe()));
            QVERIFY(rows.size() <= 200);
            ++reads;
        }
        writer->wait();
        delete writer;
        QVERIFY(!writerFailed);
        QVERIFY(reads > 0);
        QCOMPARE(reader.count(&error), 6000);
    }

    void backupWhileWritingHasEveryCommittedRow()
    {
        StorageError error;
        m_db = open(&error);
        std::atomic<int> committed{0};
        std::atomic<bool> stop{false};
        QThread *writer = QThread::create([&] {
            StorageError e;
            auto engineDb = Storage::open(url(), QStringLiteral("engine"), m_dir.path(), kKst, &e);
            SignalRepository repo(*engineDb);
            for (int batch = 0; !stop && batch < 400; ++batch) {
                QList<SignalRecord> rows;
                for (int i = 0; i < 50; ++i)
                    rows.append(signalAt(batch * 50 + i));
                if (repo.insert(rows, &e))
                    committed += 50;
            }
        });
        writer->start();
        QTRY_VERIFY(committed >= 500);
        const int atStart = committed;
        Backup backup(*m_db, Storage::backupDir(m_dir.path()), kKst);
        const auto path = backup.write(QDateTime::currentDateTimeUtc(), &error);
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY2(path.has_value(), qPrintable(error.describe()));
        DatabaseUrl copyUrl;
        copyUrl.path = *path;
        auto copy = Storage::open(copyUrl, QStringLiteral("copy"), m_dir.path(), kKst, &error);
        QVERIFY2(copy, qPrintable(error.describe()));
        const qint64 rows = SignalRepository(*copy).count(&error);
        QVERIFY2(rows >= atStart && rows <= committed,
                 qPrintable(QStringLiteral("%1 of %2..%3").arg(rows).arg(atStart).arg(committed.load())));
        QCOMPARE(rows % 50, 0); // whole transactions only
    }

    void retentionRemovesExactlyTheOldFiles()
    {
        StorageError error;
        m_db = open(&error);
        const QString dir = Storage::backupDir(m_dir.path());
        QDir().mkpath(dir);
        const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), kKst);
        QStringList expectRemoved;
        for (int daysAgo : {1, 6, 7, 8, 30}) {
            const QString name = Backup::fileName(now.addDays(-daysAgo).addSecs(daysAgo == 7 ? 60 : 0));
            QFile f(QDir(dir).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (daysAgo > 7)
                expectRemoved.append(f.fileName());
        }
        QFile other(QDir(dir).filePath(QStringLiteral("before-restore-20200101000000.db")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        Backup backup(*m_db, dir, kKst);
        QStringList removed = backup.prune(7, now);
        removed.sort();
        expectRemoved.sort();
        QCOMPARE(removed, expectRemoved);
        QVERIFY(other.exists()); // only app-YYYYMMDDHHMMSS.db files are managed
        QVERIFY(backup.hasBackupOn(now.addDays(-1).date()));
        QVERIFY(!backup.hasBackupOn(now.date()));
    }

    void aKilledWriterLeavesEveryCommittedRow()
    {
        // The writer is this test executable in another process (see main()); it reports each
        // commit and is killed with SIGKILL in the middle of writing.
        const QString path = m_dir.filePath(QStringLiteral("killed.db"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), path});
        QVERIFY(child.waitForStarted());
        int lastCommitted = 0;
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                out += child.readAllStandardOutput();
                const QList<QByteArray> lines = out.trimmed().split('\n');
                lastCommitted = lines.last().toInt();
                return lastCommitted >= 3000;
            }(),
            20000);
        child.kill();
        child.waitForFinished();
        out += child.readAllStandardOutput();
        lastCommitted = out.trimmed().split('\n').last().toInt();
        DatabaseUrl u;
        u.path = path;
        StorageError error;
        auto db = Storage::open(u, QStringLiteral("after-kill"), m_dir.path(), kKst, &error);
        QVERIFY2(db, qPrintable(error.describe()));
        const qint64 rows = SignalRepository(*db).count(&error);
        QVERIFY2(rows >= lastCommitted, qPrintable(QStringLiteral("%1 < %2").arg(rows).arg(lastCommitted)));
        QCOMPARE(rows % 100, 0);
    }

    void urls()
    {
        QString error;
        const auto pg = DatabaseUrl::parse(QStringLiteral("postgresql://trader:s3cret@db.local:5433/autocoin"),
                                           QStringLiteral("/data"), &error);
        QVERIFY(pg);
        QCOMPARE(pg->port, 5433);
        QCOMPARE(pg->password, QStringLiteral("s3cret"));
        QVERIFY(!pg->redacted().contains(QStringLiteral("s3cret")));
        const auto relative =
            DatabaseUrl::parse(QStringLiteral("sqlite:///data/app.db"), QStringLiteral("/srv/ac"), &error);
        QCOMPARE(relative->path, QStringLiteral("/srv/ac/data/app.db"));
        const auto absolute =
            DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/x.db"), QStringLiteral("/srv/ac"), &error);
        QCOMPARE(absolute->path, QStringLiteral("/tmp/x.db"));
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("mysql://x"), QStringLiteral("/data"), &error));
        QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://host-only"), QStringLiteral("/data"), &error));
    }
};

/// `--writer PATH`: insert 100 signals per transaction forever, printing the committed count.
static int runWriter(const QString &path)
{
    DatabaseUrl u;
    u.path = path;
    StorageError error;
    auto db = Storage::open(u, QStringLiteral("writer"), QFileInfo(path).absolutePath(), kKst, &error);
    if (!db)
        return 1;
    SignalRepository repo(*db);
    for (int batch = 0;; ++batch) {
        QList<SignalRecord> rows;
        for (int i = 0; i < 100; ++i)
            rows.append(signalAt(batch * 100 + i));
        if (!repo.insert(rows, &error))
            return 1;
        std::printf("%d\n", (batch + 1) * 100);
        std::fflush(stdout);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    TestStorage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storage.moc"
