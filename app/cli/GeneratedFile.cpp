// SPDX-License-Identifier: Apache-2.0
#include "GeneratedFile.h"

#include "GenerationFlags.h"
#include "core/SecondThread.h"
#include "json/JsonText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <atomic>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>
#endif

namespace Fd::Cli {

namespace {

bool holdsAlready(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.isSymLink() || info.size() != bytes.size())
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll() == bytes;
}

/// Replaces `to` by `from` in one step (QFile::rename refuses an existing target).
bool replaceFile(const QString &from, const QString &to, QString *error)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(from.utf16()), reinterpret_cast<const wchar_t *>(to.utf16()),
                    MOVEFILE_REPLACE_EXISTING))
        return true;
    *error = QCoreApplication::translate("Cli", "cannot replace the file (Windows error %1)").arg(GetLastError());
    return false;
#else
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#endif
}

} // namespace

WriteOutcome writeGeneratedFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (holdsAlready(path, bytes))
        return WriteOutcome::Unchanged;
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary); // left by a run that was killed
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        *error = out.errorString();
        out.close();
        QFile::remove(temporary);
        return WriteOutcome::Failed;
    }
    out.close();
    if (!replaceFile(temporary, path, error)) {
        QFile::remove(temporary);
        return WriteOutcome::Failed;
    }
    return WriteOutcome::Written;
}

std::vector<QByteArray> pipelineTexts(const QList<GeneratedPipeline> &pipelines)
{
    // Writing a stage takes about 3 µs, starting and joining a thread some 50 µs: below this many
    // stages one thread is as fast.
    constexpr qsizetype MinStages = 40;
    qsizetype total = 0;
    for (const GeneratedPipeline &pipeline : pipelines)
        total += pipeline.json.value(QLatin1String("stages")).toArray().size();
    std::vector<QByteArray> texts(size_t(pipelines.size()));
    // Both threads take the next pipeline not yet taken; each fills only the elements it took and
    // only reads the pipelines (Qt's JSON is implicitly shared; const reads never detach). When
    // the second thread starts late, this one has simply done more (and does not wait for it).
    std::atomic<size_t> next{0};
    auto write = [&]() {
        for (size_t i = next++; i < texts.size(); i = next++)
            texts[i] = indentedJson(pipelines.at(qsizetype(i)).json);
    };
    if (pipelines.size() < 2 || total < MinStages || threadsFromEnvironment() == GenerationOptions::Threads::Off) {
        write();
        return texts;
    }
    SecondThread other(write);
    write();
    other.finish();
    return texts;
}

} // namespace Fd::Cli
