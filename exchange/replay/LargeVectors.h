#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace autocoin {

/// Reserves `count` elements for a column of a million candles and asks Linux to back it with
/// huge pages (transparent huge pages are commonly "madvise" only): filling 8 MB then costs four
/// page faults instead of two thousand, which on a virtual machine were a third of a load.
template<typename T> void reserveLarge(std::vector<T> &vector, std::size_t count)
{
    vector.reserve(count);
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = 2 * 1024 * 1024;
    char *const data = reinterpret_cast<char *>(vector.data());
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t end = begin + vector.capacity() * sizeof(T);
    const std::uintptr_t from = (begin + kHuge - 1) & ~(kHuge - 1);
    const std::uintptr_t to = end & ~(kHuge - 1);
    if (to > from) // only advice: refused (an old kernel, huge pages off) it changes nothing
        madvise(data + (from - begin), to - from, MADV_HUGEPAGE);
#endif
}

} // namespace autocoin
