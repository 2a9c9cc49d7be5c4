// SPDX-License-Identifier: Apache-2.0
// The generic tree's model: every key is reachable and editable through undoable commands, values
// keep their types, and the model stays consistent (QAbstractItemModelTester) through edits,
// undo and redo.
#include "EditorFixture.h"
#include "editors/JsonText.h"
#include "editors/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Fd;
using Fd::Test::Dev;
using Fd::Test::EditorFixture;
using Fd::Test::path;
using Fd::Test::Prod;

namespace {

QModelIndex at(const JsonTreeModel &model, const KeyPath &p, int column = JsonTreeModel::ValueColumn)
{
    const QModelIndex index = model.indexForPath(p, column);
    if (!index.isValid())
        qFatal("no row for %s", qPrintable(JsonPath::toString(p)));
    return index;
}

struct Tested
{
    JsonTreeModel model;
    QAbstractItemModelTester tester;
    Tested(EditSession *session, const FileId &file)
        : model(session), tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        model.setFile(file);
    }
};

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyGoldenFileUnderTester_data();
    void everyGoldenFileUnderTester();
    void valuesKeepTheirType();
    void unknownKeysAreEditable();
    void renameIsOneStep();
    void addKeyItemRemoveUndoRedo();
    void updatesAreFineGrained();
    void defaultsAreShownAsInherited();
    void typeColumnConverts();
    void originColumn();
    void envWithoutFileIsReadOnly();
};

void TestJsonTreeModel::everyGoldenFileUnderTester_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("file");
    for (const QString &dir : Test::goldenCases(QStringLiteral("foremast-v5"))) {
        const QString name = QFileInfo(dir).fileName();
        const QDir runway(dir + QStringLiteral("/runway"));
        QTest::newRow(qPrintable(name + QStringLiteral(":pipeline"))) << name << QString();
        for (const QString &file : runway.entryList({QStringLiteral("application-master-*.json")}))
            QTest::newRow(qPrintable(name + QLatin1Char(':') + file)) << name << Runway::envOfFileName(file);
    }
}

void TestJsonTreeModel::everyGoldenFileUnderTester()
{
    QFETCH(QString, golden);
    QFETCH(QString, file);
    EditorFixture f(golden.toLatin1().constData());
    Tested t(f.session.get(), file);
    QCOMPARE(t.model.rowCount(), f.doc()->fileValue(file).size());
    t.model.setShowDefaults(true);
    QVERIFY(t.model.rowCount() > f.doc()->fileValue(file).size());

    // Edit every scalar leaf (numbers +1, strings suffixed, bools flipped), then undo and redo all.
    QList<KeyPath> leaves;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < t.model.rowCount(parent); ++r) {
            const QModelIndex index = t.model.index(r, 0, parent);
            if (t.model.rowCount(index) > 0)
                walk(index);
            else if (!index.data(JsonTreeModel::InheritedRole).toBool())
                leaves << t.model.pathForIndex(index);
        }
    };
    walk({});
    QVERIFY(!leaves.isEmpty());
    const QJsonObject before = f.doc()->fileValue(file);
    int edits = 0;
    for (const KeyPath &leaf : leaves) {
        const QModelIndex index = at(t.model, leaf);
        const QJsonValue value = index.data(JsonTreeModel::JsonValueRole).value<QJsonValue>();
        QString text;
        if (value.isDouble())
            text = QString::number(value.toDouble() + 1, 'g', 17);
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("false") : QStringLiteral("true");
        else if (value.isString())
            text = value.toString() + QStringLiteral("-x");
        else
            continue;
        QVERIFY(t.model.setData(index, text));
        QCOMPARE(JsonText::typeId(f.doc()->value(file, leaf)), JsonText::typeId(value));
        ++edits;
    }
    QCOMPARE(f.stack()->count(), edits);
    QVERIFY(f.doc()->fileValue(file) != before || edits == 0);
    while (f.stack()->canUndo())
        f.stack()->undo();
    QCOMPARE(f.doc()->fileValue(file), before);
    while (f.stack()->canRedo())
        f.stack()->redo();
    t.model.setShowDefaults(false);
    while (f.stack()->canUndo())
        f.stack()->undo();
    QCOMPARE(f.doc()->fileValue(file), before);
}

