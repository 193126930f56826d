#pragma once

#include <QString>

#include <cstdio>

namespace autocoin {

/// Writes `text` and a newline to `stream` in the locale's encoding, flushed: the one way the
/// commands print to the terminal.
void printLine(std::FILE *stream, const QString &text);

} // namespace autocoin
