// SPDX-License-Identifier: Apache-2.0
#include "TemplateData.h"

#include "PipelineTypes.h"
#include "generator/PipelineGenerator.h"
#include "runway/RunwayContext.h"

namespace Fd {

namespace {

const QString App = QStringLiteral("app");
const QString Asg = QStringLiteral("asg");

QString pythonJson(const QJsonValue &value)
{
    return FlowText::toPythonJson(value);
}

} // namespace

TemplateClass templateClassOf(const QString &type, bool onetime)
{
    if (onetime)
        return TemplateClass::Ec2;
    if (type == QLatin1String("lambda"))
        return TemplateClass::Lambda;
    if (type == QLatin1String("cloudfunction"))
        return TemplateClass::CloudFunction;
    if (type == QLatin1String("s3") || type == QLatin1String("datapipeline") || type == QLatin1String("stepfunction"))
        return TemplateClass::Plain;
    return TemplateClass::Ec2;
}

TemplateData::TemplateData(const RunwayContext &context, const GenerationOptions &options, const MergedSettings &merged,
                           const QString &type, TemplateClass templateClass)
    : m_context(context)
    , m_options(options)
    , m_merged(merged)
    , m_pipeline(merged.pipeline())
    , m_type(type)
    , m_class(templateClass)
    // construct_pipeline_block() gives ec2 data to ec2_pipeline_types only; the other classes never.
    , m_ec2Data(templateClass == TemplateClass::Ec2 && PipelineTypes::fromConfig(context.config).ec2Data.contains(type))
    , m_scopes(context, m_pipeline)
{
}

bool TemplateData::needsSubnets() const
{
    return m_ec2Data || m_class == TemplateClass::Lambda;
}

QJsonObject TemplateData::wrapper(const QString &region) const
{
    return m_class == TemplateClass::Ec2 ? ec2Wrapper(region) : typeWrapper(region);
}

QJsonValue TemplateData::existingId(const QString &region) const
{
    // compare_with_existing(): the first of the app's pipelines whose name contains the region.
    for (const QJsonValue &value : m_options.existingPipelines) {
        const QJsonObject existing = value.toObject();
        if (existing.value(QStringLiteral("application")).toString() == m_context.naming.app()
            && existing.value(QStringLiteral("name")).toString().contains(region))
            return existing.value(QStringLiteral("id"));
    }
    return QJsonValue::Null;
}

/// What every render_wrapper() gives the wrapper's `app`.
QJsonObject TemplateData::wrapperApp(const QString &region) const
{
    const Naming &naming = m_context.naming;
    const QJsonObject notifications = m_pipeline.value(QStringLiteral("notifications")).toObject();
    return QJsonObject{{QStringLiteral("appname"), naming.app()},
                       {QStringLiteral("group_name"), naming.identity().project.toLower()},
                       {QStringLiteral("repo_name"), naming.identity().repo.toLower()},
                       {QStringLiteral("environment"), QStringLiteral("packaging")},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("triggerjob"), naming.jenkinsJob()},
                       {QStringLiteral("run_as_user"), m_context.config.defaultRunAsUser()},
                       {QStringLiteral("email"), notifications.value(QStringLiteral("email"))},
                       {QStringLiteral("slack"), notifications.value(QStringLiteral("slack"))},
                       {QStringLiteral("pipeline"), m_pipeline}};
}

/// SpinnakerPipelineLambda/S3/DataPipeline/StepFunction/CloudFunction.render_wrapper().
QJsonObject TemplateData::typeWrapper(const QString &region) const
{
    QJsonObject app = wrapperApp(region);
    app.insert(QStringLiteral("deploy_type"), m_pipeline.value(QStringLiteral("type")));
    if (m_class != TemplateClass::CloudFunction) // the GCP wrapper has no base image
        app.insert(QStringLiteral("base"), m_pipeline.value(QStringLiteral("base")));
    return QJsonObject{{App, app}, {QStringLiteral("id"), existingId(region)}};
}

/// SpinnakerPipeline.render_wrapper() (create_pipeline.py).
QJsonObject TemplateData::ec2Wrapper(const QString &region) const
{
    const QJsonObject image = m_pipeline.value(QStringLiteral("image")).toObject();
    const QJsonValue base = m_pipeline.value(QStringLiteral("base"));
    QJsonObject app = wrapperApp(region);
    app.insert(QStringLiteral("ami_id"), base); // no AMI lookup table: the alias as it is
    app.insert(QStringLiteral("base"), base);
    app.insert(QStringLiteral("root_volume_size"), image.value(QStringLiteral("root_volume_size")));
    app.insert(QStringLiteral("bake_instance_type"), image.value(QStringLiteral("bake_instance_type")));
    app.insert(QStringLiteral("ami_template_file"),
               QStringLiteral("aws_%1_%2.json").arg(region, FlowText::toText(image.value(QStringLiteral("builder")))));
    return QJsonObject{{App, app}, {QStringLiteral("id"), existingId(region)}};
}

