#include "app/responses/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray xiboAnswer = R"({"files":[{"name":"hbm.png","size":0,"error":"File is too small"}]})";

QJsonDocument parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document;
}

QString text(const QAbstractItemModel& model, const QModelIndex& parent, int row, int column)
{
    return model.index(row, column, parent).data().toString();
}

// The row under parent whose Key column reads key, or an invalid index.
QModelIndex child(const QAbstractItemModel& model, const QModelIndex& parent, const QString& key)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        if (text(model, parent, row, JsonTreeModel::KeyColumn) == key)
            return model.index(row, JsonTreeModel::KeyColumn, parent);
    }
    return QModelIndex();
}
} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void xiboAnswerTree();
    void scalarsAndSummaries();
    void escapedKeys();
    void emptyDocuments();
    void largeArrayIsLazy();
    void recursiveFilterFindsNestedValue();
    void setDocumentTwice();
    void headers();
};

void TestJsonTreeModel::xiboAnswerTree()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parse(xiboAnswer));

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(text(model, {}, 0, JsonTreeModel::KeyColumn), u"files"_s);
    QCOMPARE(text(model, {}, 0, JsonTreeModel::ValueColumn), u"[1 item(s)]"_s);
    QCOMPARE(text(model, {}, 0, JsonTreeModel::TypeColumn), u"array"_s);

    const QModelIndex files = model.index(0, 0);
    QCOMPARE(model.rowCount(files), 1);
    QCOMPARE(model.rowCount(model.index(0, JsonTreeModel::ValueColumn)), 0);
    QCOMPARE(text(model, files, 0, JsonTreeModel::KeyColumn), u"[0]"_s);
    QCOMPARE(text(model, files, 0, JsonTreeModel::ValueColumn), u"{3 key(s)}"_s);
    QCOMPARE(text(model, files, 0, JsonTreeModel::TypeColumn), u"object"_s);

    const QModelIndex file = model.index(0, 0, files);
    QCOMPARE(model.parent(file), files);
    QCOMPARE(model.rowCount(file), 3);
    const QModelIndex error = child(model, file, u"error"_s);
    QVERIFY(error.isValid());
    QCOMPARE(model.parent(error), file);
    QCOMPARE(error.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"File is too small"_s);
    QCOMPARE(error.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), u"string"_s);
    QCOMPARE(model.pointer(error), u"/files/0/error"_s);
    QCOMPARE(error.data(Qt::ToolTipRole).toString(), u"/files/0/error"_s);
    QCOMPARE(error.siblingAtColumn(JsonTreeModel::TypeColumn).data(JsonTreeModel::PointerRole).toString(),
             u"/files/0/error"_s);
    QCOMPARE(model.valueText(error), u"File is too small"_s);

    const QModelIndex size = child(model, file, u"size"_s);
    QCOMPARE(size.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"0"_s);
    QCOMPARE(size.siblingAtColumn(JsonTreeModel::TypeColumn).data().toString(), u"number"_s);
    QCOMPARE(model.valueText(file),
             QString::fromUtf8(R"({"error":"File is too small","name":"hbm.png","size":0})"));
    QCOMPARE(model.pointer(files), u"/files"_s);
}

void TestJsonTreeModel::scalarsAndSummaries()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parse(R"([true, false, null, 1.5, -7, 1e20, "", {}, []])"));

    const QStringList values = {u"true"_s,  u"false"_s, u"null"_s,       u"1.5"_s,        u"-7"_s,
                                u"1e+20"_s, QString(),  u"{0 key(s)}"_s, u"[0 item(s)]"_s};
    const QStringList types = {u"bool"_s,   u"bool"_s,   u"null"_s,   u"number"_s, u"number"_s,
                               u"number"_s, u"string"_s, u"object"_s, u"array"_s};
    QCOMPARE(model.rowCount(), values.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(text(model, {}, row, JsonTreeModel::KeyColumn), u"[%1]"_s.arg(row));
        QCOMPARE(text(model, {}, row, JsonTreeModel::ValueColumn), values.at(row));
        QCOMPARE(text(model, {}, row, JsonTreeModel::TypeColumn), types.at(row));
        QCOMPARE(model.pointer(model.index(row, 0)), u"/%1"_s.arg(row));
    }
    QCOMPARE(model.valueText(model.index(2, 0)), u"null"_s);
    QCOMPARE(model.valueText(model.index(7, 0)), u"{}"_s);
    QCOMPARE(model.valueText(model.index(8, 0)), u"[]"_s);
}

