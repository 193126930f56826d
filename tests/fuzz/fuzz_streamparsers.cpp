// libFuzzer target; what it feeds and checks: StreamParsersHarness.h.
#include "StreamParsersHarness.h"

AUTOCOIN_FUZZ_TARGET(autocoin::fuzz::streamParsers)
