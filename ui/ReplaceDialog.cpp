#include "ui/ReplaceDialog.h"

#include "app/requests/TemplateExpander.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const Profile::TextPart* fieldReading(const Profile& profile, const QString& key)
{
    const auto found = std::find_if(profile.fields.cbegin(), profile.fields.cend(),
                                    [&](const Profile::TextPart& field) { return field.itemKey == key; });
    return found == profile.fields.cend() ? nullptr : &*found;
}
} // namespace

ReplaceDialog::ReplaceDialog(const LibraryItem& item, const QString& path, const Destination& destination,
                             QWidget* parent)
    : QDialog(parent)
    , m_item(item)
    , m_replace(destination.profile.forOperation(Profile::Operation::Replace))
    , m_values(destination.profile.variables)
{
    m_values.insert(destination.variables);
    setWindowTitle(tr("Replace Item"));
    const QFileInfo file(path);
    auto* question =
        new QLabel(tr("Replace \"%1\" (id %2) with the file \"%3\" (%4)?")
                       .arg(item.name, item.id, file.fileName(), QLocale().formattedDataSize(file.size())),
                   this);
    question->setObjectName(u"replaceQuestion"_s);
    question->setWordWrap(true);
    question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* note = new QLabel(
        tr("The file joins the queue of the main window as a new version of this item, and goes when the "
           "queue runs."),
        this);
    note->setWordWrap(true);
    m_keepsName = fieldReading(m_replace, u"name"_s) && !item.name.isEmpty();
    m_updateInLayouts =
        choice(UpdateInLayouts, tr("&Update in layouts"),
               tr("Put the new file in every layout, playlist and background that used the old one"));
    m_deleteOldRevisions = choice(DeleteOldRevisions, tr("&Delete old revisions"),
                                  tr("Remove the old file and its earlier revisions from the library; only "
                                     "together with updating the layouts"));
    if (m_updateInLayouts && m_deleteOldRevisions) {
        const auto follow = [this](bool update) {
            m_deleteOldRevisions->setEnabled(update);
            if (!update)
                m_deleteOldRevisions->setChecked(false);
        };
        connect(m_updateInLayouts, &QCheckBox::toggled, this, follow);
        follow(m_updateInLayouts->isChecked());
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* replace = buttons->addButton(tr("&Replace"), QDialogButtonBox::AcceptRole);
    replace->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    for (QCheckBox* box : {m_updateInLayouts, m_deleteOldRevisions}) {
        if (box)
            layout->addWidget(box);
    }
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

// A box for a choice the replace sends, set as the profile sets it; nullptr when it sends none.
QCheckBox* ReplaceDialog::choice(const QString& key, const QString& text, const QString& tip)
{
    const Profile::TextPart* field = fieldReading(m_replace, key);
    if (!field)
        return nullptr;
    auto* box = new QCheckBox(text, this);
    box->setToolTip(tip);
    box->setChecked(TemplateExpander(m_values).expand(field->value) == u"1"_s);
    return box;
}

QMap<QString, QString> ReplaceDialog::metadata() const
{
    QMap<QString, QString> values{{u"replace"_s, m_item.id}};
    if (m_keepsName)
        values.insert(u"name"_s, m_item.name);
    if (m_updateInLayouts)
        values.insert(UpdateInLayouts, m_updateInLayouts->isChecked() ? u"1"_s : u"0"_s);
    if (m_deleteOldRevisions)
        values.insert(DeleteOldRevisions, m_deleteOldRevisions->isChecked() ? u"1"_s : u"0"_s);
    return values;
}
