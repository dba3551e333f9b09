#include "tests/support/ModalDialogs.h"

#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

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

void ModalDialogs::choosePath(QFileDialog* dialog, const QString& path)
{
    auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
    QVERIFY(name);
    name->setText(path);
    QTRY_COMPARE(dialog->selectedFiles(), QStringList{path});
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog's own is protected
}
