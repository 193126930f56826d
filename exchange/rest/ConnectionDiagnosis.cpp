#include "rest/ConnectionDiagnosis.h"

namespace autocoin {

ConnectionDiagnosis ConnectionDiagnosis::fromError(const ExchangeError &error)
{
    using Kind = ExchangeError::Kind;
    ConnectionDiagnosis d;
    const QString code = error.code;
    if (code == u"no_credentials") {
        d.reason = Reason::MissingKeys;
        d.summary = QStringLiteral("no API keys are configured");
        d.advice =
            QStringLiteral("enter the access and secret key in Settings, or set UPBIT_ACCESS_KEY/UPBIT_SECRET_KEY "
                           "(BITHUMB_API_KEY/BITHUMB_API_SECRET)");
    } else if (code == u"no_authorization_i_p" || code == u"NotAllowIP") {
        d.reason = Reason::IpNotAllowed;
        d.summary = QStringLiteral("this computer's IP address is not allowed for the key");
        d.advice = QStringLiteral("add this IP address to the key's allowed list on the exchange's website");
    } else if (code == u"out_of_scope" || code == u"5302") {
        d.reason = Reason::Permission;
        d.summary = QStringLiteral("the key lacks a permission");
        d.advice = QStringLiteral("give the key the asset-query and order permissions on the exchange's website");
    } else if (code == u"expired_jwt" || code == u"nonce_used" ||
               (code == u"5100" && error.message.contains(QStringLiteral("Time"), Qt::CaseInsensitive))) {
        d.reason = Reason::ClockSkew;
        d.summary = QStringLiteral("the exchange refused the request time: this computer's clock is off");
        d.advice = QStringLiteral("synchronise the system clock (enable automatic time) and try again");
    } else if (error.kind == Kind::Authentication) {
        d.reason = Reason::WrongKey;
        d.summary = QStringLiteral("the API key or secret is wrong, expired or revoked");
        d.advice = QStringLiteral("copy both keys again from the exchange's website; a new key takes effect at once");
    } else if (error.kind == Kind::Network || error.kind == Kind::Timeout) {
        d.reason = Reason::Network;
        d.summary = QStringLiteral("the exchange could not be reached");
        d.advice = QStringLiteral("check the internet connection, a proxy or firewall, and the API URL");
    } else if (error.kind == Kind::RateLimited || error.kind == Kind::Banned) {
        d.reason = Reason::RateLimited;
        d.summary = QStringLiteral("the exchange is limiting requests from this address");
        d.advice = QStringLiteral("wait a minute and try again; close other programs using the same key");
    } else {
        d.reason = Reason::Exchange;
        d.summary = QStringLiteral("the exchange answered with an error");
        d.advice = QStringLiteral("try again later");
    }
    d.summary += QStringLiteral(" (") + error.describe() + u')';
    return d;
}

} // namespace autocoin
