// SPDX-License-Identifier: Apache-2.0
// Writing a precompiled flow (FlowPrecompiledFormat.h has the layout); fd_flowc calls this at
// build time. FlowPrecompiledRead.cpp reads the fields in the same order.
#include "FlowPrecompiledFormat.h"

#include <QJsonDocument>
#include <QtEndian>

#include <cstring>

namespace Fd {

namespace FlowBlob {

void Writer::u32(quint32 v)
{
    char bytes[4];
    qToLittleEndian(v, bytes);
    m_out.append(bytes, 4);
}

void Writer::u64(quint64 v)
{
    char bytes[8];
    qToLittleEndian(v, bytes);
    m_out.append(bytes, 8);
}

void Writer::text(const QString &text)
{
    if (text.isNull()) {
        u32(NullText);
        return;
    }
    auto at = m_textIndex.constFind(text);
    if (at == m_textIndex.constEnd()) {
        at = m_textIndex.insert(text, quint32(m_texts.size()));
        m_texts << text;
    }
    u32(at.value());
}

void Writer::texts(const QStringList &texts)
{
    u32(quint32(texts.size()));
    for (const QString &text : texts)
        this->text(text);
}

void Writer::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined: u8(quint8(ValueTag::Undefined)); return;
    case QJsonValue::Null: u8(quint8(ValueTag::Null)); return;
    case QJsonValue::Bool: u8(quint8(value.toBool() ? ValueTag::True : ValueTag::False)); return;
    case QJsonValue::Double:
        // Qt keeps a number that was written without a fraction as an integer, which prints
        // differently from a double of the same value; keep which one it was.
        if (QCborValue::fromJsonValue(value).isInteger()) {
            u8(quint8(ValueTag::Integer));
            u64(quint64(value.toInteger()));
        } else {
            u8(quint8(ValueTag::Double));
            double d = value.toDouble();
            quint64 bits;
            std::memcpy(&bits, &d, sizeof bits);
            u64(bits);
        }
        return;
    case QJsonValue::String: u8(quint8(ValueTag::Text)); text(value.toString()); return;
    case QJsonValue::Array:
    case QJsonValue::Object:
        u8(quint8(ValueTag::Container));
        u32(quint32(m_table.size()));
        m_table.append(value);
        return;
    }
}

QByteArray Writer::finish(QByteArrayView source) const
{
    const QByteArray table = QJsonDocument(m_table).toJson(QJsonDocument::Compact);
    Writer content;
    content.u32(quint32(table.size()));
    content.m_out.append(table);
    content.u32(quint32(m_texts.size()));
    for (const QString &text : m_texts) {
        content.u32(quint32(text.size()));
        for (const QChar c : text) {
            char bytes[2];
            qToLittleEndian(c.unicode(), bytes);
            content.m_out.append(bytes, 2);
        }
    }
    content.m_out.append(m_out);

    Writer header;
    header.m_out.append(Magic, sizeof Magic);
    header.u32(FlowPrecompiled::Version);
    header.u32(0);
    header.u64(FlowPrecompiled::hash(source));
    header.u64(FlowPrecompiled::hash(content.m_out));
    return header.m_out + content.m_out;
}

} // namespace FlowBlob

using FlowBlob::Writer;

void FlowPrecompiledAccess::write(Writer &out, const FlowExpression &expression)
{
    out.u8(quint8(expression.m_root));
    out.i32(expression.m_setting);
    out.u32(quint32(expression.m_path.size()));
    for (const FlowExpression::Segment &segment : expression.m_path)
        out.text(segment.key); // the Latin-1 copy is made again when read
    out.u32(quint32(expression.m_filters.size()));
    for (const FlowExpression::Step &step : expression.m_filters) {
        out.u8(quint8(step.filter));
        out.value(step.argument);
    }
    out.u8(expression.m_optional);
}

void FlowPrecompiledAccess::write(Writer &out, const FlowCondition &condition)
{
    write(out, condition.m_expression);
    out.u8(quint8(condition.m_op));
    out.value(condition.m_literal);
}

