// SPDX-License-Identifier: Apache-2.0
#include "ManualPipelines.h"

#include "JinjaRenderer.h"
#include "json/JsonFile.h"
#include "runway/ForemastLimits.h"
#include "runway/RunwayContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Fd {

namespace {

const QString TemplatesScheme = QStringLiteral("templates://");

/// This file's texts; lupdate files them under "ManualPipelines", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ManualPipelines)
};

/// One entry of pipeline_files, read.
struct PipelineFile
{
    QString entry;   ///< as written in pipeline.json
    QString path;    ///< on disk
    QByteArray text;
    int index = 0;
};

class ManualGenerator
{
public:
    ManualGenerator(const RunwayContext &context, const GenerationOptions &options, int only = -1)
        : m_context(context), m_options(options), m_pipeline(context.merged().pipeline()), m_only(only)
    {
    }

    Result<Generation> run()
    {
        Generation generation;
        generation.flowName = QStringLiteral("manual");
        // Foremast merges the env files (raw.properties.json) before it reads any pipeline file.
        generation.findings << ForemastLimits::ofMerge(m_context, m_context.merged());
        generation.findings << ForemastLimits::ofManualTemplates(m_context, m_context.merged(), m_only);
        const QJsonValue files = m_pipeline.value(QStringLiteral("pipeline_files"));
        if (!files.isArray())
            return keyError({QStringLiteral("pipeline_files")}, Tr::tr("Expected a list of pipeline file names."));
        std::vector<PipelineFile> read;
        if (m_only >= files.toArray().size())
            return keyError({QStringLiteral("pipeline_files")}, Tr::tr("There is no pipeline file %1.").arg(m_only + 1));
        for (int i = 0; i < files.toArray().size(); ++i) {
            if (m_only >= 0 && i != m_only)
                continue;
            Result<PipelineFile> file = readFile(files.toArray().at(i), i);
            if (!file)
                return file.error();
            read.push_back(file.value());
        }
        Result<QStringList> texts = render(read, generation.findings);
        if (!texts)
            return texts.error();

        for (size_t i = 0; i < read.size(); ++i) {
            const QByteArray text = texts->at(int(i)).toUtf8();
            QJsonParseError parseError{};
            const QJsonDocument parsed = QJsonDocument::fromJson(text, &parseError);
            const qsizetype control = parseError.error == QJsonParseError::NoError ? rawControlInString(text) : -1;
            if (control >= 0) {
                const int line = int(text.left(control).count('\n')) + 1;
                const bool jinja = read[i].entry.endsWith(QLatin1String(".j2"));
                Error e = fileError(read[i], jinja ? Tr::tr("A control character (such as a tab) inside a string at line %1 "
                                                            "of the rendered text: Foremast cannot parse it; write it "
                                                            "escaped (\\t).").arg(line)
                                                   : Tr::tr("A control character (such as a tab) inside a string: "
                                                            "Foremast cannot parse it; write it escaped (\\t)."));
                e.line = jinja ? 0 : line;
                return e;
            }
            if (parseError.error != QJsonParseError::NoError) {
                const int line = int(text.left(parseError.offset).count('\n')) + 1;
                const bool jinja = read[i].entry.endsWith(QLatin1String(".j2"));
                Error e = fileError(read[i], jinja ? Tr::tr("The rendered template is not valid JSON: %1 at line %2 of the "
                                                        "rendered text.").arg(parseError.errorString()).arg(line)
                                                   : Tr::tr("Invalid JSON: %1.").arg(parseError.errorString()));
                e.line = jinja ? 0 : line; // the template's own lines differ from the rendered ones
                e.context = QString::fromUtf8(text.mid(text.lastIndexOf('\n', parseError.offset - 1) + 1)
                                                  .split('\n').value(0)).trimmed();
                return e;
            }
            if (!parsed.isArray() && !parsed.isObject())
                return fileError(read[i], Tr::tr("Expected a pipeline (a JSON object) or a list of pipelines."));
            const QJsonArray pipelines = parsed.isArray() ? parsed.array() : QJsonArray{parsed.object()};
            for (const QJsonValue &value : pipelines) {
                if (!value.isObject())
                    return fileError(read[i], Tr::tr("Expected a pipeline (a JSON object) or a list of pipelines."));
                generation.pipelines << complete(value.toObject(), read[i], generation.pipelines.size() + 1);
            }
        }
        return generation;
    }

private:
    Error keyError(const KeyPath &path, const QString &message) const
    {
        Error e;
        e.file = m_context.runway.pipeline.path;
        e.line = m_context.runway.pipeline.lineOf(path);
        e.keyPath = JsonPath::toString(path);
        e.message = message;
        return e;
    }

