// SPDX-License-Identifier: Apache-2.0
// Reading a precompiled flow: the fields in FlowPrecompiledWrite.cpp's order. Every count,
// index and enum is checked, so damaged bytes are refused instead of read out of bounds.
#include "FlowPrecompiledFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtEndian>

#include <cstring>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "Flow", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flow)
};

QByteArray latin1IfAscii(const QString &text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii ? text.toLatin1() : QByteArray();
}

} // namespace

namespace FlowBlob {

bool Reader::take(qsizetype size)
{
    if (m_failed || m_end - m_at < size) {
        m_failed = true;
        return false;
    }
    return true;
}

quint8 Reader::u8()
{
    return take(1) ? quint8(*m_at++) : 0;
}

template<typename T>
T Reader::number()
{
    if (!take(sizeof(T)))
        return 0;
    const T v = qFromLittleEndian<T>(m_at);
    m_at += sizeof(T);
    return v;
}

quint32 Reader::u32()
{
    return number<quint32>();
}

quint64 Reader::u64()
{
    return number<quint64>();
}

quint32 Reader::count()
{
    const quint32 n = u32();
    if (n > quint32(m_end - m_at)) {
        m_failed = true;
        return 0;
    }
    return n;
}

int Reader::index(int limit)
{
    const qint32 i = i32();
    if (i < 0 || i >= limit) {
        m_failed = true;
        return -1;
    }
    return i;
}

bool Reader::flag()
{
    const quint8 v = u8();
    if (v > 1)
        m_failed = true;
    return v == 1;
}

void Reader::readTexts()
{
    const quint32 n = count();
    m_texts.reserve(n);
    for (quint32 i = 0; i < n && !m_failed; ++i) {
        const quint32 size = u32();
        if (size > quint32(m_end - m_at) / 2) {
            m_failed = true;
            return;
        }
        QString text(qsizetype(size), Qt::Uninitialized);
        std::memcpy(text.data(), m_at, size_t(size) * 2);
        if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
            for (QChar &c : text)
                c = QChar(qFromLittleEndian(c.unicode()));
        }
        m_at += size_t(size) * 2;
        m_texts.push_back(std::move(text));
    }
    m_latin1.resize(m_texts.size());
}

int Reader::textIndex()
{
    const quint32 at = u32();
    if (at == NullText || m_failed)
        return -1;
    if (at >= m_texts.size()) {
        m_failed = true;
        return -1;
    }
    return int(at);
}

QString Reader::text()
{
    const int at = textIndex();
    return at < 0 ? QString() : m_texts[size_t(at)];
}

std::pair<QString, QByteArray> Reader::textWithLatin1()
{
    const int at = textIndex();
    if (at < 0)
        return {};
    std::optional<QByteArray> &latin1 = m_latin1[size_t(at)];
    if (!latin1)
        latin1 = latin1IfAscii(m_texts[size_t(at)]);
    return {m_texts[size_t(at)], *latin1};
}

QStringList Reader::texts()
{
    QStringList list;
    const quint32 n = count();
    list.reserve(n);
    for (quint32 i = 0; i < n && !m_failed; ++i)
        list << text();
    return list;
}

QJsonValue Reader::value()
{
    switch (ValueTag(u8())) {
    case ValueTag::Undefined: return QJsonValue(QJsonValue::Undefined);
    case ValueTag::Null: return QJsonValue(QJsonValue::Null);
    case ValueTag::False: return false;
    case ValueTag::True: return true;
    case ValueTag::Integer: return qint64(u64());
    case ValueTag::Double: {
        const quint64 bits = u64();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case ValueTag::Text: return text();
    case ValueTag::Container: {
        const int at = index(int(m_table.size()));
        return at < 0 ? QJsonValue() : m_table.at(at);
    }
    case ValueTag::Count: break;
    }
    m_failed = true;
    return QJsonValue();
}

} // namespace FlowBlob

using FlowBlob::Reader;

