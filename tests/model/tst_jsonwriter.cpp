// SPDX-License-Identifier: Apache-2.0
// Saving keeps the user's bytes: unchanged values are never rewritten, changed ones in place.
#include "../support/TestSupport.h"
#include "json/JsonPath.h"
#include "json/JsonWriter.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTest>

using namespace Fd;

namespace {

JsonFile parsed(const QByteArray &bytes)
{
    Result<JsonFile> file = JsonFile::parse(QStringLiteral("test.json"), bytes);
    if (!file)
        qFatal("%s", qPrintable(file.error().toString()));
    return std::move(file).value();
}

QByteArray edited(const QByteArray &bytes, const char *path, const QJsonValue &value)
{
    const JsonFile file = parsed(bytes);
    QJsonObject object = file.value.toObject();
    JsonPath::setValue(object, JsonPath::fromString(QLatin1String(path)), value);
    return rewriteJson(file, object);
}

/// Lines of `a` and `b` that differ, compared position by position (same line count expected).
QList<int> changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> left = a.split('\n');
    const QList<QByteArray> right = b.split('\n');
    QList<int> changed;
    for (int i = 0; i < qMax(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i))
            changed << i + 1;
    }
    return changed;
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unchangedIsByteIdentical_data();
    void unchangedIsByteIdentical();
    void oneEditChangesOnlyItsLine();
    void editKeepsOtherFormatting();
    void addKeyUsesFileIndentation();
    void addKeyToEmptyObject();
    void removeKey();
    void arrayEdits();
    void crlfAndBomSurvive();
    void editedTextParsesToEditedValue_data();
    void editedTextParsesToEditedValue();
};

void TestJsonWriter::unchangedIsByteIdentical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QDirIterator it(Test::sharedDir(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    int rows = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("/runway/")) && !path.contains(QLatin1String("/fixtures/")))
            continue;
        QTest::newRow(qPrintable(path.mid(Test::sharedDir().size()))) << Test::readBytes(path);
        ++rows;
    }
    QVERIFY(rows > 10);
    QTest::newRow("compact") << QByteArray(R"({"a":1,"b":[1,2,{"c":null}],"d":{}})");
    QTest::newRow("tabs") << QByteArray("{\n\t\"a\": {\n\t\t\"b\": 1.50\n\t}\n}\n");
    QTest::newRow("escapes") << QByteArray(R"({"k\u00e9y": "line\nbreak \"q\" \u2603", "n": 1e3})");
    QTest::newRow("duplicate keys") << QByteArray(R"({"a": 1, "a": 2})");
}

void TestJsonWriter::unchangedIsByteIdentical()
{
    QFETCH(QByteArray, bytes);
    Result<JsonFile> file = JsonFile::parse(QStringLiteral("x.json"), bytes);
    if (!file)
        QSKIP("not a JSON object file (a documented invalid fixture)");
    QCOMPARE(rewriteJson(*file, file->value), bytes);
}

void TestJsonWriter::oneEditChangesOnlyItsLine()
{
    const QString path = Test::goldenPath("foremast-v5/02-dev-prod-two-regions/runway/application-master-prod.json");
    const QByteArray before = Test::readBytes(path);
    const QByteArray after = edited(before, "regions.us-west-2.asg.min_inst", 7);
    const QList<int> changed = changedLines(before, after);
    QCOMPARE(changed.size(), 1);
    QVERIFY(after.split('\n').at(changed.first() - 1).contains("\"min_inst\": 7"));
}

void TestJsonWriter::editKeepsOtherFormatting()
{
    const QByteArray before = R"({"a":   1.50, "b":"x",  "c" : [1,  2]})";
    QCOMPARE(edited(before, "b", QStringLiteral("y")), QByteArray(R"({"a":   1.50, "b":"y",  "c" : [1,  2]})"));
}