    static Error fileError(const PipelineFile &file, const QString &message)
    {
        Error e;
        e.file = file.path;
        e.message = message;
        return e;
    }

    Result<PipelineFile> readFile(const QJsonValue &entry, int index) const
    {
        const KeyPath key{QStringLiteral("pipeline_files"), QString::number(index)};
        if (!entry.isString() || entry.toString().isEmpty())
            return keyError(key, Tr::tr("Expected a file name."));
        PipelineFile file;
        file.entry = entry.toString();
        file.index = index;
        if (file.entry.startsWith(TemplatesScheme)) {
            const QString templates = effectiveTemplatesPath(m_context, m_options);
            if (templates.isEmpty())
                return keyError(key, Tr::tr("\"%1\" needs a templates folder: set templates_path in foremast.cfg or "
                                        "give --templates-path.").arg(file.entry));
            file.path = QDir(templates).filePath(QStringLiteral("pipeline/") + file.entry.mid(TemplatesScheme.size()));
        } else {
            file.path = QDir(m_context.runway.folder).filePath(file.entry);
        }
        QFile disk(file.path);
        if (!disk.open(QIODevice::ReadOnly))
            return keyError(key, Tr::tr("Cannot read the pipeline file %1: %2").arg(file.path, disk.errorString()));
        file.text = disk.readAll();
        return file;
    }

    /// Renders the .j2 files in one helper run; plain files are returned as they are.
    Result<QStringList> render(const std::vector<PipelineFile> &files, Errors &findings) const
    {
        std::vector<JinjaJob> jobs;
        for (const PipelineFile &file : files) {
            if (!file.entry.endsWith(QLatin1String(".j2")))
                continue;
            JinjaJob job;
            job.text = QString::fromUtf8(file.text);
            job.file = file.path;
            job.context = templateContext(file.index);
            const QByteArray variables = job.context.contains(QStringLiteral("template_variables"))
                ? templateVariablesText(file.index) : QByteArray();
            if (!variables.isEmpty())
                job.contextText.insert(QStringLiteral("template_variables"), variables);
            job.functions = true;
            jobs.push_back(job);
        }
        JinjaRenderer renderer;
        renderer.existingPipelines = m_options.existingPipelines;
        renderer.canaryConfigs = m_options.canaryConfigs;
        Result<QStringList> rendered = renderer.render(jobs);
        if (!rendered)
            return rendered.error();
        if (renderer.usedOfflineCanaryIds()) {
            Error e;
            e.severity = Error::Severity::Warning;
            e.message = Tr::tr("get_canary_id() gave placeholder ids: canary configs are only known when publishing.");
            findings << e;
        }
        QStringList texts;
        int next = 0;
        for (const PipelineFile &file : files)
            texts << (file.entry.endsWith(QLatin1String(".j2")) ? rendered->at(next++) : QString::fromUtf8(file.text));
        return texts;
    }

