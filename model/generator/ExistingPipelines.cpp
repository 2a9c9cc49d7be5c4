// SPDX-License-Identifier: Apache-2.0
#include "ExistingPipelines.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "ExistingPipelines", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExistingPipelines)
};

} // namespace

Result<QJsonArray> readExistingPipelines(const QString &path)
{
    QFile file(path);
    QJsonParseError parseError{};
    const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                                             : QJsonDocument();
    if (doc.isArray())
        return doc.array();
    Error e;
    e.file = path;
    e.message = !file.isOpen() ? Tr::tr("The file cannot be read: %1").arg(file.errorString())
        : parseError.error != QJsonParseError::NoError ? Tr::tr("Invalid JSON: %1.").arg(parseError.errorString())
                                                       : Tr::tr("Expected a list of pipelines (Gate's pipelineConfigs answer).");
    return e;
}

} // namespace Fd