void FlowPrecompiledAccess::write(Writer &out, const FlowTemplate &templ)
{
    if (!templ.m_nodes) {
        out.u8(0);
        return;
    }
    out.u8(1);
    const std::vector<FlowTemplate::Node> &nodes = *templ.m_nodes;
    out.u32(quint32(nodes.size()));
    for (const FlowTemplate::Node &node : nodes) {
        out.u8(quint8(node.kind));
        out.value(node.literal);
        out.u32(quint32(node.members.size()));
        for (const FlowTemplate::Node::Member &member : node.members) {
            out.text(member.key);
            out.i32(member.node);
        }
        out.u32(quint32(node.items.size()));
        for (const int item : node.items)
            out.i32(item);
        out.u8(node.expression.has_value());
        if (node.expression)
            write(out, *node.expression);
        out.u32(quint32(node.parts.size()));
        for (const FlowTemplate::Node::Part &part : node.parts) {
            out.text(part.text);
            out.u8(part.expression.has_value());
            if (part.expression)
                write(out, *part.expression);
        }
        out.u8(node.usesEnv);
        out.u32(quint32(node.settingRefs.size()));
        for (const int setting : node.settingRefs)
            out.i32(setting);
        out.u32(quint32(node.reads.size()));
        for (const FlowVar var : node.reads)
            out.u8(quint8(var));
    }
}

namespace {

void writeConditions(Writer &out, const std::vector<FlowCondition> &conditions)
{
    out.u32(quint32(conditions.size()));
    for (const FlowCondition &condition : conditions)
        FlowPrecompiledAccess::write(out, condition);
}

void writeEntries(Writer &out, const std::vector<FlowStageEntry> &entries)
{
    out.u32(quint32(entries.size()));
    for (const FlowStageEntry &entry : entries) {
        out.text(entry.id);
        writeConditions(out, entry.when);
        out.u8(entry.forEach.has_value());
        if (entry.forEach)
            FlowPrecompiledAccess::write(out, *entry.forEach);
        out.u8(entry.side);
        out.text(entry.after);
        FlowPrecompiledAccess::write(out, entry.stage);
        out.text(entry.keyPath);
    }
}

} // namespace

QByteArray FlowPrecompiled::write(const Flow::Data &data, QByteArrayView source)
{
    Writer out;
    out.text(data.name);
    out.text(data.title);
    out.text(data.description);
    out.texts(data.pipelineTypes);
    out.u8(data.needsSubnets);
    out.u32(quint32(data.settings.size()));
    for (const FlowSetting &setting : data.settings) {
        out.text(setting.name);
        out.value(setting.defaultValue);
        out.text(setting.description);
    }
    out.texts(data.settingNames);
    out.u32(quint32(data.settingTemplates.size()));
    for (const FlowTemplate &templ : data.settingTemplates)
        FlowPrecompiledAccess::write(out, templ);
    FlowPrecompiledAccess::write(out, data.pipeline);
    writeEntries(out, data.start);
    writeEntries(out, data.end);
    out.u32(quint32(data.envBlocks.size()));
    for (const FlowEnvBlock &block : data.envBlocks) {
        out.text(block.match);
        out.text(block.pattern.pattern()); // the regex wildcardToRegularExpression() made
        writeEntries(out, block.stages);
    }
    out.u32(quint32(data.checks.size()));
    for (const FlowCheck &check : data.checks) {
        writeConditions(out, check.when);
        out.u8(check.severity == Error::Severity::Error);
        out.texts(check.keyPath);
        FlowPrecompiledAccess::write(out, check.message);
        out.text(check.messageText);
    }
    return out.finish(source);
}

quint64 FlowPrecompiled::hash(QByteArrayView bytes)
{
    // Eight bytes at a time: each step is a bijection of the state for a given word and of the
    // word for a given state, so a blob differing in one word always hashes differently.
    constexpr quint64 Multiplier = 0x9e3779b97f4a7c15ull;
    quint64 h = quint64(bytes.size()) * Multiplier;
    const char *at = bytes.data();
    qsizetype left = bytes.size();
    for (; left >= 8; at += 8, left -= 8) {
        h = (h ^ qFromLittleEndian<quint64>(at)) * Multiplier;
        h ^= h >> 29;
    }
    quint64 tail = 0;
    for (qsizetype i = 0; i < left; ++i)
        tail |= quint64(quint8(at[i])) << (8 * i);
    h = (h ^ tail) * Multiplier;
    h ^= h >> 32;
    return h;
}

} // namespace Fd
