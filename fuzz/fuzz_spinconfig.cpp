// SPDX-License-Identifier: Apache-2.0
// ~/.spin/config: MiniYaml, scalars, $VARIABLE expansion and the sign-in reader. Also checks
// that no error ever shows the value planted in $FUZZ_SECRET.
#include "FuzzSupport.h"

#include "gate/SpinConfig.h"

using namespace Fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString yaml = QString::fromUtf8(Fuzz::bytes(data, size));
    QProcessEnvironment env;
    env.insert(QStringLiteral("FUZZ_SECRET"), QStringLiteral("\"zq9secretzq9\" x: - [ {"));
    const Result<SpinConfig> config = SpinConfig::parse(yaml, QStringLiteral("config"), env);
    if (!config && config.error().toString().contains(QStringLiteral("zq9secretzq9")))
        Fuzz::fail("an expanded secret was quoted in an error");
    return 0;
}
