#include "auth/Signing.h"

#include <QTest>

using namespace autocoin::auth;

// Byte-exact vectors from ../shared/docs/EXCHANGES.md §4 (computed there with Python's stdlib and
// with ccxt 4.5.84). Made-up keys only.
namespace {

const QString kAccess = QStringLiteral("test-access-key");
const QString kSecret = QStringLiteral("test-secret-key");
const QString kNonce = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
constexpr qint64 kTimestamp = Q_INT64_C(1712230310689);

QByteArray signature(const QByteArray &jwt)
{
    return jwt.mid(jwt.lastIndexOf('.') + 1);
}

} // namespace

class TestSigning final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upbitU1NoQuery()
    {
        const QByteArray payload = upbitPayload(kAccess, kNonce, {});
        QCOMPARE(payload,
                 QByteArray(R"({"access_key":"test-access-key","nonce":"0f8fad5b-d9cb-469f-a165-70867728950e"})"));
        QCOMPARE(
            signJwt(payload, kSecret, JwtAlgorithm::HS256),
            QByteArray("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3Nfa2V5IjoidGVzdC1hY2Nlc3Mta2V5Iiwibm9uY2Ui"
                       "OiIwZjhmYWQ1Yi1kOWNiLTQ2OWYtYTE2NS03MDg2NzcyODk1MGUifQ.-69XGaf0XVXL3ji0LHKXDzH5tpmPpdji18MH7"
                       "TYk7Dk"));
        QCOMPARE(signature(signJwt(payload, kSecret, JwtAlgorithm::HS512)),
                 QByteArray("duhzykeR_ARQdEBPPrNH3NO3fayxcUcFEtlCyjU9-7TcmliXxSFX9TJkQ625LZAhpy-E7UVOVYknAn1X3fSoWg"));
    }

    void upbitU2ArrayQuery()
    {
        const Params params = {{QStringLiteral("market"), QStringLiteral("KRW-BTC")},
                               {QStringLiteral("states[]"), QStringLiteral("wait")},
                               {QStringLiteral("states[]"), QStringLiteral("watch")}};
        const QString query = queryString(params);
        QCOMPARE(query, QStringLiteral("market=KRW-BTC&states[]=wait&states[]=watch"));
        const QByteArray hash = queryHash(query);
        QCOMPARE(hash,
                 QByteArray("c01bbcb80094d2225c90eda65128baf7ef800471fbdeb76579856d1532cd263060e41ede9c52bfc926a0b"
                            "46c4b7797a61e4327cda59d236f829cde4c875dfe77"));
        const QByteArray payload = upbitPayload(kAccess, kNonce, hash);
        QCOMPARE(signature(signJwt(payload, kSecret, JwtAlgorithm::HS256)),
                 QByteArray("9zKIqHY-xxwecZi_VXAZQY_an7yZQT12ftXPCworzrI"));
        QCOMPARE(signature(signJwt(payload, kSecret, JwtAlgorithm::HS512)),
                 QByteArray("G3PRGovWQ5LjPL019Mas8bjL4y28sNfLiCoSZymN3YDUyZE4_LlsCF8tF2PbjyF8F8uF2DTw8qdz5qadbDeFPA"));
    }

    void upbitU3PostBody()
    {
        const Params body = {{QStringLiteral("market"), QStringLiteral("KRW-BTC")},
                             {QStringLiteral("side"), QStringLiteral("bid")},
                             {QStringLiteral("volume"), QStringLiteral("0.001")},
                             {QStringLiteral("price"), QStringLiteral("100000000")},
                             {QStringLiteral("ord_type"), QStringLiteral("limit")},
                             {QStringLiteral("identifier"), QStringLiteral("my-order-0001")}};
        const QByteArray hash = queryHash(queryString(body));
        QCOMPARE(hash,
                 QByteArray("1e6cb8b3868dc5a34be2d44cc482e051bd237fe5113b4a8a01e044389e61adb62afb64f57b7e1483c3947"
                            "f633ee47c50153f172c74d4ee0f5f28602c31cb344c"));
        const QByteArray payload = upbitPayload(kAccess, kNonce, hash);
        QCOMPARE(signature(signJwt(payload, kSecret, JwtAlgorithm::HS256)),
                 QByteArray("wMpLIjd6Hr3IHqxPT17bnjKY1CtNi4HleT1N_Od_ubE"));
        QCOMPARE(signature(signJwt(payload, kSecret, JwtAlgorithm::HS512)),
                 QByteArray("5yKKOBSLEsxcsCEEkHuPve-8qKEqM51q4IeLScmb6_8Ww0sNFrXPfzlldU1-pZdNSv1IGs-39mL_21LgSsbb5Q"));
    }

    void upbitU4Delete()
    {
        const QByteArray hash =
            queryHash(queryString({{QStringLiteral("uuid"), QStringLiteral("cdd92199-2897-4e14-9448-f923320408ad")}}));
        QCOMPARE(hash,
                 QByteArray("79bbec9454274d296b69505bda5f84d5e17b129499e1e1930e51fc3f15b8c4f5d3b13529c558fe30865bd"
                            "e47a8769ca26377f5c55fff94629be3caf7f1ba024e"));
        const QByteArray payload = upbitPayload(kAccess, kNonce, hash);
        QCOMPARE(signature(signJwt(payload, kSecret, JwtAlgorithm::HS256)),
                 QByteArray("qmxYH1SPbrF3gdRrg8YgeNbX_hywi22Mtwszvvv1ybw"));
        QCOMPARE(signature(signJwt(payload, kSecret, JwtAlgorithm::HS512)),
                 QByteArray("a7J8CgU2gl3ls3ixvO4yLveTs5onusF9fcLKLcRVfYZTfh8iERPrUDUfKo0wwFdlfBzNCq0PzGKAnI6_5bGcFg"));
    }

    void bithumbB1Accounts()
    {
        const QByteArray payload = bithumbPayload(kAccess, kNonce, kTimestamp, {});
        QCOMPARE(
            signJwt(payload, kSecret, JwtAlgorithm::HS256),
            QByteArray("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhY2Nlc3Nfa2V5IjoidGVzdC1hY2Nlc3Mta2V5Iiwibm9uY2Ui"
                       "OiIwZjhmYWQ1Yi1kOWNiLTQ2OWYtYTE2NS03MDg2NzcyODk1MGUiLCJ0aW1lc3RhbXAiOjE3MTIyMzAzMTA2ODl9.m7u"
                       "ABOz3kd9wMEeY-7k47_19aFs6X6Kc8OpnCBGb2gU"));
    }

    void bithumbB2Chance()
    {
        const QByteArray hash = queryHash(queryString({{QStringLiteral("market"), QStringLiteral("KRW-BTC")}}));
        QCOMPARE(hash,
                 QByteArray("b749dfc2e17f75e5b46c8161f97fe7c9298ed4167ea21c5c94d16573efd8a801351470c0ff1a9a3f1e763"
                            "f8249968218c04c571c8b45aa80cd4588e6c4be0738"));
        QCOMPARE(signature(signJwt(bithumbPayload(kAccess, kNonce, kTimestamp, hash), kSecret, JwtAlgorithm::HS256)),
                 QByteArray("610DlYVUS3Z18hqBmsroh-USB_tCVM-8-83LqsL8i04"));
    }

    void bithumbB3CreateOrder()
    {
        const Params body = {{QStringLiteral("market"), QStringLiteral("KRW-BTC")},
                             {QStringLiteral("side"), QStringLiteral("bid")},
                             {QStringLiteral("volume"), QStringLiteral("0.001")},
                             {QStringLiteral("price"), QStringLiteral("100000000")},
                             {QStringLiteral("order_type"), QStringLiteral("limit")},
                             {QStringLiteral("client_order_id"), QStringLiteral("my-order-0001")}};
        const QByteArray hash = queryHash(queryString(body));
        QCOMPARE(hash,
                 QByteArray("623dee2f15ca340400204a7089699cabb05a5f7f277c6da2c720346bac804c495f7c106fa2ad3dee21043"
                            "a07f8b1cc70ea4727309559cffb02c569db3be79a6b"));
        QCOMPARE(signature(signJwt(bithumbPayload(kAccess, kNonce, kTimestamp, hash), kSecret, JwtAlgorithm::HS256)),
                 QByteArray("8xEBjMDD9sGs4giJjnzoj3azF1oz8OCRQUo6RpvY-CI"));
    }

    void bithumbLegacyL1()
    {
        const QByteArray body = legacyFormBody(QStringLiteral("/info/balance"),
                                               {{QStringLiteral("order_currency"), QStringLiteral("BTC")},
                                                {QStringLiteral("payment_currency"), QStringLiteral("KRW")}});
        QCOMPARE(body, QByteArray("endpoint=%2Finfo%2Fbalance&order_currency=BTC&payment_currency=KRW"));
        QCOMPARE(legacyApiSign(QStringLiteral("/info/balance"), body, "1712230310689", kSecret),
                 QByteArray("NGRmMjVjYzU4YTZhM2NiMDhkNzc5MWIxYTk1M2IyNGUwOWEyNzNmYjYzMWY2ZGYyY2FlMjVmMzdhMWNiOWZkYmVi"
                            "ZTEzNzYzMGIxYzllZjEzMmNlZmM3ZTI2YzU5M2VlYmE2NmJmNGZmZjNlN2I0YTlkZGJlNTkxYzVhNWMwNjI="));
    }

    void noncesAreFreshUuids()
    {
        const QString a = newNonce();
        QCOMPARE(a.size(), 36);
        QVERIFY(a != newNonce());
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
