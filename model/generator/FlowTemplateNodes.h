// SPDX-License-Identifier: Apache-2.0
#pragma once
// Inside the generator only: the compiled form of a FlowTemplate, shared by FlowTemplate.cpp
// (compiling and rendering) and FlowRenderMemory.cpp (rendering from the last result).

#include "FlowTemplate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Fd {

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
    std::vector<FlowVar> reads;    ///< the variables (not settings) read by the node or one below
};

namespace FlowRender {

using Node = FlowTemplate::Node;

void setMember(QJsonObject &object, const Node::Member &member, const QJsonValue &value);
QJsonValue renderPlaceholder(const Node &node, const FlowScope &scope);
QString renderText(const Node &node, const FlowScope &scope);
/// The template's value (its root is an object or a list) as `memory` remembers it, with what
/// changed in `scope` set again; `extra` members for an object.
QJsonValue renderRoot(const std::vector<Node> &nodes, const FlowScope &scope, FlowRenderMemory::Data &memory,
                      const std::vector<FlowExtraMember> &extra);

} // namespace FlowRender

} // namespace Fd
