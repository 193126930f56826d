#pragma once

#include "core/ExchangeError.h"
#include "http/HttpResponse.h"

#include <optional>

namespace autocoin {

/// Turns a response into the error it stands for, or nullopt for a usable answer. Understands
/// `{"error":{"name":…,"message":…}}` (name a string or a number, also inside an HTTP 200, as
/// Bithumb 2.0 may send it) and Bithumb's legacy `{"status":"5xxx","message":…}`.
std::optional<ExchangeError> classifyResponse(const HttpResponse &response);

/// The typed error for an exchange error name at an HTTP status.
ExchangeError::Kind kindForErrorName(int httpStatus, const QString &name);

/// The typed error for a Bithumb legacy status code ("5300", …).
ExchangeError::Kind kindForLegacyStatus(const QString &status, const QString &message);

} // namespace autocoin
