// SPDX-License-Identifier: Apache-2.0
// Every field of a parsed flow as text, to compare a precompiled flow with the same flow parsed
// from JSON (fd_flowc at build time, tst_flowprecompiled). Written apart from the blob's writer
// and reader, so a field either of them drops or garbles shows as a difference.
#include "FlowPrecompiledFormat.h"

#include <QCborValue>

namespace Fd {

namespace {

void line(QByteArray &out, const char *label, const QString &text)
{
    out += label;
    out += text.isNull() ? QByteArray("<null>") : '"' + text.toUtf8() + '"';
    out += '\n';
}

void line(QByteArray &out, const char *label, const QStringList &texts)
{
    out += label;
    out += '[';
    for (const QString &text : texts)
        out += (text.isNull() ? QByteArray("<null>") : '"' + text.toUtf8() + '"') + ' ';
    out += "]\n";
}

void line(QByteArray &out, const char *label, const QJsonValue &value)
{
    out += label;
    // Diagnostic notation tells an integer from a double and undefined from null.
    out += value.isUndefined() ? QStringLiteral("undefined").toUtf8()
                               : QCborValue::fromJsonValue(value).toDiagnosticNotation().toUtf8();
    out += '\n';
}

void line(QByteArray &out, const char *label, qint64 number)
{
    out += label + QByteArray::number(number) + '\n';
}

void describeConditions(QByteArray &out, const std::vector<FlowCondition> &conditions)
{
    line(out, "conditions ", qint64(conditions.size()));
    for (const FlowCondition &condition : conditions)
        FlowPrecompiledAccess::describe(out, condition);
}

void describeEntries(QByteArray &out, const char *label, const std::vector<FlowStageEntry> &entries)
{
    line(out, label, qint64(entries.size()));
    for (const FlowStageEntry &entry : entries) {
        line(out, "entry ", entry.keyPath);
        line(out, "id ", entry.id);
        describeConditions(out, entry.when);
        line(out, "forEach ", qint64(entry.forEach.has_value()));
        if (entry.forEach)
            FlowPrecompiledAccess::describe(out, *entry.forEach);
        line(out, "side ", qint64(entry.side));
        line(out, "after ", entry.after);
        FlowPrecompiledAccess::describe(out, entry.stage);
    }
}

} // namespace

void FlowPrecompiledAccess::describe(QByteArray &out, const FlowExpression &expression)
{
    line(out, "expression root ", qint64(expression.m_root));
    line(out, "setting ", expression.m_setting);
    for (const FlowExpression::Segment &segment : expression.m_path) {
        line(out, "segment ", segment.key);
        out += "latin1 " + segment.latin1 + '\n';
    }
    for (const FlowExpression::Step &step : expression.m_filters) {
        line(out, "filter ", qint64(step.filter));
        line(out, "argument ", step.argument);
    }
    line(out, "optional ", qint64(expression.m_optional));
}

void FlowPrecompiledAccess::describe(QByteArray &out, const FlowCondition &condition)
{
    describe(out, condition.m_expression);
    line(out, "op ", qint64(condition.m_op));
    line(out, "literal ", condition.m_literal);
}

void FlowPrecompiledAccess::describe(QByteArray &out, const FlowTemplate &templ)
{
    if (!templ.m_nodes) {
        out += "template null\n";
        return;
    }
    line(out, "template nodes ", qint64(templ.m_nodes->size()));
    for (const FlowTemplate::Node &node : *templ.m_nodes) {
        line(out, "node kind ", qint64(node.kind));
        line(out, "literal ", node.literal);
        for (const FlowTemplate::Node::Member &member : node.members) {
            line(out, "member ", member.key);
            out += "latin1 " + member.latin1 + '\n';
            line(out, "node ", member.node);
        }
        for (const int item : node.items)
            line(out, "item ", item);
        if (node.expression)
            describe(out, *node.expression);
        for (const FlowTemplate::Node::Part &part : node.parts) {
            line(out, "part ", part.text);
            if (part.expression)
                describe(out, *part.expression);
        }
        line(out, "usesEnv ", qint64(node.usesEnv));
        for (const int setting : node.settingRefs)
            line(out, "settingRef ", setting);
        for (const FlowVar var : node.reads)
            line(out, "reads ", qint64(var));
    }
}

QByteArray FlowPrecompiled::describe(const Flow::Data &data)
{
    QByteArray out;
    line(out, "name ", data.name);
    line(out, "title ", data.title);
    line(out, "description ", data.description);
    line(out, "file ", data.file);
    line(out, "pipelineTypes ", data.pipelineTypes);
    line(out, "needsSubnets ", qint64(data.needsSubnets));
    for (const FlowSetting &setting : data.settings) {
        line(out, "setting ", setting.name);
        line(out, "default ", setting.defaultValue);
        line(out, "description ", setting.description);
    }
    line(out, "settingNames ", data.settingNames);
    line(out, "settingTemplates ", qint64(data.settingTemplates.size()));
    for (const FlowTemplate &templ : data.settingTemplates)
        FlowPrecompiledAccess::describe(out, templ);
    out += "pipeline\n";
    FlowPrecompiledAccess::describe(out, data.pipeline);
    describeEntries(out, "start ", data.start);
    describeEntries(out, "end ", data.end);
    line(out, "envBlocks ", qint64(data.envBlocks.size()));
    for (const FlowEnvBlock &block : data.envBlocks) {
        line(out, "match ", block.match);
        line(out, "pattern ", block.pattern.pattern());
        line(out, "patternOptions ", qint64(block.pattern.patternOptions()));
        describeEntries(out, "stages ", block.stages);
    }
    line(out, "checks ", qint64(data.checks.size()));
    for (const FlowCheck &check : data.checks) {
        describeConditions(out, check.when);
        line(out, "severity ", qint64(check.severity));
        line(out, "keyPath ", check.keyPath);
        FlowPrecompiledAccess::describe(out, check.message);
        line(out, "messageText ", check.messageText);
    }
    return out;
}

} // namespace Fd
