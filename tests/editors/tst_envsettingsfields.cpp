// SPDX-License-Identifier: Apache-2.0
// The fields of the pipeline types' own env sections: each key has the editor its value calls for
// and a badge citing the Foremast line that reads it, every key Foremast reads for the type has a
// field, and the fields write the env file. Which sections show for which type:
// tst_envsettingstypes.
#include "EditorFixture.h"
#include "editors/BasicFields.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/JsonValueField.h"
#include "editors/ListFields.h"
#include "editors/OriginBadge.h"
#include "foremast/ForemastDefaults.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Fd;
using Fd::Test::EditorFixture;
using Fd::Test::path;
using Fd::Test::typesFixture;

namespace {

const KeyPath LambdaMemory = path({"app", "lambda_memory"});

bool shown(const EnvSettingsEditor &editor, const KeyPath &p)
{
    SettingField *field = editor.field(p);
    if (!field)
        qFatal("no field for %s", qPrintable(JsonPath::toString(p)));
    return field->isVisibleTo(&editor);
}

/// The leaf key paths below `object` (lists and empty objects are leaves).
void leaves(const QJsonObject &object, const KeyPath &prefix, QList<KeyPath> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const KeyPath path = prefix + KeyPath{it.key()};
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            leaves(it.value().toObject(), path, out);
        else
            out << path;
    }
}

} // namespace

class TestEnvSettingsFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typeFieldsHaveEditorsAndSources_data();
    void typeFieldsHaveEditorsAndSources();
    void everyKeyForemastReadsHasAField_data();
    void everyKeyForemastReadsHasAField();
    void everyKeyTheCloudFunctionClientReadsHasAField();
    void newFieldsWriteTheEnvFile();
    void cloudFunctionFieldsWriteTheEnvFile();
};

void TestEnvSettingsFields::typeFieldsHaveEditorsAndSources_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("editorClass");
    QTest::addColumn<QString>("source"); // the Foremast file the badge's tooltip cites
    const QString lambda = QStringLiteral("lambda-01-dev-stage");
    const QString s3 = QStringLiteral("s3-01-dev-stage-prod-website");
    const QString cloudfunction = QStringLiteral("cloudfunction-02-dev-stage-webhooks-two-regions");
    const QString lambdaPy = QStringLiteral("awslambda/awslambda.py:");
    const QString gcpClient = QStringLiteral("cloudfunction/cloud_functions_client.py:");
    const QString s3apps = QStringLiteral("s3/s3apps.py:");
    const auto row = [](const QString &golden, const char *key, const char *cls, const QString &source) {
        QTest::newRow(key) << golden << QString::fromLatin1(key) << QString::fromLatin1(cls) << source;
    };
    row(lambda, "app.lambda_memory", "Fd::SpinField", lambdaPy);
    row(lambda, "app.lambda_timeout", "Fd::SpinField", lambdaPy);
    row(lambda, "app.lambda_role", "Fd::TextField", lambdaPy);
    row(lambda, "app.lambda_environment", "Fd::JsonValueField", lambdaPy);
    row(lambda, "app.lambda_layers", "Fd::StringListField", lambdaPy);
    row(lambda, "app.lambda_tracing.Mode", "Fd::ComboField", lambdaPy);
    row(lambda, "app.lambda_concurrency_limit", "Fd::SpinField", lambdaPy);
    row(lambda, "app.lambda_provisioned_throughput", "Fd::SpinField", lambdaPy);
    row(lambda, "app.lambda_filesystems", "Fd::JsonValueField", lambdaPy);
    row(lambda, "app.lambda_subnet_purpose", "Fd::ComboField", lambdaPy);
    row(lambda, "app.lambda_subnet_count", "Fd::SpinField", lambdaPy);
    row(lambda, "security_groups.lambda_extras", "Fd::StringListField", lambdaPy);
    row(lambda, "lambda_triggers", "Fd::JsonValueField", QStringLiteral("awslambda/awslambdaevent.py:"));
    row(lambda, "app.lambda_dlq.TargetArn", "Fd::TextField", lambdaPy);
    row(lambda, "app.lambda_destinations", "Fd::JsonValueField", lambdaPy);
    row(s3, "deploy_strategy", "Fd::ComboField", QStringLiteral("s3/s3deploy.py:"));
    row(s3, "s3.bucket_name", "Fd::TextField", s3apps);
    row(s3, "s3.path", "Fd::TextField", QStringLiteral("s3/s3deploy.py:"));
    row(s3, "s3.shared_bucket_master", "Fd::CheckField", s3apps);
    row(s3, "s3.shared_bucket_target", "Fd::TextField", s3apps);
    row(s3, "s3.bucket_acl", "Fd::ComboField", s3apps);
    row(s3, "s3.bucket_policy", "Fd::JsonValueField", s3apps);
    row(s3, "s3.tagging.tags", "Fd::KeyValueField", s3apps);
    row(s3, "s3.content_metadata", "Fd::JsonValueField", QStringLiteral("s3/s3deploy.py:"));
    row(s3, "s3.website.enabled", "Fd::CheckField", s3apps);
    row(s3, "s3.website.index_suffix", "Fd::TextField", s3apps);
    row(s3, "s3.website.error_document", "Fd::TextField", s3apps);
    row(s3, "dns.ttl", "Fd::SpinField", s3apps);
    row(s3, "s3.cors.enabled", "Fd::CheckField", s3apps);
    row(s3, "s3.cors.cors_rules", "Fd::JsonValueField", s3apps);
    row(s3, "s3.versioning.enabled", "Fd::CheckField", s3apps);
    row(s3, "s3.versioning.mfa_delete", "Fd::ComboField", s3apps);
    row(s3, "s3.encryption.enabled", "Fd::CheckField", s3apps);
    row(s3, "s3.encryption.encryption_rules", "Fd::JsonValueField", s3apps);
    row(s3, "s3.lifecycle.enabled", "Fd::CheckField", s3apps);
    row(s3, "s3.lifecycle.lifecycle_rules", "Fd::JsonValueField", s3apps);
    row(s3, "s3.logging.enabled", "Fd::CheckField", s3apps);
    row(s3, "s3.logging.logging_bucket", "Fd::TextField", s3apps);
    row(s3, "s3.logging.logging_bucket_prefix", "Fd::TextField", s3apps);
    row(s3, "s3.logging.logging_grants", "Fd::JsonValueField", s3apps);
    row(s3, "s3.notification.enabled", "Fd::CheckField", s3apps);
    row(s3, "s3.notification.topic_configurations", "Fd::JsonValueField", s3apps);
    row(s3, "s3.notification.queue_configurations", "Fd::JsonValueField", s3apps);
    row(s3, "s3.notification.lambda_configurations", "Fd::JsonValueField", s3apps);
    row(cloudfunction, "app.cloudfunction_memory_mb", "Fd::TextField", gcpClient);
    row(cloudfunction, "app.cloudfunction_timeout", "Fd::TextField", gcpClient);
    row(cloudfunction, "app.cloudfunction_max_instances", "Fd::TextField", gcpClient);
    row(cloudfunction, "app.cloudfunction_environment", "Fd::KeyValueField", gcpClient);
    row(cloudfunction, "app.cloudfunction_event_trigger", "Fd::JsonValueField", gcpClient);
    row(cloudfunction, "app.cloudfunction_ingress_type", "Fd::ComboField", gcpClient);
    row(cloudfunction, "app.cloudfunction_vpc.connector", "Fd::KeyValueField", gcpClient);
    row(cloudfunction, "app.cloudfunction_vpc.egress_type", "Fd::ComboField", gcpClient);
    row(cloudfunction, "app.cloudfunction_allow_unauthenticated", "Fd::CheckField", gcpClient);
    row(cloudfunction, "app.cloudfunction_iam_bindings", "Fd::JsonValueField", gcpClient);
}

