// SPDX-License-Identifier: Apache-2.0
#include "FlowCheckMessages.h"

#include "FlowParser.h"

#include <QCoreApplication>
#include <QSet>

namespace Fd {

namespace {

// Written exactly as in resources/flows/*.json (lupdate joins the adjacent literals). fd_flowc
// refuses a built-in flow whose message is missing here; tst_flowmessages refuses an entry
// no built-in flow has any more.
const char *const builtinMessages[] = {
    QT_TRANSLATE_NOOP("FlowCheck",
                      "approval_skip is ignored: foremast.cfg does not enable approval skip for {{ env }} "
                      "(env_configs.{{ env }}.enable_approval_skip), so the Checkpoint stays."),
    QT_TRANSLATE_NOOP("FlowCheck",
                      "custom_scaling_policies alone adds no Attach Scaling Policy stage (as in Foremast v5); "
                      "set a scaling_policy as well to have them applied."),
    QT_TRANSLATE_NOOP("FlowCheck",
                      "Completion webhooks are not part of the documented flow: those of {{ env }} are not "
                      "generated (the foremast-v5 flow, or a flow of your own, adds them)."),
    QT_TRANSLATE_NOOP("FlowCheck",
                      "Foremast v5 adds no completion webhooks to prod-named envs; those of {{ env }} are not generated."),
    QT_TRANSLATE_NOOP("FlowCheck",
                      "Foremast v5 looks for a pipeline_{{ env }}.json.j2 template for this env and ships none; "
                      "this flow uses the prod block."),
    QT_TRANSLATE_NOOP("FlowCheck",
                      "Foremast v5 cannot generate this env: for prod-named envs it looks for a "
                      "pipeline_{{ env }}_cloudfunction.json.j2 template and ships only pipeline_prod_cloudfunction.json.j2."),
    QT_TRANSLATE_NOOP("FlowCheck",
                      "Foremast v5 cannot generate this env: for prod-named envs it looks for a "
                      "pipeline_{{ env }}_datapipeline.json.j2 template and ships only pipeline_prod_datapipeline.json.j2."),
    QT_TRANSLATE_NOOP("FlowCheck",
                      "Foremast v5 cannot generate this env: for prod-named envs it looks for a "
                      "pipeline_{{ env }}_lambda.json.j2 template and ships only pipeline_prod_lambda.json.j2."),
    QT_TRANSLATE_NOOP("FlowCheck",
                      "Foremast v5 cannot generate this env: for prod-named envs it looks for a "
                      "pipeline_{{ env }}_s3.json.j2 template and ships only pipeline_prod_s3.json.j2."),
    QT_TRANSLATE_NOOP("FlowCheck",
                      "Foremast v5 cannot generate this env: for prod-named envs it looks for a "
                      "pipeline_{{ env }}_stepfunction.json.j2 template and ships only pipeline_prod_stepfunction.json.j2."),
};

} // namespace

QStringList FlowCheckMessages::builtin()
{
    QStringList out;
    for (const char *message : builtinMessages)
        out << QString::fromUtf8(message);
    return out;
}

FlowTemplate FlowCheckMessages::translated(const FlowCheck &check, const Flow &flow)
{
    // Only listed messages are looked up: a user's own message is no entry of the catalogue (every
    // lookup is one, tst_catalogue), while a copy of a built-in flow keeps its translations.
    static const QSet<QString> listed = [] {
        const QStringList all = builtin();
        return QSet<QString>(all.begin(), all.end());
    }();
    if (!listed.contains(check.messageText))
        return check.message;
    const QByteArray source = check.messageText.toUtf8();
    const QString text = QCoreApplication::translate(Context, source.constData());
    if (text == check.messageText)
        return check.message;
    // Compiled as the parser compiled the flow's own message (FlowParser::parseChecks).
    QString error;
    KeyPath errorPath;
    std::optional<FlowTemplate> compiled = FlowTemplate::compile(
        QJsonValue(text), FlowTemplateContext::ofChecks(&flow.data()->settingNames), &error, &errorPath);
    return compiled ? *compiled : check.message;
}

} // namespace Fd
