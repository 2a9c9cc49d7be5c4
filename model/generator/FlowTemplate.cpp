// SPDX-License-Identifier: Apache-2.0
#include "FlowTemplateNodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "FlowTemplate", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowTemplate)
};

} // namespace

namespace {

class Compiler
{
public:
    Compiler(const FlowTemplateContext &context, std::vector<FlowTemplate::Node> &nodes)
        : m_context(context), m_nodes(nodes)
    {
    }

    /// Compiles `value` bottom-up: a value without placeholders anywhere becomes one Literal node
    /// (the last one pushed, with nothing below it, so a parent can drop it again). Each part of
    /// the template is looked at once, not once per level above it.
    int compile(const QJsonValue &value, KeyPath &path, QString *error)
    {
        using Node = FlowTemplate::Node;
        Node node;
        if (value.isObject()) {
            // Rendering fills a copy of this skeleton: replacing the value of an existing key is
            // much cheaper than inserting a new key into a QJsonObject.
            const QJsonObject object = value.toObject();
            QJsonObject skeleton = object;
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (isPlainScalar(it.value()))
                    continue;
                const QString key = it.key();
                path << key;
                const int child = compile(it.value(), path, error);
                if (child < 0)
                    return -1;
                path.removeLast();
                if (dropLiteral(child))
                    continue;
                skeleton.insert(key, QJsonValue(QJsonValue::Null));
                const bool latin1 = std::all_of(key.begin(), key.end(), [](QChar c) { return c.unicode() < 0x80; });
                node.members.push_back({key, latin1 ? key.toLatin1() : QByteArray(), child});
            }
            if (node.members.empty()) {
                node.literal = value;
            } else {
                node.kind = Node::Kind::Object;
                node.literal = skeleton;
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            bool placeholders = false;
            for (int i = 0; i < array.size(); ++i) {
                path << QString::number(i);
                const int child = compile(array.at(i), path, error);
                if (child < 0)
                    return -1;
                path.removeLast();
                node.items.push_back(child);
                placeholders = placeholders || m_nodes[size_t(child)].kind != Node::Kind::Literal;
            }
            if (placeholders) {
                node.kind = Node::Kind::Array;
            } else {
                // Every item was literal, so the items are the last nodes pushed.
                m_nodes.resize(m_nodes.size() - node.items.size());
                node.items.clear();
                node.literal = value;
            }
        } else if (isPlainScalar(value)) {
            node.literal = value;
        } else if (!compileText(value.toString(), node, error)) {
            return -1;
        }
        noteVariables(node);
        m_nodes.push_back(std::move(node));
        return int(m_nodes.size()) - 1;
    }

private:
    /// A number, boolean, null or a text without "{{": a literal without looking further.
    static bool isPlainScalar(const QJsonValue &value)
    {
        if (value.isString())
            return !value.toString().contains(QLatin1String("{{"));
        return !value.isObject() && !value.isArray();
    }

    /// Removes the node `child` if it is a literal (then the last node, with nothing below it).
    bool dropLiteral(int child)
    {
        if (m_nodes[size_t(child)].kind != FlowTemplate::Node::Kind::Literal)
            return false;
        m_nodes.pop_back();
        return true;
    }

    /// What the node reads, for FlowRenderMemory: its own expressions and its children's.
    void noteVariables(FlowTemplate::Node &node) const
    {
        const auto readVar = [&node](FlowVar var) {
            if (std::find(node.reads.begin(), node.reads.end(), var) == node.reads.end())
                node.reads.push_back(var);
        };
        const auto readExpression = [&](const FlowExpression &expression) {
            if (expression.root() == FlowVar::Flow) {
                node.settingRefs.push_back(expression.setting());
                return;
            }
            readVar(expression.root());
            if (!FlowScope::isPipelineVar(expression.root()))
                node.usesEnv = true;
        };
        const auto readChild = [&](int child) {
            const FlowTemplate::Node &below = m_nodes[size_t(child)];
            node.usesEnv = node.usesEnv || below.usesEnv;
            node.settingRefs.insert(node.settingRefs.end(), below.settingRefs.begin(), below.settingRefs.end());
            for (const FlowVar var : below.reads)
                readVar(var);
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

using Node = FlowTemplate::Node;
using namespace FlowRender;

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

void FlowRender::setMember(QJsonObject &object, const Node::Member &member, const QJsonValue &value)
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

QJsonValue FlowRender::renderPlaceholder(const Node &node, const FlowScope &scope)
{
    const QJsonValue value = node.expression->evaluate(scope);
    if (node.expression->isOptional() && !FlowText::isTruthy(value))
        return QJsonValue(QJsonValue::Undefined);
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QString FlowRender::renderText(const Node &node, const FlowScope &scope)
{
    QString text;
    for (const Node::Part &part : node.parts)
        text += part.expression ? FlowText::toText(part.expression->evaluate(scope)) : part.text;
    return text;
}


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
    return FlowRender::renderRoot(*m_nodes, scope, *memory->d, extra);
}

QJsonValue FlowTemplate::render(const FlowScope &scope, FlowRenderMemory *memory) const
{
    if (!m_nodes || m_nodes->empty())
        return QJsonValue(QJsonValue::Undefined);
    const Node &root = m_nodes->back();
    if (!memory || (root.kind != Node::Kind::Object && root.kind != Node::Kind::Array))
        return renderNode(*m_nodes, int(m_nodes->size()) - 1, scope);
    return FlowRender::renderRoot(*m_nodes, scope, *memory->d, {});
}

bool FlowTemplate::usesEnvVars() const
{
    return m_nodes && !m_nodes->empty() && m_nodes->back().usesEnv;
}

} // namespace Fd
