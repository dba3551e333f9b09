#pragma once

#include <QDialog>

class QPushButton;

// A dialog that edits one value and never loses it by accident: Enter saves, whichever button had
// the focus, and Cancel, Escape or the window's close button ask before throwing changes away.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    void reject() override;

protected:
    explicit EditorDialog(QWidget* parent = nullptr);

    // Call once every button exists: `save` is the default, and no other button takes Enter when it
    // has the focus (Test Upload, Cancel).
    void makeDefault(QPushButton* save);
    // Whether what is shown differs from what was opened (typing and undoing is no change).
    virtual bool hasChanges() const = 0;
    // "Discard changes to this profile?"
    virtual QString discardQuestion() const = 0;
};
