#include "ui/ProfileEditor.h"

#include "app/credentials/CredentialStore.h"
#include "app/net/TransferOptions.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileCodec.h"
#include "app/profiles/ProfileStore.h"
#include "app/requests/TemplateExpander.h"
#include "app/transfers/ProbeUpload.h"
#include "ui/CollapsibleSection.h"
#include "ui/CredentialEditor.h"
#include "ui/LibraryEndpointsEditor.h"
#include "ui/PartsEditor.h"
#include "ui/PresetInputField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString newCredentialData = u"\x01new"_s; // the "New credential…" entry, never a valid id

QString schemeTitle(AuthConfig::Scheme scheme)
{
    switch (scheme) {
    case AuthConfig::Scheme::None:
        return ProfileEditor::tr("No sign-in");
    case AuthConfig::Scheme::Basic:
        return ProfileEditor::tr("User name and password (Basic)");
    case AuthConfig::Scheme::Bearer:
        return ProfileEditor::tr("Bearer token");
    case AuthConfig::Scheme::HeaderKey:
        return ProfileEditor::tr("API key in a header");
    case AuthConfig::Scheme::QueryKey:
        return ProfileEditor::tr("API key in the URL query");
    case AuthConfig::Scheme::Token:
        return ProfileEditor::tr("Token (Django REST framework)");
    case AuthConfig::Scheme::OAuth2:
        return ProfileEditor::tr("OAuth2 client credentials");
    case AuthConfig::Scheme::TokenLogin:
        return ProfileEditor::tr("User name and password, exchanged for a token");
    }
    return QString();
}
} // namespace

