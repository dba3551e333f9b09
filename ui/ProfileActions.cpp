#include "ui/ProfileActions.h"

#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "ui/CredentialsDialog.h"
#include "ui/ProfileEditor.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

ProfileActions::ProfileActions(ProfileStore* profiles, CredentialStore* credentials, NetworkThread* network,
                               AccessTokenCache* tokens, QComboBox* profileBox, QWidget* window)
    : QObject(window)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_network(network)
    , m_tokens(tokens)
    , m_profileBox(profileBox)
    , m_window(window)
{
}

QString ProfileActions::current() const
{
    return m_profileBox->currentText();
}

void ProfileActions::choose(const QString& name)
{
    const int index = m_profileBox->findText(name);
    if (index >= 0)
        m_profileBox->setCurrentIndex(index);
}

void ProfileActions::refuse(const QString& title, const QString& error)
{
    QMessageBox::warning(m_window, title, error);
}

void ProfileActions::newProfile()
{
    const QList<Profile> presets = PresetCatalogue::builtIn();
    QStringList services;
    for (const Profile& preset : presets)
        services.append(preset.name);
    bool chosen = false;
    const QString service =
        QInputDialog::getItem(m_window, tr("New Profile"), tr("Service:"), services, 0, false, &chosen);
    if (!chosen)
        return;
    Profile profile = presets.at(services.indexOf(service));
    profile.name = m_profiles->freeName(profile.name);
    ProfileEditor editor(profile, m_profiles, m_credentials, m_network, m_tokens, m_window);
    if (editor.exec() == QDialog::Accepted)
        choose(editor.profileName());
}

void ProfileActions::editProfile()
{
    QString error;
    const std::optional<Profile> profile = m_profiles->load(current(), &error);
    if (!profile) {
        refuse(tr("Profile"), error);
        return;
    }
    ProfileEditor editor(*profile, m_profiles, m_credentials, m_network, m_tokens, m_window);
    if (editor.exec() == QDialog::Accepted)
        choose(editor.profileName());
}

void ProfileActions::duplicateProfile()
{
    if (current().isEmpty())
        return;
    QString error;
    if (const std::optional<QString> copy = m_profiles->duplicate(current(), &error))
        choose(*copy);
    else
        refuse(tr("Duplicate Profile"), error);
}

void ProfileActions::renameProfile()
{
    const QString name = current();
    if (name.isEmpty())
        return;
    bool chosen = false;
    const QString wanted = QInputDialog::getText(m_window, tr("Rename Profile"),
                                                 tr("New name for the profile \"%1\":").arg(name),
                                                 QLineEdit::Normal, name, &chosen)
                               .trimmed();
    if (!chosen || wanted == name)
        return;
    QString error;
    if (m_profiles->rename(name, wanted, &error))
        choose(wanted);
    else
        refuse(tr("Rename Profile"), error);
}

// The profile after the deleted one becomes the choice (the one before, when it was the last), not
// whichever comes first.
void ProfileActions::deleteProfile()
{
    const QString name = current();
    if (name.isEmpty())
        return;
    QMessageBox question(QMessageBox::Warning, tr("Delete Profile"),
                         tr("Delete the profile \"%1\"?").arg(name), QMessageBox::NoButton, m_window);
    question.setInformativeText(tr("Its credential stays in the keychain."));
    QPushButton* remove = question.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != remove)
        return;
    const QStringList names = m_profiles->names();
    const qsizetype at = names.indexOf(name);
    const QString next = names.value(at + 1, names.value(at - 1));
    QString error;
    if (m_profiles->remove(name, &error))
        choose(next);
    else
        refuse(tr("Delete Profile"), error);
}

void ProfileActions::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Profile"), QDir::homePath(),
                                                      tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (const std::optional<QString> name = m_profiles->importFile(path, &error))
        choose(*name);
    else
        refuse(tr("Import Profile"), error);
}

void ProfileActions::exportProfile()
{
    const QString name = current();
    if (name.isEmpty())
        return;
    QString fileName = name;
    fileName.replace(u'/', u'-'); // a name may hold what a file name cannot
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Profile"),
                                                      QDir::home().filePath(fileName + u".json"_s),
                                                      tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_profiles->exportFile(name, path, &error))
        refuse(tr("Export Profile"), error);
}

void ProfileActions::showCredentials(const QString& select)
{
    CredentialsDialog dialog(m_credentials, m_profiles, m_network, m_tokens, m_window);
    dialog.selectCredential(select);
    dialog.exec();
}
