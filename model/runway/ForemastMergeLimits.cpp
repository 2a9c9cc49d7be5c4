// SPDX-License-Identifier: Apache-2.0
// ForemastLimits::ofMerge(): where Foremast's merge of the settings fails.
#include "ForemastLimits.h"
#include "ForemastLimitsCollector.h"

#include "foremast/ForemastDefaults.h"
#include "foremast/MergedSettings.h"
#include "runway/RunwayContext.h"
#include "templates/PipelineTypes.h"

#include <QJsonArray>

#include <optional>

namespace Fd::ForemastLimits {

using Internal::Collector;
using Internal::Text;

namespace {

/// Where Foremast's DeepChainMap fails merging the object `top` over `bottom` (a TypeError or
/// AttributeError): over null, a number, true/false, or non-empty text or list; and over "" or []
/// when the object holds an object itself. Returns the key path below `top` (made only for a
/// failure), or nothing.
std::optional<KeyPath> mergeFails(const QJsonObject &top, const QJsonValue &bottom)
{
    if (bottom.isUndefined())
        return std::nullopt;
    const bool emptyOther = (bottom.isString() && bottom.toString().isEmpty())
        || (bottom.isArray() && bottom.toArray().isEmpty());
    if (!bottom.isObject() && !emptyOther)
        return KeyPath{};
    const QJsonObject bottomObject = bottom.toObject();
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (!it.value().isObject())
            continue;
        if (emptyOther)
            return KeyPath{it.key()};
        if (auto found = mergeFails(it.value().toObject(), bottomObject.value(it.key()))) {
            found->prepend(it.key());
            return found;
        }
    }
    return std::nullopt;
}

std::optional<KeyPath> mergeFails(const QJsonObject &top, const QJsonValue &bottom, const KeyPath &at)
{
    std::optional<KeyPath> found = mergeFails(top, bottom);
    if (found)
        *found = at + *found;
    return found;
}

/// The envs whose files Foremast reads (nothing: without the key listing them we read every file,
/// Foremast none: warned elsewhere).
std::optional<QStringList> envsForemastReads(const RunwayContext &context)
{
    return PipelineTypes::fromConfig(context.config).readEnvs(context.config, pipelineTypeOf(context.runway.pipelineValue()));
}

bool foremastReads(const std::optional<QStringList> &envs, const QString &env)
{
    return !envs || envs->contains(env);
}

} // namespace

Errors ofMerge(const RunwayContext &context, const MergedSettings &merged)
{
    Collector out;
    const std::optional<QStringList> readEnvs = envsForemastReads(context);
    // Python's json module refuses a byte order mark; Foremast reads pipeline.json and the file of
    // every env foremast.cfg lists.
    const auto bom = [&](const RunwayFile *file, const QString &env) {
        if (file && file->disk && file->disk->hasBom && !file->create)
            out.add(file, {}, Text::tr("A byte order mark at the start of the file (Python's JSON reader refuses it)"), env);
    };
    bom(&context.runway.pipeline, QString());
    if (auto path = mergeFails(context.runway.pipelineValue(), ForemastDefaults::pipelineDefaults(), {}))
        out.add(&context.runway.pipeline, *path,
                Text::tr("An object where the value beneath it (the file's or Foremast's default) is no "
                         "object: Foremast's merge fails"));
    for (auto it = context.runway.envs.begin(); it != context.runway.envs.end(); ++it) {
        if (!foremastReads(readEnvs, it.key()))
            continue;
        bom(&it.value(), it.key());
        // write_variables merges the file over the defaults, apply_region_configs each region
        // block over the file (and the result over the defaults again).
        const QJsonObject user = it->value;
        const QJsonObject defaults = ForemastDefaults::envDefaults(QString(), QString());
        QList<std::optional<KeyPath>> fails = {mergeFails(user, defaults, {})};
        const QJsonObject blocks = user.value(QStringLiteral("regions")).toObject();
        // Region blocks are mostly alike: a block equal to the one before fails where it did.
        QJsonValue lastBlock;
        std::optional<KeyPath> overUser, overDefaults;
        for (auto block = blocks.begin(); block != blocks.end(); ++block) {
            const KeyPath at{QStringLiteral("regions"), block.key()};
            const QJsonValue current = block.value();
            if (block == blocks.begin() || current != lastBlock) {
                overUser = mergeFails(current.toObject(), user);
                overDefaults = mergeFails(current.toObject(), defaults);
                lastBlock = current;
            }
            fails << (overUser ? std::optional<KeyPath>(at + *overUser) : std::nullopt)
                  << (overDefaults ? std::optional<KeyPath>(at + *overDefaults) : std::nullopt);
        }
        for (const std::optional<KeyPath> &path : fails) {
            if (path)
                out.add(&it.value(), *path,
                        Text::tr("An object where the value beneath it (the file's or Foremast's default) is no "
                                 "object: Foremast's merge fails"), it.key());
        }
        // apply_region_configs iterates `regions`
        if (it->value.value(QStringLiteral("regions")).isNull())
            out.add(&it.value(), {QStringLiteral("regions")},
                    Text::tr("\"regions\": null (Foremast iterates it)"), it.key());
    }
    for (auto it = merged.missingRegionCopies().begin(); it != merged.missingRegionCopies().end(); ++it) {
        if (!foremastReads(readEnvs, it.key()))
            continue;
        out.add(context.runway.envFile(it.key()), {QStringLiteral("regions")},
                Text::tr("Without \"regions\" the env goes to %1 only, which foremast.cfg's [base] regions (%2) lack")
                    .arg(it.value(), context.config.regions().join(QStringLiteral(", "))),
                it.key());
    }
    return out.take();
}

} // namespace Fd::ForemastLimits
