#pragma once

#include <QDialog>

class CredentialCheck;
class CredentialStore;
class AccessTokenCache;
class NetworkThread;
class ProfileStore;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

// Tools ▸ Credentials: every credential with its kind, where it is kept and which profiles use it;
// add, edit, delete, and Test one against a profile's server.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialsDialog(CredentialStore* credentials, ProfileStore* profiles, NetworkThread* network,
                      AccessTokenCache* tokens, QWidget* parent = nullptr);

    void selectCredential(const QString& id);
    QString selectedId() const;

private:
    void reload();
    void updateButtons();
    void addCredential();
    void editCredential();
    void deleteCredential();
    void testCredential();
    void showResult(bool good, const QString& message);

    CredentialStore* m_credentials;
    ProfileStore* m_profiles;
    CredentialCheck* m_check;
    QTreeWidget* m_list;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QComboBox* m_testProfile;
    QPushButton* m_test;
    QLabel* m_result;
};
