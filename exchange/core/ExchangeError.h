#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace autocoin {

/// Why a request to an exchange did not produce a usable answer.
struct ExchangeError
{
    enum class Kind
    {
        Network,           ///< connection refused, reset, closed, DNS, TLS
        Timeout,           ///< no complete answer within the request timeout
        RateLimited,       ///< 429: too many requests; back off
        Banned,            ///< 418: temporarily banned for ignoring rate limits
        Authentication,    ///< 401 / 403: keys, signature, permissions, IP whitelist, clock skew
        InsufficientFunds, ///< not enough balance for the order
        InvalidOrder,      ///< below the minimum total, off the tick grid, bad parameters
        NotFound,          ///< no such order (or market)
        Server,            ///< 5xx
        Rejected,          ///< any other refusal the exchange explained
        Malformed,         ///< the answer is not the JSON the API documents
        Unsupported,       ///< this exchange (e.g. the replay market) cannot do that
        EndOfData,         ///< the replay market has delivered its last candle
        Cancelled,         ///< abandoned by us (engine stop, shutdown)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code;    ///< the exchange's error name, e.g. "invalid_query_payload" or legacy "5300"
    QString message; ///< the exchange's own message (Korean text kept intact) or ours; never credentials
    /// For an order placement: the request may have reached the exchange and nobody knows whether
    /// the order exists. The caller must look it up by client order id before anything else.
    bool orderStateUnknown = false;
    /// For RateLimited/Banned: how long to wait before the next request, when known.
    int retryAfterMs = 0;

    /// True when the same request may succeed later unchanged (network, timeout, rate limit,
    /// server errors, Bithumb's order_not_ready).
    bool retryable() const;
    /// One line for a log or the status panel: "server (HTTP 500): server error".
    QString describe() const;
    /// describe()'s line read back (kind, HTTP status, code, message; the flags are not in it), for
    /// texts that carry it (EngineStatus::lastError, the ERROR cause); nullopt for any other text.
    static std::optional<ExchangeError> fromDescription(const QString &line);
    static QString kindName(Kind kind);
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::ExchangeError)
Q_DECLARE_METATYPE(autocoin::ExchangeError::Kind)
