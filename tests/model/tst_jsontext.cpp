// SPDX-License-Identifier: Apache-2.0
// indentedJson() must write exactly what QJsonDocument::toJson() writes, for any object.
#include "../support/TestSupport.h"
#include "json/JsonText.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTest>

using namespace Fd;

class TstJsonText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsQt_data();
    void sameAsQt();
    void everyGoldenFile();
};

void TstJsonText::sameAsQt_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("empty") << QJsonObject();
    QTest::newRow("empty containers") << QJsonObject{{QStringLiteral("a"), QJsonArray()}, {QStringLiteral("o"), QJsonObject()},
                                                     {QStringLiteral("n"), QJsonValue()}};
    QTest::newRow("numbers") << QJsonObject{{QStringLiteral("x"), QJsonArray{0, -1, 100.0, 1e15, qint64(1) << 60, 0.5, -0.0,
                                                                             1e21, 1e-7, 123456789012.0, 9007199254740993.0,
                                                                             std::nan(""), qint64(-9007199254740993)}}};
    QTest::newRow("escapes") << QJsonObject{{QStringLiteral("s"), QString::fromUtf8("a\x7f\"\\/\b\f\n\r\t\x01\x1f end")}};
    QTest::newRow("non-ascii") << QJsonObject{{QString::fromUtf8("k\xc3\xa9y"), QString::fromUtf8("\xe2\x82\xac \xf0\x9f\x9a\x80")},
                                              {QStringLiteral("lone"), QString(QChar(0xd800))}};
    // The writer copies eight plain characters at a time; escapes and other characters anywhere.
    QJsonArray runs;
    for (const char *tail : {"\"", "\\", "\n", "\x01", "\x7f", "/"})
        for (int before = 0; before <= 17; ++before)
            runs.append(QString(before, QLatin1Char('x')) + QLatin1String(tail) + QStringLiteral("0123456789"));
    runs.append(QStringLiteral("12345678") + QString(QChar(0xe9)) + QStringLiteral("12345678"));
    runs.append(QString(QChar(0xd800)) + QStringLiteral("12345678"));
    QTest::newRow("long strings") << QJsonObject{{QStringLiteral("runs"), runs},
                                                 {QStringLiteral("exactly eight\n"), QStringLiteral("01234567")}};
    QTest::newRow("nested") << QJsonObject{{QStringLiteral("a"), QJsonArray{QJsonObject{{QStringLiteral("b"), QJsonArray{QJsonArray{true, false}}}}}}};
}

void TstJsonText::sameAsQt()
{
    QFETCH(QJsonObject, object);
    QCOMPARE(indentedJson(object), QJsonDocument(object).toJson());
}

void TstJsonText::everyGoldenFile()
{
    int files = 0;
    for (QDirIterator it(Test::sharedDir(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        const QJsonDocument doc = QJsonDocument::fromJson(Test::readBytes(path));
        const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &item : items) {
            if (!item.isObject())
                continue;
            QCOMPARE(indentedJson(item.toObject()), QJsonDocument(item.toObject()).toJson());
            ++files;
        }
    }
    QVERIFY(files > 50);
}

QTEST_GUILESS_MAIN(TstJsonText)
#include "tst_jsontext.moc"
