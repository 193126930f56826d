#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace autocoin {

/// Writes `text` and a newline to `stream` in the locale's encoding, flushed: the one way the
/// commands print to the terminal.
void printLine(std::FILE *stream, const QString &text);

/// Writes `data` to `path` all or nothing (QSaveFile: a failure leaves no half-written file);
/// false with the system's `reason` (the caller names the file in its own words).
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *reason);

} // namespace autocoin
