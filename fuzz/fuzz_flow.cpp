// SPDX-License-Identifier: Apache-2.0
// Flow documents and their expressions: FlowParser on JSON, and FlowExpression / FlowCondition
// on raw text (first line of the input).
#include "FuzzSupport.h"

#include "generator/FlowExpression.h"
#include "generator/FlowParser.h"
#include "json/JsonFile.h"

using namespace Fd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input.left(input.indexOf('\n') < 0 ? input.size() : input.indexOf('\n')));
    const QStringList settings{QStringLiteral("approval"), QStringLiteral("regions")};
    FlowTemplateContext context;
    context.envVars = true;
    context.itemVars = true;
    context.settingNames = &settings;
    QString error;
    FlowExpression::parse(text, context, &error);
    FlowCondition::parse(text, context, &error);

    const Result<JsonFile> file = JsonFile::parse(QStringLiteral("fuzz.flow.json"), input);
    if (file) {
        Flow::Data flow;
        FlowParser::parse(*file, flow);
    }
    return 0;
}
