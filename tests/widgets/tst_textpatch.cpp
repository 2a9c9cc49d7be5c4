// SPDX-License-Identifier: Apache-2.0
#include "preview/TextPatch.h"

#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTest>

using namespace Fd;

class TestTextPatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changedLines_data();
    void changedLines();
    void showsExactlyTheText();
    void keepsTheScrollPosition();
    void resyncsWhenTheViewWasChangedElsewhere();
};

void TestTextPatch::changedLines_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("oldLength");
    QTest::addColumn<int>("newLength");
    QTest::newRow("equal") << "a\nb\n" << "a\nb\n" << 4 << 0 << 0;
    QTest::newRow("one value in the middle") << "a\n\"min\": 2,\nc\n" << "a\n\"min\": 3,\nc\n" << 2 << 10 << 10;
    QTest::newRow("longer value") << "a\nx: 9\nc" << "a\nx: 10\nc" << 2 << 5 << 6;
    QTest::newRow("line added") << "a\nc\n" << "a\nb\nc\n" << 2 << 0 << 2;
    QTest::newRow("line removed") << "a\nb\nc\n" << "a\nc\n" << 2 << 2 << 0;
    QTest::newRow("first line") << "x\nb\n" << "y\nb\n" << 0 << 2 << 2;
    QTest::newRow("last line, no newline") << "a\nb" << "a\nc" << 2 << 1 << 1;
    QTest::newRow("from nothing") << "" << "a\n" << 0 << 0 << 2;
    QTest::newRow("to nothing") << "a\n" << "" << 0 << 2 << 0;
    // Equal characters on both sides of the change must not make the two ends overlap.
    QTest::newRow("repeated lines") << "a\na\na\n" << "a\na\n" << 4 << 2 << 0;
}

void TestTextPatch::changedLines()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    const LinePatch patch = Fd::changedLines(from, to);
    QTEST(patch.start, "start");
    QTEST(patch.oldLength, "oldLength");
    QTEST(patch.newLength, "newLength");
    // Applying it gives `to`.
    QCOMPARE(from.left(patch.start) + to.mid(patch.start, patch.newLength) + from.mid(patch.start + patch.oldLength), to);
}

void TestTextPatch::showsExactlyTheText()
{
    // Random edits of a JSON-like text: after each, the view holds exactly the new text.
    QPlainTextEdit view;
    ShownText shown;
    QStringList lines;
    for (int i = 0; i < 200; ++i)
        lines << QStringLiteral("  \"key%1\": %2,").arg(i).arg(i % 7);
    QRandomGenerator random(12);
    for (int round = 0; round < 300; ++round) {
        const int at = int(random.bounded(lines.size() + 1));
        switch (random.bounded(4)) {
        case 0: lines.insert(at, QStringLiteral("  \"new\": %1,").arg(round)); break;
        case 1: if (at < lines.size()) lines.removeAt(at); break;
        case 2: if (at < lines.size()) lines[at] = lines.at(at) + QStringLiteral(" "); break;
        default: if (at < lines.size()) lines[at] = QStringLiteral("  \"v\": %1").arg(round % 3); break;
        }
        const QString text = lines.join(QLatin1Char('\n')) + (round % 2 ? QStringLiteral("\n") : QString());
        showText(&view, &shown, text);
        QCOMPARE(view.toPlainText(), text);
        QCOMPARE(shown.text, text);
    }
    QVERIFY(!view.document()->isUndoAvailable());
    showText(&view, &shown, QString());
    QCOMPARE(view.toPlainText(), QString());
}

void TestTextPatch::keepsTheScrollPosition()
{
    QPlainTextEdit view;
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QStringList lines;
    for (int i = 0; i < 500; ++i)
        lines << QStringLiteral("line %1").arg(i);
    ShownText shown;
    showText(&view, &shown, lines.join(QLatin1Char('\n')));
    view.verticalScrollBar()->setValue(250);
    lines[10] = QStringLiteral("changed above the visible lines");
    lines[300] = QStringLiteral("changed below them");
    showText(&view, &shown, lines.join(QLatin1Char('\n')));
    QCOMPARE(view.verticalScrollBar()->value(), 250);
    QCOMPARE(view.toPlainText(), lines.join(QLatin1Char('\n')));
}

void TestTextPatch::resyncsWhenTheViewWasChangedElsewhere()
{
    // `shown` no longer describes the document: the whole text is set, not a patch of the wrong
    // text, even when the other text has the same length.
    QPlainTextEdit view;
    ShownText shown;
    showText(&view, &shown, QStringLiteral("a\nb\nc\n"));
    view.setPlainText(QStringLiteral("x\ny\nz\n"));
    showText(&view, &shown, QStringLiteral("a\nB\nc\n"));
    QCOMPARE(view.toPlainText(), QStringLiteral("a\nB\nc\n"));
}

QTEST_MAIN(TestTextPatch)
#include "tst_textpatch.moc"
