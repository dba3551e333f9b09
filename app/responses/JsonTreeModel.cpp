#include "app/responses/JsonTreeModel.h"

#include "app/responses/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

void JsonTreeModel::setDocument(const QJsonDocument& document)
{
    beginResetModel();
    m_document = document;
    m_root = std::make_unique<Node>();
    m_root->value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    endResetModel();
}

QString JsonTreeModel::pointer(const QModelIndex& index) const
{
    QString result;
    for (const Node* node = nodeOf(index); node != m_root.get(); node = node->parent)
        result.prepend(u'/' + JsonPointer::escapeToken(node->key));
    return result;
}

QString JsonTreeModel::valueText(const QModelIndex& index) const
{
    const QJsonValue& value = nodeOf(index)->value;
    return value.isNull() ? u"null"_s : JsonPointer::displayText(value);
}

int JsonTreeModel::nodeCount() const
{
    return countNodes(m_root.get());
}

int JsonTreeModel::countNodes(const Node* node)
{
    int count = 1;
    for (const auto& [row, child] : node->children)
        count += countNodes(child.get());
    return count;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    return createIndex(row, column, childOf(nodeOf(parent), row));
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    const Node* parentNode = child.isValid() ? nodeOf(child)->parent : nullptr;
    if (!parentNode || parentNode == m_root.get())
        return QModelIndex();
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    // Only the first column has children, as tree views expect.
    return parent.column() > 0 ? 0 : childCount(nodeOf(parent)->value);
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return keyText(node);
        case ValueColumn:
            return node->value.isArray() || node->value.isObject() ? valueSummary(node->value)
                                                                   : valueText(index);
        case TypeColumn:
            return typeName(node->value);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole:
        return index.column() == KeyColumn ? QVariant(pointer(index)) : QVariant();
    case PointerRole:
        return pointer(index);
    default:
        return QVariant();
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return QVariant();
    }
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

JsonTreeModel::Node* JsonTreeModel::childOf(Node* parent, int row) const
{
    std::unique_ptr<Node>& child = parent->children[row];
    if (child)
        return child.get();
    child = std::make_unique<Node>();
    child->parent = parent;
    child->row = row;
    if (parent->value.isArray()) {
        child->key = QString::number(row);
        child->value = parent->value.toArray().at(row);
    } else {
        // QJsonObject keeps its members sorted by key, so a row is a stable position.
        const QJsonObject object = parent->value.toObject();
        const auto member = object.constBegin() + row;
        child->key = member.key();
        child->value = member.value();
    }
    return child.get();
}

QString JsonTreeModel::keyText(const Node* node) const
{
    return node->parent->value.isArray() ? u'[' + node->key + u']' : node->key;
}

QString JsonTreeModel::valueSummary(const QJsonValue& value) const
{
    const int count = childCount(value);
    return value.isArray() ? tr("[%n item(s)]", nullptr, count) : tr("{%n key(s)}", nullptr, count);
}

QString JsonTreeModel::typeName(const QJsonValue& value) const
{
    switch (value.type()) {
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::Bool:
        return tr("bool");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return tr("null");
}

int JsonTreeModel::childCount(const QJsonValue& value)
{
    if (value.isArray())
        return int(value.toArray().size());
    if (value.isObject())
        return int(value.toObject().size());
    return 0;
}
