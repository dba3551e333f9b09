#pragma once

#include "app/profiles/Profile.h"

#include <QList>
#include <QMap>
#include <QPointer>
#include <QWidget>

class AccessTokenCache;
class NetworkThread;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class UploadQueue;
class UploadTask;

// The per-file values the profile asks for (name, description, folder, the item a file replaces,
// document type, metadata …), for the current file or for every selected one at once; the item a
// file replaces and its folder are picked from the library where the service can list them.
class ItemEditor : public QWidget
{
    Q_OBJECT

public:
    ItemEditor(UploadQueue* queue, NetworkThread* network, AccessTokenCache* tokens,
               QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    // Values typed for the file shown before are applied to it first: nothing typed is lost.
    void showTasks(UploadTask* current, const QList<UploadTask*>& selected);
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QPushButton* pickButton(const QString& key) const { return m_pickers.value(key); } // "replace", "folder"
    void focusFirstField();

    // "metadata.3" = "000510" … as the text "3=000510; 4=Bridge", and back.
    static QString metadataText(const QMap<QString, QString>& metadata);
    static QMap<QString, QString> metadataFromText(const QString& text);

private:
    void apply();
    void applyToSelected();
    // Typed and not applied yet: goes to the file it was typed for before the form shows another.
    void applyPending();
    void applyTyped();
    void setUpTypeField(QLineEdit* edit);
    bool isBulkEdit() const; // several files selected that take values: the form sets them all
    void showLocks();
    QWidget* fieldWithPicker(const QString& key, QLineEdit* edit, bool canPick);
    void pick(const QString& key);
    QMap<QString, QString> edited(const QMap<QString, QString>& metadata, bool keepEmpty) const;
    static bool editable(const UploadTask* task);

    UploadQueue* m_queue;
    NetworkThread* m_network;
    AccessTokenCache* m_tokens;
    QFormLayout* m_form;
    QLabel* m_note;
    QPushButton* m_apply;
    QPushButton* m_applyToSelected;
    QMap<QString, QLineEdit*> m_fields; // metadata key → its field; "metadata" holds the follow-up entries
    QMap<QString, QPushButton*> m_pickers; // "replace", "folder" → Pick… where the library can list them
    QPointer<UploadTask> m_current;
    QList<QPointer<UploadTask>> m_selected;
};
