// SPDX-License-Identifier: Apache-2.0
#include "JinjaRenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

namespace Fd {

namespace {

constexpr int TimeoutMs = 30000;

QByteArray helperScript()
{
    QFile file(QStringLiteral(":/jinja/render_templates.py"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Error failure(const QString &message, const QString &file = {}, int line = 0)
{
    Error e;
    e.file = file;
    e.line = line;
    e.message = message;
    return e;
}

const QString TemplatesRoot = QStringLiteral(":/foremast-templates/");

QJsonObject builtinTemplateTexts()
{
    QJsonObject out;
    for (const QString &name : JinjaRenderer::foremastTemplateNames()) {
        QFile file(TemplatesRoot + name);
        if (file.open(QIODevice::ReadOnly))
            out.insert(name, QString::fromUtf8(file.readAll()));
    }
    return out;
}

} // namespace

QStringList JinjaRenderer::foremastTemplateNames()
{
    QStringList names;
    QDirIterator it(TemplatesRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names << it.next().mid(TemplatesRoot.size());
    names.sort();
    return names;
}

QString JinjaRenderer::python()
{
    const QString configured = qEnvironmentVariable("FOREMAST_DESIGNER_PYTHON");
    if (!configured.isEmpty())
        return configured;
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

Result<QStringList> JinjaRenderer::render(const std::vector<JinjaJob> &jobs) const
{
    m_offlineCanary = false;
    if (jobs.empty())
        return QStringList();
    const QString interpreter = python();
    const QString missing = QCoreApplication::translate(
        "JinjaRenderer", "Rendering Jinja templates needs Python 3 with Jinja2: install the package python3-jinja2.");
    if (interpreter.isEmpty())
        return failure(missing);

    QJsonArray requests;
    for (const JinjaJob &job : jobs) {
        QJsonObject request{{QStringLiteral("context"), job.context}, {QStringLiteral("functions"), job.functions}};
        QJsonObject texts;
        for (auto it = job.contextText.begin(); it != job.contextText.end(); ++it)
            texts.insert(it.key(), QString::fromUtf8(it.value()));
        if (!texts.isEmpty())
            request.insert(QStringLiteral("contextText"), texts);
        if (job.templateName.isEmpty())
            request.insert(QStringLiteral("text"), job.text);
        else
            request.insert(QStringLiteral("template"), job.templateName);
        requests.append(request);
    }
    QJsonArray paths;
    for (const QString &path : searchPath)
        paths.append(path);
    const QJsonObject request{{QStringLiteral("searchPath"), paths},
                              {QStringLiteral("pipelines"), existingPipelines},
                              {QStringLiteral("canaryConfigs"), canaryConfigs},
                              {QStringLiteral("builtinTemplates"), foremastTemplates ? builtinTemplateTexts() : QJsonObject()},
                              {QStringLiteral("jobs"), requests}};

    QProcess process;
    // -I: no user site-packages or PYTHON* variables; the script comes in as an argument.
    process.start(interpreter, {QStringLiteral("-I"), QStringLiteral("-c"), QString::fromUtf8(helperScript())});
    if (!process.waitForStarted(TimeoutMs))
        return failure(missing + QLatin1Char(' ')
                       + QCoreApplication::translate("JinjaRenderer", "(%1 cannot be started: %2)")
                             .arg(interpreter, process.errorString()));
    process.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return failure(QCoreApplication::translate("JinjaRenderer", "Rendering Jinja templates took longer than %1 s: stopped.")
                           .arg(TimeoutMs / 1000));
    }
    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (answer.value(QStringLiteral("missing")).toString() == QLatin1String("jinja2"))
        return failure(missing);
    const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
    if (process.exitCode() != 0 || results.size() != int(jobs.size()))
        return failure(QCoreApplication::translate("JinjaRenderer", "The Jinja helper failed: %1")
                           .arg(QString::fromUtf8(process.readAllStandardError()).trimmed()));
    m_offlineCanary = answer.value(QStringLiteral("calls")).toArray().contains(QStringLiteral("get_canary_id offline"));

    QStringList texts;
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        if (result.contains(QStringLiteral("text"))) {
            texts << result.value(QStringLiteral("text")).toString();
            continue;
        }
        const JinjaJob &job = jobs.at(size_t(i));
        QString file = job.file.isEmpty() ? job.templateName : job.file;
        const QString inTemplate = result.value(QStringLiteral("template")).toString();
        if (!inTemplate.isEmpty() && !job.templateName.isEmpty())
            file = inTemplate;
        return failure(QCoreApplication::translate("JinjaRenderer", "Jinja: %1")
                           .arg(result.value(QStringLiteral("error")).toString()),
                       file, result.value(QStringLiteral("line")).toInt());
    }
    return texts;
}

} // namespace Fd
