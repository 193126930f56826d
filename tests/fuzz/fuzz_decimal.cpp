// libFuzzer target; what it feeds and checks: DecimalHarness.h.
#include "DecimalHarness.h"

AUTOCOIN_FUZZ_TARGET(autocoin::fuzz::decimal)
