#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QueueFilterModel;
class QTableView;
class QueueModel;
class ThumbnailCache;
class UploadQueue;
class UploadTask;

// The queue as a table: sortable, filterable, with actions on the selected rows (retry, cancel,
// remove, inspect, copy the result's URL, show the file in the file manager).
class QueueView : public QWidget
{
    Q_OBJECT

public:
    QueueView(UploadQueue* queue, QueueModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* filter() const { return m_filter; }
    QList<QAction*> rowActions() const { return m_rowActions; }
    UploadTask* currentTask() const;
    QList<UploadTask*> selectedTasks() const;
    void selectFirstRowIfNone();
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void currentTaskChanged(UploadTask* task);
    void selectionChanged();
    void inspectRequested();
    void editValuesRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumnWidths();
    QAction* addRowAction(const QString& text, const QKeySequence& shortcut, void (QueueView::*slot)());
    void startSelectedFirst();
    void retrySelected();
    void uploadSelectedAnyway(bool replaceEarlier);
    void cancelSelected();
    void removeSelected();
    void copyUrl();
    void showInFileManager();
    void openResult(const QModelIndex& index);
    void updateActions();
    void updateNoMatches();
    void placeNoMatches();

    UploadQueue* m_queue;
    QueueModel* m_model;
    QLineEdit* m_filter;
    ThumbnailCache* m_thumbnails;
    QueueFilterModel* m_proxy;
    QTableView* m_table;
    QWidget* m_noMatches; // in the table's empty area when the filter hides every row
    QLabel* m_noMatchesText;
    QList<QAction*> m_rowActions;
    QAction* m_startFirst = nullptr;
    QAction* m_retry = nullptr;
    QAction* m_uploadAnyway = nullptr;
    QAction* m_replaceEarlier = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_copyUrl = nullptr;
    QAction* m_showFile = nullptr;
};
