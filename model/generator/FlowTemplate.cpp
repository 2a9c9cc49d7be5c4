// SPDX-License-Identifier: Apache-2.0
#include "FlowTemplate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <unordered_map>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "FlowTemplate", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowTemplate)
};

} // namespace

struct FlowTemplate::Node
{
    enum class Kind : quint8 { Literal, Object, Array, Placeholder, Text };
    struct Part
    {
        QString text;
        std::optional<FlowExpression> expression;
    };

    Kind kind = Kind::Literal;
    QJsonValue literal;                           // Object: every key, placeholders as null
    struct Member
    {
        QString key;
        QByteArray latin1; ///< the key when it is Latin-1: QJsonObject finds those faster
        int node = -1;
    };
    std::vector<Member> members; // Object: the members with placeholders
    std::vector<int> items;
    std::optional<FlowExpression> expression;
    std::vector<Part> parts;
    bool usesEnv = false;          ///< the node or one below reads an env or item variable
    std::vector<int> settingRefs;  ///< the flow settings read by the node or one below
};

struct FlowRenderMemory::Data
{
    /// A member's or item's value as last rendered (undefined: left out).
    struct Value
    {
        QJsonValue value = QJsonValue(QJsonValue::Null); // what a skeleton holds
        QString text;         ///< the value, when it is a text
        bool isText = false;
    };
    /// An object as last rendered, and the value each member with a placeholder had then.
    struct Object
    {
        bool filled = false;
        quint64 pipelineStamp = 0;
        const std::vector<FlowTemplate> *settings = nullptr;
        QJsonObject object;
        std::vector<Value> members;
        std::vector<bool> pipelineOnly;  ///< the member reads nothing but pipeline variables
        std::vector<Value> extra;        ///< FlowExtraMember values
    };
    struct Array
    {
        bool filled = false;
        QJsonArray array;
        std::vector<Value> items;
    };
    /// What was rendered under one key. Node-based maps: a reference to an entry stays valid
    /// while entries for the nodes below are added.
    struct Renders
    {
        std::unordered_map<const FlowTemplate::Node *, Object> objects;
        std::unordered_map<const FlowTemplate::Node *, Array> arrays;
    };
    std::unordered_map<QString, Renders> keys;
    Renders *current = nullptr;
};

FlowRenderMemory::FlowRenderMemory() : d(std::make_unique<Data>()) { d->current = &d->keys[QString()]; }
FlowRenderMemory::~FlowRenderMemory() = default;

void FlowRenderMemory::select(const QString &key)
{
    d->current = &d->keys[key];
}

namespace {

bool hasPlaceholder(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().contains(QStringLiteral("{{"));
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &v) { return hasPlaceholder(v); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(), [](const QJsonValue &v) { return hasPlaceholder(v); });
    }
    return false;
}

class Compiler
{
public:
    Compiler(const FlowTemplateContext &context, std::vector<FlowTemplate::Node> &nodes)
        : m_context(context), m_nodes(nodes)
    {
    }

    int compile(const QJsonValue &value, KeyPath &path, QString *error)
    {
        using Node = FlowTemplate::Node;
        Node node;
        if (!hasPlaceholder(value)) {
            node.literal = value;
        } else if (value.isObject()) {
            // Rendering fills a copy of this skeleton: replacing the value of an existing key is
            // much cheaper than inserting a new key into a QJsonObject.
            node.kind = Node::Kind::Object;
            const QJsonObject object = value.toObject();
            QJsonObject skeleton = object;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!hasPlaceholder(it.value()))
                    continue;
                skeleton.insert(it.key(), QJsonValue(QJsonValue::Null));
                path << it.key();
                const int child = compile(it.value(), path, error);
                if (child < 0)
                    return -1;
                path.removeLast();
                const QString key = it.key();
                const bool latin1 = std::all_of(key.begin(), key.end(), [](QChar c) { return c.unicode() < 0x80; });
                node.members.push_back({key, latin1 ? key.toLatin1() : QByteArray(), child});
            }
            node.literal = skeleton;
        } else if (value.isArray()) {
            node.kind = Node::Kind::Array;
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i) {
                path << QString::number(i);
                const int child = compile(array.at(i), path, error);
                if (child < 0)
                    return -1;
                path.removeLast();
                node.items.push_back(child);
            }
        } else if (!compileText(value.toString(), node, error)) {
            return -1;
        }
        noteVariables(node);
        m_nodes.push_back(std::move(node));
        return int(m_nodes.size()) - 1;
    }

