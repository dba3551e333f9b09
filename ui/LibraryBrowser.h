#pragma once

#include "app/library/LibraryItem.h"
#include "app/transfers/Destination.h"

#include <QWidget>

class AccessTokenCache;
class QAction;
class History;
class LibraryDeletions;
class LibraryFolderModel;
class LibraryModel;
class NetworkThread;
class QLabel;
class QLineEdit;
class SearchField;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QTreeView;

// A library to look through: a search the server answers (sent when the typing pauses; a new one
// cancels the last), the folders where the service has them, the items a page at a time with their
// thumbnails, what an empty or failed list means, and how many items there are.
class LibraryBrowser : public QWidget
{
    Q_OBJECT

public:
    LibraryBrowser(NetworkThread* network, AccessTokenCache* tokens, const History* history,
                   const LibraryDeletions* deletions, QWidget* parent = nullptr);

    // Shows this library from its start, search and folder cleared. A profile that signs in waits
    // for its secret: nothing is asked for before it has come from the keychain.
    void setDestination(const Destination& destination);
    // The same search and folder, read again.
    void refresh();

    LibraryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTreeView* folderView() const { return m_folderView; }
    SearchField* searchField() const { return m_search; }
    QAction* refreshAction() const { return m_refresh; } // F5 anywhere in the window
    const LibraryItem* currentItem() const;              // nullptr: no row is current
    QString emptyText() const;                           // what the empty table says; empty while rows show
    QString statusText() const;                          // the line below: how many, or why none

    void saveLayout(QSettings& settings) const;
    void restoreLayout(const QSettings& settings);

signals:
    void currentItemChanged();
    void itemActivated(); // Enter or a double click

private:
    void setUpTable();
    void query();
    QString currentFolder() const;
    void updateState();
    QString stateText() const;

    LibraryModel* m_model;
    LibraryFolderModel* m_folders;
    SearchField* m_search;
    QAction* m_refresh;
    QTreeView* m_folderView;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_status;
    QSplitter* m_splitter;
    QString m_waitingFor; // the credential whose secret has not come yet; empty: none awaited
};
