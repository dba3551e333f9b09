#include "ui/LibraryPicker.h"

#include "ui/LibraryBrowser.h"
#include "ui/LibraryFolderModel.h"
#include "ui/LibraryModel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LibraryPicker::LibraryPicker(Kind kind, const Destination& destination, NetworkThread* network,
                             AccessTokenCache* tokens, QWidget* parent)
    : QDialog(parent)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_pick = buttons->addButton(tr("&Pick"), QDialogButtonBox::AcceptRole);
    m_pick->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    if (kind == Kind::Item) {
        setWindowTitle(tr("Pick the Item to Replace"));
        m_browser = new LibraryBrowser(network, tokens, nullptr, nullptr, this);
        m_browser->setDestination(destination);
        layout->addWidget(m_browser, 1);
        connect(m_browser, &LibraryBrowser::currentItemChanged, this, &LibraryPicker::updateButtons);
        connect(m_browser, &LibraryBrowser::itemActivated, this, &QDialog::accept);
        resize(760, 480);
    } else {
        setWindowTitle(tr("Pick a Folder"));
        m_folders = new LibraryFolderModel(network, tokens, false, this);
        m_folderView = new QTreeView(this);
        m_folderView->setObjectName(u"pickerFolders"_s);
        m_folderView->setModel(m_folders);
        m_folderView->setHeaderHidden(true);
        m_folderView->setAccessibleName(tr("Folders"));
        m_folders->setDestination(destination);
        layout->addWidget(m_folderView, 1);
        connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &LibraryPicker::updateButtons);
        connect(m_folderView, &QTreeView::activated, this, [this] {
            if (!pickedId().isEmpty())
                accept();
        });
        resize(360, 420);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setSizeGripEnabled(true);
    updateButtons();
}

QString LibraryPicker::pickedId() const
{
    if (m_browser) {
        const LibraryItem* item = m_browser->currentItem();
        return item ? item->id : QString();
    }
    return m_folderView->currentIndex().data(LibraryFolderModel::IdRole).toString();
}

void LibraryPicker::updateButtons()
{
    m_pick->setEnabled(!pickedId().isEmpty());
}