void TestJsonTreeModel::valuesKeepTheirType()
{
    EditorFixture f;
    Tested t(f.session.get(), Prod);
    const KeyPath min = path({"asg", "min_inst"});
    QVERIFY(t.model.setData(at(t.model, min), QStringLiteral("8")));
    QCOMPARE(f.value("prod", min), QJsonValue(8));
    // Words over a number do not fit: refused, nothing pushed.
    QVERIFY(!t.model.setData(at(t.model, min), QStringLiteral("eight")));
    QCOMPARE(f.stack()->count(), 1);
    // A string stays a string even when it looks like a number.
    const KeyPath type = path({"app", "instance_type"});
    QVERIFY(t.model.setData(at(t.model, type), QStringLiteral("42")));
    QCOMPARE(f.value("prod", type), QJsonValue(QStringLiteral("42")));
    // "null" is null; JSON text replaces an object.
    QVERIFY(t.model.setData(at(t.model, min), QStringLiteral("null")));
    QCOMPARE(f.value("prod", min), QJsonValue(QJsonValue::Null));
    QVERIFY(t.model.setData(at(t.model, min), QStringLiteral("3"))); // over null: inferred
    QCOMPARE(f.value("prod", min), QJsonValue(3));
    const KeyPath block = path({"regions", "us-west-2"});
    QVERIFY(!t.model.setData(at(t.model, block), QStringLiteral("{broken")));
    QVERIFY(t.model.setData(at(t.model, block), QStringLiteral("{\"asg\": {\"min_inst\": 1, \"max_inst\": 1}}")));
    QCOMPARE(f.value("prod", path({"regions", "us-west-2", "asg", "max_inst"})), QJsonValue(1));
    QVERIFY(!t.model.indexForPath(path({"regions", "us-west-2", "app"})).isValid());
    // Booleans: typed text and a QVariant bool both work.
    f.session->setValue(Prod, path({"app", "eureka_enabled"}), false);
    QVERIFY(t.model.setData(at(t.model, path({"app", "eureka_enabled"})), QStringLiteral("TRUE")));
    QCOMPARE(f.value("prod", path({"app", "eureka_enabled"})), QJsonValue(true));
    QVERIFY(t.model.setData(at(t.model, path({"app", "eureka_enabled"})), QVariant(false)));
    QCOMPARE(f.value("prod", path({"app", "eureka_enabled"})), QJsonValue(false));
    QVERIFY(!t.model.setData(at(t.model, path({"app", "eureka_enabled"})), QStringLiteral("maybe")));
    // Only EditRole edits.
    QVERIFY(!t.model.setData(at(t.model, min), QStringLiteral("9"), Qt::DisplayRole));
}

void TestJsonTreeModel::unknownKeysAreEditable()
{
    EditorFixture f("01-getting-started-dev", [](const QString &folder) {
        Test::writeBytes(folder + QStringLiteral("/application-master-dev.json"),
                         QByteArrayLiteral("{\"regions\": [\"us-east-1\"], \"x_custom\": {\"owner\": \"me\", \"n\": 1}}\n"));
    });
    Tested t(f.session.get(), QString());
    const QModelIndex deployment = at(t.model, {QStringLiteral("deployment")});
    QCOMPARE(deployment.data().toString(), QStringLiteral("spinnaker"));
    QVERIFY(t.model.flags(deployment) & Qt::ItemIsEditable);
    QVERIFY(t.model.setData(deployment, QStringLiteral("other")));
    QCOMPARE(f.value("", {QStringLiteral("deployment")}), QJsonValue(QStringLiteral("other")));

    t.model.setFile(Dev);
    const KeyPath owner = path({"x_custom", "owner"});
    QCOMPARE(at(t.model, owner).data().toString(), QStringLiteral("me"));
    QVERIFY(t.model.setData(at(t.model, owner), QStringLiteral("you")));
    QCOMPARE(f.value("dev", owner), QJsonValue(QStringLiteral("you")));
    f.stack()->undo();
    QCOMPARE(at(t.model, owner).data().toString(), QStringLiteral("me"));
}

