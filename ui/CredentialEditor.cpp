#include "ui/CredentialEditor.h"

#include "app/credentials/CredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CredentialEditor::CredentialEditor(CredentialStore* store, const std::optional<Credential>& existing,
                                   QWidget* parent)
    : EditorDialog(parent)
    , m_store(store)
    , m_editing(existing.has_value())
    , m_id(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_editing ? tr("Edit Credential") : tr("Add Credential"));
    for (const Credential::Kind kind :
         {Credential::Kind::Token, Credential::Kind::Password, Credential::Kind::OAuthClient})
        m_kind->addItem(Credential::kindTitle(kind), QVariant::fromValue(int(kind)));

    m_id->setPlaceholderText(tr("e.g. xibo-production"));
    m_id->setToolTip(Credential::idRules());
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_label->setPlaceholderText(tr("optional"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_id);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(m_userLabel, m_user);
    auto* reveal = new QCheckBox(tr("Sho&w"), this);
    reveal->setToolTip(tr("Show the secret while typing"));
    connect(reveal, &QCheckBox::toggled, this,
            [this](bool shown) { m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    auto* secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(reveal);
    form->addRow(m_secretLabel, secretRow);
    form->addRow(tr("&Label:"), m_label);
    // The Show box is made after the fields below it; Tab still goes from the secret to it.
    setTabOrder(m_secret, reveal);
    setTabOrder(reveal, m_label);
    auto* note = new QLabel(tr("The secret is kept in your system keychain, never in Hoist's files. Profiles "
                               "refer to the credential by its name."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CredentialEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CredentialEditor::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CredentialEditor::updateKind);

    if (existing) {
        m_id->setText(existing->id);
        m_id->setReadOnly(true);
        m_kind->setCurrentIndex(m_kind->findData(int(existing->kind)));
        m_user->setText(existing->user);
        m_label->setText(existing->label);
        m_secret->setPlaceholderText(tr("leave empty to keep the stored secret"));
    }
    updateKind();
    setMinimumWidth(460);
    makeDefault(m_buttons->button(QDialogButtonBox::Save));
    m_opened = credential();
}

void CredentialEditor::suggest(const QString& id, AuthConfig::Scheme scheme)
{
    const Credential::Kind kind = Credential::kindFor(scheme);
    m_id->setText(id);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    // The first field left to fill, in the order the form shows them: a client ID before its secret.
    (credential().hasUser() ? m_user : m_secret)->setFocus();
    m_opened = credential();
}

bool CredentialEditor::hasChanges() const
{
    return !m_secret->text().isEmpty() || credential() != m_opened;
}

QString CredentialEditor::discardQuestion() const
{
    return tr("Discard changes to this credential?");
}

QString CredentialEditor::credentialId() const
{
    return m_id->text().trimmed();
}

Credential CredentialEditor::credential() const
{
    Credential credential;
    credential.id = credentialId();
    credential.kind = Credential::Kind(m_kind->currentData().toInt());
    credential.user = credential.hasUser() ? m_user->text().trimmed() : QString();
    credential.label = m_label->text().trimmed();
    return credential;
}

void CredentialEditor::updateKind()
{
    const Credential current = credential();
    m_userLabel->setText(current.userLabel() + u':');
    m_userLabel->setBuddy(m_user);
    m_userLabel->setVisible(current.hasUser());
    m_user->setVisible(current.hasUser());
    m_secretLabel->setText(u'&' + current.secretLabel() + u':');
    m_secretLabel->setBuddy(m_secret);
}

void CredentialEditor::accept()
{
    const Credential wanted = credential();
    QString problem;
    if (!Credential::isValidId(wanted.id))
        problem = Credential::idRules();
    else if (!m_editing && m_store->find(wanted.id))
        problem = tr("There is already a credential named \"%1\"; edit it instead.").arg(wanted.id);
    else if (wanted.hasUser() && wanted.user.isEmpty())
        problem = tr("Fill in \"%1\".").arg(wanted.userLabel());
    else if (!m_editing && m_secret->text().isEmpty())
        problem = tr("Fill in \"%1\".").arg(wanted.secretLabel());
    if (!problem.isEmpty()) {
        setBusy(false, problem);
        return;
    }
    if (!m_secret->text().isEmpty()) {
        store(wanted, m_secret->text());
        return;
    }
    // Editing the name, label or user only: keep the secret that is stored.
    setBusy(true, tr("Reading the stored secret…"));
    m_store->read(wanted.id, this, [this, wanted](const CredentialError& error, const Secret& secret) {
        if (error.isError()) {
            setBusy(false, error.message + u' ' + tr("Enter the secret again to replace it."));
            return;
        }
        store(wanted, secret.value);
    });
}

void CredentialEditor::store(const Credential& credential, const QString& secret)
{
    setBusy(true, tr("Saving to the keychain…"));
    m_store->save(
        credential, {credential.user, secret}, this,
        [this, credential, secret](const CredentialError& error) { onStored(credential, secret, error); });
}

void CredentialEditor::onStored(const Credential& credential, const QString& secret,
                                const CredentialError& error)
{
    if (!error.isError()) {
        QDialog::accept();
        return;
    }
    if (!error.keychainUnusable()) {
        setBusy(false, error.message);
        return;
    }
    QMessageBox question(QMessageBox::Warning, tr("Keychain Unavailable"), error.message,
                         QMessageBox::NoButton, this);
    question.setInformativeText(tr("Hoist can keep this secret in memory until it quits, without writing it "
                                   "anywhere. You will be asked for it again next time."));
    QPushButton* keep = question.addButton(tr("Keep for This Session"), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(keep);
    question.exec();
    if (question.clickedButton() != keep) {
        setBusy(false, error.message);
        return;
    }
    m_store->keepForSession(credential, {credential.user, secret});
    QDialog::accept();
}

void CredentialEditor::setBusy(bool busy, const QString& message)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}
