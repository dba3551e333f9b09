#pragma once

#include "app/library/LibraryClient.h"
#include "app/library/LibraryItem.h"
#include "app/transfers/Destination.h"

#include <QDialog>
#include <QHash>
#include <QStyle>

class AccessTokenCache;
class History;
class LibraryBrowser;
class LibraryDeletions;
class NetworkThread;
class NoticeBar;
class QLabel;
class QSplitter;
class QTimer;
class QToolBar;
class ResponseInspector;
class UploadQueue;

// The library of the profile chosen in the main window (View → Library…): looked through by search
// and folder, with thumbnails; an item replaced with a file (picked, or dropped on its row) through
// the main queue, deleted after asking (when something uses it: said, and Delete Anyway where the
// service can), its JSON in the inspector, its id or address copied, its address opened.
class LibraryWindow : public QDialog
{
    Q_OBJECT

public:
    LibraryWindow(NetworkThread* network, AccessTokenCache* tokens, UploadQueue* queue,
                  const History* history, const LibraryDeletions* deletions, const QString& settingsFile,
                  QWidget* parent = nullptr);

    LibraryBrowser* browser() const { return m_browser; }
    ResponseInspector* inspector() const { return m_inspector; }
    QString notice() const;
    QString report() const; // what the last action came to
    // Asks, then queues the file as a new version of the item in the main queue.
    void replace(const LibraryItem& item, const QString& path);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QToolBar* createToolbar();
    QAction* addItemAction(const QString& icon, QStyle::StandardPixmap fallback, const QString& text,
                           const QKeySequence& keys, void (LibraryWindow::*slot)());
    void followQueue();
    void showCurrent();
    void showAnswer();
    void replaceWithFile();
    void deleteCurrent();
    void remove(const LibraryItem& item, bool force);
    void removed(const LibraryItem& item);
    void removeFailed(const LibraryItem& item, const LibraryClient::Failure& failure);
    void copyId();
    void copyUrl();
    void openInBrowser();
    void updateActions();
    int dropRow(const QDropEvent* event, QString* path) const;
    QString maskedAddress(const QUrl& url) const;
    void restoreState();
    void saveState() const;

    UploadQueue* m_queue;
    const LibraryDeletions* m_deletions;
    QString m_settingsFile;
    LibraryClient* m_client; // deletions: not cancelled by a new search
    LibraryBrowser* m_browser;
    ResponseInspector* m_inspector;
    NoticeBar* m_notice;
    QLabel* m_report;
    QSplitter* m_splitter;
    QTimer* m_follow;
    Destination m_shown;
    bool m_showsAny = false;
    QHash<quint64, QString> m_replacing; // queue task → the name of the item it replaces
    QAction* m_replace = nullptr;
    QString m_replaceTip; // when the service can replace
    QAction* m_delete = nullptr;
    QAction* m_showAnswer = nullptr;
    QAction* m_copyId = nullptr;
    QAction* m_copyUrl = nullptr;
    QAction* m_open = nullptr;
};
