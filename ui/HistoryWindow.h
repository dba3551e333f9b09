#pragma once

#include "app/storage/History.h"
#include "app/storage/HistoryRecord.h"

#include <QDialog>
#include <QList>
#include <QModelIndexList>

class HistoryModel;
class QAction;
class QComboBox;
class QIcon;
class QLabel;
class QLineEdit;
class SearchField;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class ResponseInspector;

// Every upload attempt so far, newest first: found by name (searched in the database), profile,
// status and age; the stored answer of the current one below; its URLs copied, its files queued
// again, the rows exported as CSV.
class HistoryWindow : public QDialog
{
    Q_OBJECT

public:
    static constexpr int DefaultLimit = 1000;

    HistoryWindow(const History* history, const QString& settingsFile, QWidget* parent = nullptr);

    // Only the newest this many records that match are read, from the next refresh on.
    void setLimit(int limit) { m_limit = limit; }
    // Reads the history again with the filters as they are; the selection stays where it can.
    void refresh();

    HistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ResponseInspector* inspector() const { return m_inspector; }
    QString emptyText() const;                    // what an empty table says; empty while rows are shown
    QString statusText() const;                   // the line below the table: how many, or why none
    QList<HistoryRecord> selectedRecords() const; // in the table's order

signals:
    void uploadAgainRequested(const QList<HistoryRecord>& records);
    // Keep History…: how long records are kept is one of the Preferences, which the main window owns.
    void preferencesRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void setUpFilters();
    void setUpTable();
    QToolBar* createToolbar();
    QAction* addRowAction(const QIcon& icon, const QString& text, const QKeySequence& keys,
                          void (HistoryWindow::*slot)());
    History::Query query() const;
    bool filtersHideRows() const;
    void reloadProfiles();
    void showCurrent();
    void showAnswer();
    void copyUrls();
    void uploadAgain();
    void exportCsv();
    void updateActions();
    QList<HistoryRecord> recordsIn(const QModelIndexList& rows) const;
    void restoreState();
    void saveState() const;

    const History* m_history;
    QString m_settingsFile;
    int m_limit = DefaultLimit;
    SearchField* m_search;
    QComboBox* m_profileFilter;
    QComboBox* m_stateFilter;
    QComboBox* m_sinceFilter;
    HistoryModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_statusLine;
    ResponseInspector* m_inspector;
    QSplitter* m_splitter;
    QAction* m_showAnswer = nullptr;
    QAction* m_copyUrls = nullptr;
    QAction* m_uploadAgain = nullptr;
};
