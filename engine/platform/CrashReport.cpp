#include "platform/CrashReport.h"

#include <QFile>

// Under AddressSanitizer its own handlers report a crash, better than this one could.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define AUTOCOIN_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define AUTOCOIN_SANITIZED 1
#endif

#if defined(Q_OS_UNIX) && __has_include(<execinfo.h>) && !defined(AUTOCOIN_SANITIZED)
#define AUTOCOIN_CRASH_REPORT 1
#include <array>
#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace autocoin {

#ifdef AUTOCOIN_CRASH_REPORT
namespace {

constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
// The log file's descriptor, or -1. Only ever replaced by a new one, never closed while the
// handler could read it (a descriptor a few bytes of memory, once per start).
volatile sig_atomic_t g_logFd = -1;
// Where the handler runs: its own stack, so a stack overflow is reported too.
std::array<char, 64 * 1024> g_stack{};

void writeText(int fd, const char *text, std::size_t length)
{
    while (length > 0) {
        const ssize_t written = ::write(fd, text, length);
        if (written <= 0)
            return;
        text += written;
        length -= std::size_t(written);
    }
}

void writeText(int fd, const char *text)
{
    writeText(fd, text, std::strlen(text));
}

/// `value` in hexadecimal ("0x…"), written without a formatter (none is async-signal-safe).
void writeHex(int fd, std::uintptr_t value)
{
    std::array<char, 2 + 2 * sizeof value> text{};
    std::size_t at = text.size();
    do {
        text[--at] = "0123456789abcdef"[value & 0xF];
        value >>= 4;
    } while (value != 0);
    text[--at] = 'x';
    text[--at] = '0';
    writeText(fd, text.data() + at, text.size() - at);
}

void writeDecimal(int fd, long value)
{
    std::array<char, 24> text{};
    std::size_t at = text.size();
    const bool negative = value < 0;
    unsigned long rest = negative ? 0UL - static_cast<unsigned long>(value) : static_cast<unsigned long>(value);
    do {
        text[--at] = char('0' + rest % 10);
        rest /= 10;
    } while (rest != 0);
    if (negative)
        text[--at] = '-';
    writeText(fd, text.data() + at, text.size() - at);
}

const char *signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return "SIGSEGV (invalid memory access)";
    case SIGBUS:
        return "SIGBUS (a mapped file's page could not be read)";
    case SIGFPE:
        return "SIGFPE (arithmetic fault)";
    case SIGILL:
        return "SIGILL (illegal instruction)";
    case SIGABRT:
        return "SIGABRT (aborted)";
    default:
        return "a fatal signal";
    }
}

/// The line of /proc/self/maps whose range holds `address`: which file (or which anonymous
/// memory) the fault touched. Read with plain system calls, a piece at a time.
void writeMappingOf(int fd, std::uintptr_t address)
{
#ifdef __linux__
    const int maps = ::open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (maps < 0)
        return;
    std::array<char, 512> line{};
    std::size_t length = 0;
    char byte = 0;
    const auto parseHex = [](const char *&text) {
        std::uintptr_t value = 0;
        for (;; ++text) {
            const char c = *text;
            if (c >= '0' && c <= '9')
                value = value * 16 + std::uintptr_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                value = value * 16 + std::uintptr_t(c - 'a' + 10);
            else
                return value;
        }
    };
    while (::read(maps, &byte, 1) == 1) {
        if (byte != '\n') {
            if (length + 1 < line.size())
                line[length++] = byte;
            continue;
        }
        line[length] = '\0';
        const char *text = line.data();
        const std::uintptr_t from = parseHex(text);
        ++text; // '-'
        const std::uintptr_t to = parseHex(text);
        if (address >= from && address < to) {
            writeText(fd, "  in the mapping: ");
            writeText(fd, line.data(), length);
            writeText(fd, "\n");
            break;
        }
        length = 0;
    }
    ::close(maps);
#else
    Q_UNUSED(fd);
    Q_UNUSED(address);
#endif
}

void report(int fd, int signal, const siginfo_t *info, void *const *frames, int frameCount)
{
    writeText(fd, "\nautocoin crashed: ");
    writeText(fd, signalName(signal));
    writeText(fd, ", signal ");
    writeDecimal(fd, signal);
    writeText(fd, ", code ");
    writeDecimal(fd, info ? info->si_code : 0);
    if (info && (signal == SIGSEGV || signal == SIGBUS || signal == SIGFPE || signal == SIGILL)) {
        writeText(fd, ", address ");
        writeHex(fd, reinterpret_cast<std::uintptr_t>(info->si_addr));
        writeText(fd, "\n");
        writeMappingOf(fd, reinterpret_cast<std::uintptr_t>(info->si_addr));
    } else {
        writeText(fd, "\n");
    }
    writeText(fd, "  the call stack (return addresses; `addr2line -e FILE OFFSET` names them):\n");
    backtrace_symbols_fd(frames, frameCount, fd);
    writeText(fd, "  Please send this log with a description of what the app was doing.\n");
}

void onFatalSignal(int signal, siginfo_t *info, void *)
{
    std::array<void *, 64> frames{};
    const int frameCount = backtrace(frames.data(), int(frames.size()));
    report(STDERR_FILENO, signal, info, frames.data(), frameCount);
    const int logFd = g_logFd;
    if (logFd >= 0)
        report(logFd, signal, info, frames.data(), frameCount);
    // SA_RESETHAND put the default action back: the signal, raised again, ends the process as the
    // crash it is (the exit status and any core dump the system keeps say so).
    ::raise(signal);
}

} // namespace
#endif

void installCrashReport(const QString &logFile)
{
#ifdef AUTOCOIN_CRASH_REPORT
    if (!logFile.isEmpty()) {
        const int fd = ::open(QFile::encodeName(logFile).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        if (fd >= 0)
            g_logFd = fd; // an earlier descriptor stays open: the handler may be reading it right now
    }
    // The first call loads the unwinder (it allocates); later calls, in the handler, do not.
    std::array<void *, 4> warm{};
    backtrace(warm.data(), int(warm.size()));
    stack_t stack{};
    stack.ss_sp = g_stack.data();
    stack.ss_size = g_stack.size();
    sigaltstack(&stack, nullptr);
    struct sigaction action = {};
    action.sa_sigaction = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_RESETHAND | SA_ONSTACK;
    for (const int signal : kFatalSignals)
        sigaction(signal, &action, nullptr);
#else
    Q_UNUSED(logFile);
#endif
}

} // namespace autocoin
