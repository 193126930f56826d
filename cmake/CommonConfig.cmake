# One INTERFACE target carries the compiler settings, warnings and strict Qt defines
# for every target of the project (app, libraries, tests, benchmarks).
add_library(autocoin_common INTERFACE)
add_library(autocoin::common ALIAS autocoin_common)

target_compile_features(autocoin_common INTERFACE cxx_std_20)

target_compile_definitions(autocoin_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    AUTOCOIN_VERSION="${PROJECT_VERSION}"
)

# Doubles are computed exactly as written, never fused into an FMA (a*b+c rounded once): the
# indicators and every report figure must be bit-identical whatever the compiler, the target CPU
# (FMA-capable x86-64, Apple's arm64) or a runtime-dispatched kernel. GCC contracts by default even
# in ISO C++ mode (-ffp-contract=fast), clang within an expression (=on): pinned off. MSVC's
# /fp:precise does not contract (VS 2022: only /fp:contract does); pinned against a changed default.
if(MSVC)
    target_compile_options(autocoin_common INTERFACE /fp:precise)
else()
    target_compile_options(autocoin_common INTERFACE -ffp-contract=off)
endif()

if(MSVC)
    target_compile_options(autocoin_common INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(AUTOCOIN_WERROR)
        target_compile_options(autocoin_common INTERFACE /WX)
    endif()
else()
    target_compile_options(autocoin_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wnull-dereference)
    if(AUTOCOIN_WERROR)
        target_compile_options(autocoin_common INTERFACE -Werror)
    endif()
    # GCC 12's -Wrestrict misreads std::string's operator+(const char *, string &&) once -O3 inlines
    # it ("accessing 9223372036854775810 or more bytes", GCC PR 105651; Debian 12 has 12.2): the
    # Release build with AUTOCOIN_WERROR (CI) would fail on correct code.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(autocoin_common INTERFACE -Wno-restrict)
    endif()
endif()

if(AUTOCOIN_SANITIZE)
    # float-cast-overflow is not part of GCC's "undefined": a double beyond the integer it is cast
    # to (a fuzzed timestamp) must fail the sanitizer suite too.
    target_compile_options(autocoin_common INTERFACE -fsanitize=address,undefined,float-cast-overflow
        -fno-omit-frame-pointer)
    target_link_options(autocoin_common INTERFACE -fsanitize=address,undefined,float-cast-overflow)
endif()

if(AUTOCOIN_FUZZ)
    # Coverage instrumentation for libFuzzer and both sanitizers in every library; UB aborts so
    # that the fuzzer sees it. The fuzz targets add -fsanitize=fuzzer (libFuzzer's main) at link.
    target_compile_options(autocoin_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(autocoin_common INTERFACE -fsanitize=address,undefined)
endif()
