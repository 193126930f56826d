#pragma once

#include <QString>

namespace autocoin {

/// API keys of one exchange account. Held in memory only: loaded from the environment or the OS
/// keychain, never written to a file, the database or a log line.
struct Credentials
{
    QString accessKey;
    QString secretKey;
    bool isComplete() const { return !accessKey.isEmpty() && !secretKey.isEmpty(); }
};

} // namespace autocoin
