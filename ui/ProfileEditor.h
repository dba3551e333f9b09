#pragma once

#include "app/profiles/Profile.h"
#include "ui/EditorDialog.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

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
// what it holds; Test Upload tries it for real. A credential created here for a profile that is then
// not saved is removed again.
class ProfileEditor : public EditorDialog
{
    Q_OBJECT

public:
    ProfileEditor(Profile profile, ProfileStore* profiles, CredentialStore* credentials,
                  NetworkThread* network, AccessTokenCache* tokens, QWidget* parent = nullptr);

    void accept() override;
    void done(int result) override;
    QString profileName() const; // as saved

protected:
    bool hasChanges() const override;
    QString discardQuestion() const override;

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
    bool mayLackCredential(const Profile& edited);
    void removeUnusedCreated();
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
    QJsonObject m_opened;  // the profile as the fields showed it when opened
    QStringList m_created; // credentials added from this dialog
};
