// SPDX-License-Identifier: Apache-2.0
// The env form shows a section only for the pipeline types whose Foremast code reads its keys:
// a lambda runway has no ASG, health check or scaling sections, an ec2 runway has them, and the
// sections follow a type change in the pipeline form and its undo.
#include "EditorFixture.h"
#include "editors/BasicFields.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/JsonValueField.h"
#include "editors/ListFields.h"
#include "editors/OriginBadge.h"
#include "editors/PipelineSettingsEditor.h"
#include "foremast/ForemastDefaults.h"

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLayout>
#include <QSpinBox>

using namespace Fd;
using Fd::Test::EditorFixture;
using Fd::Test::path;
using Fd::Test::typesFixture;

namespace {

const KeyPath MinInst = path({"asg", "min_inst"});
const KeyPath InstanceType = path({"app", "instance_type"});
const KeyPath HcType = path({"asg", "hc_type"});
const KeyPath Scaling = path({"asg", "scaling_policy"});
const KeyPath InstanceExtras = path({"security_group", "instance_extras"});
const KeyPath Eureka = path({"app", "eureka_enabled"});
const KeyPath ApprovalSkip = path({"app", "approval_skip"});
const KeyPath Webhooks = path({"completion_webhooks"});
const KeyPath Tags = path({"app", "custom_tags"});
const KeyPath LambdaMemory = path({"app", "lambda_memory"});
const KeyPath LambdaExtras = path({"security_groups", "lambda_extras"});

bool shown(const EnvSettingsEditor &editor, const KeyPath &p)
{
    SettingField *field = editor.field(p);
    if (!field)
        qFatal("no field for %s", qPrintable(JsonPath::toString(p)));
    return field->isVisibleTo(&editor);
}

/// Chooses `type` in the pipeline form's type box as a user does (one undo step).
void chooseType(PipelineSettingsEditor &pipelineEditor, const QString &type)
{
    auto *combo = qobject_cast<ComboField *>(pipelineEditor.field({QStringLiteral("type")}))->comboBox();
    const int index = combo->findText(type);
    QVERIFY2(index >= 0, qPrintable(type));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

/// The titles of the sections `editor` shows, top to bottom.
QStringList shownSections(const EnvSettingsEditor &editor)
{
    QList<QGroupBox *> boxes;
    for (QGroupBox *box : editor.findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(&editor))
            boxes << box;
    }
    std::sort(boxes.begin(), boxes.end(), [](QGroupBox *a, QGroupBox *b) {
        return a->parentWidget()->layout()->indexOf(a) < b->parentWidget()->layout()->indexOf(b);
    });
    QStringList titles;
    bool sharedSeen = false;
    for (QGroupBox *box : std::as_const(boxes)) {
        // The rule: sections only this pipeline type reads come before those every type reads.
        const bool shared = box->property("pipelineKinds").toStringList().size() > 1;
        if (!shared && sharedSeen)
            qWarning("%s comes after a section every type shares", qPrintable(box->title()));
        sharedSeen = sharedSeen || shared;
        titles << (!shared && sharedSeen ? QStringLiteral("misplaced ") : QString()) + box->title();
    }
    return titles;
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

class TestEnvSettingsTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ec2RunwayShowsEc2Sections();
    void lambdaRunwayHidesEc2Sections();
    void sectionsPerType_data();
    void sectionsPerType();
    void typeChangeAndUndoSwitchSections();
    void sectionOrderPerType_data();
    void sectionOrderPerType();
    void typeFieldsHaveEditorsAndSources_data();
    void typeFieldsHaveEditorsAndSources();
    void everyKeyForemastReadsHasAField_data();
    void everyKeyForemastReadsHasAField();
    void newFieldsWriteTheEnvFile();
};

void TestEnvSettingsTypes::ec2RunwayShowsEc2Sections()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("dev"));
    for (const KeyPath &p : {MinInst, InstanceType, HcType, Scaling, InstanceExtras, Eureka, ApprovalSkip, Webhooks, Tags})
        QVERIFY2(shown(editor, p), qPrintable(JsonPath::toString(p)));
    QVERIFY(!shown(editor, LambdaMemory));
    QVERIFY(editor.typeNote().isEmpty());
    QVERIFY(editor.focusKey(QStringLiteral("dev"), MinInst));
}

