#pragma once

#include "core/ExchangeError.h"

#include <QString>

#include <exception>
#include <stdexcept>
#include <utility>

namespace autocoin {

/// Runs `work` — anything returning a Result<T> — and turns an exception escaping it into an
/// ExchangeError of `kind` whose message names what was being done. Decimal throws when a hostile
/// but well-formed number leaves its exact range (an 18-decimal price times an 18-decimal
/// volume); such an exception must never reach Qt's event loop or leave a thread, where it would
/// end the process with std::terminate. Use it at every entry from the network, a timer or a
/// worker thread, around the work whose inputs came from outside.
template<typename Work>
auto guarded(ExchangeError::Kind kind, const QString &what, Work &&work) -> decltype(std::forward<Work>(work)())
{
    ExchangeError error;
    error.kind = kind;
    try {
        return std::forward<Work>(work)();
    } catch (const std::overflow_error &e) { // Decimal: out of its exact range
        error.message =
            QStringLiteral("%1: an amount cannot be represented exactly (%2)").arg(what, QString::fromUtf8(e.what()));
    } catch (const std::domain_error &e) { // Decimal: a division by zero the inputs asked for
        error.message =
            QStringLiteral("%1: impossible arithmetic on its amounts (%2)").arg(what, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        error.message = QStringLiteral("%1 failed (%2)").arg(what, QString::fromUtf8(e.what()));
    }
    return error;
}

} // namespace autocoin
