#pragma once

#include "app/profiles/Profile.h"

#include <QDialog>

class CredentialStore;
class ProfileStore;
class QComboBox;
class QLabel;
class QLineEdit;

// Edits a saved profile: where it uploads and how it signs in, picking a credential from the
// keychain or creating one on the spot.
class ProfileEditor : public QDialog
{
    Q_OBJECT

public:
    ProfileEditor(Profile profile, ProfileStore* profiles, CredentialStore* credentials,
                  QWidget* parent = nullptr);

    void accept() override;

private:
    void reloadCredentials(const QString& select);
    void onCredentialChosen();
    void updateScheme();

    Profile m_profile;
    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    QLineEdit* m_url;
    QComboBox* m_scheme;
    QLabel* m_parameterLabel;
    QLineEdit* m_parameter;
    QComboBox* m_credential;
    QLabel* m_problem;
};
