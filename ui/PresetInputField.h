#pragma once

#include "app/profiles/Profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// One value a preset asks for, as the widget its type wants (a line, a check box, a number, a
// choice), with its sentence of help under it. A base address the upload address builds on is
// normalised (BaseAddress) with a note saying what is taken off.
class PresetInputField : public QWidget
{
    Q_OBJECT

public:
    // urlTemplate: the profile's upload address, to know whether this input is its base.
    PresetInputField(const Profile::Input& input, const QString& value, const QString& urlTemplate,
                     QWidget* parent = nullptr);

    QString value() const; // what is saved and sent
    QWidget* editor() const { return m_editor; }
    // The row's label for the form; empty for a check box, which carries its own.
    QString rowLabel() const;

signals:
    void changed();

private:
    QWidget* makeEditor(const QString& value);
    QWidget* makeCheckBox(const QString& value);
    QWidget* makeSpinBox(const QString& value);
    QWidget* makeComboBox(const QString& value);
    QWidget* makeLineEdit(const QString& value);
    void updateNote();

    Profile::Input m_input;
    QString m_addedPath; // what the upload address adds after this input; empty: not a base
    QCheckBox* m_checkBox = nullptr;
    QSpinBox* m_spinBox = nullptr;
    QComboBox* m_comboBox = nullptr;
    QLineEdit* m_lineEdit = nullptr;
    QWidget* m_editor;
    QLabel* m_note;
};
