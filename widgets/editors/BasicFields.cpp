// SPDX-License-Identifier: Apache-2.0
#include "BasicFields.h"

#include "CheckedSpinBox.h"
#include "ReadableValue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Fd {

int jsonToInt(const QJsonValue &value, bool *ok)
{
    *ok = false;
    if (value.isDouble()) {
        const double d = value.toDouble();
        *ok = std::isfinite(d) && std::abs(d) < 2147483647.0;
        return *ok ? int(std::lround(d)) : 0;
    }
    if (value.isString())
        return value.toString().trimmed().toInt(ok);
    return 0;
}

bool jsonToBool(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return value.toBool();
}

namespace {

QString displayText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 16);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

/// Asks for room for a dozen characters: in a narrow panel (or with a long translated label) the
/// form puts the field below its label rather than leave it a few letters wide.
class ValueLineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    QSize minimumSizeHint() const override
    {
        QSize size = QLineEdit::minimumSizeHint();
        size.setWidth(std::max(size.width(), fontMetrics().averageCharWidth() * 12));
        return size;
    }
};

} // namespace

TextField::TextField(const KeyPath &path, const QString &labelText, QWidget *labelParent)
    : SettingField(path, labelText, labelParent), m_edit(new ValueLineEdit(this))
{
    setEditor(m_edit);
    keepValueReadable(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        requestValue(text, true);
    });
}

void TextField::display(const QJsonValue &value)
{
    const QString text = displayText(value);
    // Leave the line edit alone when it already shows the value: keeps cursor and selection.
    if (m_edit->text() != text) {
        m_edit->setText(text);
        showValueStart(m_edit);
    }
    m_edit->setPlaceholderText(value.isNull() ? tr("(none)") : QString());
}

ComboField::ComboField(const KeyPath &path, const QString &labelText, QWidget *labelParent,
                       const QList<QPair<QString, QString>> &choices, bool editable)
    : SettingField(path, labelText, labelParent), m_combo(new QComboBox(this))
{
    m_combo->setEditable(editable);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    for (const auto &choice : choices) {
        m_combo->addItem(choice.first);
        if (!choice.second.isEmpty())
            m_combo->setItemData(m_combo->count() - 1, choice.second, Qt::ToolTipRole);
    }
    setEditor(m_combo);
    // Wide enough for every choice: in a narrow panel the form puts the box below its label
    // rather than cut a choice (setEditor() narrowed it to a short text for free values). The
    // length is counted in the widths of an "X", as QComboBox measures it, from the choices'
    // real widths: counting characters made most boxes a third wider than their longest choice.
    const QFontMetrics metrics = m_combo->fontMetrics();
    const int xWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('X')));
    int widest = 0;
    for (const auto &choice : choices)
        widest = std::max(widest, metrics.horizontalAdvance(choice.first));
    m_combo->setMinimumContentsLength(std::max(m_combo->minimumContentsLength(), (widest + xWidth - 1) / xWidth));
    if (editable)
        keepValueReadable(m_combo->lineEdit());
    // currentText(): after Return in an editable combo it is the typed text, not an item's.
    connect(m_combo, &QComboBox::activated, this, [this] {
        if (!isDisplaying())
            requestValue(m_combo->currentText());
    });
    if (editable) {
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
            requestValue(text, true);
        });
    }
}

void ComboField::display(const QJsonValue &value)
{
    const QString text = displayText(value);
    const int index = m_combo->findText(text);
    if (m_combo->isEditable()) {
        if (m_combo->currentText() != text) {
            if (index >= 0)
                m_combo->setCurrentIndex(index);
            else
                m_combo->setEditText(text);
            showValueStart(m_combo->lineEdit());
        }
        m_combo->lineEdit()->setPlaceholderText(value.isNull() ? tr("(none)") : QString());
        return;
    }
    if (index >= 0) {
        m_combo->setCurrentIndex(index);
    } else {
        // An unusual value in the file is shown as it is, never replaced silently.
        m_combo->addItem(text);
        m_combo->setCurrentIndex(m_combo->count() - 1);
    }
}

