// SPDX-License-Identifier: Apache-2.0
// The env form shows a section only for the pipeline types whose Foremast code reads its keys:
// a lambda runway has no ASG, health check or scaling sections, an ec2 runway has them, and the
// sections follow a type change in the pipeline form and its undo. The fields of the types' own
// sections: tst_envsettingsfields.
#include "EditorFixture.h"
#include "editors/BasicFields.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/ListFields.h"
#include "editors/OriginBadge.h"
#include "editors/PipelineSettingsEditor.h"

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
    QTest::newRow("cloudfunction") << "cloudfunction"
                                   << QStringList{QStringLiteral("Cloud function"), QStringLiteral("Cloud function network"),
                                                  QStringLiteral("Cloud function access")} + untagged;
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

QTEST_MAIN(TestEnvSettingsTypes)
#include "tst_envsettingstypes.moc"
