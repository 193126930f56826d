#pragma once

#include <QMetaType>
#include <QString>

namespace autocoin {

/// Why a request to an exchange did not produce a usable answer.
struct ExchangeError
{
    enum class Kind
    {
        Network,        ///< connection refused, reset, closed, DNS, TLS
        Timeout,        ///< no complete answer within the request timeout
        Http,           ///< an HTTP error status without a more specific meaning (5xx, unexpected 4xx)
        RateLimited,    ///< 429 / 418: the exchange refuses because of request rate
        Authentication, ///< 401 / 403: keys, signature, permissions, IP whitelist
        Rejected,       ///< the exchange understood and refused (400 with an error name, 404 not found)
        Malformed,      ///< the answer is not the JSON the API documents
        Cancelled,      ///< abandoned by us (engine stop, shutdown)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code;    ///< the exchange's error name, e.g. "invalid_query_payload", when it sent one
    QString message; ///< human readable, never contains credentials

    /// One line for a log or the status panel: "HTTP 500: server error", "timeout after 5000 ms".
    QString describe() const;
    static QString kindName(Kind kind);
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::ExchangeError)