namespace {

/// A check box whose text SettingField moves into a wrapping label beside it: the box alone is
/// small, so the whole of it answers clicks, not only the indicator.
class BoxOnlyCheckBox : public QCheckBox
{
public:
    using QCheckBox::QCheckBox;

protected:
    bool hitButton(const QPoint &pos) const override { return rect().contains(pos); }
};

} // namespace

SpinField::SpinField(const KeyPath &path, const QString &labelText, QWidget *labelParent,
                     int minimum, int maximum, const QString &suffix)
    : SettingField(path, labelText, labelParent), m_spin(new CheckedSpinBox(this)), m_minimum(minimum)
{
    auto *checked = static_cast<CheckedSpinBox *>(m_spin);
    m_spin->setRange(minimum, maximum);
    m_spin->setSuffix(suffix);
    m_spin->setAccelerated(true);
    // A number counts once it is entered (Enter, focus out, arrows), not digit by digit: "12"
    // must not pass through "1" on its way.
    m_spin->setKeyboardTracking(false);
    auto *row = new QWidget(this);
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(2);
    rowLayout->addWidget(m_spin);
    m_problem = new QLabel(row);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    rowLayout->addWidget(m_problem);
    setEditor(m_spin, row);
    connect(checked, &CheckedSpinBox::refused, this, [this](const QString &reason) {
        m_problem->setText(reason);
        m_problem->setAccessibleName(reason);
        m_problem->show();
    });
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
        if (isDisplaying())
            return;
        m_problem->hide();
        if (isUnsetShown())
            requestValue(QJsonValue(QJsonValue::Undefined));
        else
            requestValue(value, true);
    });
}

void SpinField::setUnsetText(const QString &text)
{
    m_allowUnset = true;
    m_spin->setMinimum(m_minimum - 1);
    m_spin->setSpecialValueText(text);
    m_spin->updateGeometry(); // its minimum width holds the text
}

void SpinField::clearInput()
{
    m_problem->hide();
}

QString SpinField::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool SpinField::isUnsetShown() const
{
    return m_allowUnset && m_spin->value() == m_spin->minimum();
}

void SpinField::display(const QJsonValue &value)
{
    bool ok = false;
    const int number = jsonToInt(value, &ok);
    const int shown = ok ? number : (m_allowUnset ? m_spin->minimum() : m_minimum);
    if (m_spin->value() != shown)
        m_spin->setValue(shown);
}

CheckField::CheckField(const KeyPath &path, const QString &labelText, QWidget *labelParent,
                       const QString &checkText)
    : SettingField(path, labelText, labelParent), m_check(new BoxOnlyCheckBox(checkText, this))
{
    setEditor(m_check);
    connect(m_check, &QCheckBox::clicked, this, [this](bool checked) {
        if (!isDisplaying())
            requestValue(checked);
    });
}

void CheckField::display(const QJsonValue &value)
{
    m_check->setChecked(jsonToBool(value));
}

PresenceField::PresenceField(const KeyPath &path, const QString &labelText, QWidget *labelParent,
                             const QString &checkText, const QJsonObject &starter)
    : SettingField(path, labelText, labelParent), m_check(new BoxOnlyCheckBox(checkText, this)), m_starter(starter)
{
    setEditor(m_check);
    connect(m_check, &QCheckBox::clicked, this, [this](bool checked) {
        if (!isDisplaying())
            requestValue(checked ? QJsonValue(m_starter) : QJsonValue(QJsonValue::Undefined));
    });
}

bool PresenceField::isPresent() const
{
    return m_check->isChecked();
}

void PresenceField::display(const QJsonValue &value)
{
    const bool present = value.isObject() && !value.toObject().isEmpty();
    m_check->setChecked(present);
    const bool locked = present && state().origin != state().scope.ownOrigin();
    m_check->setEnabled(!locked);
    m_check->setToolTip(locked ? tr("Set at the environment level; a region can change its values "
                                    "but not remove it, because Foremast merges the two.")
                               : QString());
}

} // namespace Fd
