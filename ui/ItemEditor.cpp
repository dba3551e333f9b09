#include "ui/ItemEditor.h"

#include "app/transfers/UploadQueue.h"
#include "app/transfers/UploadTask.h"
#include "ui/LibraryPicker.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMimeDatabase>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString metadataKey = u"metadata"_s;
const QString metadataPrefix = u"metadata."_s;

QString labelFor(const QString& key)
{
    if (key == u"name"_s)
        return ItemEditor::tr("&Name:");
    if (key == u"description"_s)
        return ItemEditor::tr("&Description:");
    if (key == u"folder"_s)
        return ItemEditor::tr("&Folder:");
    if (key == u"tags"_s)
        return ItemEditor::tr("&Tags:");
    if (key == u"replace"_s)
        return ItemEditor::tr("&Replaces item:");
    if (key == u"documentType"_s)
        return ItemEditor::tr("Document &type:");
    if (key == metadataKey)
        return ItemEditor::tr("&Metadata:");
    if (key == UploadItem::contentTypeKey())
        return ItemEditor::tr("File t&ype:");
    return key + u':';
}
} // namespace

ItemEditor::ItemEditor(UploadQueue* queue, NetworkThread* network, AccessTokenCache* tokens, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_network(network)
    , m_tokens(tokens)
    , m_form(new QFormLayout)
    , m_note(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_applyToSelected(new QPushButton(this))
{
    m_note->setWordWrap(true);
    m_apply->setToolTip(tr("Use exactly these values for the current file"));
    m_applyToSelected->setToolTip(
        tr("Set the filled-in values on every selected file; empty fields keep each "
           "file's own value"));
    connect(m_apply, &QPushButton::clicked, this, &ItemEditor::apply);
    connect(m_applyToSelected, &QPushButton::clicked, this, &ItemEditor::applyToSelected);
    // The file shown fails or starts going: what may be edited changes under the user's eyes. (Only
    // the current one: a selection of thousands is not searched on every change of a run.)
    connect(m_queue, &UploadQueue::taskChanged, this, [this](UploadTask* task) {
        if (task == m_current)
            showLocks();
    });
    // Connected before the window shows another file: what was typed for a file on its way out of
    // the queue has nowhere to go, and must not put it in line while it is being removed.
    connect(m_queue, &UploadQueue::taskAboutToBeRemoved, this, [this](UploadTask* task) {
        if (task == m_current) {
            for (QLineEdit* edit : std::as_const(m_fields))
                edit->setModified(false);
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_applyToSelected);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    layout->addStretch(1);
    showTasks(nullptr, {});
}

void ItemEditor::setProfile(const Profile& profile)
{
    applyPending();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_pickers.clear();
    QStringList keys;
    for (const Profile::TextPart& part : profile.fields) {
        if (!part.itemKey.isEmpty() && !keys.contains(part.itemKey))
            keys.append(part.itemKey);
    }
    if (profile.supportsFolder() && !keys.contains(u"folder"_s))
        keys.append(u"folder"_s);
    if (profile.canReplace())
        keys.append(u"replace"_s);
    const bool takesMetadata =
        std::any_of(profile.followUps.cbegin(), profile.followUps.cend(),
                    [](const Profile::FollowUp& step) { return step.forEach == metadataKey; });
    if (takesMetadata)
        keys.append(metadataKey);
    if (profile.filePart.contentType.isEmpty()) // else the profile sends every file as one type
        keys.append(UploadItem::contentTypeKey());
    QWidget* previous = nullptr;
    for (const QString& key : std::as_const(keys)) {
        auto* edit = new QLineEdit(this);
        connect(edit, &QLineEdit::returnPressed, this, &ItemEditor::applyTyped);
        edit->setAccessibleName(labelFor(key).remove(u'&').chopped(1));
        if (key == u"replace"_s)
            edit->setPlaceholderText(tr("the id of the item this file replaces; empty: a new item"));
        else if (key == metadataKey)
            edit->setPlaceholderText(tr("type id=value; type id=value"));
        else if (key == UploadItem::contentTypeKey())
            setUpTypeField(edit);
        edit->setProperty("ownPlaceholder", edit->placeholderText());
        const bool pickable = key == u"replace"_s || key == u"folder"_s;
        m_form->addRow(labelFor(key),
                       pickable ? fieldWithPicker(key, edit,
                                                  key == u"replace"_s ? profile.library.canList()
                                                                      : profile.library.hasFolders())
                                : edit);
        m_fields.insert(key, edit);
        // Fields come and go with the profile: keep Tab going down the form and on to the buttons.
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        if (QPushButton* picker = m_pickers.value(key)) {
            setTabOrder(edit, picker);
            previous = picker;
        }
    }
    if (previous) {
        setTabOrder(previous, m_applyToSelected);
        setTabOrder(m_applyToSelected, m_apply);
    }
    showTasks(m_current, {m_selected.cbegin(), m_selected.cend()});
}

// Empty: the type Hoist found in the file (the Type column); typed: sent as the file part's type.
void ItemEditor::setUpTypeField(QLineEdit* edit)
{
    edit->setPlaceholderText(tr("as found in the file"));
    edit->setToolTip(tr("The file's type as the server is told it, such as image/png; empty: the type "
                        "found in the file"));
    QStringList names;
    for (const QMimeType& type : QMimeDatabase().allMimeTypes())
        names.append(type.name());
    names.sort();
    auto* completer = new QCompleter(names, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

void ItemEditor::focusFirstField()
{
    if (m_form->rowCount() > 0)
        m_form->itemAt(0, QFormLayout::FieldRole)->widget()->setFocus();
}

bool ItemEditor::editable(const UploadTask* task)
{
    return task && UploadQueue::takesMetadata(task->state());
}

void ItemEditor::showTasks(UploadTask* current, const QList<UploadTask*>& selected)
{
    applyPending();
    m_current = current;
    m_selected = {selected.cbegin(), selected.cend()};
    QList<const UploadTask*> shown{current};
    if (isBulkEdit()) {
        shown.clear();
        for (const QPointer<UploadTask>& task : std::as_const(m_selected)) {
            if (editable(task))
                shown.append(task);
        }
    }
    const auto valueOf = [](const UploadTask* task, const QString& key) {
        const QMap<QString, QString> metadata = task ? task->item().metadata : QMap<QString, QString>();
        return key == metadataKey ? metadataText(metadata) : metadata.value(key);
    };
    // A value the files do not share stays empty: Apply to Selected leaves it as each file has it.
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString first = valueOf(shown.first(), it.key());
        const bool shared = std::all_of(shown.cbegin(), shown.cend(), [&](const UploadTask* task) {
            return valueOf(task, it.key()) == first;
        });
        it.value()->setText(shared ? first : QString());
        it.value()->setPlaceholderText(shared ? it.value()->property("ownPlaceholder").toString()
                                              : tr("(different values)"));
    }
    showLocks();
}

void ItemEditor::showLocks()
{
    const bool current = editable(m_current);
    const int editableCount =
        int(std::count_if(m_selected.cbegin(), m_selected.cend(),
                          [](const QPointer<UploadTask>& task) { return editable(task); }));
    m_apply->setEnabled(current);
    m_apply->setVisible(editableCount <= 1);
    m_applyToSelected->setText(tr("Apply to %n Selected", nullptr, editableCount));
    m_applyToSelected->setVisible(editableCount > 1);
    for (QLineEdit* edit : std::as_const(m_fields))
        edit->setEnabled(current || editableCount > 1);
    for (QPushButton* picker : std::as_const(m_pickers))
        picker->setEnabled(picker->property("canPick").toBool() && (current || editableCount > 1));
    if (m_fields.isEmpty())
        m_note->setText(tr("This profile takes no values per file."));
    else if (!m_current)
        m_note->setText(tr("Select a file to set its values."));
    else if (editableCount > 1)
        m_note->setText(tr("What you type goes to the %n selected file(s) that can still take values; empty "
                           "fields keep each file's own.",
                           nullptr, editableCount));
    else if (!current)
        m_note->setText(tr("This file has been sent; its values can no longer change."));
    else if (m_current->state() == UploadTask::State::Failed ||
             m_current->state() == UploadTask::State::Cancelled)
        m_note->setText(tr("Correct the values, then press Retry (%1) to send the file again with them.")
                            .arg(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)));
    else
        m_note->setText(tr("Values are checked again at once; problems show in the file's row."));
}

// The field and, after it, Pick…: enabled where the service lists what the field names.
QWidget* ItemEditor::fieldWithPicker(const QString& key, QLineEdit* edit, bool canPick)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    layout->addWidget(edit, 1);
    row->setFocusProxy(edit);
    auto* picker = new QPushButton(tr("Pick…"), row);
    picker->setProperty("canPick", canPick);
    const bool replace = key == u"replace"_s;
    picker->setAccessibleName(replace ? tr("Pick the item to replace") : tr("Pick the folder"));
    picker->setToolTip(canPick ? (replace ? tr("Choose the item this file replaces from the library")
                                          : tr("Choose the folder from the library's folders"))
                               : (replace ? tr("This profile has no way to list its library")
                                          : tr("This profile has no way to list its folders")));
    connect(picker, &QPushButton::clicked, this, [this, key] { pick(key); });
    layout->addWidget(picker);
    m_pickers.insert(key, picker);
    return row;
}

// The library of the destination the current file was queued for; the id lands in the field, for
// Apply like a typed one.
void ItemEditor::pick(const QString& key)
{
    const Destination* destination =
        m_queue->destination(m_current ? m_current->destination() : m_queue->profile().name);
    QLineEdit* edit = m_fields.value(key);
    if (!destination || !edit)
        return;
    LibraryPicker picker(key == u"replace"_s ? LibraryPicker::Kind::Item : LibraryPicker::Kind::Folder,
                         *destination, m_network, m_tokens, this);
    if (picker.exec() != QDialog::Accepted || picker.pickedId().isEmpty())
        return;
    edit->setText(picker.pickedId());
    edit->setModified(true);
    edit->setFocus(Qt::OtherFocusReason);
}

// The item's metadata with this form's values: every field, or (for a bulk edit) the filled ones.
QMap<QString, QString> ItemEditor::edited(const QMap<QString, QString>& metadata, bool keepEmpty) const
{
    QMap<QString, QString> result = metadata;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString value = it.value()->text().trimmed();
        if (value.isEmpty() && !keepEmpty)
            continue;
        if (it.key() == metadataKey) {
            result.removeIf([](const auto& entry) { return entry.key().startsWith(metadataPrefix); });
            result.insert(metadataFromText(value));
        } else if (value.isEmpty()) {
            result.remove(it.key());
        } else {
            result.insert(it.key(), value);
        }
    }
    return result;
}

void ItemEditor::apply()
{
    if (!editable(m_current))
        return;
    for (QLineEdit* edit : std::as_const(m_fields))
        edit->setModified(false);
    m_queue->setMetadata(m_current->id(), edited(m_current->item().metadata, true));
}

// Only what was typed counts as an edit: a form merely shown changes nothing when left.
void ItemEditor::applyPending()
{
    const bool typed = std::any_of(m_fields.cbegin(), m_fields.cend(),
                                   [](const QLineEdit* edit) { return edit->isModified(); });
    if (typed)
        applyTyped();
}

void ItemEditor::applyTyped()
{
    if (isBulkEdit())
        applyToSelected();
    else
        apply();
}

bool ItemEditor::isBulkEdit() const
{
    return std::count_if(m_selected.cbegin(), m_selected.cend(),
                         [](const QPointer<UploadTask>& task) { return editable(task); }) > 1;
}

void ItemEditor::applyToSelected()
{
    // Applied as a bulk edit: leaving must not apply the form again, empty fields and all, to one.
    for (QLineEdit* edit : std::as_const(m_fields))
        edit->setModified(false);
    for (const QPointer<UploadTask>& task : std::as_const(m_selected)) {
        if (editable(task))
            m_queue->setMetadata(task->id(), edited(task->item().metadata, false));
    }
}

QString ItemEditor::metadataText(const QMap<QString, QString>& metadata)
{
    QStringList entries;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (it.key().startsWith(metadataPrefix))
            entries.append(it.key().mid(metadataPrefix.size()) + u'=' + it.value());
    }
    return entries.join(u"; "_s);
}

QMap<QString, QString> ItemEditor::metadataFromText(const QString& text)
{
    QMap<QString, QString> metadata;
    for (const QString& entry : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype at = entry.indexOf(u'=');
        if (at > 0)
            metadata.insert(metadataPrefix + entry.left(at).trimmed(), entry.mid(at + 1).trimmed());
    }
    return metadata;
}