namespace {

/// Reads a count and that many items with `readOne` into `out`, reserved beforehand.
template<typename T, typename ReadOne>
void readList(Reader &in, std::vector<T> &out, ReadOne readOne)
{
    const quint32 n = in.count();
    out.reserve(n);
    for (quint32 i = 0; i < n && !in.failed(); ++i)
        out.push_back(readOne());
}

} // namespace

FlowExpression FlowPrecompiledAccess::readExpression(Reader &in, int settings)
{
    FlowExpression expression;
    const quint8 root = in.u8();
    if (root >= quint8(FlowVar::Count))
        in.fail();
    expression.m_root = FlowVar(root);
    expression.m_setting = in.i32();
    if (expression.m_root == FlowVar::Flow ? expression.m_setting < 0 || expression.m_setting >= settings
                                           : expression.m_setting != -1)
        in.fail();
    readList(in, expression.m_path, [&in] {
        auto [key, latin1] = in.textWithLatin1();
        return FlowExpression::Segment{std::move(key), std::move(latin1)};
    });
    readList(in, expression.m_filters, [&in] {
        const quint8 filter = in.u8();
        if (filter > quint8(FlowExpression::Filter::Number))
            in.fail();
        return FlowExpression::Step{FlowExpression::Filter(filter), in.value()};
    });
    expression.m_optional = in.flag();
    return expression;
}

FlowCondition FlowPrecompiledAccess::readCondition(Reader &in, int settings)
{
    FlowCondition condition;
    condition.m_expression = readExpression(in, settings);
    const quint8 op = in.u8();
    if (op > quint8(FlowCondition::Op::In))
        in.fail();
    condition.m_op = FlowCondition::Op(op);
    condition.m_literal = in.value();
    return condition;
}

FlowTemplate FlowPrecompiledAccess::readTemplate(Reader &in, int settings)
{
    using Node = FlowTemplate::Node;
    FlowTemplate templ;
    if (!in.flag())
        return templ;
    auto nodes = std::make_shared<std::vector<Node>>();
    // A node's children come before it (FlowTemplate's compiler adds them first), so an index
    // below the node's own is all a child can be.
    readList(in, *nodes, [&in, settings, &nodes] {
        const int at = int(nodes->size());
        Node node;
        const quint8 kind = in.u8();
        if (kind > quint8(Node::Kind::Text))
            in.fail();
        node.kind = Node::Kind(kind);
        node.literal = in.value();
        readList(in, node.members, [&in, at] {
            auto [key, latin1] = in.textWithLatin1();
            return Node::Member{std::move(key), std::move(latin1), in.index(at)};
        });
        readList(in, node.items, [&in, at] { return in.index(at); });
        if (in.flag())
            node.expression = readExpression(in, settings);
        readList(in, node.parts, [&in, settings] {
            Node::Part part;
            part.text = in.text();
            if (in.flag())
                part.expression = readExpression(in, settings);
            return part;
        });
        if ((node.kind == Node::Kind::Placeholder) != node.expression.has_value()
            || (node.kind == Node::Kind::Object && !node.literal.isObject()))
            in.fail();
        node.usesEnv = in.flag();
        readList(in, node.settingRefs, [&in, settings] { return in.index(settings); });
        readList(in, node.reads, [&in] {
            const quint8 var = in.u8();
            if (var >= quint8(FlowVar::Flow))
                in.fail();
            return FlowVar(var);
        });
        return node;
    });
    if (nodes->empty())
        in.fail();
    templ.m_nodes = std::move(nodes);
    return templ;
}

