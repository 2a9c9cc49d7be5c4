// SPDX-License-Identifier: Apache-2.0
#include "Flow.h"

#include "FlowParser.h"
#include "FlowPrecompiled.h"

#include "json/JsonFile.h"
#include "runway/IdentityResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QResource>
#include <QSet>

#include <algorithm>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "Flow", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Flow)
};

QString builtinPath(const QString &name)
{
    return QStringLiteral(":/flows/%1.json").arg(name);
}

/// The bytes of `resource`, in place (the flows are stored uncompressed); empty if absent.
QByteArrayView resourceBytes(const QResource &resource)
{
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(resource.data()), resource.size());
}

/// A built-in flow from the form fd_flowc precompiled at build time (model/generator/CMakeLists.txt),
/// which checked the flow as parse() would: no JSON parse and no check at run time.
Result<Flow> loadPrecompiled(const QString &name)
{
    const QString blobPath = QStringLiteral(":/flows/%1.flowc").arg(name);
    const QResource blob(blobPath);
    const QResource source(builtinPath(name));
    if (resourceBytes(blob).isEmpty() || resourceBytes(source).isEmpty()) {
        return Error::aboutFile(blobPath, Error::Code::NotFound,
                                Tr::tr("The built-in flow \"%1\" is missing from the program; build it again.")
                                    .arg(name));
    }
    return FlowPrecompiled::read(blobPath, resourceBytes(blob), resourceBytes(source), builtinPath(name));
}

} // namespace



QStringList Flow::builtinNames()
{
    return {QStringLiteral("documented"), QStringLiteral("foremast-v5"), QStringLiteral("foremast-v5-lambda"),
            QStringLiteral("foremast-v5-s3"), QStringLiteral("foremast-v5-datapipeline"),
            QStringLiteral("foremast-v5-stepfunction"), QStringLiteral("foremast-v5-cloudfunction")};
}

QString Flow::builtinForType(const QString &type)
{
    // One built-in flow per Foremast type whose stages are fixed by Foremast's own templates.
    const QString name = QStringLiteral("foremast-v5-") + type;
    return builtinNames().contains(name) ? name : QString();
}