    /// What Foremast gives manual templates (pipeline/jinja_functions.py, create_pipeline_manual.py).
    QJsonObject templateContext(int index) const
    {
        const Naming &naming = m_context.naming;
        const QString group = naming.identity().project.toLower();
        const QString repo = naming.identity().repo.toLower();
        const QJsonObject notifications = m_pipeline.value(QStringLiteral("notifications")).toObject();
        const QJsonObject app{{QStringLiteral("appname"), naming.app()},
                              {QStringLiteral("group_name"), group},
                              {QStringLiteral("repo_name"), repo},
                              {QStringLiteral("deploy_type"), m_pipeline.value(QStringLiteral("type"))},
                              {QStringLiteral("environment"), QStringLiteral("packaging")},
                              {QStringLiteral("triggerjob"), naming.jenkinsJob()},
                              {QStringLiteral("email"), notifications.value(QStringLiteral("email"))},
                              {QStringLiteral("slack"), notifications.value(QStringLiteral("slack"))},
                              {QStringLiteral("pipeline"), m_pipeline}};
        QJsonObject context{{QStringLiteral("trigger_job"), naming.jenkinsJob()},
                            {QStringLiteral("group_name"), group},
                            {QStringLiteral("app_name"), naming.app()},
                            {QStringLiteral("repo_name"), repo},
                            {QStringLiteral("data"), QJsonObject{{QStringLiteral("app"), app}}}};
        // Foremast passes template_variables only when the list has an entry for this file; a
        // null entry counts as none (the template sees it undefined).
        const QJsonValue variables = m_pipeline.value(QStringLiteral("template_variables"));
        if (variables.isArray() && index < variables.toArray().size() && !variables.toArray().at(index).isNull())
            context.insert(QStringLiteral("template_variables"), variables.toArray().at(index));
        return context;
    }

    /// pipeline.json's template_variables[index] as written (its key order); empty when the file
    /// on disk is not what is generated (an unsaved edit: then the sorted order of `context`).
    QByteArray templateVariablesText(int index) const
    {
        const RunwayFile &file = m_context.runway.pipeline;
        if (!file.disk || file.isModified())
            return {};
        const int node = file.disk->sourceMap.find({QStringLiteral("template_variables"), QString::number(index)});
        if (node < 0)
            return {};
        const JsonSourceMap::Node &value = file.disk->sourceMap.node(node);
        return file.disk->text().mid(value.begin, value.end - value.begin);
    }

    GeneratedPipeline complete(QJsonObject pipeline, const PipelineFile &file, int number) const
    {
        if (!pipeline.contains(QStringLiteral("application")))
            pipeline.insert(QStringLiteral("application"), m_context.naming.app());
        if (!pipeline.contains(QStringLiteral("name")))
            pipeline.insert(QStringLiteral("name"), manualPipelineName(file.entry));
        if (!pipeline.contains(QStringLiteral("id")))
            pipeline.insert(QStringLiteral("id"), existingId(pipeline.value(QStringLiteral("application")).toString(),
                                                             pipeline.value(QStringLiteral("name")).toString()));
        GeneratedPipeline out;
        out.name = pipeline.value(QStringLiteral("name")).toString();
        out.json = pipeline;
        out.fileName = QStringLiteral("pipeline-manual-%1.json").arg(number);
        out.cleansStale = false;
        return out;
    }

    /// Foremast's get_pipeline_id(): the id of the app's pipeline with exactly that name, or null.
    QJsonValue existingId(const QString &app, const QString &name) const
    {
        for (const QJsonValue &value : m_options.existingPipelines) {
            const QJsonObject existing = value.toObject();
            if (existing.value(QStringLiteral("application")).toString(app) == app
                && existing.value(QStringLiteral("name")).toString() == name)
                return existing.value(QStringLiteral("id"));
        }
        return QJsonValue::Null;
    }

    const RunwayContext &m_context;
    const GenerationOptions &m_options;
    QJsonObject m_pipeline;
    int m_only; ///< the one pipeline_files entry to generate, or -1 for all
};

} // namespace

QString manualPipelineName(const QString &file)
{
    int start = 0;
    while (start < file.size() && TemplatesScheme.contains(file.at(start)))
        ++start;
    QString name = file.mid(start);
    for (const QChar bad : QStringLiteral("\\/?%#"))
        name.replace(bad, QLatin1Char('_'));
    return name;
}

QString effectiveTemplatesPath(const RunwayContext &context, const GenerationOptions &options)
{
    QString path = options.templatesPath.isEmpty() ? context.config.templatesPath() : options.templatesPath;
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    return path;
}

Result<Generation> generateManualPipelines(const RunwayContext &context, const GenerationOptions &options)
{
    return ManualGenerator(context, options).run();
}

Result<Generation> generateManualFile(const RunwayContext &context, const GenerationOptions &options, int index)
{
    return ManualGenerator(context, options, index).run();
}

} // namespace Fd