ProfileEditor::ProfileEditor(Profile profile, ProfileStore* profiles, CredentialStore* credentials,
                             NetworkThread* network, AccessTokenCache* tokens, QWidget* parent)
    : EditorDialog(parent)
    , m_profile(std::move(profile))
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_resolvedUrl(new QLabel(this))
    , m_answerTimeout(new QSpinBox(this))
    , m_advanced(new CollapsibleSection(tr("Ad&vanced (address, form and headers)…"), this))
    , m_scheme(new QComboBox(this))
    , m_parameterLabel(new QLabel(this))
    , m_parameter(new QLineEdit(this))
    , m_credential(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_parts(new PartsEditor(m_profile, this))
    , m_library(new LibraryEndpointsEditor(m_profile.library, this))
    , m_probe(new ProbeUpload(network, tokens, this))
    , m_testResult(new QLabel(this))
{
    setWindowTitle(m_profiles->names().contains(m_profile.name)
                       ? tr("Edit Profile \"%1\"").arg(m_profile.name)
                       : tr("New %1 Profile").arg(m_profile.name));
    m_name->setText(m_profile.name);
    m_url->setText(m_profile.url);
    m_resolvedUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolvedUrl->setTextFormat(Qt::PlainText);
    m_resolvedUrl->setWordWrap(true);
    m_resolvedUrl->setAccessibleName(tr("Upload address"));
    m_url->setToolTip(tr("{name} is filled from the profile's variables, {file.name} from each file."));
    for (const QString& name : AuthConfig::schemeNames()) {
        const AuthConfig::Scheme scheme = *AuthConfig::schemeFromName(name);
        m_scheme->addItem(schemeTitle(scheme), name);
    }
    m_scheme->setCurrentIndex(m_scheme->findData(AuthConfig::schemeName(m_profile.auth.scheme)));
    m_parameter->setText(m_profile.auth.parameterName);
    m_credential->setAccessibleName(tr("Credential"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // a typed value is shown as typed
    m_problem->setAccessibleName(tr("Problem"));
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold); // the theme's colours, in every theme
    m_problem->hide();

    auto* where = new QFormLayout;
    where->addRow(tr("Profile &name:"), m_name);
    if (!m_profile.description.isEmpty()) {
        QString about = PresetCatalogue::translated(m_profile.description).toHtmlEscaped();
        if (!m_profile.docsUrl.isEmpty())
            about += u" <a href=\""_s + m_profile.docsUrl.toHtmlEscaped() + u"\">"_s +
                     tr("The service's API documentation") + u"</a>"_s;
        auto* description = new QLabel(about, this);
        description->setWordWrap(true);
        description->setOpenExternalLinks(true);
        where->addRow(description);
    }
    addInputs(where);
    where->addRow(tr("Uploads to:"), m_resolvedUrl);
    connect(m_url, &QLineEdit::textChanged, this, &ProfileEditor::updateResolvedUrl);
    if (!m_profile.notes.isEmpty()) {
        QStringList notes;
        for (const QString& note : std::as_const(m_profile.notes))
            notes.append(PresetCatalogue::translated(note));
        auto* label = new QLabel(u"• "_s + notes.join(u"\n• "_s), this);
        label->setWordWrap(true);
        where->addRow(label);
    }
    m_answerTimeout->setRange(0, Profile::MaxAnswerTimeoutSeconds);
    m_answerTimeout->setSuffix(tr(" s"));
    m_answerTimeout->setSpecialValueText(
        tr("%1 s (default)").arg(TransferOptions::DefaultAnswerTimeoutMs / 1000));
    m_answerTimeout->setValue(m_profile.answerTimeoutSeconds);
    m_answerTimeout->setToolTip(
        tr("After the whole file is sent, how long the server may take to answer. Then "
           "the outcome is unknown and the file is not sent again on its own. Raise it "
           "for services that process a file before they answer."));
    auto* signIn = new QGroupBox(tr("Sign-in"), this);
    m_signInForm = new QFormLayout(signIn);
    m_signInForm->addRow(tr("&Method:"), m_scheme);
    m_signInForm->addRow(m_parameterLabel, m_parameter);
    m_signInForm->addRow(tr("&Credential:"), m_credential);
    buildAdvanced();
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(tr("Test upload result"));
    m_testResult->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_testButton = buttons->addButton(tr("&Test Upload"), QDialogButtonBox::ActionRole);
    m_testButton->setToolTip(tr("Upload a tiny generated image with these settings (saved or not) and show "
                                "what happened"));
    connect(m_testButton, &QPushButton::clicked, this, &ProfileEditor::testUpload);
    connect(m_probe, &ProbeUpload::finished, this,
            [this](bool succeeded, const QString& message) { showTestResult(succeeded, message); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(where);
    layout->addWidget(signIn);
    layout->addWidget(m_advanced);
    layout->addWidget(m_library);
    layout->addWidget(m_problem);
    layout->addWidget(m_testResult);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ProfileEditor::updateScheme);
    connect(m_credential, &QComboBox::activated, this, &ProfileEditor::onCredentialChosen);
    reloadCredentials(m_profile.auth.credential);
    updateScheme();
    updateResolvedUrl();
    setMinimumWidth(620);
    makeDefault(buttons->button(QDialogButtonBox::Save));
    m_opened = ProfileCodec::write(edited());
}

// The preset's values, each as its type wants, right after the name on Tab; the first one left to fill
// has the focus.
void ProfileEditor::addInputs(QFormLayout* form)
{
    QWidget* firstEmpty = nullptr;
    QWidget* previous = m_name;
    for (const Profile::Input& input : std::as_const(m_profile.inputs)) {
        auto* field = new PresetInputField(input, m_profile.variables.value(input.key), m_profile.url, this);
        form->addRow(field->rowLabel(), field);
        m_inputs.insert(input.key, field);
        connect(field, &PresetInputField::changed, this, &ProfileEditor::updateResolvedUrl);
        if (!firstEmpty && input.required && field->value().isEmpty())
            firstEmpty = field->editor();
        setTabOrder(previous, field->editor());
        previous = field->editor();
    }
    (firstEmpty ? firstEmpty : m_name)->setFocus();
}

// How the request is built: what most users never change, folded away with the facts the preset's
// description no longer spells out (the address template, the headers, the form's parts).
void ProfileEditor::buildAdvanced()
{
    auto* form = new QFormLayout(m_advanced->body());
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Upload &URL:"), m_url);
    if (!m_profile.headers.isEmpty()) {
        QStringList headers;
        for (const Profile::NamedValue& header : std::as_const(m_profile.headers))
            headers.append(header.name + u": "_s + header.value);
        auto* label = new QLabel(headers.join(u'\n'), m_advanced->body());
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Headers sent:"), label);
    }
    form->addRow(tr("Wait for the &answer:"), m_answerTimeout);
    auto* parts = new QGroupBox(tr("Form"), m_advanced->body());
    auto* partsLayout = new QVBoxLayout(parts);
    partsLayout->addWidget(m_parts);
    form->addRow(parts);
}

// The address as it will be used, so a wrong base address shows before the first upload.
void ProfileEditor::updateResolvedUrl()
{
    QMap<QString, QString> values = m_profile.variables;
    for (auto it = m_inputs.constBegin(); it != m_inputs.constEnd(); ++it) {
        // An input left empty is one still to fill: "/api/library" alone is no address.
        if (it.value()->value().isEmpty())
            values.remove(it.key());
        else
            values.insert(it.key(), it.value()->value());
    }
    TemplateExpander expander(values);
    const QString url = expander.expand(m_url->text().trimmed(), TemplateExpander::Mode::Url);
    if (expander.missing().isEmpty()) {
        m_resolvedUrl->setText(url);
        return;
    }
    QStringList missing;
    for (const QString& key : expander.missing()) {
        const auto input = std::find_if(m_profile.inputs.cbegin(), m_profile.inputs.cend(),
                                        [&key](const Profile::Input& entry) { return entry.key == key; });
        missing.append(input == m_profile.inputs.cend() ? key : PresetCatalogue::translated(input->label));
    }
    m_resolvedUrl->setText(tr("Fill in %1 to see the address.").arg(missing.join(u", "_s)));
}

void ProfileEditor::reloadCredentials(const QString& select)
{
    m_credential->clear();
    for (const Credential& credential : m_credentials->credentials())
        m_credential->addItem(credential.id + u"  ("_s + Credential::kindTitle(credential.kind) + u')',
                              credential.id);
    if (!select.isEmpty() && m_credential->findData(select) < 0)
        m_credential->addItem(tr("%1 (missing)").arg(select), select);
    m_credential->addItem(tr("New credential…"), newCredentialData);
    m_credential->setCurrentIndex(qMax(0, m_credential->findData(select)));
}

void ProfileEditor::onCredentialChosen()
{
    if (m_credential->currentData().toString() != newCredentialData)
        return;
    CredentialEditor editor(m_credentials, std::nullopt, this);
    const auto scheme = AuthConfig::schemeFromName(m_scheme->currentData().toString());
    editor.suggest(m_profile.name.toLower().replace(u' ', u'-'), scheme.value_or(AuthConfig::Scheme::None));
    const bool created = editor.exec() == QDialog::Accepted;
    if (created)
        m_created.append(editor.credentialId());
    reloadCredentials(created ? editor.credentialId() : m_profile.auth.credential);
}

void ProfileEditor::updateScheme()
{
    const auto scheme = AuthConfig::schemeFromName(m_scheme->currentData().toString());
    const bool needsParameter =
        scheme == AuthConfig::Scheme::HeaderKey || scheme == AuthConfig::Scheme::QueryKey;
    m_parameterLabel->setText(scheme == AuthConfig::Scheme::QueryKey ? tr("&Parameter name:")
                                                                     : tr("&Header name:"));
    m_parameterLabel->setBuddy(m_parameter);
    m_signInForm->setRowVisible(m_parameter, needsParameter);
    m_credential->setEnabled(scheme != AuthConfig::Scheme::None);
}

Profile ProfileEditor::edited() const
{
    Profile edited = m_profile;
    edited.name = m_name->text().trimmed();
    edited.url = m_url->text().trimmed();
    edited.answerTimeoutSeconds = m_answerTimeout->value();
    for (auto it = m_inputs.constBegin(); it != m_inputs.constEnd(); ++it)
        edited.variables.insert(it.key(), it.value()->value());
    edited.auth.scheme =
        AuthConfig::schemeFromName(m_scheme->currentData().toString()).value_or(AuthConfig::Scheme::None);
    const bool hasParameter = m_signInForm->isRowVisible(m_parameter);
    edited.auth.parameterName = hasParameter ? m_parameter->text().trimmed() : QString();
    const QString credential = m_credential->currentData().toString();
    edited.auth.credential =
        edited.auth.needsSecret() && credential != newCredentialData ? credential : QString();
    m_parts->applyTo(edited);
    m_library->applyTo(edited.library);
    return edited;
}

// Why the edited profile cannot work yet, in a sentence; empty when it can.
QString ProfileEditor::problemWith(const Profile& edited) const
{
    for (const ProfileValidator::Finding& finding : ProfileCodec::problems(edited)) {
        if (finding.isError())
            return finding.text();
    }
    if (edited.name != m_profile.name && m_profiles->names().contains(edited.name))
        return tr("A profile named \"%1\" exists already.").arg(edited.name);
    if (edited.auth.needsSecret() && edited.auth.credential.isEmpty())
        return tr("Pick the credential to sign in with, or create one.");
    return m_parts->problem();
}

void ProfileEditor::accept()
{
    const Profile profile = edited();
    QString problem = problemWith(profile);
    if (problem.isEmpty() && !mayLackCredential(profile))
        return;
    // A renamed profile leaves no copy under its old name.
    if (problem.isEmpty() && !m_profiles->replace(m_profile.name, profile, &problem))
        problem = tr("Could not save the profile: %1").arg(problem);
    if (!problem.isEmpty()) {
        revealFieldsOf(profile, problem);
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

// Opens the folded section that holds the fields a refusal is about.
void ProfileEditor::revealFieldsOf(const Profile& profile, const QString& problem)
{
    if (!profile.library.problems().isEmpty() || problem.startsWith(u"library."_s))
        m_library->setExpanded(true);
    static const QRegularExpression advanced(
        u"^(url|method|query|headers|filePart|fields|answerTimeout)\\b"_s);
    if (profile.url.trimmed().isEmpty() || advanced.match(problem).hasMatch() ||
        problem == m_parts->problem())
        m_advanced->setExpanded(true);
}

// A credential that is not set up yet is allowed (the sign-in notice asks for it), but said.
bool ProfileEditor::mayLackCredential(const Profile& edited)
{
    const QString id = edited.auth.credential;
    if (!edited.auth.needsSecret() || m_credentials->find(id))
        return true;
    QMessageBox question(QMessageBox::Warning, windowTitle(),
                         tr("The credential \"%1\" does not exist. Save anyway?").arg(id),
                         QMessageBox::NoButton, this);
    question.setInformativeText(
        tr("The profile cannot sign in until a credential of that name is added under Credentials."));
    QPushButton* save = question.addButton(tr("Save &Anyway"), QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == save;
}

bool ProfileEditor::hasChanges() const
{
    return !m_created.isEmpty() || ProfileCodec::write(edited()) != m_opened;
}

QString ProfileEditor::discardQuestion() const
{
    return tr("Discard changes to this profile?");
}

void ProfileEditor::done(int result)
{
    EditorDialog::done(result);
    if (result == QDialog::Rejected)
        removeUnusedCreated();
}

// What was created for a profile that is not saved goes again; a credential another profile refers to
// stays, and so does every credential that existed before.
void ProfileEditor::removeUnusedCreated()
{
    for (const QString& id : std::as_const(m_created)) {
        // The store outlives this dialog, so the index is cleaned up when the keychain answers; one that
        // refuses leaves the credential under Credentials, where it can be deleted.
        if (m_profiles->namesUsingCredential(id).isEmpty())
            m_credentials->remove(id, m_credentials, [](const CredentialError&) {});
    }
    m_created.clear();
}

void ProfileEditor::testUpload()
{
    const Profile profile = edited();
    if (const QString problem = problemWith(profile); !problem.isEmpty()) {
        showTestResult(false, problem);
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Uploading a test image…"));
    m_testResult->show();
    if (!profile.auth.needsSecret()) {
        m_probe->start(profile, {});
        return;
    }
    m_credentials->read(profile.auth.credential, this,
                        [this, profile](const CredentialError& error, const Secret& secret) {
                            if (error.isError())
                                showTestResult(false, error.message);
                            else
                                m_probe->start(profile, secret);
                        });
}

void ProfileEditor::showTestResult(bool succeeded, const QString& message)
{
    m_testButton->setEnabled(true);
    m_testResult->setText((succeeded ? u"✓ "_s : u"✗ "_s) + message);
    m_testResult->show();
}

QString ProfileEditor::profileName() const
{
    return m_name->text().trimmed();
}