void TestJsonWriter::addKeyUsesFileIndentation()
{
    const QByteArray before = "{\n  \"asg\": {\n    \"min_inst\": 1\n  }\n}\n";
    QCOMPARE(edited(before, "asg.max_inst", 4),
             QByteArray("{\n  \"asg\": {\n    \"min_inst\": 1,\n    \"max_inst\": 4\n  }\n}\n"));
    QCOMPARE(edited(before, "app.instance_type", QStringLiteral("t3.large")),
             QByteArray("{\n  \"asg\": {\n    \"min_inst\": 1\n  },\n  \"app\": {\n    \"instance_type\": \"t3.large\"\n  }\n}\n"));
}

void TestJsonWriter::addKeyToEmptyObject()
{
    const QByteArray before = "{\n    \"regions\": {\n        \"us-east-1\": {}\n    }\n}\n";
    QCOMPARE(edited(before, "regions.us-east-1.asg.min_inst", 2),
             QByteArray("{\n    \"regions\": {\n        \"us-east-1\": {\n            \"asg\": {\n"
                        "                \"min_inst\": 2\n            }\n        }\n    }\n}\n"));
}

void TestJsonWriter::removeKey()
{
    const QByteArray before = "{\n    \"a\": 1,\n    \"b\": 2,\n    \"c\": 3\n}\n";
    for (const char *key : {"a", "b", "c"}) {
        const JsonFile file = parsed(before);
        QJsonObject object = file.value.toObject();
        object.remove(QLatin1String(key));
        const QByteArray after = rewriteJson(file, object);
        QCOMPARE(QJsonDocument::fromJson(after).object(), object);
        QCOMPARE(after.count('\n'), 4);
    }
}

void TestJsonWriter::arrayEdits()
{
    const QByteArray before = "{\n    \"env\": [\"dev\", \"prod\"]\n}\n";
    const JsonFile file = parsed(before);
    QJsonObject object = file.value.toObject();
    object.insert(QStringLiteral("env"), QJsonArray{QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod")});
    QCOMPARE(rewriteJson(file, object), QByteArray("{\n    \"env\": [\"dev\", \"stage\", \"prod\"]\n}\n"));
    object.insert(QStringLiteral("env"), QJsonArray{QStringLiteral("prod"), QStringLiteral("dev")});
    QCOMPARE(rewriteJson(file, object), QByteArray("{\n    \"env\": [\"prod\", \"dev\"]\n}\n"));
}

void TestJsonWriter::crlfAndBomSurvive()
{
    const QByteArray before = "\xEF\xBB\xBF{\r\n    \"a\": 1\r\n}\r\n";
    QCOMPARE(edited(before, "b", true), QByteArray("\xEF\xBB\xBF{\r\n    \"a\": 1,\r\n    \"b\": true\r\n}\r\n"));
}

void TestJsonWriter::editedTextParsesToEditedValue_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("scalar") << "asg.min_inst" << QJsonValue(3);
    QTest::newRow("null") << "asg.ssh_keypair" << QJsonValue(QJsonValue::Null);
    QTest::newRow("new nested") << "regions.eu-west-1.asg.max_inst" << QJsonValue(9);
    QTest::newRow("string escapes") << "app.instance_type" << QJsonValue(QStringLiteral("a\"b\\c\u00e9"));
    QTest::newRow("object replaces scalar") << "deploy_strategy" << QJsonValue(QJsonObject{{QStringLiteral("x"), 1}});
    QTest::newRow("list of objects") << "completion_webhooks"
                                     << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("u")}}});
    QTest::newRow("fraction") << "asg.hc_grace_period" << QJsonValue(0.25);
}

void TestJsonWriter::editedTextParsesToEditedValue()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const QByteArray before
        = Test::readBytes(Test::goldenPath("foremast-v5/03-dev-stage-prod-features/runway/application-master-dev.json"));
    const JsonFile file = parsed(before);
    QJsonObject object = file.value.toObject();
    QVERIFY(JsonPath::setValue(object, JsonPath::fromString(path), value));
    const QByteArray after = rewriteJson(file, object);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(after, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object(), object);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
