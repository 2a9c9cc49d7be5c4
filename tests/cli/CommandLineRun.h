// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the command-line tests share: running the built `foremast-designer` as a process, with or
// without a display, on a small runway.
#include "../support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace Fd::Test::CommandLine {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs the designer with `args` in `folder`; without a display unless `env` says otherwise.
inline Run designer(const QStringList &args, const QString &folder = QDir::tempPath(),
                      QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(FD_DESIGNER), args);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return env;
}

/// A small valid runway: dev and prod in one region.
inline void writeRunway(const QString &folder)
{
    QVERIFY(Test::writeBytes(folder + QStringLiteral("/pipeline.json"), R"({"env": ["dev", "prod"]})"));
    for (const char *env : {"dev", "prod"})
        QVERIFY(Test::writeBytes(folder + QStringLiteral("/application-master-%1.json").arg(QLatin1String(env)),
                                 R"({"regions": ["us-east-1"]})"));
}

} // namespace Fd::Test::CommandLine
