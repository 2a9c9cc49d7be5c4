// SPDX-License-Identifier: Apache-2.0
// Values in a settings form as narrow as it gets (the form's own minimum width, as in the
// narrowest settings dock): a combo box's choices show whole (the form moves the box below its
// label rather than cut them), and a value longer than its field shows its start, not its tail,
// with the whole value on hover; a table cell keeps both ends of a long value; a text field is
// never left only a few letters wide, nor a spin box narrower than its "not set".
#include "EditorFixture.h"
#include "editors/BasicFields.h"
#include "editors/EnvSettingsEditor.h"
#include "editors/ListFields.h"

#include <QComboBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QHeaderView>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolTip>

using namespace Fd;
using Fd::Test::path;
using Fd::Test::typesFixture;

namespace {

const KeyPath Egress = path({"app", "cloudfunction_vpc", "egress_type"});
const KeyPath Ingress = path({"app", "cloudfunction_ingress_type"});

/// Shows `editor` as narrow as its form can be without squeezing it.
void showNarrowest(EnvSettingsEditor &editor)
{
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *scroll = editor.findChild<QScrollArea *>();
    QVERIFY(scroll);
    const int form = scroll->widget()->minimumSizeHint().width();
    editor.resize(editor.width() - scroll->viewport()->width() + form, 1400);
    QTRY_COMPARE(scroll->viewport()->width(), form);
}

QLineEdit *comboEdit(const EnvSettingsEditor &editor, const KeyPath &key)
{
    auto *field = qobject_cast<ComboField *>(editor.field(key));
    return field ? field->comboBox()->lineEdit() : nullptr;
}

/// Whether all of `edit`'s text is inside the part of the line edit that shows text.
bool wholeTextShown(const QLineEdit *edit)
{
    return edit->fontMetrics().horizontalAdvance(edit->text()) <= edit->contentsRect().width() - 4;
}

} // namespace

class TestReadableValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cloudFunctionChoicesShowWhole();
    void longerValueShowsItsStartAndWholeOnHover();
    void tableValueKeepsItsEndsAndWholeOnHover();
    void textFieldsKeepRoomForAFewWords();
    void unsetTextOfASpinBoxFitsItsMinimum();
};

void TestReadableValues::cloudFunctionChoicesShowWhole()
{
    auto f = typesFixture("cloudfunction-01-stage-prod");
    f.session->setValue(QStringLiteral("stage"), Egress, QStringLiteral("PRIVATE_RANGES_ONLY"));
    f.session->setValue(QStringLiteral("stage"), Ingress, QStringLiteral("ALLOW_INTERNAL_AND_GCLB"));
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("stage"));
    showNarrowest(editor);
    for (const KeyPath &key : {Egress, Ingress}) {
        QLineEdit *edit = comboEdit(editor, key);
        QVERIFY(edit);
        QVERIFY2(wholeTextShown(edit), qPrintable(QStringLiteral("%1: %2 px for \"%3\"")
                                                      .arg(JsonPath::toString(key)).arg(edit->width()).arg(edit->text())));
    }
    // Every choice fits, not only the one shown.
    auto *egress = qobject_cast<ComboField *>(editor.field(Egress))->comboBox();
    for (int i = 0; i < egress->count(); ++i) {
        egress->setCurrentIndex(i);
        QVERIFY2(wholeTextShown(egress->lineEdit()), qPrintable(egress->currentText()));
    }
}