void TestEnvSettingsFields::typeFieldsHaveEditorsAndSources()
{
    QFETCH(QString, golden);
    QFETCH(QString, key);
    QFETCH(QString, editorClass);
    QFETCH(QString, source);
    EditorFixture f = typesFixture(qPrintable(golden));
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("dev"));
    const KeyPath p = key.split(QLatin1Char('.'));
    QVERIFY(shown(editor, p));
    SettingField *field = editor.field(p);
    QVERIFY2(field->inherits(qPrintable(editorClass)), field->metaObject()->className());
    QVERIFY2(field->badge()->toolTip().contains(source), qPrintable(field->badge()->toolTip()));
    QVERIFY(editor.focusKey(QStringLiteral("dev"), p));
}

void TestEnvSettingsFields::everyKeyForemastReadsHasAField_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("block"); // the defaults Foremast's code for the type reads, all of them
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("atLeast"); // keys checked, so a renamed block cannot pass unchecked
    QTest::newRow("lambda: app.lambda_*") << "lambda-01-dev-stage" << "app" << "lambda_" << 13;
    QTest::newRow("s3: the s3 block") << "s3-01-dev-stage-prod-website" << "s3" << "" << 13;
    QTest::newRow("cloudfunction: app.cloudfunction_*")
        << "cloudfunction-02-dev-stage-webhooks-two-regions" << "app" << "cloudfunction_" << 4;
}

void TestEnvSettingsFields::everyKeyForemastReadsHasAField()
{
    QFETCH(QString, golden);
    QFETCH(QString, block);
    QFETCH(QString, prefix);
    QFETCH(int, atLeast);
    EditorFixture f = typesFixture(qPrintable(golden));
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("dev"));
    QList<KeyPath> keys;
    leaves(ForemastDefaults::envDefaults(QStringLiteral("app"), QStringLiteral("profile")).value(block).toObject(), {block}, keys);
    int checked = 0;
    for (const KeyPath &key : std::as_const(keys)) {
        if (!key.at(1).startsWith(prefix))
            continue;
        ++checked;
        // A field for the key, or for the object it is in (the tracing Mode, the DLQ's TargetArn).
        bool found = false;
        for (SettingField *field : editor.fields()) {
            const KeyPath &p = field->path();
            found = found || (field->isVisibleTo(&editor) && (key.mid(0, p.size()) == p || p.mid(0, key.size()) == key));
        }
        QVERIFY2(found, qPrintable(JsonPath::toString(key)));
    }
    QVERIFY(checked >= atLeast);
}

