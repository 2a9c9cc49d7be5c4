// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace Fd::Test {

/// The benchmarks' runway: 12 envs, each in 6 regions with an override block, scaling policies
/// from the fourth env on, and a completion webhook in dev (about 290 stages with foremast-v5).
struct LargeRunway
{
    static const QStringList &envs()
    {
        static const QStringList all = {
            QStringLiteral("dev"),   QStringLiteral("qa"),   QStringLiteral("int"),  QStringLiteral("test"),
            QStringLiteral("uat"),   QStringLiteral("perf"), QStringLiteral("load"), QStringLiteral("demo"),
            QStringLiteral("train"), QStringLiteral("stage"), QStringLiteral("prod"), QStringLiteral("prodeu")};
        return all;
    }
    static const QStringList &regions()
    {
        static const QStringList all = {QStringLiteral("us-east-1"), QStringLiteral("us-east-2"),
                                        QStringLiteral("us-west-1"), QStringLiteral("us-west-2"),
                                        QStringLiteral("eu-west-1"), QStringLiteral("eu-central-1")};
        return all;
    }

    /// Writes the runway into `folder` (created); returns false when a file cannot be written.
    static bool write(const QString &folder)
    {
        if (!QDir().mkpath(folder))
            return false;
        const QJsonObject pipeline{
            {QStringLiteral("env"), QJsonArray::fromStringList(envs())},
            {QStringLiteral("owner_email"), QStringLiteral("team@example.com")},
            {QStringLiteral("notifications"), QJsonObject{{QStringLiteral("slack"), QStringLiteral("#deploys")},
                                                          {QStringLiteral("email"), QStringLiteral("team@example.com")}}}};
        bool ok = writeFile(folder + QStringLiteral("/pipeline.json"), pipeline);
        for (const QString &env : envs()) {
            QJsonObject blocks;
            for (const QString &region : regions())
                blocks.insert(region, QJsonObject{{QStringLiteral("asg"), QJsonObject{{QStringLiteral("max_inst"), 6}}}});
            QJsonObject asg{{QStringLiteral("min_inst"), 2}};
            if (envs().indexOf(env) >= 3)
                asg.insert(QStringLiteral("scaling_policy"), QJsonObject{{QStringLiteral("metric"), QStringLiteral("CPUUtilization")},
                                                                         {QStringLiteral("threshold"), 70}});
            QJsonObject file{
                {QStringLiteral("regions"), blocks},
                {QStringLiteral("app"), QJsonObject{{QStringLiteral("instance_type"), QStringLiteral("t3.medium")},
                                                    {QStringLiteral("custom_tags"), QJsonObject{{QStringLiteral("team"), QStringLiteral("core")}}}}},
                {QStringLiteral("asg"), asg}};
            if (env == QLatin1String("dev"))
                file.insert(QStringLiteral("completion_webhooks"),
                            QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/qa")},
                                                   {QStringLiteral("name"), QStringLiteral("Notify QA")},
                                                   {QStringLiteral("method"), QStringLiteral("post")}}});
            ok = writeFile(folder + QStringLiteral("/application-master-%1.json").arg(env), file) && ok;
        }
        return ok;
    }

private:
    static bool writeFile(const QString &path, const QJsonObject &object)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) >= 0;
    }
};

} // namespace Fd::Test
