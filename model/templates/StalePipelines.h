// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QStringList>

namespace Fd {

class MergedSettings;

/// Foremast's clean_pipelines(): the app's pipelines it deletes before creating new ones.
/// A pipeline is managed when its name is "{app} [{region}]" (exactly one word, the app, before
/// the bracketed region) or its last word contains "onetime"; a managed pipeline is stale when
/// its region is not a region of any env of `pipeline.env` — so every one-time pipeline is.
/// Foremast runs it for every type except manual ones.
struct StalePipelines
{
    /// Names of the stale pipelines in `existing` (Gate's pipelineConfigs answer), in its order.
    static QStringList names(const QJsonArray &existing, const QString &app, const QStringList &regions);
    /// `existing` without the stale ones: what Foremast sees after cleaning.
    static QJsonArray remaining(const QJsonArray &existing, const QString &app, const QStringList &regions);
    /// The regions Foremast keeps: those of every env of `pipeline.env` (merged), in first-seen order.
    static QStringList keptRegions(const MergedSettings &merged);
    /// The region of a name Foremast manages, or empty when it leaves the pipeline alone.
    static QString managedRegion(const QString &name, const QString &app);
};

} // namespace Fd