void TestJsonTreeModel::escapedKeys()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parse(R"({"a/b":{"c~d":[0,{"~/":1}]}})"));

    const QModelIndex slash = child(model, {}, u"a/b"_s);
    QVERIFY(slash.isValid());
    QCOMPARE(model.pointer(slash), u"/a~1b"_s);
    const QModelIndex tilde = child(model, slash, u"c~d"_s);
    QVERIFY(tilde.isValid());
    QCOMPARE(model.pointer(tilde), u"/a~1b/c~0d"_s);
    const QModelIndex both = child(model, model.index(1, 0, tilde), u"~/"_s);
    QVERIFY(both.isValid());
    QCOMPARE(both.data(JsonTreeModel::PointerRole).toString(), u"/a~1b/c~0d/1/~0~1"_s);
}

void TestJsonTreeModel::emptyDocuments()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(parse("{}"));
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(parse("[]"));
    QCOMPARE(model.rowCount(), 0);
    model.setDocument(QJsonDocument());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
}

void TestJsonTreeModel::largeArrayIsLazy()
{
    constexpr int size = 100'000;
    QJsonArray numbers;
    for (int i = 0; i < size; ++i)
        numbers.append(i * 2);
    JsonTreeModel model;
    model.setDocument(QJsonDocument(QJsonObject{{u"numbers"_s, numbers}}));

    const QModelIndex array = model.index(0, 0);
    QCOMPARE(model.rowCount(array), size);
    const QModelIndex last = model.index(size - 1, JsonTreeModel::ValueColumn, array);
    QCOMPARE(last.data().toString(), QString::number((size - 1) * 2));
    QCOMPARE(model.pointer(last), u"/numbers/99999"_s);
    QCOMPARE(model.parent(last), array);
    // Root, "numbers" and the last element; asking again reuses the node.
    QCOMPARE(model.nodeCount(), 3);
    QCOMPARE(model.index(size - 1, 0, array).internalPointer(), last.internalPointer());
    QCOMPARE(model.nodeCount(), 3);

    // Last, because the tester visits every row and so builds every node.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.nodeCount(), size + 2);
}

void TestJsonTreeModel::recursiveFilterFindsNestedValue()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(
        parse(R"({"status":"done","files":[{"name":"hbm.png","size":0,"error":"File is too small"},
                                {"name":"ok.png","size":9,"error":""}]})"));

    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterFixedString(u"too small"_s);

    QCOMPARE(proxy.rowCount(), 1);
    const QModelIndex files = proxy.index(0, 0);
    QCOMPARE(files.data().toString(), u"files"_s);
    QCOMPARE(proxy.rowCount(files), 1);
    const QModelIndex file = proxy.index(0, 0, files);
    QCOMPARE(file.data().toString(), u"[0]"_s);
    QCOMPARE(proxy.rowCount(file), 1);
    const QModelIndex error = proxy.index(0, JsonTreeModel::ValueColumn, file);
    QCOMPARE(error.data().toString(), u"File is too small"_s);
    QCOMPARE(error.data(JsonTreeModel::PointerRole).toString(), u"/files/0/error"_s);

    // Keys match too: both "name" members, under both files.
    proxy.setFilterFixedString(u"name"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
}

void TestJsonTreeModel::setDocumentTwice()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setDocument(parse(xiboAnswer));
    QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 3);
    const int nodesBefore = model.nodeCount();
    QVERIFY(nodesBefore > 1);

    model.setDocument(parse(R"(["a","b"])"));
    QCOMPARE(aboutToReset.size(), 2);
    QCOMPARE(reset.size(), 2);
    // Root and at most the two new elements: nothing of the first document is left.
    QVERIFY(model.nodeCount() <= 3);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(model, {}, 1, JsonTreeModel::ValueColumn), u"b"_s);
    QCOMPARE(model.json(), parse(R"(["a","b"])"));
}

void TestJsonTreeModel::headers()
{
    JsonTreeModel model;
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), u"Key"_s);
    QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);
    QCOMPARE(model.headerData(JsonTreeModel::TypeColumn, Qt::Horizontal).toString(), u"Type"_s);
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "TestJsonTreeModel.moc"