namespace {

std::vector<FlowCondition> readConditions(Reader &in, int settings)
{
    std::vector<FlowCondition> conditions;
    readList(in, conditions, [&in, settings] { return FlowPrecompiledAccess::readCondition(in, settings); });
    return conditions;
}

std::vector<FlowStageEntry> readEntries(Reader &in, int settings)
{
    std::vector<FlowStageEntry> entries;
    readList(in, entries, [&in, settings] {
        FlowStageEntry entry;
        entry.id = in.text();
        entry.when = readConditions(in, settings);
        if (in.flag())
            entry.forEach = FlowPrecompiledAccess::readExpression(in, settings);
        entry.side = in.flag();
        entry.after = in.text();
        entry.stage = FlowPrecompiledAccess::readTemplate(in, settings);
        entry.keyPath = in.text();
        return entry;
    });
    return entries;
}

void readData(Reader &in, Flow::Data &data)
{
    data.name = in.text();
    data.title = in.text();
    data.description = in.text();
    data.pipelineTypes = in.texts();
    data.needsSubnets = in.flag();
    readList(in, data.settings, [&in] {
        FlowSetting setting;
        setting.name = in.text();
        setting.defaultValue = in.value();
        setting.description = in.text();
        return setting;
    });
    const int settings = int(data.settings.size());
    data.settingNames = in.texts();
    if (data.settingNames.size() != settings)
        in.fail();
    readList(in, data.settingTemplates, [&in, settings] { return FlowPrecompiledAccess::readTemplate(in, settings); });
    if (int(data.settingTemplates.size()) != settings)
        in.fail();
    data.pipeline = FlowPrecompiledAccess::readTemplate(in, settings);
    data.start = readEntries(in, settings);
    data.end = readEntries(in, settings);
    readList(in, data.envBlocks, [&in, settings] {
        FlowEnvBlock block;
        block.match = in.text();
        block.pattern = QRegularExpression(in.text());
        block.stages = readEntries(in, settings);
        return block;
    });
    readList(in, data.checks, [&in, settings] {
        FlowCheck check;
        check.when = readConditions(in, settings);
        check.severity = in.flag() ? Error::Severity::Error : Error::Severity::Warning;
        check.keyPath = in.texts();
        check.message = FlowPrecompiledAccess::readTemplate(in, settings);
        check.messageText = in.text();
        return check;
    });
}

} // namespace

Result<Flow> FlowPrecompiled::read(const QString &blobName, QByteArrayView blob, QByteArrayView source,
                                   const QString &file)
{
    const auto refuse = [&blobName](const QString &why) {
        return Error::aboutFile(blobName, Error::Code::InvalidInput,
                                Tr::tr("The precompiled built-in flow cannot be used: %1 The program was not "
                                       "built correctly; build it again.").arg(why));
    };
    if (blob.size() < FlowBlob::HeaderSize || std::memcmp(blob.data(), FlowBlob::Magic, sizeof FlowBlob::Magic) != 0)
        return refuse(Tr::tr("it is not a precompiled flow."));
    const quint32 version = qFromLittleEndian<quint32>(blob.data() + 8);
    if (version != Version)
        return refuse(Tr::tr("it has format version %1; this program reads version %2.").arg(version).arg(Version));
    if (qFromLittleEndian<quint64>(blob.data() + 16) != hash(source))
        return refuse(Tr::tr("it was made from another version of the flow's JSON text."));
    const QByteArrayView content = blob.sliced(FlowBlob::HeaderSize);
    if (qFromLittleEndian<quint32>(blob.data() + 12) != 0 || qFromLittleEndian<quint64>(blob.data() + 24) != hash(content))
        return refuse(Tr::tr("its content is damaged or truncated."));

    // Damaged content that still hashes right cannot come from a build; checked all the same.
    const quint32 tableSize = content.size() >= 4 ? qFromLittleEndian<quint32>(content.data()) : 0;
    if (content.size() < 4 || tableSize > quint32(content.size() - 4))
        return refuse(Tr::tr("its content is damaged or truncated."));
    QJsonParseError parseError;
    const QJsonDocument table =
        QJsonDocument::fromJson(QByteArray::fromRawData(content.data() + 4, qsizetype(tableSize)), &parseError);
    Reader in(content.sliced(4 + tableSize), table.array());
    auto data = std::make_shared<Flow::Data>();
    data->file = file;
    in.readTexts();
    if (parseError.error == QJsonParseError::NoError && table.isArray())
        readData(in, *data);
    else
        in.fail();
    if (in.failed() || !in.atEnd() || data->name.isEmpty() || data->pipeline.isNull())
        return refuse(Tr::tr("its content is damaged or truncated."));
    return Flow::fromData(std::move(data));
}

} // namespace Fd
