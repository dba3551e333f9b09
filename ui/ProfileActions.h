#pragma once

#include <QObject>
#include <QString>

class AccessTokenCache;
class CredentialStore;
class NetworkThread;
class ProfileStore;
class QComboBox;
class QWidget;

// The Profile menu's work on the profile chosen in the window's box: make, edit, duplicate, rename,
// delete, import and export profiles (as JSON, which names a credential and never holds its secret), and
// the credentials they sign in with. A profile it makes or renames becomes the box's choice.
class ProfileActions : public QObject
{
    Q_OBJECT

public:
    ProfileActions(ProfileStore* profiles, CredentialStore* credentials, NetworkThread* network,
                   AccessTokenCache* tokens, QComboBox* profileBox, QWidget* window);

    void newProfile();
    void editProfile();
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();
    void importProfile();
    void exportProfile();
    void showCredentials(const QString& select);

private:
    QString current() const;
    void choose(const QString& name);
    void refuse(const QString& title, const QString& error);

    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    NetworkThread* m_network;
    AccessTokenCache* m_tokens;
    QComboBox* m_profileBox;
    QWidget* m_window;
};
