#include "FakeExchange.h"
#include "rest/ConnectionDiagnosis.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace autocoin;
using autocoin::test::FakeExchange;
using autocoin::test::Fault;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run checkConnection(const QString &exchange, const QUrl &url, const QString &key, const QString &secret)
{
    QTemporaryDir dir;
    QProcess app;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), dir.path());
    const bool upbit = exchange == u"upbit";
    env.insert(upbit ? QStringLiteral("UPBIT_API_URL") : QStringLiteral("BITHUMB_API_URL"), url.toString());
    if (!key.isEmpty()) {
        env.insert(upbit ? QStringLiteral("UPBIT_ACCESS_KEY") : QStringLiteral("BITHUMB_API_KEY"), key);
        env.insert(upbit ? QStringLiteral("UPBIT_SECRET_KEY") : QStringLiteral("BITHUMB_API_SECRET"), secret);
    }
    env.insert(QStringLiteral("REQUEST_TIMEOUT_SEC"), QStringLiteral("2"));
    app.setProcessEnvironment(env);
    Run run;
    QObject::connect(&app, &QProcess::readyReadStandardOutput, &app, [&] { run.out += app.readAllStandardOutput(); });
    QObject::connect(&app, &QProcess::readyReadStandardError, &app, [&] { run.err += app.readAllStandardError(); });
    app.start(QStringLiteral(AUTOCOIN_EXE), {QStringLiteral("check-connection"), QStringLiteral("--exchange"), exchange,
                                             QStringLiteral("--data-dir"), dir.path()});
    if (!QTest::qWaitFor([&app] { return app.state() == QProcess::NotRunning; }, 20000))
        app.kill();
    run.exitCode = app.exitCode();
    return run;
}

const QString kKey = QString::fromLatin1(FakeExchange::kAccessKey);
const QString kSecret = QString::fromLatin1(FakeExchange::kSecretKey);

} // namespace

class TestCheckConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successPrintsTheBalances_data()
    {
        QTest::addColumn<QString>("exchange");
        QTest::newRow("upbit") << "upbit";
        QTest::newRow("bithumb") << "bithumb";
    }
    void successPrintsTheBalances()
    {
        QFETCH(QString, exchange);
        FakeExchange fake(exchange == u"upbit" ? FakeExchange::Dialect::Upbit : FakeExchange::Dialect::Bithumb);
        QVERIFY(fake.start());
        const Run run = checkConnection(exchange, fake.url(), kKey, kSecret);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("connected"), run.err.constData());
        QVERIFY(run.out.contains("KRW"));
        QVERIFY(run.out.contains("1000000"));
        QVERIFY(!run.out.contains(kSecret.toUtf8()) && !run.err.contains(kSecret.toUtf8()));
        // The key's expiry: Upbit reports it (half a year away here: no warning), Bithumb does not.
        if (exchange == u"upbit")
            QVERIFY2(run.out.contains("the Upbit API key expires on") && run.out.contains("(in 17"),
                     run.out.constData());
        else
            QVERIFY2(run.out.contains("API key expiry: not reported by Bithumb"), run.out.constData());
        QVERIFY(!run.out.contains("WARNING"));
    }

    void aKeyExpiringWithinAWeekIsWarned()
    {
        FakeExchange fake(FakeExchange::Dialect::Upbit);
        QVERIFY(fake.start());
        // Five days and an hour from now: "in 5 days", whatever the minute the test runs.
        fake.setApiKeyExpiry(QDateTime::currentDateTimeUtc().addSecs(5 * 86400 + 3600));
        Run run = checkConnection(QStringLiteral("upbit"), fake.url(), kKey, kSecret);
        QCOMPARE(run.exitCode, 0); // the keys work today
        QVERIFY2(run.out.contains("WARNING: the Upbit API key expires on"), run.out.constData());
        QVERIFY(run.out.contains("(in 5 days): create a new key"));
        QVERIFY(fake.authFailures().isEmpty()); // the lookup was signed like every private request

        fake.setApiKeyExpiry(QDateTime::currentDateTimeUtc().addSecs(-3600));
        run = checkConnection(QStringLiteral("upbit"), fake.url(), kKey, kSecret);
        QVERIFY2(run.out.contains("WARNING: the Upbit API key expired on"), run.out.constData());
    }

    void wrongKey()
    {
        FakeExchange fake(FakeExchange::Dialect::Upbit);
        QVERIFY(fake.start());
        const Run run = checkConnection(QStringLiteral("upbit"), fake.url(), kKey, QStringLiteral("not-the-secret"));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("key or secret is wrong"), run.err.constData());
        QVERIFY(run.err.contains("what to do"));
        QVERIFY(!run.err.contains("not-the-secret"));
    }

    void missingKeys()
    {
        FakeExchange fake(FakeExchange::Dialect::Upbit);
        QVERIFY(fake.start());
        const Run run = checkConnection(QStringLiteral("upbit"), fake.url(), {}, {});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains("no API keys"));
        QCOMPARE(fake.requestCount(), 0);
    }

    void ipNotAllowed()
    {
        FakeExchange fake(FakeExchange::Dialect::Upbit);
        QVERIFY(fake.start());
        fake.injectFault(Fault::httpStatus(
            401, R"({"error":{"name":"no_authorization_i_p","message":"This is not a verified IP."}})"));
        const Run run = checkConnection(QStringLiteral("upbit"), fake.url(), kKey, kSecret);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains("IP address is not allowed"));
    }

    void clockSkew()
    {
        FakeExchange fake(FakeExchange::Dialect::Bithumb);
        QVERIFY(fake.start());
        fake.setClockOffsetMs(-120000);
        const Run run = checkConnection(QStringLiteral("bithumb"), fake.url(), kKey, kSecret);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("clock"), run.err.constData());
    }

    void network()
    {
        const Run run =
            checkConnection(QStringLiteral("upbit"), QUrl(QStringLiteral("http://127.0.0.1:1")), kKey, kSecret);
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.err.contains("could not be reached"));
    }

    void diagnosisTable()
    {
        ExchangeError permission;
        permission.kind = ExchangeError::Kind::Authentication;
        permission.code = QStringLiteral("out_of_scope");
        QCOMPARE(ConnectionDiagnosis::fromError(permission).reason, ConnectionDiagnosis::Reason::Permission);
        ExchangeError busy;
        busy.kind = ExchangeError::Kind::RateLimited;
        QCOMPARE(ConnectionDiagnosis::fromError(busy).reason, ConnectionDiagnosis::Reason::RateLimited);
    }
};

QTEST_GUILESS_MAIN(TestCheckConnection)
#include "tst_checkconnection.moc"
