// SPDX-License-Identifier: Apache-2.0
// EnvSettingsEditor's sections for a cloudfunction runway: every env key Foremast v5.15.4 reads
// for the type (cloudfunction/cloud_functions_client.py; defaults in
// templates/configs/configs.json.j2), each with the editor its value calls for. The badge tooltips
// cite the line that reads the key. The function first, then its network, then who may call it.
#include "EnvSettingsEditor.h"

#include "BasicFields.h"
#include "ChoiceLists.h"
#include "JsonValueField.h"
#include "ListFields.h"

#include <QFormLayout>
#include <QTableWidget>

namespace Fd {

namespace {

KeyPath app(std::initializer_list<const char *> keys)
{
    KeyPath path { QStringLiteral("app") };
    for (const char *key : keys)
        path << QLatin1String(key);
    return path;
}

/// Key, value and source need the room: below its label, not squeezed beside it.
KeyValueField *roomy(KeyValueField *field)
{
    field->table()->setMinimumWidth(field->table()->fontMetrics().averageCharWidth() * 36);
    return field;
}

} // namespace

void EnvSettingsEditor::buildCloudFunctionSections()
{
    const QString type = QStringLiteral("cloudfunction");

    QFormLayout *form = addTypeSection(type, tr("Cloud function"));
    addCited(form, new TextField(app({ "cloudfunction_memory_mb" }), tr("Memory (MB):"), m_content),
        tr("The function's availableMemoryMb; Foremast's default is \"128\"."),
        "cloudfunction/cloud_functions_client.py:298");
    addCited(form, new TextField(app({ "cloudfunction_timeout" }), tr("Timeout (s):"), m_content),
        tr("Foremast's default is \"60\"."), "cloudfunction/cloud_functions_client.py:297");
    addCited(form,
        new TextField(app({ "cloudfunction_max_instances" }), tr("Max instances:"), m_content),
        tr("Foremast's default \"0\" sets no limit."),
        "cloudfunction/cloud_functions_client.py:300");
    addCited(form,
        roomy(
            new KeyValueField(app({ "cloudfunction_environment" }), tr("Environment:"), m_content)),
        tr("The function's environment variables, name and text."),
        "cloudfunction/cloud_functions_client.py:299");
    addCited(form,
        new JsonValueField(app({ "cloudfunction_event_trigger" }), tr("Event trigger:"), m_content,
            QJsonValue::Object),
        tr("{\"event_type\": …, \"resource\": \"topics/…\", \"service\": …, \"failure_policy\": "
           "{\"retry\": true}}; event_type and resource are required. Not set: the function is "
           "called over HTTPS."),
        "cloudfunction/cloud_functions_client.py:310-324");

    form = addTypeSection(type, tr("Cloud function network"));
    addCited(form,
        new ComboField(app({ "cloudfunction_ingress_type" }), tr("Ingress:"), m_content,
            { { QStringLiteral("ALLOW_ALL"), tr("Requests from anywhere") },
                { QStringLiteral("ALLOW_INTERNAL_ONLY"),
                    tr("Only from the project's VPC network") },
                { QStringLiteral("ALLOW_INTERNAL_AND_GCLB"),
                    tr("From the VPC network and through Cloud Load Balancing") } },
            true),
        tr("The function's ingressSettings; not set: Google Cloud's own (ALLOW_ALL)."),
        "cloudfunction/cloud_functions_client.py:304");
    addCited(form,
        roomy(new KeyValueField(
            app({ "cloudfunction_vpc", "connector" }), tr("VPC connectors:"), m_content)),
        tr("Serverless VPC Access connector per region: region name and connector name."),
        "cloudfunction/cloud_functions_client.py:285, 302");
    addCited(form,
        new ComboField(app({ "cloudfunction_vpc", "egress_type" }), tr("VPC egress:"), m_content,
            { { QStringLiteral("PRIVATE_RANGES_ONLY"),
                  tr("Only traffic to private addresses goes through the connector") },
                { QStringLiteral("ALL_TRAFFIC"),
                    tr("All outgoing traffic goes through the connector") } },
            true),
        tr("The function's vpcConnectorEgressSettings."),
        "cloudfunction/cloud_functions_client.py:303");
    // In Foremast's defaults, but never read: the connector comes from app.cloudfunction_vpc.
    addField<SettingField>(form,
        new TextField(app({ "cloudfunction_vpc_connector" }), tr("VPC connector:"), m_content))
        ->setOriginNote(tr("Foremast 5.15.4 lists this key in its defaults but never reads it: the "
                           "connector comes from app.cloudfunction_vpc "
                           "(cloudfunction/cloud_functions_client.py:285), under All keys."));

    form = addTypeSection(type, tr("Cloud function access"));
    addCited(form,
        new CheckField(app({ "cloudfunction_allow_unauthenticated" }), tr("Public:"), m_content,
            tr("Anyone may call the function, without signing in")),
        tr("Adds allUsers as roles/cloudfunctions.invoker to the function's IAM policy."),
        "cloudfunction/cloud_functions_client.py:205, 207-208");
    addCited(form,
        new JsonValueField(app({ "cloudfunction_iam_bindings" }), tr("IAM bindings:"), m_content,
            QJsonValue::Array),
        tr("More bindings of the function's IAM policy: [{\"role\": …, \"members\": […]}]. "
           "Foremast replaces the whole policy with these."),
        "cloudfunction/cloud_functions_client.py:206, 209-210");
}

} // namespace Fd
