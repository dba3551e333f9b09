#pragma once

#include "app/responses/FieldExtraction.h"
#include "app/responses/ResponseRecord.h"

#include <QWidget>

class JsonTreeModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableWidget;
class QTabWidget;
class QTreeView;
class UploadTask;

// What the server answered for one item: the plain-words explanation on top, the status line and
// timings, the values taken from it, the JSON body as a searchable tree, the raw body and the headers
// (secrets masked).
class ResponseInspector : public QWidget
{
    Q_OBJECT

public:
    // One answer and what came of it, from the queue or from the history.
    struct Answer
    {
        ResponseRecord response;        // without an HTTP answer only the explanation and noAnswer show
        QString address;                // where the request went, secrets masked
        QString explanation;            // what came of it, in plain words
        FieldExtraction::Fields fields; // the values taken from the answer (id, URL …)
        QString noAnswer;               // what to say when there is no answer
        QString subject; // whose answer it is: another one clears the search (empty: none in particular)
    };

    explicit ResponseInspector(QWidget* parent = nullptr);

    void showAnswer(const Answer& answer);
    void showTask(const UploadTask* task); // nullptr: nothing selected
    JsonTreeModel* treeModel() const { return m_model; }
    QString explanation() const;
    QString summary() const;
    QString rawText() const;

private:
    void copyValue();
    void copyPointer();
    void search(const QString& text);

    QLabel* m_explanation;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QLineEdit* m_search;
    QTreeView* m_tree;
    JsonTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QPlainTextEdit* m_raw;
    QTableWidget* m_headers;
    QWidget* m_treePage;
    QString m_subject;
};
