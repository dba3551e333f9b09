#pragma once

#include "app/profiles/Profile.h"

#include <QDialog>
#include <QMap>

class CredentialStore;
class ProfileStore;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Edits a saved profile: the values its preset needs, where it uploads and how it signs in, picking a
// credential from the keychain or creating one on the spot.
class ProfileEditor : public QDialog
{
    Q_OBJECT

public:
    ProfileEditor(Profile profile, ProfileStore* profiles, CredentialStore* credentials,
                  QWidget* parent = nullptr);

    void accept() override;
    QString profileName() const; // as saved

private:
    void reloadCredentials(const QString& select);
    void onCredentialChosen();
    void updateScheme();
    void updateResolvedUrl();

    Profile m_profile;
    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    QMap<QString, QLineEdit*> m_inputs; // the preset's values, by variable
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLabel* m_resolvedUrl;
    QComboBox* m_scheme;
    QFormLayout* m_signInForm = nullptr;
    QLabel* m_parameterLabel;
    QLineEdit* m_parameter;
    QComboBox* m_credential;
    QLabel* m_problem;
};
