// libFuzzer target; what it feeds and checks: SettingsHarness.h.
#include "SettingsHarness.h"

AUTOCOIN_FUZZ_TARGET(autocoin::fuzz::settings)
