#pragma once

#include "core/ExchangeError.h"

namespace autocoin {

/// What a failed balance request means to the person who configured the keys: "wrong key",
/// "IP address not allowed", "clock skew", "network", … with what to do about it. Pure, so the
/// command line and the settings dialog say the same thing.
struct ConnectionDiagnosis
{
    enum class Reason
    {
        WrongKey,
        MissingKeys,
        IpNotAllowed,
        Permission,
        ClockSkew,
        Network,
        RateLimited,
        Exchange
    };
    Reason reason = Reason::Exchange;
    QString summary; ///< one line, e.g. "the API key or secret is wrong"
    QString advice;  ///< what to do next

    static ConnectionDiagnosis fromError(const ExchangeError &error);
};

} // namespace autocoin
