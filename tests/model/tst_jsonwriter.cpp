// SPDX-License-Identifier: Apache-2.0
#include "json/JsonWriter.h"

#include <QTest>

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
