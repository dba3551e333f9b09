#include "ui/CredentialsDialog.h"

#include "app/auth/CredentialCheck.h"
#include "app/credentials/CredentialStore.h"
#include "app/profiles/ProfileStore.h"
#include "ui/CredentialEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    NameColumn,
    KindColumn,
    UserColumn,
    KeptColumn,
    UsedByColumn,
};
} // namespace

CredentialsDialog::CredentialsDialog(CredentialStore* credentials, ProfileStore* profiles,
                                     NetworkThread* network, AccessTokenCache* tokens, QWidget* parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_profiles(profiles)
    , m_check(new CredentialCheck(network, tokens, this))
    , m_list(new QTreeWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_testProfile(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Credentials"));
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("User / client ID"), tr("Kept in"), tr("Used by")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Credentials"));
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(NameColumn, 160);
    m_list->setColumnWidth(KindColumn, 160);
    m_list->setColumnWidth(UserColumn, 130);
    m_list->setColumnWidth(KeptColumn, 120);

    auto* add = new QPushButton(tr("&Add…"), this);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);

    m_testProfile->setAccessibleName(tr("Profile to test with"));
    m_testProfile->setMinimumContentsLength(18);
    auto* testLabel = new QLabel(tr("Test with &profile:"), this);
    testLabel->setBuddy(m_testProfile);
    m_test->setToolTip(tr("Make one harmless signed-in request to the profile's server"));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(testLabel);
    testRow->addWidget(m_testProfile, 1);
    testRow->addWidget(m_test);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Test result"));

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &CredentialsDialog::addCredential);
    connect(m_edit, &QPushButton::clicked, this, &CredentialsDialog::editCredential);
    connect(m_delete, &QPushButton::clicked, this, &CredentialsDialog::deleteCredential);
    connect(m_test, &QPushButton::clicked, this, &CredentialsDialog::testCredential);
    connect(m_list, &QTreeWidget::itemActivated, this, &CredentialsDialog::editCredential);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CredentialsDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &CredentialsDialog::reject);
    connect(m_credentials, &CredentialStore::changed, this, &CredentialsDialog::reload);
    connect(m_check, &CredentialCheck::finished, this, [this](const CredentialCheck::Result& result) {
        showResult(result.verdict == CredentialCheck::Verdict::Accepted, result.message);
        updateButtons();
    });
    reload();
    resize(820, 420);
}

void CredentialsDialog::reload()
{
    const QString current = selectedId();
    m_list->clear();
    for (const Credential& credential : m_credentials->credentials()) {
        const QStringList users = m_profiles->namesUsingCredential(credential.id);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, credential.id);
        item->setToolTip(NameColumn, credential.label);
        item->setText(KindColumn, Credential::kindTitle(credential.kind));
        item->setText(UserColumn, credential.user);
        item->setText(KeptColumn,
                      m_credentials->isSessionOnly(credential.id) ? tr("this session only") : tr("keychain"));
        item->setText(UsedByColumn, users.isEmpty() ? tr("no profile") : users.join(u", "_s));
    }
    if (!current.isEmpty())
        selectCredential(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void CredentialsDialog::selectCredential(const QString& id)
{
    const QList<QTreeWidgetItem*> found = m_list->findItems(id, Qt::MatchExactly, NameColumn);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

QString CredentialsDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

void CredentialsDialog::updateButtons()
{
    const QString id = selectedId();
    m_edit->setEnabled(!id.isEmpty());
    m_delete->setEnabled(!id.isEmpty());

    // Offer the profiles that use this credential first, then the rest.
    const QString previous = m_testProfile->currentText();
    const QStringList users = m_profiles->namesUsingCredential(id);
    QStringList names = users;
    for (const QString& name : m_profiles->names()) {
        if (!names.contains(name))
            names.append(name);
    }
    const QSignalBlocker blocker(m_testProfile);
    m_testProfile->clear();
    m_testProfile->addItems(names);
    const int keep = m_testProfile->findText(previous);
    m_testProfile->setCurrentIndex(keep >= 0 && users.contains(previous) ? keep : 0);
    m_test->setEnabled(!id.isEmpty() && !names.isEmpty() && !m_check->isRunning());
}

void CredentialsDialog::addCredential()
{
    CredentialEditor editor(m_credentials, std::nullopt, this);
    if (editor.exec() == QDialog::Accepted)
        selectCredential(editor.credentialId());
}

void CredentialsDialog::editCredential()
{
    const std::optional<Credential> credential = m_credentials->find(selectedId());
    if (!credential)
        return;
    CredentialEditor editor(m_credentials, credential, this);
    editor.exec();
}

void CredentialsDialog::deleteCredential()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QStringList users = m_profiles->namesUsingCredential(id);
    QString question = tr("Delete the credential \"%1\" and its secret from the keychain?").arg(id);
    if (!users.isEmpty())
        question += u"\n\n"_s + tr("It is used by %n profile(s): %1. They cannot sign in until you give them "
                                   "another credential.",
                                   nullptr, int(users.size()))
                                    .arg(users.join(u", "_s));
    if (QMessageBox::question(this, tr("Delete Credential"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_credentials->remove(id, this, [this](const CredentialError& error) {
        if (error.isError())
            showResult(false, error.message);
    });
}

void CredentialsDialog::testCredential()
{
    const QString id = selectedId();
    QString error;
    const std::optional<Profile> profile = m_profiles->load(m_testProfile->currentText(), &error);
    if (!profile) {
        showResult(false, error);
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Testing…"));
    m_credentials->read(id, this, [this, profile](const CredentialError& error, const Secret& secret) {
        if (error.isError()) {
            showResult(false, error.message);
            updateButtons();
            return;
        }
        m_check->start(*profile, secret);
    });
}

void CredentialsDialog::showResult(bool good, const QString& message)
{
    // A sign, not a colour: it reads the same in every theme and to every eye.
    m_result->setText((good ? u"✓ "_s : u"✗ "_s) + message);
}
