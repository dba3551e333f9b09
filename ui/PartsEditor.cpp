#include "ui/PartsEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    NameColumn,
    ValueColumn,
    ItemColumn,
};
}

PartsEditor::PartsEditor(const Profile& profile, QWidget* parent)
    : QWidget(parent)
    , m_filePart(new QLineEdit(profile.filePart.name, this))
    , m_fields(new QTableWidget(0, 3, this))
    , m_original(profile.fields)
{
    m_filePart->setAccessibleName(tr("File part name"));
    m_filePart->setToolTip(
        tr("The form field the service reads the file from: \"file\", \"files\", \"f\" …"));
    m_fields->setHorizontalHeaderLabels({tr("Part"), tr("Value"), tr("Per-file value")});
    m_fields->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setAccessibleName(tr("Text parts"));
    m_fields->setToolTip(tr("Value may use {file.name}, {file.stem} and the profile's values; a per-file "
                            "value (name, description, folder …) replaces it when the file has one."));
    m_fields->setMinimumHeight(m_fields->verticalHeader()->defaultSectionSize() * 4);
    for (const Profile::TextPart& part : profile.fields)
        addRow(part);

    auto* add = new QPushButton(tr("Add Part"), this);
    auto* remove = new QPushButton(tr("Remove Part"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_fields->setCurrentCell(m_fields->rowCount() - 1, NameColumn);
        m_fields->editItem(m_fields->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_fields->removeRow(m_fields->currentRow()); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto* form = new QFormLayout;
    form->addRow(tr("File &part:"), m_filePart);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_fields);
    layout->addLayout(buttons);
}

void PartsEditor::addRow(const Profile::TextPart& part)
{
    const int row = m_fields->rowCount();
    m_fields->insertRow(row);
    m_fields->setItem(row, NameColumn, new QTableWidgetItem(part.name));
    m_fields->setItem(row, ValueColumn, new QTableWidgetItem(part.value));
    m_fields->setItem(row, ItemColumn, new QTableWidgetItem(part.itemKey));
}

void PartsEditor::applyTo(Profile& profile) const
{
    profile.filePart.name = m_filePart->text().trimmed();
    profile.fields.clear();
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem* item = m_fields->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        Profile::TextPart part{text(NameColumn), text(ValueColumn), text(ItemColumn), false};
        if (part.name.isEmpty())
            continue;
        for (const Profile::TextPart& original : m_original) {
            if (original.name == part.name)
                part.sendWhenEmpty = original.sendWhenEmpty;
        }
        profile.fields.append(part);
    }
}

QString PartsEditor::problem() const
{
    if (m_filePart->text().trimmed().isEmpty())
        return tr("Enter the name of the file part.");
    return QString();
}
