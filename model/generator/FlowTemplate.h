// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FlowExpression.h"
#include "json/JsonPath.h"

#include <memory>

namespace Fd {

/// A JSON value whose strings may hold placeholders. A string that is exactly one placeholder
/// takes the placeholder's value with its JSON type; placeholders inside longer text are
/// converted to text the way Foremast's Jinja templates print them.
class FlowTemplate
{
public:
    FlowTemplate() = default;

    /// Compiles `value`. On failure returns nothing, with the message in `*error` and the place
    /// (relative to `value`) in `*errorPath`.
    static std::optional<FlowTemplate> compile(const QJsonValue &value, const FlowTemplateContext &context,
                                               QString *error, KeyPath *errorPath);

    /// The rendered value; undefined when the whole value is an optional placeholder that is empty.
    QJsonValue render(const FlowScope &scope) const;
    bool isNull() const { return !m_nodes; }

    struct Node;

private:
    std::shared_ptr<const std::vector<Node>> m_nodes;
};

} // namespace Fd
