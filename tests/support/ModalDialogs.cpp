#include "tests/support/ModalDialogs.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

QPushButton* ModalDialogs::button(QWidget* parent, const QString& text)
{
    for (QPushButton* button : parent->findChildren<QPushButton*>()) {
        if (button->text().remove(u'&') == text)
            return button;
    }
    return nullptr;
}

QLineEdit* ModalDialogs::passwordField(QWidget* parent)
{
    for (QLineEdit* edit : parent->findChildren<QLineEdit*>()) {
        if (edit->echoMode() == QLineEdit::Password)
            return edit;
    }
    return nullptr;
}

QLabel* ModalDialogs::labelNamed(QWidget* parent, const QString& accessibleName)
{
    for (QLabel* label : parent->findChildren<QLabel*>()) {
        if (label->accessibleName() == accessibleName)
            return label;
    }
    return nullptr;
}
