#pragma once

#include "app/transfers/Destination.h"

#include <QDialog>

class AccessTokenCache;
class LibraryBrowser;
class LibraryFolderModel;
class NetworkThread;
class QPushButton;
class QTreeView;

// Picks one item, or one folder, of a library for a file's values ("Replaces item", "Folder" in the
// item editor), so that nobody has to copy ids by hand.
class LibraryPicker : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Item,
        Folder,
    };

    LibraryPicker(Kind kind, const Destination& destination, NetworkThread* network, AccessTokenCache* tokens,
                  QWidget* parent = nullptr);

    QString pickedId() const;                              // empty: nothing is chosen
    LibraryBrowser* browser() const { return m_browser; }  // Kind::Item
    QTreeView* folderView() const { return m_folderView; } // Kind::Folder

private:
    void updateButtons();

    LibraryBrowser* m_browser = nullptr;
    LibraryFolderModel* m_folders = nullptr;
    QTreeView* m_folderView = nullptr;
    QPushButton* m_pick;
};