void TestEnvSettingsTypes::lambdaRunwayHidesEc2Sections()
{
    EditorFixture f = typesFixture("lambda-01-dev-stage");
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("stage"));
    for (const KeyPath &p : {MinInst, InstanceType, HcType, Scaling, InstanceExtras, Eureka})
        QVERIFY2(!shown(editor, p), qPrintable(JsonPath::toString(p)));
    // The ec2 strategies do not apply to lambda; neither deploy_strategy field shows.
    QVERIFY(!shown(editor, {QStringLiteral("deploy_strategy")}));
    for (const KeyPath &p : {LambdaMemory, LambdaExtras, ApprovalSkip, Webhooks, Tags})
        QVERIFY2(shown(editor, p), qPrintable(JsonPath::toString(p)));
    QVERIFY(editor.typeNote().contains(QStringLiteral("lambda")));
    // A hidden key is not jumped to in the form (the All keys tree keeps it).
    QVERIFY(!editor.focusKey(QStringLiteral("stage"), MinInst));
    QVERIFY(editor.focusKey(QStringLiteral("stage"), LambdaMemory));
    // The hidden ec2 fields still show the merged values, so switching back shows the truth.
    QCOMPARE(qobject_cast<SpinField *>(editor.field(MinInst))->badge()->origin(), Origin::ForemastDefault);
}

void TestEnvSettingsTypes::sectionsPerType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("ec2");       // instances, deployment, health check, scaling, security groups
    QTest::addColumn<bool>("approval");  // approval and completion webhooks
    QTest::addColumn<bool>("tags");
    QTest::addColumn<QString>("ownKey"); // a key of the type's own section, empty: none
    QTest::newRow("ec2") << "ec2" << true << true << true << QString();
    QTest::newRow("rolling") << "rolling" << true << true << true << QString();
    QTest::newRow("lambda") << "lambda" << false << true << true << "app.lambda_timeout";
    QTest::newRow("s3") << "s3" << false << true << true << "s3.bucket_name";
    QTest::newRow("datapipeline") << "datapipeline" << false << true << false << "datapipeline.json_definition";
    QTest::newRow("stepfunction") << "stepfunction" << false << true << true << "stepfunction.json_definition";
    QTest::newRow("cloudfunction") << "cloudfunction" << false << true << false << "app.cloudfunction_timeout";
    QTest::newRow("manual") << "manual" << false << false << false << QString();
}

void TestEnvSettingsTypes::sectionsPerType()
{
    QFETCH(QString, type);
    QFETCH(bool, ec2);
    QFETCH(bool, approval);
    QFETCH(bool, tags);
    QFETCH(QString, ownKey);
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    PipelineSettingsEditor pipelineEditor(f.session.get());
    editor.setScope(QStringLiteral("prod"), QStringLiteral("us-east-1"));
    chooseType(pipelineEditor, type);
    QCOMPARE(f.value("", {QStringLiteral("type")}).toString(), type);

    for (const KeyPath &p : {MinInst, HcType, Scaling, InstanceExtras, Eureka})
        QVERIFY2(shown(editor, p) == ec2, qPrintable(JsonPath::toString(p)));
    QCOMPARE(shown(editor, ApprovalSkip), approval);
    QCOMPARE(shown(editor, Webhooks), approval);
    QCOMPARE(shown(editor, Tags), tags);
    QCOMPARE(shown(editor, {QStringLiteral("deploy_strategy")}), ec2 || type == QLatin1String("s3"));
    const QStringList ownTypes{QStringLiteral("lambda"), QStringLiteral("s3"), QStringLiteral("datapipeline"),
                               QStringLiteral("stepfunction"), QStringLiteral("cloudfunction")};
    for (SettingField *field : editor.fields()) {
        const QStringList kinds = field->parentWidget()->property("pipelineKinds").toStringList();
        if (kinds == QStringList{type} || !field->isVisibleTo(&editor))
            continue;
        // No other type's section leaks in.
        for (const QString &other : ownTypes)
            QVERIFY2(kinds != QStringList{other}, qPrintable(JsonPath::toString(field->path())));
    }
    if (!ownKey.isEmpty())
        QVERIFY(shown(editor, ownKey.split(QLatin1Char('.'))));
    QCOMPARE(editor.typeNote().isEmpty(), ec2);
}