void TestJsonTreeModel::renameIsOneStep()
{
    EditorFixture f;
    Tested t(f.session.get(), QString());
    const QModelIndex key = at(t.model, {QStringLiteral("owner_email")}, JsonTreeModel::KeyColumn);
    QVERIFY(!t.model.setData(key, QStringLiteral("base"))); // taken
    QVERIFY(!t.model.setData(key, QStringLiteral("  "))); // empty
    QCOMPARE(f.stack()->count(), 0);
    QVERIFY(t.model.setData(key, QStringLiteral("owner")));
    QCOMPARE(f.value("", {QStringLiteral("owner")}), QJsonValue(QStringLiteral("team@example.com")));
    QVERIFY(f.value("", {QStringLiteral("owner_email")}).isUndefined());
    QCOMPARE(f.stack()->count(), 1);
    QVERIFY(f.stack()->undoText().contains(QStringLiteral("owner_email")));
    f.stack()->undo();
    QCOMPARE(f.value("", {QStringLiteral("owner_email")}), QJsonValue(QStringLiteral("team@example.com")));
    QVERIFY(t.model.indexForPath({QStringLiteral("owner_email")}).isValid());
    QVERIFY(!t.model.indexForPath({QStringLiteral("owner")}).isValid());
    // Array items have no key to rename.
    const QModelIndex item = at(t.model, path({"env", "0"}), JsonTreeModel::KeyColumn);
    QVERIFY(!(t.model.flags(item) & Qt::ItemIsEditable));
    QCOMPARE(item.data().toString(), QStringLiteral("[0]"));
}

void TestJsonTreeModel::addKeyItemRemoveUndoRedo()
{
    EditorFixture f;
    Tested t(f.session.get(), Dev);
    const QModelIndex asg = at(t.model, {QStringLiteral("asg")}, 0);
    const QModelIndex added = t.model.addKey(asg);
    QVERIFY(added.isValid());
    QCOMPARE(t.model.pathForIndex(added), path({"asg", "new_key"}));
    QCOMPARE(f.value("dev", path({"asg", "new_key"})), QJsonValue(QString()));
    QVERIFY(t.model.addKey(asg).isValid());
    QCOMPARE(f.value("dev", path({"asg", "new_key_2"})), QJsonValue(QString()));
    const QModelIndex top = t.model.addKey({});
    QCOMPARE(t.model.pathForIndex(top), KeyPath{QStringLiteral("new_key")});
    QVERIFY(!t.model.canAddKey(at(t.model, path({"asg", "min_inst"}), 0))); // not an object

    const KeyPath extras = path({"security_group", "instance_extras"});
    QVERIFY(t.model.canAddItem(at(t.model, extras, 0)));
    const QModelIndex item = t.model.addItem(at(t.model, extras, 0));
    QCOMPARE(t.model.pathForIndex(item), extras + KeyPath{QStringLiteral("1")});
    QCOMPARE(f.value("dev", extras), QJsonValue(QJsonArray{QStringLiteral("offices_all"), QString()}));

    QVERIFY(t.model.remove(at(t.model, extras + KeyPath{QStringLiteral("0")}, 0)));
    QCOMPARE(f.value("dev", extras), QJsonValue(QJsonArray{QString()}));
    QVERIFY(t.model.remove(at(t.model, {QStringLiteral("asg")}, 0)));
    QVERIFY(f.value("dev", {QStringLiteral("asg")}).isUndefined());
    QCOMPARE(f.stack()->count(), 6);
    QCOMPARE(f.stack()->undoText(), QStringLiteral("Remove asg"));

    while (f.stack()->canUndo())
        f.stack()->undo();
    QCOMPARE(f.doc()->fileValue(Dev), Test::readJsonObject(f.folder + QStringLiteral("/application-master-dev.json")));
    QCOMPARE(t.model.rowCount(at(t.model, {QStringLiteral("asg")}, 0)), 4);
    while (f.stack()->canRedo())
        f.stack()->redo();
    QVERIFY(!t.model.indexForPath({QStringLiteral("asg")}).isValid());
    QCOMPARE(t.model.rowCount(at(t.model, extras, 0)), 1);
}