/// generate_encoded_user_data(): infrastructure/user_data.sh.j2, which a team may override too.
int TemplateData::userDataJob(const QString &env, const QString &region, const QString &pipelineType, bool canary,
                              std::vector<JinjaJob> &userData) const
{
    const bool prodFamily = env == QLatin1String("prod") || env == QLatin1String("prodp") || env == QLatin1String("prods");
    JinjaJob job;
    job.templateName = QStringLiteral("infrastructure/user_data.sh.j2");
    job.context = QJsonObject{{QStringLiteral("env"), env},
                              {QStringLiteral("env_c"), prodFamily ? QStringLiteral("prod") : env},
                              {QStringLiteral("env_p"), prodFamily ? QStringLiteral("prodp") : env},
                              {QStringLiteral("env_s"), prodFamily ? QStringLiteral("prods") : env},
                              {QStringLiteral("region"), region},
                              {QStringLiteral("app_name"), m_context.naming.app()},
                              {QStringLiteral("group_name"), m_context.naming.identity().project.toLower()},
                              {QStringLiteral("pipeline_type"), pipelineType},
                              {QStringLiteral("canary"), canary}};
    userData.push_back(job);
    return int(userData.size()) - 1;
}

/// ec2_pipeline_setup()'s additions (construct_pipeline_block.py).
void TemplateData::addEc2Data(QJsonObject &app, QJsonObject &asg, const FlowScope &scope,
                              const QJsonObject &settings) const
{
    const QJsonArray providers = scope.get(FlowVar::HealthProviders).toArray();
    asg.insert(QStringLiteral("hc_type"), scope.get(FlowVar::HealthCheckType));
    asg.insert(QStringLiteral("hc_grace_period"), scope.get(FlowVar::HealthCheckGracePeriod));
    asg.insert(QStringLiteral("ssh_keypair"), scope.get(FlowVar::KeyPair));
    asg.insert(QStringLiteral("provider_healthcheck"), pythonJson(providers));
    asg.insert(QStringLiteral("enable_public_ips"),
               pythonJson(settings.value(Asg).toObject().value(QStringLiteral("enable_public_ips"))));
    asg.insert(QStringLiteral("has_provider_healthcheck"), !providers.isEmpty());
    app.insert(QStringLiteral("az_dict"), pythonJson(scope.get(FlowVar::AvailabilityZones)));
    app.insert(QStringLiteral("instance_security_groups"), pythonJson(scope.get(FlowVar::SecurityGroups)));
    app.insert(QStringLiteral("elb"), pythonJson(scope.get(FlowVar::LoadBalancers)));
    app.insert(QStringLiteral("scalingpolicy"),
               FlowText::isTruthy(settings.value(Asg).toObject().value(QStringLiteral("scaling_policy"))));
}

TemplateBlock TemplateData::block(const QString &env, const QString &region, const QStringList &zones,
                                  const QString &previousEnv, std::vector<JinjaJob> &userData) const
{
    const QJsonObject settings = m_merged.region(env, region);
    const FlowScope pipelineScope = m_scopes.pipelineScope(region, nullptr);
    const FlowScope scope = m_scopes.envScope(pipelineScope, env, settings, zones, previousEnv);
    const Naming &naming = m_context.naming;

    TemplateBlock block;
    block.env = env;
    block.region = region;
    QJsonObject data = settings;
    QJsonObject app = data.value(App).toObject();
    QJsonObject asg = data.value(Asg).toObject();

    if (m_ec2Data) {
        block.userDataJob = userDataJob(env, region, m_type, false, userData);
        if (FlowText::isTruthy(app.value(QStringLiteral("canary"))))
            block.canaryUserDataJob = userDataJob(env, region, m_type, true, userData);
        addEc2Data(app, asg, scope, settings);
        data.insert(Asg, asg);
    } else if (m_class == TemplateClass::Lambda || m_class == TemplateClass::CloudFunction) {
        block.userDataJob = userDataJob(env, region, QString(), false, userData);
    }
    if (m_class == TemplateClass::Lambda) {
        const QJsonObject lambda = m_pipeline.value(QStringLiteral("lambda")).toObject();
        app.insert(QStringLiteral("az_dict"), pythonJson(scope.get(FlowVar::AvailabilityZones)));
        app.insert(QStringLiteral("instance_security_groups"),
                   pythonJson(m_scopes.instanceSecurityGroups(env, settings, naming.app())));
        app.insert(QStringLiteral("function_name"), lambda.value(QStringLiteral("handler")));
        app.insert(QStringLiteral("lambda_package_type"), lambda.value(QStringLiteral("package_type")));
    }

    // What every construct_pipeline_block*() adds.
    app.insert(QStringLiteral("appname"), naming.app());
    app.insert(QStringLiteral("approval_skip"),
               scope.get(FlowVar::ApprovalSkipEnabled).toBool() && app.contains(QStringLiteral("approval_skip"))
                   ? app.value(QStringLiteral("approval_skip"))
                   : QJsonValue(false));
    app.insert(QStringLiteral("repo_name"), naming.identity().repo.toLower());
    app.insert(QStringLiteral("group_name"), naming.identity().project.toLower());
    app.insert(QStringLiteral("environment"), env);
    app.insert(QStringLiteral("region"), region);
    app.insert(QStringLiteral("previous_env"), previousEnv.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(previousEnv));
    app.insert(QStringLiteral("promote_restrict"), m_pipeline.value(QStringLiteral("promote_restrict")));
    app.insert(QStringLiteral("owner_email"), m_pipeline.value(QStringLiteral("owner_email")));
    if (m_class == TemplateClass::Ec2) // only the generic block passes the pipeline settings on
        app.insert(QStringLiteral("pipeline"), m_pipeline);
    data.insert(App, app);
    block.data = data;
    return block;
}

} // namespace Fd
