#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace autocoin {

/// Which exchange an account, a record or a client belongs to. The replay market is the offline
/// exchange of the demo and the tests; it trades by Upbit's rules.
enum class Exchange
{
    Upbit,
    Bithumb,
    Replay,
};

/// "upbit" / "bithumb" / "replay": the one spelling settings, records, events and logs carry.
QString exchangeName(Exchange exchange);
/// nullopt for any other text (a stored row or a setting with an unknown exchange is an error).
std::optional<Exchange> parseExchange(QStringView text);

} // namespace autocoin
