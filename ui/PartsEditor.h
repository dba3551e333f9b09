#pragma once

#include "app/profiles/Profile.h"

#include <QWidget>

class QLineEdit;
class QTableWidget;

// The form a profile sends: the file part's name and the text parts (fixed values, templates, or a
// per-file value), for adjusting a preset or building a generic profile.
class PartsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PartsEditor(const Profile& profile, QWidget* parent = nullptr);

    void applyTo(Profile& profile) const;
    QString problem() const; // a sentence when the parts cannot work, else empty

private:
    void addRow(const Profile::TextPart& part);

    QLineEdit* m_filePart;
    QTableWidget* m_fields;
    QList<Profile::TextPart> m_original; // what the table cannot show (send when empty) is kept from here
};
