#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

/// Shared by the libFuzzer targets (fuzz_*.cpp) and by the QtTest cases that replay their
/// findings (tests/data/fuzz/): each harness (*Harness.h) is one function of the input's bytes,
/// so the g++ suite feeds a finding through exactly the code the fuzzer ran.
namespace autocoin::fuzz {

/// A broken promise of the code under test. Thrown, not std::abort: libFuzzer reports the
/// uncaught exception as a crash at the throw (with its stack), and a QtTest case replaying the
/// input fails with the message instead of ending the test program.
class Broken : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

inline void require(bool condition, const char *promise)
{
    if (!condition)
        throw Broken(promise);
}

/// Qt's warnings (a body that is not JSON, …) are expected on hostile input and would only
/// flood the fuzzer's output; a qFatal still aborts, and is a finding.
inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtFatalMsg)
            qt_message_output(type, context, message);
    });
}

/// The fuzzer's bytes as a QByteArray without copying (they live for the call).
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

inline QString textOf(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace autocoin::fuzz

/// The two entry points of a libFuzzer target whose harness is `harness(data, size)`.
#define AUTOCOIN_FUZZ_TARGET(harness)                                                                                  \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                                               \
    {                                                                                                                  \
        autocoin::fuzz::silenceQt();                                                                                   \
        return 0;                                                                                                      \
    }                                                                                                                  \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)                                  \
    {                                                                                                                  \
        harness(data, size);                                                                                           \
        return 0;                                                                                                      \
    }
