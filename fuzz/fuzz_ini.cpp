// SPDX-License-Identifier: Apache-2.0
// foremast.cfg as configparser reads it.
#include "FuzzSupport.h"

#include "foremast/IniFile.h"

using namespace Fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    IniFile::parse(QStringLiteral("foremast.cfg"), QString::fromUtf8(Fuzz::bytes(data, size)));
    return 0;
}
