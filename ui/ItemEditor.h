#pragma once

#include "app/profiles/Profile.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class UploadQueue;
class UploadTask;

// The per-file values the profile asks for (name, description, folder, the item a file replaces,
// document type, metadata …), for the current file or for every selected one at once.
class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ItemEditor(UploadQueue* queue, QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    void showTasks(UploadTask* current, const QList<UploadTask*>& selected);
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    void focusFirstField();

    // "metadata.3" = "000510" … as the text "3=000510; 4=Bridge", and back.
    static QString metadataText(const QMap<QString, QString>& metadata);
    static QMap<QString, QString> metadataFromText(const QString& text);

private:
    void apply();
    void applyToSelected();
    QMap<QString, QString> edited(const QMap<QString, QString>& metadata, bool keepEmpty) const;
    static bool editable(const UploadTask* task);

    UploadQueue* m_queue;
    QFormLayout* m_form;
    QLabel* m_note;
    QPushButton* m_apply;
    QPushButton* m_applyToSelected;
    QMap<QString, QLineEdit*> m_fields; // metadata key → its field; "metadata" holds the follow-up entries
    QPointer<UploadTask> m_current;
    QList<QPointer<UploadTask>> m_selected;
};
