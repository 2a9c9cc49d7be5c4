// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FlowExpression.h"
#include "json/JsonPath.h"

#include <memory>

namespace Fd {

/// What rendering keeps between calls, so that a template rendered again in a similar scope
/// (the same env's stage in the next region) changes only the values that differ from last
/// time. One per generation run, used by one thread.
class FlowRenderMemory
{
public:
    FlowRenderMemory();
    ~FlowRenderMemory();
    FlowRenderMemory(const FlowRenderMemory &) = delete;
    FlowRenderMemory &operator=(const FlowRenderMemory &) = delete;

    /// Renders from now on start from what was rendered last under `key` (e.g. the env): the
    /// more alike the scopes of one key, the less is set again. Any key gives the same result.
    void select(const QString &key);

    struct Data;
    std::unique_ptr<Data> d;
};

/// A member put into a rendered object besides the template's own (such as a stage's refId).
struct FlowExtraMember
{
    QLatin1String key;
    QJsonValue value;
};

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
    /// With `memory`, the objects and lists rendered last time are updated instead of built anew;
    /// the result is the same.
    QJsonValue render(const FlowScope &scope, FlowRenderMemory *memory = nullptr) const;
    /// The rendered object with `extra` members set as well (over the template's own members
    /// of those names), remembered like the others. Not an object: rendered without them.
    QJsonValue render(const FlowScope &scope, FlowRenderMemory *memory, const std::vector<FlowExtraMember> &extra) const;
    bool isNull() const { return !m_nodes; }
    /// Whether the template reads env or item variables (not only pipeline ones and settings).
    bool usesEnvVars() const;

    struct Node;

private:
    friend struct FlowPrecompiledAccess; // the built-in flows' precompiled form (FlowPrecompiled.h)
    std::shared_ptr<const std::vector<Node>> m_nodes;
};

} // namespace Fd