void TestReadableValues::longerValueShowsItsStartAndWholeOnHover()
{
    auto f = typesFixture("cloudfunction-01-stage-prod");
    const QString typed = QStringLiteral("PRIVATE_RANGES_ONLY_EXCEPT_THE_LEGACY_PEERING_TO_THE_DATA_CENTRE");
    f.session->setValue(QStringLiteral("stage"), Egress, typed);
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("stage"));
    showNarrowest(editor);
    QLineEdit *edit = comboEdit(editor, Egress);
    QVERIFY(edit);
    QCOMPARE(edit->text(), typed);
    QVERIFY(!wholeTextShown(edit));
    QCOMPARE(edit->cursorPosition(), 0); // QLineEdit scrolls to its cursor: the start shows
    QHelpEvent hover(QEvent::ToolTip, edit->rect().center(), edit->mapToGlobal(edit->rect().center()));
    QCoreApplication::sendEvent(edit, &hover);
    QTRY_COMPARE(QToolTip::text(), typed);
    QToolTip::hideText();

    // Edited elsewhere (undo, another window) while the field is not focused: the start again.
    f.session->setValue(QStringLiteral("stage"), Egress, typed + QStringLiteral("_AND_MORE"));
    QCOMPARE(edit->text(), typed + QStringLiteral("_AND_MORE"));
    QCOMPARE(edit->cursorPosition(), 0);

    // A text field does the same.
    const KeyPath memory = path({"app", "cloudfunction_memory_mb"});
    f.session->setValue(QStringLiteral("stage"), memory, typed);
    QLineEdit *text = qobject_cast<TextField *>(editor.field(memory))->lineEdit();
    QVERIFY(!wholeTextShown(text));
    QCOMPARE(text->cursorPosition(), 0);
}

void TestReadableValues::tableValueKeepsItsEndsAndWholeOnHover()
{
    auto f = typesFixture("cloudfunction-01-stage-prod");
    const KeyPath connector = path({"app", "cloudfunction_vpc", "connector"});
    const QString name = QStringLiteral("projects/forrest-prod/locations/us-central1/connectors/core-connector");
    f.session->setValue(QStringLiteral("stage"), connector + KeyPath{QStringLiteral("us-central1")}, name);
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("stage"));
    showNarrowest(editor);
    QTableWidget *table = qobject_cast<KeyValueField *>(editor.field(connector))->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), name);
    QCOMPARE(table->item(0, 1)->toolTip(), name);
    QCOMPARE(table->item(0, 0)->toolTip(), QStringLiteral("us-central1"));
    // One line, cut in the middle: ".../connectors/core-connector" stays in view.
    QVERIFY(!table->wordWrap());
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
    // The source column as wide as its text, no wider: the value has the rest.
    QCOMPARE(table->horizontalHeader()->sectionResizeMode(2), QHeaderView::ResizeToContents);
    QCOMPARE(table->horizontalHeader()->sectionResizeMode(1), QHeaderView::Stretch);
}

void TestReadableValues::textFieldsKeepRoomForAFewWords()
{
    // A long label (German: "Gemeinsamer Bucket von:") left "/brochure" 38 px; a text field
    // asks for a dozen characters, so the form puts it below its label instead.
    auto f = typesFixture("s3-01-dev-stage-prod-website");
    EnvSettingsEditor editor(f.session.get());
    editor.setScope(QStringLiteral("dev"));
    showNarrowest(editor);
    int shown = 0;
    for (const TextField *field : editor.findChildren<TextField *>()) {
        if (!field->isVisible())
            continue;
        ++shown;
        const QLineEdit *edit = field->lineEdit();
        QVERIFY2(edit->minimumSizeHint().width() >= edit->fontMetrics().averageCharWidth() * 12, qPrintable(field->plainLabel()));
        QVERIFY2(edit->width() >= edit->fontMetrics().averageCharWidth() * 12, qPrintable(field->plainLabel()));
    }
    QVERIFY(shown >= 4);
}

void TestReadableValues::unsetTextOfASpinBoxFitsItsMinimum()
{
    // German "nicht gesetzt" showed as "icht gesetzt" in the scaling threshold's box.
    QWidget form;
    SpinField field(path({"asg", "scaling_policy", "threshold"}), QStringLiteral("Threshold:"), &form, 0, 100000);
    const QString unset = QStringLiteral("nicht gesetzt, sehr lang");
    field.setUnsetText(unset);
    const QSpinBox *spin = field.spinBox();
    QVERIFY2(spin->minimumSizeHint().width() > spin->fontMetrics().horizontalAdvance(unset),
             qPrintable(QString::number(spin->minimumSizeHint().width())));
}

QTEST_MAIN(TestReadableValues)
#include "tst_readablevalues.moc"