private:
    /// What the node reads, for FlowRenderMemory: its own expressions and its children's.
    void noteVariables(FlowTemplate::Node &node) const
    {
        const auto readExpression = [&node](const FlowExpression &expression) {
            if (expression.root() == FlowVar::Flow)
                node.settingRefs.push_back(expression.setting());
            else if (!FlowScope::isPipelineVar(expression.root()))
                node.usesEnv = true;
        };
        const auto readChild = [&](int child) {
            const FlowTemplate::Node &below = m_nodes[size_t(child)];
            node.usesEnv = node.usesEnv || below.usesEnv;
            node.settingRefs.insert(node.settingRefs.end(), below.settingRefs.begin(), below.settingRefs.end());
        };
        if (node.expression)
            readExpression(*node.expression);
        for (const FlowTemplate::Node::Part &part : node.parts) {
            if (part.expression)
                readExpression(*part.expression);
        }
        for (const FlowTemplate::Node::Member &member : node.members)
            readChild(member.node);
        for (const int item : node.items)
            readChild(item);
    }

    bool compileText(const QString &text, FlowTemplate::Node &node, QString *error)
    {
        using Node = FlowTemplate::Node;
        int pos = 0;
        while (pos < text.size()) {
            const int open = int(text.indexOf(QStringLiteral("{{"), pos));
            if (open < 0) {
                node.parts.push_back({text.mid(pos), std::nullopt});
                break;
            }
            const int close = int(text.indexOf(QStringLiteral("}}"), open + 2));
            if (close < 0) {
                *error = Tr::tr("A placeholder \"{{\" is not closed with \"}}\".");
                return false;
            }
            if (open > pos)
                node.parts.push_back({text.mid(pos, open - pos), std::nullopt});
            std::optional<FlowExpression> expression = FlowExpression::parse(text.mid(open + 2, close - open - 2),
                                                                             m_context, error);
            if (!expression)
                return false;
            node.parts.push_back({QString(), std::move(expression)});
            pos = close + 2;
        }
        if (node.parts.size() == 1 && node.parts.front().expression) {
            node.kind = Node::Kind::Placeholder;
            node.expression = std::move(node.parts.front().expression);
            node.parts.clear();
        } else {
            node.kind = Node::Kind::Text;
        }
        return true;
    }

    const FlowTemplateContext &m_context;
    std::vector<FlowTemplate::Node> &m_nodes;
};

using Memory = FlowRenderMemory::Data;
using Node = FlowTemplate::Node;

void setMember(QJsonObject &object, const Node::Member &member, const QJsonValue &value)
{
    if (member.latin1.isEmpty()) {
        if (value.isUndefined())
            object.remove(member.key);
        else
            object.insert(member.key, value);
    } else {
        const QLatin1String key(member.latin1);
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
    }
}

QJsonValue renderNode(const std::vector<Node> &nodes, int index, const FlowScope &scope);

