#pragma once

#include "app/auth/AuthConfig.h"
#include "app/credentials/Credential.h"
#include "ui/EditorDialog.h"

#include <optional>

class CredentialStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
struct CredentialError;

// Adds a credential or changes one: name, kind, user or client id, and the secret, which goes
// straight to the keychain. When the keychain cannot be used, offers to keep the secret for this
// session only.
class CredentialEditor : public EditorDialog
{
    Q_OBJECT

public:
    // `existing`: edit that credential (its name is fixed); otherwise add a new one.
    CredentialEditor(CredentialStore* store, const std::optional<Credential>& existing,
                     QWidget* parent = nullptr);

    // Prefills a new credential for a profile that signs in with `scheme`: a password for Basic,
    // otherwise a token.
    void suggest(const QString& id, AuthConfig::Scheme scheme);
    QString credentialId() const;

    void accept() override;

protected:
    bool hasChanges() const override;
    QString discardQuestion() const override;

private:
    void updateKind();
    Credential credential() const;
    void store(const Credential& credential, const QString& secret);
    void onStored(const Credential& credential, const QString& secret, const CredentialError& error);
    void setBusy(bool busy, const QString& message = QString());

    CredentialStore* m_store;
    bool m_editing;
    QLineEdit* m_id;
    QComboBox* m_kind;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_secretLabel;
    QLineEdit* m_secret;
    QLineEdit* m_label;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    Credential m_opened; // as the fields showed it when opened or suggested
};
