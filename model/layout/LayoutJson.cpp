// SPDX-License-Identifier: Apache-2.0
#include "LayoutJson.h"

#include <QJsonArray>

namespace Fd {

namespace {

QJsonObject rectToJson(const QRectF &rect)
{
    return {{QStringLiteral("x"), rect.x()},
            {QStringLiteral("y"), rect.y()},
            {QStringLiteral("width"), rect.width()},
            {QStringLiteral("height"), rect.height()}};
}

QJsonArray pointToJson(const QPointF &point)
{
    return {point.x(), point.y()};
}

QJsonValue refIdValue(const LayoutNode &node)
{
    return node.isConfiguration() ? QJsonValue(QJsonValue::Null) : QJsonValue(node.refId);
}

} // namespace

QJsonObject errorToJson(const Error &error)
{
    QJsonObject out{{QStringLiteral("severity"), error.isWarning() ? QStringLiteral("warning") : QStringLiteral("error")},
                    {QStringLiteral("message"), error.message}};
    const auto add = [&out](const char *key, const QString &value) {
        if (!value.isEmpty())
            out.insert(QLatin1String(key), value);
    };
    add("file", error.file);
    if (error.line > 0)
        out.insert(QStringLiteral("line"), error.line);
    add("keyPath", error.keyPath);
    add("region", error.region);
    add("env", error.env);
    add("stageRefId", error.stageRefId);
    add("stageName", error.stageName);
    return out;
}

QJsonObject layoutToJson(const StageLayout &layout)
{
    QJsonArray nodes;
    for (int i = 0; i < layout.nodes.size(); ++i) {
        const LayoutNode &node = layout.nodes.at(i);
        QJsonArray parents;
        for (int parent : node.parents)
            parents << refIdValue(layout.nodes.at(parent));
        nodes << QJsonObject{
            {QStringLiteral("index"), i},
            {QStringLiteral("kind"), node.isConfiguration() ? QStringLiteral("configuration") : QStringLiteral("stage")},
            {QStringLiteral("refId"), refIdValue(node)},
            {QStringLiteral("stageIndex"), node.stageIndex},
            {QStringLiteral("name"), node.name},
            {QStringLiteral("column"), node.column},
            {QStringLiteral("row"), node.row},
            {QStringLiteral("x"), node.position.x()},
            {QStringLiteral("y"), node.position.y()},
            {QStringLiteral("leaf"), node.leaf},
            {QStringLiteral("parents"), parents},
            {QStringLiteral("label"), rectToJson(node.labelRect)},
        };
    }
    QJsonArray edges;
    for (const LayoutEdge &edge : layout.edges) {
        edges << QJsonObject{
            {QStringLiteral("from"), edge.parent},
            {QStringLiteral("to"), edge.child},
            {QStringLiteral("fromRefId"), refIdValue(layout.nodes.at(edge.parent))},
            {QStringLiteral("toRefId"), refIdValue(layout.nodes.at(edge.child))},
            {QStringLiteral("start"), pointToJson(edge.start)},
            {QStringLiteral("control1"), pointToJson(edge.control1)},
            {QStringLiteral("control2"), pointToJson(edge.control2)},
            {QStringLiteral("end"), pointToJson(edge.end)},
            {QStringLiteral("path"), edge.svgPath()},
        };
    }
    QJsonArray placeholders;
    for (const LayoutPlaceholder &slot : layout.placeholders) {
        placeholders << QJsonObject{{QStringLiteral("column"), slot.column},
                                    {QStringLiteral("row"), slot.row},
                                    {QStringLiteral("x"), slot.position.x()},
                                    {QStringLiteral("y"), slot.position.y()}};
    }
    QJsonArray findings;
    for (const Error &error : layout.findings)
        findings << errorToJson(error);
    QJsonArray rowHeights;
    for (qreal height : layout.rowHeights)
        rowHeights << height;
    return {
        {QStringLiteral("columns"), layout.columnCount},
        {QStringLiteral("rows"), layout.rowCount},
        {QStringLiteral("width"), layout.size.width()},
        {QStringLiteral("height"), layout.size.height()},
        {QStringLiteral("radius"), layout.radius},
        {QStringLiteral("labelWidth"), layout.labelWidth},
        {QStringLiteral("columnWidth"), layout.columnWidth},
        {QStringLiteral("rowHeights"), rowHeights},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("edges"), edges},
        {QStringLiteral("placeholders"), placeholders},
        {QStringLiteral("findings"), findings},
    };
}

} // namespace Fd