QJsonValue renderPlaceholder(const Node &node, const FlowScope &scope)
{
    const QJsonValue value = node.expression->evaluate(scope);
    if (node.expression->isOptional() && !FlowText::isTruthy(value))
        return QJsonValue(QJsonValue::Undefined);
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QString renderText(const Node &node, const FlowScope &scope)
{
    QString text;
    for (const Node::Part &part : node.parts)
        text += part.expression ? FlowText::toText(part.expression->evaluate(scope)) : part.text;
    return text;
}

/// Whether the member's value depends on nothing but the pipeline variables and settings that do.
bool readsPipelineOnly(const Node &child, const FlowScope &scope)
{
    if (child.usesEnv)
        return false;
    return std::all_of(child.settingRefs.begin(), child.settingRefs.end(), [&scope](int setting) {
        return !scope.settings || setting < 0 || setting >= int(scope.settings->size())
            || !(*scope.settings)[size_t(setting)].usesEnvVars();
    });
}

QJsonValue renderRemembered(const std::vector<Node> &nodes, const Node &node, const FlowScope &scope,
                            Memory &memory, Memory::Value &last, bool *changed);
bool rememberValue(const QJsonValue &value, Memory::Value &last, bool compareContainers);

bool hasMember(const Node &node, QLatin1String key)
{
    return std::any_of(node.members.begin(), node.members.end(),
                       [key](const Node::Member &member) { return member.key == key; });
}

/// The object as rendered last time, with the members whose value changed set again. Members
/// that read only pipeline variables are not even rendered again while those stay the same.
QJsonValue renderObject(const std::vector<Node> &nodes, const Node &node, const FlowScope &scope, Memory &memory,
                        bool *changed, const std::vector<FlowExtraMember> &extra = {})
{
    Memory::Object &last = memory.current->objects[&node];
    *changed = !last.filled;
    if (!last.filled) {
        last.filled = true;
        last.object = node.literal.toObject(); // the skeleton holds null for every member below
        last.members.resize(node.members.size());
    }
    const bool samePipeline = last.pipelineStamp == scope.pipelineStamp() && last.settings == scope.settings
        && !last.pipelineOnly.empty();
    if (!samePipeline) {
        last.pipelineStamp = scope.pipelineStamp();
        last.settings = scope.settings;
        last.pipelineOnly.resize(node.members.size());
        for (size_t i = 0; i < node.members.size(); ++i)
            last.pipelineOnly[i] = readsPipelineOnly(nodes[size_t(node.members[i].node)], scope);
    }
    for (size_t i = 0; i < node.members.size(); ++i) {
        if (samePipeline && last.pipelineOnly[i])
            continue;
        const Node::Member &member = node.members[i];
        Memory::Value &previous = last.members[i];
        bool memberChanged = false;
        const QJsonValue value = renderRemembered(nodes, nodes[size_t(member.node)], scope, memory, previous,
                                                  &memberChanged);
        if (memberChanged) {
            setMember(last.object, member, value);
            *changed = true;
        }
    }
    last.extra.resize(extra.size());
    for (size_t i = 0; i < extra.size(); ++i) {
        // Compared as given: the caller passes the same list each time for the same refIds.
        const bool extraChanged = rememberValue(extra[i].value, last.extra[i], true);
        if (extraChanged || (*changed && hasMember(node, extra[i].key))) {
            last.object.insert(extra[i].key, extra[i].value);
            *changed = true;
        }
    }
    return last.object;
}

QJsonValue renderArray(const std::vector<Node> &nodes, const Node &node, const FlowScope &scope, Memory &memory,
                       bool *changed)
{
    Memory::Array &last = memory.current->arrays[&node];
    *changed = !last.filled;
    last.filled = true;
    last.items.resize(node.items.size());
    std::vector<QJsonValue> values;
    values.reserve(node.items.size());
    for (size_t i = 0; i < node.items.size(); ++i) {
        bool itemChanged = false;
        values.push_back(renderRemembered(nodes, nodes[size_t(node.items[i])], scope, memory, last.items[i],
                                          &itemChanged));
        *changed = *changed || itemChanged;
    }
    if (*changed) {
        last.array = QJsonArray();
        for (const QJsonValue &value : values) {
            if (!value.isUndefined())
                last.array.append(value);
        }
    }
    return last.array;
}

/// Renders a member or item and tells whether it differs from `last`, its value last time
/// (which it then becomes). Texts are compared as texts, lists and objects as Qt compares them;
/// numbers are taken as changed (Qt keeps a whole number as an integer or a double, which may
/// print differently, and setting one costs little).
QJsonValue renderRemembered(const std::vector<Node> &nodes, const Node &node, const FlowScope &scope,
                            Memory &memory, Memory::Value &last, bool *changed)
{
    QJsonValue value;
    switch (node.kind) {
    case Node::Kind::Object:
    case Node::Kind::Array:
        // An object or list below that did not change is the very one set last time.
        value = node.kind == Node::Kind::Object ? renderObject(nodes, node, scope, memory, changed)
                                                : renderArray(nodes, node, scope, memory, changed);
        last.isText = false;
        return value;
    case Node::Kind::Text: {
        QString text = renderText(node, scope);
        *changed = !last.isText || text != last.text;
        if (*changed) {
            last.value = text;
            last.text = std::move(text);
            last.isText = true;
        }
        return last.value;
    }
    case Node::Kind::Placeholder:
        value = renderPlaceholder(node, scope);
        break;
    case Node::Kind::Literal:
        value = node.literal;
        break;
    }
    // A list or object from a variable is often the very one of last time (a zone list, the
    // tags): Qt finds those equal at once, and others differ early.
    *changed = rememberValue(value, last, true);
    return value;
}

/// Whether `value` differs from `last` (which it then becomes). Lists and objects are compared
/// only with `compareContainers`; Qt compares them as CBOR (an integer never equals a double).
bool rememberValue(const QJsonValue &value, Memory::Value &last, bool compareContainers)
{
    bool changed = true;
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        changed = !last.isText || text != last.text;
        if (changed) {
            last.text = std::move(text);
            last.isText = true;
        }
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        changed = last.isText || last.value.type() != value.type();
        last.isText = false;
        break;
    case QJsonValue::Bool:
        changed = last.isText || !last.value.isBool() || last.value.toBool() != value.toBool();
        last.isText = false;
        break;
    case QJsonValue::Array:
    case QJsonValue::Object:
        changed = !compareContainers || last.isText || last.value != value;
        last.isText = false;
        break;
    case QJsonValue::Double:
        last.isText = false;
        break;
    }
    if (changed)
        last.value = value;
    return changed;
}

