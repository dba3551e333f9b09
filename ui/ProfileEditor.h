#pragma once

#include "app/profiles/Profile.h"

#include <QDialog>
#include <QMap>

class CredentialStore;
class AccessTokenCache;
class CollapsibleSection;
class LibraryEndpointsEditor;
class NetworkThread;
class PartsEditor;
class PresetInputField;
class ProbeUpload;
class QPushButton;
class ProfileStore;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edits a profile: the values its preset needs, where it uploads, how it signs in (picking a credential
// from the keychain or creating one on the spot), the form it sends and where its service lists and deletes
// what it holds; Test Upload tries it for real.
class ProfileEditor : public QDialog
{
    Q_OBJECT

public:
    ProfileEditor(Profile profile, ProfileStore* profiles, CredentialStore* credentials,
                  NetworkThread* network, AccessTokenCache* tokens, QWidget* parent = nullptr);

    void accept() override;
    QString profileName() const; // as saved

private:
    void addInputs(QFormLayout* form);
    void buildAdvanced();
    void reloadCredentials(const QString& select);
    void onCredentialChosen();
    void updateScheme();
    void updateResolvedUrl();
    Profile edited() const;
    QString problemWith(const Profile& edited) const;
    void revealFieldsOf(const Profile& profile, const QString& problem);
    void testUpload();
    void showTestResult(bool succeeded, const QString& message);

    Profile m_profile;
    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    QMap<QString, PresetInputField*> m_inputs; // the preset's values, by variable
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLabel* m_resolvedUrl;
    QSpinBox* m_answerTimeout;
    CollapsibleSection* m_advanced; // the URL template, headers, answer timeout and form
    QComboBox* m_scheme;
    QFormLayout* m_signInForm = nullptr;
    QLabel* m_parameterLabel;
    QLineEdit* m_parameter;
    QComboBox* m_credential;
    QLabel* m_problem;
    PartsEditor* m_parts;
    LibraryEndpointsEditor* m_library;
    ProbeUpload* m_probe;
    QLabel* m_testResult;
    QPushButton* m_testButton = nullptr;
};
