// SPDX-License-Identifier: Apache-2.0
// Runway load + checks: pipeline.json and env files as parsed text, then checkRunway().
#include "FuzzSupport.h"

#include "json/JsonFile.h"
#include "runway/Runway.h"
#include "runway/RunwayChecks.h"

#include <QJsonObject>

using namespace Fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> files = Fuzz::parts(Fuzz::bytes(data, size), 3);
    Runway runway;
    runway.folder = QStringLiteral("/runway");
    runway.pipeline.path = QStringLiteral("/runway/pipeline.json");
    Result<JsonFile> pipeline = JsonFile::parse(runway.pipeline.path, files.value(0));
    if (!pipeline)
        return 0;
    runway.pipeline.value = pipeline->value.toObject();
    runway.pipeline.disk = std::move(pipeline).value();
    const QStringList envs{QStringLiteral("dev"), QStringLiteral("prod")};
    for (int i = 1; i < files.size(); ++i) {
        RunwayFile file;
        file.path = QStringLiteral("/runway/") + Runway::envFileName(envs.value(i - 1));
        Result<JsonFile> json = JsonFile::parse(file.path, files.at(i));
        if (!json)
            continue;
        file.value = json->value.toObject();
        file.disk = std::move(json).value();
        runway.envs.insert(envs.value(i - 1), std::move(file));
    }
    const Errors findings = checkRunway(runway);
    for (const Error &e : findings) {
        if (e.file.isEmpty())
            Fuzz::fail("a runway finding names no file");
    }
    return 0;
}