QJsonValue renderNode(const std::vector<Node> &nodes, int index, const FlowScope &scope)
{
    const Node &node = nodes[size_t(index)];
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.literal;
    case Node::Kind::Object: {
        QJsonObject object = node.literal.toObject();
        for (const Node::Member &member : node.members)
            setMember(object, member, renderNode(nodes, member.node, scope));
        return object;
    }
    case Node::Kind::Array: {
        QJsonArray array;
        for (const int child : node.items) {
            const QJsonValue value = renderNode(nodes, child, scope);
            if (!value.isUndefined())
                array.append(value);
        }
        return array;
    }
    case Node::Kind::Placeholder:
        return renderPlaceholder(node, scope);
    case Node::Kind::Text:
        return renderText(node, scope);
    }
    return QJsonValue();
}

} // namespace

std::optional<FlowTemplate> FlowTemplate::compile(const QJsonValue &value, const FlowTemplateContext &context,
                                                  QString *error, KeyPath *errorPath)
{
    auto nodes = std::make_shared<std::vector<Node>>();
    Compiler compiler(context, *nodes);
    KeyPath path;
    if (compiler.compile(value, path, error) < 0) {
        *errorPath = path;
        return std::nullopt;
    }
    FlowTemplate result;
    result.m_nodes = std::move(nodes);
    return result;
}

QJsonValue FlowTemplate::render(const FlowScope &scope, FlowRenderMemory *memory,
                                const std::vector<FlowExtraMember> &extra) const
{
    if (!m_nodes || m_nodes->empty() || m_nodes->back().kind != Node::Kind::Object)
        return render(scope, memory);
    if (!memory) {
        QJsonValue rendered = render(scope);
        QJsonObject object = rendered.toObject();
        rendered = QJsonValue();
        for (const FlowExtraMember &member : extra)
            object.insert(member.key, member.value);
        return object;
    }
    bool changed = false;
    return renderObject(*m_nodes, m_nodes->back(), scope, *memory->d, &changed, extra);
}

QJsonValue FlowTemplate::render(const FlowScope &scope, FlowRenderMemory *memory) const
{
    if (!m_nodes || m_nodes->empty())
        return QJsonValue(QJsonValue::Undefined);
    const Node &root = m_nodes->back();
    if (!memory || (root.kind != Node::Kind::Object && root.kind != Node::Kind::Array))
        return renderNode(*m_nodes, int(m_nodes->size()) - 1, scope);
    bool changed = false;
    return root.kind == Node::Kind::Object ? renderObject(*m_nodes, root, scope, *memory->d, &changed)
                                           : renderArray(*m_nodes, root, scope, *memory->d, &changed);
}

bool FlowTemplate::usesEnvVars() const
{
    return m_nodes && !m_nodes->empty() && m_nodes->back().usesEnv;
}

} // namespace Fd
