// libFuzzer target; what it feeds and checks: CandleFileHarness.h.
#include "CandleFileHarness.h"

AUTOCOIN_FUZZ_TARGET(autocoin::fuzz::candleFile)
