// SPDX-License-Identifier: Apache-2.0
#include "FlowTemplateNodes.h"

#include <algorithm>
#include <unordered_map>

namespace Fd {

struct FlowRenderMemory::Data
{
    /// A member's or item's value as last rendered (undefined: left out).
    struct Value
    {
        QJsonValue value = QJsonValue(QJsonValue::Null); // what a skeleton holds
        QString text;         ///< the value, when it is a text
        bool isText = false;
        /// The stamps of the variables the node read (Node::reads), when it reads no setting.
        std::vector<quint64> stamps;
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
        /// Where each member with a placeholder sits in `object` (-1: left out), known while no
        /// key has been added or removed since it was worked out: QJsonObject keeps its keys
        /// sorted, so a value is replaced at its index without searching for its key again.
        std::vector<qsizetype> at;
        bool layoutKnown = false;
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

using Memory = FlowRenderMemory::Data;
using namespace FlowRender;

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

/// Sets member `i` of the remembered object to `value` (undefined: removes it).
void setRememberedMember(Memory::Object &last, const Node &node, size_t i, const QJsonValue &value)
{
    if (!value.isUndefined()) {
        if (!last.layoutKnown) {
            last.at.resize(node.members.size());
            const auto begin = last.object.constBegin();
            for (size_t m = 0; m < node.members.size(); ++m) {
                const Node::Member &member = node.members[m];
                const auto found = member.latin1.isEmpty() ? last.object.constFind(member.key)
                                                           : last.object.constFind(QLatin1String(member.latin1));
                last.at[m] = found == last.object.constEnd() ? -1 : found - begin;
            }
            last.layoutKnown = true;
        }
        if (last.at[i] >= 0) {
            // Replaces the value in place (detaching the object first if it is shared).
            QJsonObject::iterator(&last.object, last.at[i]).value() = value;
            return;
        }
    }
    const qsizetype size = last.object.size();
    setMember(last.object, node.members[i], value);
    if (last.object.size() != size)
        last.layoutKnown = false;
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
        last.layoutKnown = false;
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
            setRememberedMember(last, node, i, value);
            *changed = true;
        }
    }
    last.extra.resize(extra.size());
    for (size_t i = 0; i < extra.size(); ++i) {
        // Compared as given: the caller passes the same list each time for the same refIds.
        const bool extraChanged = rememberValue(extra[i].value, last.extra[i], true);
        if (extraChanged || (*changed && hasMember(node, extra[i].key))) {
            const qsizetype size = last.object.size();
            last.object.insert(extra[i].key, extra[i].value);
            if (last.object.size() != size)
                last.layoutKnown = false;
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
/// Whether the node's variables hold the values they held when `last` was rendered (then so
/// does the node: settings aside, rendering depends on nothing else). Remembers them otherwise.
bool sameVariables(const Node &node, const FlowScope &scope, Memory::Value &last)
{
    if (!node.settingRefs.empty() || node.reads.empty())
        return false;
    bool same = last.stamps.size() == node.reads.size();
    last.stamps.resize(node.reads.size());
    for (size_t i = 0; i < node.reads.size(); ++i) {
        const quint64 stamp = scope.stamp(node.reads[i]);
        same = same && last.stamps[i] == stamp;
        last.stamps[i] = stamp;
    }
    return same;
}

QJsonValue renderRemembered(const std::vector<Node> &nodes, const Node &node, const FlowScope &scope,
                            Memory &memory, Memory::Value &last, bool *changed)
{
    if (sameVariables(node, scope, last)) {
        *changed = false;
        return last.value;
    }
    QJsonValue value;
    switch (node.kind) {
    case Node::Kind::Object:
    case Node::Kind::Array:
        // An object or list below that did not change is the very one set last time.
        value = node.kind == Node::Kind::Object ? renderObject(nodes, node, scope, memory, changed)
                                                : renderArray(nodes, node, scope, memory, changed);
        last.value = value; // what a render skipped by sameVariables() gives
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

} // namespace

QJsonValue FlowRender::renderRoot(const std::vector<Node> &nodes, const FlowScope &scope, Memory &memory,
                                  const std::vector<FlowExtraMember> &extra)
{
    bool changed = false;
    const Node &root = nodes.back();
    return root.kind == Node::Kind::Object ? renderObject(nodes, root, scope, memory, &changed, extra)
                                           : renderArray(nodes, root, scope, memory, &changed);
}

} // namespace Fd
