#pragma once

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonValue>

#include <memory>
#include <unordered_map>

// A server's JSON answer as a read-only tree (key, value, type) for the response inspector.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        PointerRole = Qt::UserRole, // the node's RFC 6901 JSON pointer
    };

    explicit JsonTreeModel(QObject* parent = nullptr);

    void setDocument(const QJsonDocument& document);
    QJsonDocument json() const { return m_document; }

    QString pointer(const QModelIndex& index) const;
    // What "Copy value" puts on the clipboard: scalars as text, containers as compact JSON.
    QString valueText(const QModelIndex& index) const;
    // How many nodes exist so far; lets tests check that children are built only on demand.
    int nodeCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Nodes exist only for rows a view has asked an index for, so a 100,000-element array costs what the
    // view shows, not its size; the values themselves stay shared with the document.
    struct Node
    {
        Node* parent = nullptr;
        int row = 0;
        QString key; // member name, or the element number inside an array
        QJsonValue value;
        std::unordered_map<int, std::unique_ptr<Node>> children;
    };

    Node* nodeOf(const QModelIndex& index) const;
    Node* childOf(Node* parent, int row) const;
    QString keyText(const Node* node) const;
    QString valueSummary(const QJsonValue& value) const;
    QString typeName(const QJsonValue& value) const;
    static int childCount(const QJsonValue& value);
    static int countNodes(const Node* node);

    QJsonDocument m_document;
    std::unique_ptr<Node> m_root;
};