void TestEnvSettingsFields::everyKeyTheCloudFunctionClientReadsHasAField()
{
    // Foremast's defaults list only four cloudfunction keys (and one it never reads): the client's
    // source is the list of what it reads.
    QFile client(QStringLiteral(FD_SHARED_DIR "/reference/foremast-5.15.4/src/foremast/cloudfunction/"
                                "cloud_functions_client.py"));
    QVERIFY(client.open(QIODevice::ReadOnly));
    const QString source = QString::fromUtf8(client.readAll());
    QStringList keys;
    const QRegularExpression read(QStringLiteral(R"re(\.get\("(cloudfunction_\w+)")re"));
    for (auto it = read.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        keys << match.captured(1);
    }
    keys.removeDuplicates();
    QCOMPARE(keys.size(), 9);

    EditorFixture f = typesFixture("cloudfunction-02-dev-stage-webhooks-two-regions");
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("dev"));
    for (const QString &name : std::as_const(keys)) {
        const KeyPath key{QStringLiteral("app"), name};
        bool found = false;
        for (SettingField *field : editor.fields())
            found = found || (field->isVisibleTo(&editor) && field->path().mid(0, key.size()) == key);
        QVERIFY2(found, qPrintable(name));
    }
}

void TestEnvSettingsFields::newFieldsWriteTheEnvFile()
{
    EditorFixture f = typesFixture("lambda-01-dev-stage");
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("stage"));
    const KeyPath mode = path({"app", "lambda_tracing", "Mode"});
    auto *tracing = qobject_cast<ComboField *>(editor.field(mode));
    QVERIFY(tracing);
    QCOMPARE(tracing->badge()->origin(), Origin::Unset);
    const int active = tracing->comboBox()->findText(QStringLiteral("Active"));
    QVERIFY(active >= 0);
    tracing->comboBox()->setCurrentIndex(active);
    Q_EMIT tracing->comboBox()->activated(active);
    QCOMPARE(f.value("stage", mode), QJsonValue(QStringLiteral("Active")));
    QVERIFY(tracing->badge()->isSetHere());

    // Memory was "512" as text in the file; the spin box shows it and writes a number Foremast int()s alike.
    auto *memory = qobject_cast<SpinField *>(editor.field(LambdaMemory));
    QCOMPARE(memory->spinBox()->value(), 512);
    memory->spinBox()->setValue(1024);
    Q_EMIT memory->spinBox()->editingFinished();
    QCOMPARE(f.value("stage", LambdaMemory), QJsonValue(1024));

    // Not set shows as such and, chosen, removes the key again.
    auto *count = qobject_cast<SpinField *>(editor.field(path({"app", "lambda_subnet_count"})));
    QVERIFY(count->isUnsetShown());
    f.stack()->undo();
    f.stack()->undo();
    QVERIFY(f.value("stage", mode).isUndefined());
    QCOMPARE(f.value("stage", LambdaMemory), QJsonValue(QStringLiteral("512")));
}

void TestEnvSettingsFields::cloudFunctionFieldsWriteTheEnvFile()
{
    EditorFixture f = typesFixture("cloudfunction-02-dev-stage-webhooks-two-regions");
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("dev"));
    const KeyPath ingress = path({"app", "cloudfunction_ingress_type"});
    auto *combo = qobject_cast<ComboField *>(editor.field(ingress));
    QVERIFY(combo);
    QCOMPARE(combo->badge()->origin(), Origin::Unset);
    const int internal = combo->comboBox()->findText(QStringLiteral("ALLOW_INTERNAL_ONLY"));
    QVERIFY(internal >= 0);
    combo->comboBox()->setCurrentIndex(internal);
    Q_EMIT combo->comboBox()->activated(internal);
    QCOMPARE(f.value("dev", ingress), QJsonValue(QStringLiteral("ALLOW_INTERNAL_ONLY")));

    // A region's connector: the key goes into the cloudfunction_vpc object Foremast reads.
    auto *connectors = qobject_cast<KeyValueField *>(editor.field(path({"app", "cloudfunction_vpc", "connector"})));
    QVERIFY(connectors);
    connectors->newKeyEdit()->setText(QStringLiteral("us-east1"));
    connectors->newValueEdit()->setText(QStringLiteral("vpc-conn"));
    connectors->addButton()->click();
    QCOMPARE(f.value("dev", path({"app", "cloudfunction_vpc", "connector", "us-east1"})), QJsonValue(QStringLiteral("vpc-conn")));
    // Undo takes the cloudfunction_vpc object the connector was put into away again.
    f.stack()->undo();
    QVERIFY(f.value("dev", path({"app", "cloudfunction_vpc"})).isUndefined());
    f.stack()->undo();
    QVERIFY(f.value("dev", ingress).isUndefined());
}

QTEST_MAIN(TestEnvSettingsFields)
#include "tst_envsettingsfields.moc"