void TestEnvSettingsTypes::typeChangeAndUndoSwitchSections()
{
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    PipelineSettingsEditor pipelineEditor(f.session.get());
    editor.setScope(QStringLiteral("dev"));
    editor.show();
    QVERIFY(shown(editor, MinInst));

    chooseType(pipelineEditor, QStringLiteral("lambda"));
    QVERIFY(!shown(editor, MinInst));
    QVERIFY(!shown(editor, HcType));
    QVERIFY(shown(editor, LambdaMemory));
    QVERIFY(!editor.typeNote().isEmpty());

    f.stack()->undo();
    QCOMPARE(f.value("", {QStringLiteral("type")}), QJsonValue(QStringLiteral("ec2")));
    QVERIFY(shown(editor, MinInst));
    QVERIFY(shown(editor, HcType));
    QVERIFY(!shown(editor, LambdaMemory));
    QVERIFY(editor.typeNote().isEmpty());

    f.stack()->redo();
    QVERIFY(!shown(editor, MinInst));
    QVERIFY(shown(editor, LambdaMemory));
}

void TestEnvSettingsTypes::sectionOrderPerType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("sections");
    const QStringList shared{QStringLiteral("Approval"), QStringLiteral("Completion webhooks"), QStringLiteral("Custom tags")};
    const QStringList untagged = shared.mid(0, 2);
    QTest::newRow("ec2") << "ec2"
                         << QStringList{QStringLiteral("Instances"), QStringLiteral("Deployment"), QStringLiteral("Health check"),
                                        QStringLiteral("Scaling policy"), QStringLiteral("Security groups")} + shared;
    QTest::newRow("lambda") << "lambda"
                            << QStringList{QStringLiteral("Lambda function"), QStringLiteral("Lambda network"),
                                           QStringLiteral("Lambda events")} + shared;
    QTest::newRow("s3") << "s3"
                        << QStringList{QStringLiteral("S3 bucket"), QStringLiteral("S3 website"),
                                       QStringLiteral("S3 versioning, encryption and lifecycle"),
                                       QStringLiteral("S3 logging and notifications")} + shared;
    QTest::newRow("datapipeline") << "datapipeline" << QStringList{QStringLiteral("Data pipeline")} + untagged;
    QTest::newRow("stepfunction") << "stepfunction" << QStringList{QStringLiteral("Step function")} + shared;
    QTest::newRow("cloudfunction") << "cloudfunction" << QStringList{QStringLiteral("Cloud function")} + untagged;
    QTest::newRow("manual") << "manual" << QStringList();
}

void TestEnvSettingsTypes::sectionOrderPerType()
{
    QFETCH(QString, type);
    QFETCH(QStringList, sections);
    EditorFixture f;
    EnvSettingsEditor editor(f.session.get());
    PipelineSettingsEditor pipelineEditor(f.session.get());
    editor.setScope(QStringLiteral("dev"));
    chooseType(pipelineEditor, type);
    QCOMPARE(shownSections(editor), sections);
}

void TestEnvSettingsTypes::typeFieldsHaveEditorsAndSources_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("editorClass");
    QTest::addColumn<QString>("source"); // the Foremast file the badge's tooltip cites
    const QString lambda = QStringLiteral("lambda-01-dev-stage");
    const QString s3 = QStringLiteral("s3-01-dev-stage-prod-website");
    const QString lambdaPy = QStringLiteral("awslambda/awslambda.py:");
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
}

void TestEnvSettingsTypes::typeFieldsHaveEditorsAndSources()
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

void TestEnvSettingsTypes::everyKeyForemastReadsHasAField_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("block"); // the defaults Foremast's code for the type reads, all of them
    QTest::addColumn<QString>("prefix");
    QTest::newRow("lambda: app.lambda_*") << "lambda-01-dev-stage" << "app" << "lambda_";
    QTest::newRow("s3: the s3 block") << "s3-01-dev-stage-prod-website" << "s3" << "";
}

void TestEnvSettingsTypes::everyKeyForemastReadsHasAField()
{
    QFETCH(QString, golden);
    QFETCH(QString, block);
    QFETCH(QString, prefix);
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
    QVERIFY(checked >= 13);
}

void TestEnvSettingsTypes::newFieldsWriteTheEnvFile()
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

QTEST_MAIN(TestEnvSettingsTypes)
#include "tst_envsettingstypes.moc"
