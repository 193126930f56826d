#pragma once

#include <QString>

namespace autocoin {

/// On a fatal signal (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT), writes what is known of the crash
/// to standard error and to `logFile` (when given): the signal, the faulting address and the mapping
/// (file) it lies in, and the call stack as return addresses with their library and offset. Then
/// the signal takes its course, so the exit status still says the process crashed. Everything the
/// handler does is async-signal-safe: the file is opened here, and the stack walker is warmed up
/// here. Called again (a log file known later), it writes to the new file. Unix only; elsewhere it
/// does nothing.
void installCrashReport(const QString &logFile = {});

} // namespace autocoin
