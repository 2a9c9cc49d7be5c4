// SPDX-License-Identifier: Apache-2.0
#include "PipelineStages.h"

#include "json/JsonPath.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "Fd::PipelineStages", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Fd::PipelineStages)
};

Error shapeError(const KeyPath &path, const QString &message)
{
    Error error;
    error.keyPath = JsonPath::toString(path);
    error.message = message;
    return error;
}

/// refIds are strings; Spinnaker also accepts numbers, which we read as their decimal text.
bool refIdText(const QJsonValue &value, QString *text)
{
    if (value.isString()) {
        *text = value.toString();
        return true;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        *text = number == std::floor(number) && std::abs(number) < 1e15 ? QString::number(qint64(number))
                                                                          : QString::number(number);
        return true;
    }
    return false;
}

KeyPath stagePath(int index, const QString &key)
{
    return {QStringLiteral("stages"), QString::number(index), key};
}

} // namespace

QList<LayoutStage> stagesFromPipeline(const QJsonObject &pipeline, Errors *findings)
{
    Errors local;
    Errors &out = findings ? *findings : local;
    QList<LayoutStage> stages;
    const QJsonValue stagesValue = pipeline.value(QStringLiteral("stages"));
    if (!stagesValue.isArray()) {
        out << shapeError({QStringLiteral("stages")},
                          stagesValue.isUndefined() ? Tr::tr("The pipeline has no \"stages\" list.")
                                                    : Tr::tr("\"stages\" is not a list."));
        return stages;
    }
    const QJsonArray array = stagesValue.toArray();
    stages.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            out << shapeError({QStringLiteral("stages"), QString::number(i)},
                              Tr::tr("Entry %1 of \"stages\" is not a stage object.").arg(i));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        LayoutStage stage;
        stage.sourceIndex = i;
        stage.name = object.value(QStringLiteral("name")).toString();
        const QJsonValue refId = object.value(QStringLiteral("refId"));
        if (!refId.isUndefined() && !refId.isNull() && !refIdText(refId, &stage.refId)) {
            Error error = shapeError(stagePath(i, QStringLiteral("refId")), Tr::tr("refId is neither text nor a number."));
            error.stageName = stage.name;
            out << error;
        }
        const QJsonValue requisites = object.value(QStringLiteral("requisiteStageRefIds"));
        if (requisites.isArray()) {
            const QJsonArray list = requisites.toArray();
            for (int j = 0; j < list.size(); ++j) {
                QString text;
                if (refIdText(list.at(j), &text)) {
                    stage.requisiteStageRefIds << text;
                    continue;
                }
                KeyPath path = stagePath(i, QStringLiteral("requisiteStageRefIds"));
                path << QString::number(j);
                Error error = shapeError(path, Tr::tr("This entry of requisiteStageRefIds is not a refId."));
                error.stageRefId = stage.refId;
                error.stageName = stage.name;
                out << error;
            }
        } else if (!requisites.isUndefined() && !requisites.isNull()) {
            Error error = shapeError(stagePath(i, QStringLiteral("requisiteStageRefIds")),
                                     Tr::tr("requisiteStageRefIds is not a list."));
            error.stageRefId = stage.refId;
            error.stageName = stage.name;
            out << error;
        }
        const QJsonValue rowOverride = object.value(QStringLiteral("graphRowOverride"));
        if (rowOverride.isDouble())
            stage.graphRowOverride = rowOverride.toDouble();
        stages << stage;
    }
    return stages;
}

Errors mergeFindings(const Errors &preferred, const Errors &others)
{
    Errors merged = preferred;
    for (const Error &error : others) {
        const bool covered = std::any_of(merged.cbegin(), merged.cend(), [&error](const Error &known) {
            if (known.stageRefId != error.stageRefId)
                return false;
            return known.keyPath == error.keyPath
                || (error.keyPath.startsWith(known.keyPath)
                    && error.keyPath.mid(known.keyPath.size(), 1) == QLatin1String("["));
        });
        if (!covered)
            merged << error;
    }
    return merged;
}

QString PipelineFile::pipelineName(int index) const
{
    const QString name = pipelines.value(index).value(QStringLiteral("name")).toString();
    if (!name.isEmpty())
        return name;
    const QString base = QFileInfo(file.path).completeBaseName();
    return arrayIndices.value(index, -1) < 0 ? base : QStringLiteral("%1 #%2").arg(base).arg(index + 1);
}

void PipelineFile::locate(Errors &findings, int index) const
{
    const int arrayIndex = arrayIndices.value(index, -1);
    for (Error &error : findings) {
        error.file = file.path;
        KeyPath path = JsonPath::fromString(error.keyPath);
        if (arrayIndex >= 0)
            path.prepend(QString::number(arrayIndex));
        error.line = file.lineOf(path);
    }
}

namespace {

/// JsonFile accepts only objects; Gate's pipeline lists are arrays. Returns nothing when the
/// file is not a valid JSON array, so that JsonFile reports whatever is wrong with it.
std::optional<JsonFile> readArray(const QString &path)
{
    QFile file(path);
    if (file.size() > JsonFile::MaxSize || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    JsonFile json;
    json.path = path;
    json.bytes = file.read(JsonFile::MaxSize);
    json.hasBom = json.bytes.startsWith("\xEF\xBB\xBF");
    const QByteArray text = json.text();
    if (!text.trimmed().startsWith('['))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    json.value = document.array();
    json.sourceMap = JsonSourceMap::scan(text);
    return json;
}

} // namespace

Result<PipelineFile> PipelineFile::read(const QString &path)
{
    PipelineFile result;
    if (std::optional<JsonFile> array = readArray(path)) {
        result.file = std::move(*array);
    } else {
        Result<JsonFile> json = JsonFile::read(path);
        if (!json)
            return json.error();
        result.file = std::move(json).value();
    }
    const QJsonValue &value = result.file.value;
    const auto notAPipeline = [&](const QString &message, int line) {
        Error error;
        error.file = path;
        error.line = line;
        error.message = message;
        return error;
    };
    if (value.isObject()) {
        result.pipelines << value.toObject();
        result.arrayIndices << -1;
        return result;
    }
    if (!value.isArray())
        return notAPipeline(Tr::tr("The file holds neither a pipeline object nor a list of pipelines."), 1);
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return notAPipeline(Tr::tr("Entry %1 of the list is not a pipeline object.").arg(i),
                                result.file.lineOf({QString::number(i)}));
        result.pipelines << array.at(i).toObject();
        result.arrayIndices << i;
    }
    if (result.pipelines.isEmpty())
        return notAPipeline(Tr::tr("The list of pipelines is empty."), 1);
    return result;
}

} // namespace Fd
