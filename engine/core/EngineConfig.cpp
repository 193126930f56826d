#include "core/EngineConfig.h"

namespace autocoin {

ExchangeConfig EngineConfig::exchangeConfig() const
{
    ExchangeConfig config;
    config.exchange = exchange;
    config.baseUrl = baseUrl;
    config.timeout = requestTimeout;
    config.credentials = credentials;
    config.replaySources = replaySources;
    config.replaySpeed = replaySpeed;
    return config;
}

} // namespace autocoin
