// libFuzzer target; what it feeds and checks: RestParsersHarness.h.
#include "RestParsersHarness.h"

AUTOCOIN_FUZZ_TARGET(autocoin::fuzz::restParsers)