QByteArray Flow::builtinText(const QString &name)
{
    QFile file(builtinPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<Flow> Flow::parse(const QString &file, const QByteArray &bytes)
{
    Result<JsonFile> json = JsonFile::parse(file, bytes);
    if (!json)
        return json.error();
    auto data = std::make_shared<Data>();
    data->file = file;
    if (std::optional<Error> error = FlowParser::parse(*json, *data))
        return *error;
    Flow flow;
    flow.d = std::move(data);
    return flow;
}

Result<Flow> Flow::load(const QString &nameOrFile)
{
    if (builtinNames().contains(nameOrFile)) {
        // Built-in flows never change while the program runs: read each once.
        static QMutex mutex;
        static QHash<QString, Flow> cache;
        const QMutexLocker locker(&mutex);
        const auto cached = cache.constFind(nameOrFile);
        if (cached != cache.constEnd())
            return cached.value();
        Result<Flow> flow = loadPrecompiled(nameOrFile);
        if (flow)
            cache.insert(nameOrFile, flow.value());
        return flow;
    }
    const QFileInfo info(nameOrFile);
    if (!info.isFile()) {
        Error e;
        e.message = nameOrFile.contains(QLatin1Char('/')) || nameOrFile.endsWith(QLatin1String(".json"))
            ? Tr::tr("The flow file \"%1\" does not exist.").arg(nameOrFile)
            : Tr::tr("Unknown flow \"%1\"; built-in flows are %2, or give the path of a flow file.")
                  .arg(nameOrFile, builtinNames().join(QStringLiteral(", ")));
        return e;
    }
    Result<JsonFile> file = JsonFile::read(info.absoluteFilePath());
    if (!file)
        return file.error();
    return parse(file->path, file->bytes);
}

Flow Flow::fromData(std::shared_ptr<const Data> data)
{
    Flow flow;
    flow.d = std::move(data);
    return flow;
}

QString Flow::name() const { return d->name; }
QString Flow::title() const { return d->title; }
QString Flow::description() const { return d->description; }
QString Flow::file() const { return d->file; }
QStringList Flow::pipelineTypes() const { return d->pipelineTypes; }
bool Flow::needsSubnets() const { return d->needsSubnets; }
const std::vector<FlowSetting> &Flow::settings() const { return d->settings; }
const FlowTemplate &Flow::pipeline() const { return d->pipeline; }
const std::vector<FlowStageEntry> &Flow::start() const { return d->start; }
const std::vector<FlowStageEntry> &Flow::end() const { return d->end; }
const std::vector<FlowEnvBlock> &Flow::envBlocks() const { return d->envBlocks; }
const std::vector<FlowCheck> &Flow::checks() const { return d->checks; }

namespace {

/// Whether `name` matches a wildcard of literal characters and `*`, as the pattern
/// wildcardToRegularExpression() makes would. Without a regex: Qt 6 JIT-compiles a pattern the
/// first time it is used, which costs more than all the matching a run of the command line does.
/// Returns nothing for other wildcards (`?`, `[…]`) and for names with path separators, which
/// Qt's `*` does not cross.
std::optional<bool> matchesStarPattern(const QString &pattern, const QString &name)
{
    const auto special = [](QChar c) {
        return c == QLatin1Char('?') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\')
            || c == QLatin1Char('/');
    };
    if (std::any_of(pattern.begin(), pattern.end(), special) || std::any_of(name.begin(), name.end(), special))
        return std::nullopt;
    // Backtracking to the last star only: a later star can take whatever an earlier one could.
    qsizetype p = 0, n = 0, star = -1, resume = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            star = p++;
            resume = n;
        } else if (p < pattern.size() && pattern.at(p) == name.at(n)) {
            ++p;
            ++n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

} // namespace

const FlowEnvBlock *Flow::blockFor(const QString &env) const
{
    for (const FlowEnvBlock &block : d->envBlocks) {
        const std::optional<bool> simple = matchesStarPattern(block.match, env);
        if (simple ? *simple : block.pattern.match(env).hasMatch())
            return &block;
    }
    return nullptr;
}

Result<std::vector<FlowTemplate>> Flow::settingsTable(const QJsonObject &overrides) const
{
    std::vector<FlowTemplate> table = d->settingTemplates;
    FlowTemplateContext context;
    context.envVars = true;
    context.flowSettings = false;
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const int index = int(d->settingNames.indexOf(it.key()));
        Error e;
        e.keyPath = it.key();
        if (index < 0) {
            e.message = Tr::tr("The flow \"%1\" has no setting \"%2\" (its settings: %3).")
                            .arg(d->name, it.key(), d->settingNames.join(QStringLiteral(", ")));
            return e;
        }
        QString error;
        KeyPath errorPath;
        std::optional<FlowTemplate> compiled = FlowTemplate::compile(it.value(), context, &error, &errorPath);
        if (!compiled) {
            e.message = error;
            return e;
        }
        table[size_t(index)] = std::move(*compiled);
    }
    return table;
}

FlowChoice FlowChoice::forRunway(const QString &runwayFolder)
{
    FlowChoice choice;
    const QString path = IdentityResolver::settingsFile(runwayFolder);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return choice;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    const QString flow = object.value(QStringLiteral("flow")).toString();
    if (!flow.isEmpty()) {
        // A relative flow file is relative to the settings file.
        choice.flow = Flow::builtinNames().contains(flow) ? flow : QFileInfo(path).dir().filePath(flow);
        choice.source = path;
    }
    choice.settings = object.value(QStringLiteral("flowSettings")).toObject();
    if (!choice.settings.isEmpty())
        choice.source = path;
    return choice;
}

} // namespace Fd
