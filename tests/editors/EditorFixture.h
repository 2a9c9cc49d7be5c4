// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../support/TestSupport.h"
#include "EditSession.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <functional>
#include <memory>

namespace Fd::Test {

/// The envs of the golden runways the editor tests edit.
inline const QString Prod = QStringLiteral("prod");
inline const QString Dev = QStringLiteral("dev");

/// A golden runway copied into a temporary folder and opened in an EditSession.
struct EditorFixture
{
    QTemporaryDir dir;
    QString folder;
    std::unique_ptr<EditSession> session;

    explicit EditorFixture(const char *golden = "02-dev-prod-two-regions",
                           const std::function<void(const QString &)> &prepare = {})
    {
        folder = dir.filePath(QStringLiteral("runway"));
        copyFolder(goldenPath("foremast-v5/") + QLatin1String(golden)
                       + QStringLiteral("/runway"),
                   folder);
        if (prepare)
            prepare(folder);
        Result<RunwayContext> context = openRunway({folder, QStringLiteral("forrest"), QStringLiteral("core"), {}});
        if (!context)
            qFatal("%s", qPrintable(context.error().toString()));
        session = std::make_unique<EditSession>(std::move(context).value());
    }
    const RunwayDocument *doc() const { return session->document(); }
    QUndoStack *stack() const { return session->undoStack(); }
    QJsonValue value(const char *file, const KeyPath &path) const
    {
        return doc()->value(QLatin1String(file), path);
    }
};

/// A foremast-v5-types golden runway (e.g. "lambda-01-dev-stage") in an EditorFixture.
inline EditorFixture typesFixture(const char *golden)
{
    return EditorFixture("02-dev-prod-two-regions", [golden](const QString &folder) {
        QDir(folder).removeRecursively();
        copyFolder(goldenPath("foremast-v5-types/") + QLatin1String(golden) + QStringLiteral("/runway"), folder);
    });
}

inline KeyPath path(std::initializer_list<const char *> parts)
{
    KeyPath out;
    for (const char *part : parts)
        out << QLatin1String(part);
    return out;
}

} // namespace Fd::Test
