// SPDX-License-Identifier: Apache-2.0
#include "SettingField.h"

#include "OriginBadge.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QToolButton>

namespace Fd {

SettingField::SettingField(const KeyPath &path, const QString &labelText, QWidget *labelParent)
    : QWidget(labelParent)
    , m_path(path)
    , m_label(new QLabel(labelText, labelParent))
{
}

QString SettingField::plainLabel() const
{
    QString text = m_label->text();
    // Compiled once: every field asks while a form is built (it was 7% of opening a runway).
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    text.remove(mnemonic);
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text;
}

namespace {

/// A check box's text can't wrap, so a long one would set the whole form's minimum width: the
/// text goes into a wrapping label beside the box instead (a click on it toggles the box).
class CheckText : public QLabel
{
public:
    CheckText(QCheckBox *check, QWidget *parent) : QLabel(check->text(), parent), m_check(check)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        check->setAccessibleDescription(check->text());
        check->setText(QString());
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QLabel::mouseReleaseEvent(event);
        if (m_check->isEnabled())
            m_check->click();
    }

private:
    QCheckBox *m_check;
};

/// Narrows what would make the form wider than the panel: combo boxes size to a short text.
QWidget *narrowed(QWidget *editor, QWidget *owner)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        return editor;
    }
    auto *check = qobject_cast<QCheckBox *>(editor);
    if (!check || check->text().isEmpty())
        return editor;
    auto *row = new QWidget(owner);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(new CheckText(check, row), 1);
    return row;
}

} // namespace

void SettingField::setEditor(QWidget *editor, QWidget *row)
{
    if (!row) {
        QWidget *wrapped = narrowed(editor, this);
        if (wrapped != editor)
            row = wrapped;
    }
    m_editor = editor;
    m_label->setBuddy(editor);
    editor->setAccessibleName(plainLabel());
    // Created after the subclass's widgets so that Tab reaches the editor first, then Inherit.
    m_badge = new OriginBadge(this);
    m_reset = new QToolButton(this);
    m_reset->setText(tr("Inherit"));
    m_reset->setAutoRaise(true);
    m_reset->setFocusPolicy(Qt::TabFocus);
    m_reset->setToolTip(tr("Remove %1 at this level so the inherited value applies")
                            .arg(JsonPath::toString(m_path)));
    m_reset->setAccessibleName(tr("Inherit %1").arg(plainLabel()));
    m_reset->setEnabled(false);
    connect(m_reset, &QToolButton::clicked, this, [this] {
        requestValue(QJsonValue(QJsonValue::Undefined));
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row ? row : editor, 1);
    layout->addWidget(m_badge);
    layout->addWidget(m_reset);
    setFocusProxy(editor);
}

void SettingField::showState(const FieldState &state)
{
    m_state = state;
    if (!m_editor)
        return;
    m_badge->setOrigin(state.origin, state.scope, m_originNote);
    const bool setHere = m_badge->isSetHere();
    OriginBadge::applyEmphasis(m_label, setHere);
    m_reset->setEnabled(setHere && state.editable);
    setEnabled(state.editable);
    m_label->setEnabled(state.editable);
    m_displaying = true;
    display(state.value.isUndefined() ? m_fallback : state.value);
    m_displaying = false;
}

void SettingField::focusEditor()
{
    if (m_editor)
        m_editor->setFocus(Qt::OtherFocusReason);
}

void SettingField::requestValue(const QJsonValue &value, bool typing)
{
    Q_EMIT editRequested({FieldEdit{{}, value}}, typing, QString());
}

void SettingField::requestEdits(const QList<FieldEdit> &edits, const QString &undoText)
{
    if (!edits.isEmpty())
        Q_EMIT editRequested(edits, false, undoText);
}

} // namespace Fd
