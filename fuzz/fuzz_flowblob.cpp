// SPDX-License-Identifier: Apache-2.0
// The precompiled flows' reader (FlowPrecompiled::read) on damaged content. The input is the
// blob's content; the header around it is made right (magic, version, both hashes), because the
// hashes alone would refuse almost every input before the reader's own checks see it. A blob that
// reads must describe itself without failing.
#include "FuzzSupport.h"

#include "generator/FlowPrecompiled.h"
#include "generator/FlowPrecompiledFormat.h"

#include <QtEndian>

#include <cstring>

using namespace Fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = Fuzz::bytes(data, size);
    const QByteArray source = QByteArrayLiteral("fuzz");
    QByteArray blob(FlowBlob::HeaderSize, '\0');
    std::memcpy(blob.data(), FlowBlob::Magic, sizeof FlowBlob::Magic);
    qToLittleEndian(FlowPrecompiled::Version, blob.data() + 8);
    qToLittleEndian(FlowPrecompiled::hash(source), blob.data() + 16);
    qToLittleEndian(FlowPrecompiled::hash(content), blob.data() + 24);
    blob += content;
    const Result<Flow> flow = FlowPrecompiled::read(QStringLiteral("fuzz.flowc"), blob, source,
                                                    QStringLiteral("fuzz.json"));
    if (flow)
        (void)FlowPrecompiled::describe(*flow->data());
    return 0;
}
