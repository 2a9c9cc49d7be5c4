// SPDX-License-Identifier: Apache-2.0
// A user's value quoted in a message: one line, and what the file holds, however it is written.
#include "core/MessageText.h"

#include <QTest>

using namespace Fd;

class TestMessageText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escapesWhatDoesNotShow_data();
    void escapesWhatDoesNotShow();
    void cutNeverSplitsAPair();
};

void TestMessageText::escapesWhatDoesNotShow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("us-east-1") << QStringLiteral("us-east-1");
    QTest::newRow("C0 and DEL") << QStringLiteral("a\nb\tc\u0007\u007f") << QStringLiteral("a\\nb\\tc\\u0007\\u007f");
    QTest::newRow("C1") << QStringLiteral("x\u0085y") << QStringLiteral("x\\u0085y");
    QTest::newRow("separators") << QStringLiteral("a\u2028b\u2029") << QStringLiteral("a\\u2028b\\u2029");
    QTest::newRow("bidirectional") << QStringLiteral("us-\u202eeast\u2066") << QStringLiteral("us-\\u202eeast\\u2066");
    QTest::newRow("zero width, BOM") << QStringLiteral("a\u200bb\ufeff") << QStringLiteral("a\\u200bb\\ufeff");
    QTest::newRow("lone surrogates") << (QString(QChar(0xd800)) + QStringLiteral("x") + QChar(0xdc00))
                                     << QStringLiteral("\\ud800x\\udc00");
    QTest::newRow("tag beyond the first plane") << QStringLiteral("t\U000E0041") << QStringLiteral("t\\udb40\\udc41");
    QTest::newRow("letters, marks, symbols, emoji") << QStringLiteral("Zürich e\u0301 \u2603 \U0001F600")
                                                    << QStringLiteral("Zürich e\u0301 \u2603 \U0001F600");
}

void TestMessageText::escapesWhatDoesNotShow()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(shownInMessage(text), shown);
}

void TestMessageText::cutNeverSplitsAPair()
{
    // 39 letters, then an emoji across the 40th and 41st code units.
    const QString text = QString(39, QLatin1Char('a')) + QStringLiteral("\U0001F600tail");
    const QString shown = shownInMessage(text);
    QCOMPARE(shown, QString(39, QLatin1Char('a')) + QChar(0x2026));
    QCOMPARE(shownInMessage(QStringLiteral("abc"), 2), QStringLiteral("ab\u2026"));
    QCOMPARE(shownInMessage(QStringLiteral("abc"), -5), QString(QChar(0x2026)));
    QCOMPARE(shownInMessage(QStringLiteral("\U0001F600"), 1), QString(QChar(0x2026)));
    QCOMPARE(shownInMessage(QStringLiteral("\U0001F600"), 2), QStringLiteral("\U0001F600"));
}

QTEST_GUILESS_MAIN(TestMessageText)
#include "tst_messagetext.moc"