void TestJsonTreeModel::updatesAreFineGrained()
{
    EditorFixture f;
    Tested t(f.session.get(), Prod);
    QSignalSpy resets(&t.model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&t.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&t.model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex type(at(t.model, path({"app", "instance_type"})));
    f.session->setValue(Prod, path({"asg", "min_inst"}), 3);
    QVERIFY(type.isValid());
    QVERIFY(changed.count() >= 1);
    f.session->setValue(Prod, path({"asg", "hc_type"}), QStringLiteral("EC2"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(t.model.pathForIndex(type), path({"app", "instance_type"}));
    f.stack()->undo();
    f.stack()->undo();
    QVERIFY(type.isValid());
    QCOMPARE(resets.count(), 0);
    // Other files' changes do not touch this tree.
    changed.clear();
    f.session->setValue(Dev, path({"asg", "min_inst"}), 3);
    QCOMPARE(changed.count(), 0);
}

void TestJsonTreeModel::defaultsAreShownAsInherited()
{
    EditorFixture f;
    Tested t(f.session.get(), Prod);
    const KeyPath interval = path({"elb", "health", "interval"});
    QVERIFY(!t.model.indexForPath(interval).isValid());
    t.model.setShowDefaults(true);
    const QModelIndex index = at(t.model, interval);
    QCOMPARE(index.data().toString(), QStringLiteral("20"));
    QVERIFY(index.data(JsonTreeModel::InheritedRole).toBool());
    QVERIFY(index.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!t.model.canRemove(index));
    QVERIFY(!(t.model.flags(index.siblingAtColumn(0)) & Qt::ItemIsEditable)); // no rename
    // The file's regions replace the default ones: no "us-east-1" from the defaults appears twice.
    QCOMPARE(t.model.rowCount(at(t.model, {QStringLiteral("regions")}, 0)), 2);

    QVERIFY(t.model.setData(index, QStringLiteral("30")));
    QCOMPARE(f.value("prod", interval), QJsonValue(30));
    QVERIFY(!at(t.model, interval).data(JsonTreeModel::InheritedRole).toBool());
    QVERIFY(t.model.canRemove(at(t.model, interval)));
    f.stack()->undo();
    QVERIFY(at(t.model, interval).data(JsonTreeModel::InheritedRole).toBool());
    t.model.setShowDefaults(false);
    QVERIFY(!t.model.indexForPath(interval).isValid());
}

void TestJsonTreeModel::typeColumnConverts()
{
    EditorFixture f;
    Tested t(f.session.get(), Prod);
    const KeyPath min = path({"asg", "min_inst"});
    const QModelIndex typeCell = at(t.model, min, JsonTreeModel::TypeColumn);
    QCOMPARE(typeCell.data(Qt::EditRole).toString(), QStringLiteral("number"));
    QVERIFY(t.model.setData(typeCell, QStringLiteral("string")));
    QCOMPARE(f.value("prod", min), QJsonValue(QStringLiteral("2")));
    QVERIFY(t.model.setData(at(t.model, min, JsonTreeModel::TypeColumn), QStringLiteral("number")));
    QCOMPARE(f.value("prod", min), QJsonValue(2));
    QVERIFY(!t.model.setData(at(t.model, min, JsonTreeModel::TypeColumn), QStringLiteral("integer")));
    QVERIFY(t.model.setData(at(t.model, min, JsonTreeModel::TypeColumn), QStringLiteral("array")));
    QCOMPARE(f.value("prod", min), QJsonValue(QJsonArray{2}));
    QCOMPARE(t.model.rowCount(at(t.model, min, 0)), 1);
    QVERIFY(!(t.model.flags(at(t.model, min, JsonTreeModel::OriginColumn)) & Qt::ItemIsEditable));
}

void TestJsonTreeModel::originColumn()
{
    EditorFixture f;
    Tested t(f.session.get(), Prod);
    const QString region = at(t.model, path({"regions", "us-west-2", "asg", "min_inst"}), JsonTreeModel::OriginColumn).data().toString();
    const QString env = at(t.model, path({"asg", "min_inst"}), JsonTreeModel::OriginColumn).data().toString();
    QVERIFY(region.contains(QStringLiteral("us-west-2")));
    QVERIFY(env != region);
    QVERIFY(!at(t.model, path({"asg", "min_inst"}), JsonTreeModel::OriginColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(t.model.headerData(JsonTreeModel::OriginColumn, Qt::Horizontal).toString(), JsonTreeModel::tr("Source"));
}

void TestJsonTreeModel::envWithoutFileIsReadOnly()
{
    EditorFixture f("02-dev-prod-two-regions", [](const QString &folder) {
        Test::writeBytes(folder + QStringLiteral("/pipeline.json"),
                         QByteArrayLiteral("{\"env\": [\"dev\", \"qa\", \"prod\"]}\n"));
    });
    Tested t(f.session.get(), QStringLiteral("qa"));
    QCOMPARE(t.model.rowCount(), 0);
    QVERIFY(!t.model.isEditable());
    QVERIFY(!t.model.addKey({}).isValid());
    t.model.setShowDefaults(true);
    QVERIFY(t.model.rowCount() > 0);
    const QModelIndex type = at(t.model, path({"app", "instance_type"}));
    QVERIFY(!(t.model.flags(type) & Qt::ItemIsEditable));
    QVERIFY(!t.model.setData(type, QStringLiteral("t3.large")));
    QCOMPARE(f.stack()->count(), 0);
}

QTEST_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
