#include "ui/EditorDialog.h"

#include <QMessageBox>
#include <QPushButton>

EditorDialog::EditorDialog(QWidget* parent)
    : QDialog(parent)
{
}

void EditorDialog::makeDefault(QPushButton* save)
{
    for (QPushButton* button : findChildren<QPushButton*>())
        button->setAutoDefault(false);
    save->setDefault(true);
}

void EditorDialog::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    QMessageBox question(QMessageBox::Question, windowTitle(), discardQuestion(),
                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    question.button(QMessageBox::Cancel)->setText(tr("&Keep Editing"));
    question.setDefaultButton(QMessageBox::Save);
    question.setEscapeButton(QMessageBox::Cancel);
    switch (question.exec()) {
    case QMessageBox::Save:
        accept(); // stays open with the reason when it cannot save
        break;
    case QMessageBox::Discard:
        QDialog::reject();
        break;
    default:
        break; // back to the dialog, as it was
    }
}
