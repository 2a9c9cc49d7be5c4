// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JinjaRenderer.h"
#include "foremast/MergedSettings.h"
#include "generator/FlowScopeBuilder.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Fd {

struct GenerationOptions;
struct RunwayContext;

/// Which of Foremast's pipeline classes renders a runway (runner.py create_pipeline()), which
/// decides the data its templates get.
enum class TemplateClass {
    Ec2,           ///< SpinnakerPipeline: every other type and every one-time pipeline
    Lambda,        ///< SpinnakerPipelineLambda
    CloudFunction, ///< SpinnakerPipelineCloudFunction
    Plain,         ///< SpinnakerPipelineS3, …DataPipeline, …StepFunction
};

TemplateClass templateClassOf(const QString &type, bool onetime);

/// One env block of one region's pipeline, waiting for its template.
struct TemplateBlock
{
    QString env;
    QString region;
    QJsonObject data;
    int userDataJob = -1; ///< index of its user data script in the first render, or -1
    int canaryUserDataJob = -1;
};

/// The data Foremast gives its pipeline templates: render_wrapper() for the wrapper, the
/// construct_pipeline_block*() of the pipeline's class for each env block.
class TemplateData
{
public:
    TemplateData(const RunwayContext &context, const GenerationOptions &options, const MergedSettings &merged,
                 const QString &type, TemplateClass templateClass);

    /// Whether envs without subnets in a region are left out (ec2 data and lambda).
    bool needsSubnets() const;
    QJsonObject wrapper(const QString &region) const;
    /// The block of `env` in `region`; its user data scripts (a template too) go to `userData`.
    TemplateBlock block(const QString &env, const QString &region, const QStringList &zones,
                        const QString &previousEnv, std::vector<JinjaJob> &userData) const;

private:
    QJsonObject wrapperApp(const QString &region) const;
    QJsonObject typeWrapper(const QString &region) const;
    QJsonObject ec2Wrapper(const QString &region) const;
    QJsonValue existingId(const QString &region) const;
    void addEc2Data(QJsonObject &app, QJsonObject &asg, const FlowScope &scope, const QJsonObject &settings) const;
    int userDataJob(const QString &env, const QString &region, const QString &pipelineType, bool canary,
                    std::vector<JinjaJob> &userData) const;

    const RunwayContext &m_context;
    const GenerationOptions &m_options;
    const MergedSettings &m_merged;
    QJsonObject m_pipeline;
    QString m_type;
    TemplateClass m_class;
    bool m_ec2Data;
    FlowScopeBuilder m_scopes;
};

} // namespace Fd
