#include "ui/PresetInputField.h"

#include "app/profiles/PresetCatalogue.h"
#include "app/requests/BaseAddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
// A sentence under a field: wrapped, a little smaller than the field's text.
QLabel* smallLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont smaller = label->font();
    smaller.setPointSizeF(smaller.pointSizeF() * 0.9);
    label->setFont(smaller);
    return label;
}
} // namespace

PresetInputField::PresetInputField(const Profile::Input& input, const QString& value,
                                   const QString& urlTemplate, QWidget* parent)
    : QWidget(parent)
    , m_input(input)
    , m_addedPath(input.type == Profile::Input::Type::Text ? BaseAddress::addedPath(urlTemplate, input.key)
                                                           : QString())
    , m_editor(makeEditor(value))
    , m_note(smallLabel(QString(), this))
{
    const QString help = PresetCatalogue::translated(input.help);
    m_editor->setAccessibleName(PresetCatalogue::translated(input.label));
    m_editor->setAccessibleDescription(help);
    m_note->setAccessibleName(tr("Address note"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_editor);
    layout->addWidget(m_note);
    if (!help.isEmpty())
        layout->addWidget(smallLabel(help, this));
    updateNote();
}

QWidget* PresetInputField::makeEditor(const QString& value)
{
    switch (m_input.type) {
    case Profile::Input::Type::Boolean:
        return makeCheckBox(value);
    case Profile::Input::Type::Number:
        return makeSpinBox(value);
    case Profile::Input::Type::Choice:
        return makeComboBox(value);
    case Profile::Input::Type::Text:
        break;
    }
    return makeLineEdit(value);
}

QWidget* PresetInputField::makeCheckBox(const QString& value)
{
    m_checkBox = new QCheckBox(PresetCatalogue::translated(m_input.label), this);
    m_checkBox->setChecked(value == m_input.on);
    connect(m_checkBox, &QCheckBox::toggled, this, &PresetInputField::changed);
    return m_checkBox;
}

// The value before the minimum stands for "not set", unless the range starts at the lowest int.
QWidget* PresetInputField::makeSpinBox(const QString& value)
{
    m_spinBox = new QSpinBox(this);
    const bool canBeUnset = m_input.minimum > std::numeric_limits<int>::min();
    m_spinBox->setRange(canBeUnset ? m_input.minimum - 1 : m_input.minimum, m_input.maximum);
    if (canBeUnset)
        m_spinBox->setSpecialValueText(tr("Not set"));
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    m_spinBox->setValue(isNumber ? number : m_spinBox->minimum());
    connect(m_spinBox, &QSpinBox::valueChanged, this, &PresetInputField::changed);
    return m_spinBox;
}

QWidget* PresetInputField::makeComboBox(const QString& value)
{
    m_comboBox = new QComboBox(this);
    for (const Profile::Input::Choice& choice : std::as_const(m_input.choices))
        m_comboBox->addItem(PresetCatalogue::translated(choice.label), choice.value);
    if (m_comboBox->findData(value) < 0) // given on the command line or by hand: kept
        m_comboBox->addItem(value.isEmpty() ? tr("Not set") : value, value);
    m_comboBox->setCurrentIndex(m_comboBox->findData(value));
    connect(m_comboBox, &QComboBox::currentIndexChanged, this, &PresetInputField::changed);
    return m_comboBox;
}

QWidget* PresetInputField::makeLineEdit(const QString& value)
{
    m_lineEdit = new QLineEdit(value, this);
    m_lineEdit->setPlaceholderText(m_input.example);
    connect(m_lineEdit, &QLineEdit::textChanged, this, &PresetInputField::updateNote);
    connect(m_lineEdit, &QLineEdit::textChanged, this, &PresetInputField::changed);
    // Typing is left alone (the next character may belong to the path); the field shows what is saved
    // once it is left.
    connect(m_lineEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_addedPath.isEmpty())
            m_lineEdit->setText(this->value());
    });
    return m_lineEdit;
}

QString PresetInputField::value() const
{
    if (m_checkBox)
        return m_checkBox->isChecked() ? m_input.on : m_input.off;
    if (m_spinBox)
        return m_spinBox->value() == m_spinBox->minimum() && !m_spinBox->specialValueText().isEmpty()
                   ? QString()
                   : QString::number(m_spinBox->value());
    if (m_comboBox)
        return m_comboBox->currentData().toString();
    return BaseAddress::normalise(m_lineEdit->text(), m_addedPath).address;
}

QString PresetInputField::rowLabel() const
{
    if (m_checkBox)
        return QString();
    const QString label = PresetCatalogue::translated(m_input.label);
    return m_input.required ? tr("%1:").arg(label) : tr("%1 (optional):").arg(label);
}

void PresetInputField::updateNote()
{
    const QString note =
        m_lineEdit ? BaseAddress::normalise(m_lineEdit->text(), m_addedPath).note() : QString();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}
