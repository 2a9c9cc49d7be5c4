// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GateError.h"
#include "GateSignIn.h"
#include "core/Error.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Fd {

/// One region's pipeline as the generator made it.
struct PipelineToPublish
{
    QString region;
    QString name;          ///< e.g. "myapp [us-east-1]"
    QJsonObject pipeline;  ///< Spinnaker pipeline JSON
};

/// The application the pipelines belong to, and what creating it needs.
struct ApplicationInfo
{
    QString name;
    QString email;         ///< owner email; Spinnaker requires one to create the application
    QString project;       ///< git project, stored as repoProjectKey
    QString repo;          ///< git repository, stored as repoSlug
    QString cloudProviders = QStringLiteral("aws");
};

/// What the designer asks to publish.
struct PublishRequest
{
    ApplicationInfo application;
    QList<PipelineToPublish> pipelines;
    Errors findings;       ///< validation findings; any error blocks publishing
    /// Foremast's clean_pipelines() runs first (every type but manual ones): managed pipelines of
    /// regions outside `keptRegions` and every one-time pipeline are offered for deletion.
    bool cleanStale = true;
    QStringList keptRegions; ///< regions of pipeline.env's envs; the pipelines' regions when empty

    bool hasBlockingFindings() const;
};

enum class RegionAction { Create, Update, Unchanged };

/// What publishing one region will do, worked out before anything is written.
struct RegionPlan
{
    QString region;
    QString name;
    RegionAction action = RegionAction::Create;
    QString storedName;      ///< the name Spinnaker has (may differ in case or spaces)
    QString storedId;
    QJsonValue storedUpdateTs;
    QString storedBy;        ///< lastModifiedBy of the stored copy
    QJsonObject toSend;      ///< the generated pipeline with the stored id and updateTs adopted
    QString diff;            ///< unified diff, stored → to send; empty when unchanged
    int addedLines = 0;
    int removedLines = 0;
};

/// A pipeline the designer once made for a region that is no longer generated.
struct ObsoletePipeline
{
    QString name;
    QString region;
    QString id;
};

/// The outcome of the read-only first step.
struct PublishPlan
{
    QString application;
    GateUser user;
    bool applicationExists = false;
    QList<RegionPlan> regions;
    QList<ObsoletePipeline> obsolete;   ///< offered for deletion, deleted only when confirmed
    QStringList warnings;               ///< translated
    ApplicationInfo applicationInfo;

    bool hasChanges() const;
};

/// The user's decisions for the writing step.
struct PublishOptions
{
    bool createApplication = false;     ///< when the plan says it is missing
    QStringList deleteObsolete;         ///< names from PublishPlan::obsolete the user confirmed
    bool includeUnchanged = false;      ///< also re-save pipelines that have not changed
    int maxConcurrent = 6;              ///< QNetworkAccessManager opens up to 6 connections per host
    int taskTimeoutMs = 120000;         ///< application creation (Foremast's default)
    int firstPollDelayMs = 250;         ///< task polls and read-back retries start here and double
    int maxPollDelayMs = 2000;
    int readBackAttempts = 6;           ///< reads after a save before giving up (404 = not visible yet)
};

enum class RegionState {
    Waiting, Sending, Confirming,       // in progress
    Published, Unchanged, Deleted,      // done, fine
    Failed, Unknown, Canceled,          // done, not fine
};

/// Where one region (or one deletion) stands; sent with every change and kept in the report.
struct RegionResult
{
    QString region;
    QString name;
    RegionState state = RegionState::Waiting;
    bool isDeletion = false;
    QString id;              ///< confirmed pipeline id
    QString updateTs;        ///< confirmed updateTs
    GateError error;         ///< why it failed or is unknown
    QString note;            ///< translated detail, e.g. "confirmed by re-reading"

    bool isDone() const { return state >= RegionState::Published; }
    bool isFine() const { return state >= RegionState::Published && state <= RegionState::Deleted; }
};

struct PublishReport
{
    bool applicationCreated = false;
    GateError applicationError;       ///< creating the application failed: nothing was published
    QList<RegionResult> results;      ///< regions first, then deletions
    bool canceled = false;

    int failures() const;             ///< results that are not fine
    bool succeeded() const { return !applicationError.isError() && failures() == 0; }
};

QString regionStateName(RegionState state); ///< translated, e.g. "published"

} // namespace Fd

Q_DECLARE_METATYPE(Fd::RegionResult)
