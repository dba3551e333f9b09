#include "ui/ResponseInspector.h"

#include "app/auth/SecretNames.h"
#include "app/requests/RequestPlan.h"
#include "app/responses/JsonTreeModel.h"
#include "app/transfers/UploadTask.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QToolButton* toolButton(const QString& text, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setAutoRaise(true);
    return button;
}
} // namespace

ResponseInspector::ResponseInspector(QWidget* parent)
    : QWidget(parent)
    , m_explanation(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new JsonTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_raw(new QPlainTextEdit(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_treePage(new QWidget(this))
{
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAccessibleName(tr("Explanation"));
    QFont bold = m_explanation->font();
    bold.setBold(true);
    m_explanation->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Status and timings"));

    m_search->setPlaceholderText(tr("Search keys and values…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the answer"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_tree->setModel(m_proxy);
    m_tree->setObjectName(u"answerTree"_s);
    m_tree->setAccessibleName(tr("Answer as a tree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 220);
    m_tree->header()->resizeSection(JsonTreeModel::ValueColumn, 480);
    // In a small window the queue above keeps its rows: these views scroll rather than claim height.
    for (QWidget* view : std::initializer_list<QWidget*>{m_tree, m_raw, m_headers})
        view->setMinimumHeight(3 * fontMetrics().height());
    auto* copyValue = new QAction(tr("Copy &Value"), m_tree);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, &ResponseInspector::copyValue);
    auto* copyPointer = new QAction(tr("Copy JSON &Pointer"), m_tree);
    copyPointer->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    copyPointer->setShortcutContext(Qt::WidgetShortcut);
    connect(copyPointer, &QAction::triggered, this, &ResponseInspector::copyPointer);
    m_tree->addActions({copyValue, copyPointer});
    connect(m_search, &QLineEdit::textChanged, this, &ResponseInspector::search);

    auto* expand = toolButton(tr("Expand All"), m_treePage);
    auto* collapse = toolButton(tr("Collapse All"), m_treePage);
    connect(expand, &QToolButton::clicked, m_tree, &QTreeView::expandAll);
    connect(collapse, &QToolButton::clicked, m_tree, &QTreeView::collapseAll);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(expand);
    searchRow->addWidget(collapse);
    auto* treeLayout = new QVBoxLayout(m_treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(searchRow);
    treeLayout->addWidget(m_tree, 1);

    m_raw->setObjectName(u"answerRaw"_s);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Answer as text"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setAccessibleName(tr("Answer headers"));

    m_tabs->addTab(m_treePage, tr("&Tree"));
    m_tabs->addTab(m_raw, tr("R&aw"));
    m_tabs->addTab(m_headers, tr("&Headers"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_explanation);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    showTask(nullptr);
}

QString ResponseInspector::explanation() const
{
    return m_explanation->text();
}

QString ResponseInspector::summary() const
{
    return m_summary->text();
}

QString ResponseInspector::rawText() const
{
    return m_raw->toPlainText();
}

void ResponseInspector::showTask(const UploadTask* task)
{
    Answer answer;
    answer.noAnswer = tr("Select a file to see what the server answered.");
    if (task) {
        answer.response = task->response();
        answer.address = RequestPlan::maskUrl(answer.response.url, task->plan().secretQueryKeys);
        answer.explanation = task->message();
        answer.fields = task->fields();
        answer.subject = u"task:"_s + QString::number(task->id());
        answer.noAnswer =
            task->state() == UploadTask::State::Blocked
                ? tr("Nothing was sent for this file; the Request tab shows what would be sent.")
                : tr("No answer yet.");
    }
    showAnswer(answer);
}

void ResponseInspector::showAnswer(const Answer& answer)
{
    // A search for something in one file's answer would show the next file's tree as empty.
    if (answer.subject != m_subject) {
        m_subject = answer.subject;
        m_search->clear();
    }
    m_explanation->setText(answer.explanation);
    m_explanation->setVisible(!answer.explanation.isEmpty());
    const ResponseRecord& response = answer.response;
    if (!response.hasAnswer()) {
        m_summary->setText(answer.noAnswer);
        m_tabs->setTabEnabled(0, true); // a text answer shown before disabled it
        m_model->setDocument(QJsonDocument());
        m_raw->clear();
        m_headers->setRowCount(0);
        return;
    }
    // The history keeps no timings for an answer whose attempt did not measure them.
    QString summary = response.msTotal < 0 ? tr("HTTP %1 from %2").arg(response.statusLine(), answer.address)
                                           : tr("HTTP %1 from %2 — first byte after %3 ms, %4 ms in all")
                                                 .arg(response.statusLine(), answer.address)
                                                 .arg(response.msToFirstByte)
                                                 .arg(response.msTotal);
    if (!answer.fields.isEmpty()) {
        QStringList values;
        for (const auto& [name, value] : answer.fields)
            values.append(tr("%1: %2").arg(name, value));
        summary += u"\n"_s + tr("Taken from the answer: %1").arg(values.join(u", "_s));
    }
    if (response.bodyTruncated)
        summary += u"\n"_s + tr("The answer was %n byte(s); only the first part is kept and shown.", nullptr,
                                int(qMin<qint64>(response.bodyTotalBytes, INT_MAX)));
    const QJsonDocument json = response.json();
    if (json.isNull() && !response.body.isEmpty())
        summary += u"\n"_s + tr("The answer is not JSON (%1); it is shown as text.")
                                 .arg(QString::fromLatin1(response.header("Content-Type")));
    else if (response.body.isEmpty())
        summary += u"\n"_s + tr("The answer has no body.");
    m_summary->setText(summary);

    m_model->setDocument(json);
    m_tree->expandToDepth(1);
    const QString raw = json.isNull() ? QString::fromUtf8(response.body)
                                      : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    if (m_raw->toPlainText() != raw)
        m_raw->setPlainText(raw);
    m_tabs->setTabEnabled(0, !json.isNull());
    if (json.isNull())
        m_tabs->setCurrentWidget(m_raw);

    m_headers->setRowCount(int(response.headers.size()));
    for (int row = 0; row < int(response.headers.size()); ++row) {
        const auto& [name, value] = response.headers.at(row);
        const QString headerName = QString::fromLatin1(name);
        m_headers->setItem(row, 0, new QTableWidgetItem(headerName));
        m_headers->setItem(row, 1,
                           new QTableWidgetItem(SecretNames::looksSecret(headerName)
                                                    ? RequestPlan::mask()
                                                    : QString::fromUtf8(value)));
    }
}

void ResponseInspector::copyValue()
{
    QGuiApplication::clipboard()->setText(m_model->valueText(m_proxy->mapToSource(m_tree->currentIndex())));
}

void ResponseInspector::copyPointer()
{
    QGuiApplication::clipboard()->setText(m_model->pointer(m_proxy->mapToSource(m_tree->currentIndex())));
}

void ResponseInspector::search(const QString& text)
{
    m_proxy->setFilterFixedString(text);
    if (!text.isEmpty())
        m_tree->expandAll();
}
