#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// The library half of a profile: how a service lists, looks up, deletes and files what it holds,
// and where its answer to an upload says what it stored. Every request is a typed value; URL,
// query and form values are templates that also see {id}, {search}, {folder}, {offset}, {limit},
// {page} and {force} ("1" when the user asked to delete an item that is in use).
class LibraryApi
{
    Q_DECLARE_TR_FUNCTIONS(LibraryApi)

public:
    struct Parameter
    {
        QString name;
        QString value; // template; a parameter whose value comes out empty is left out
    };
    struct Request
    {
        QString method = QStringLiteral("GET");
        QString url; // template; empty: the service has no such request
        QList<Parameter> query;
        QList<Parameter> form; // a form-encoded body (Xibo's forceDelete on DELETE)

        bool isSet() const { return !url.isEmpty(); }
        bool uses(const QString& variable) const;
    };
    // JSON pointers into one item of an answer; empty: the service does not say.
    struct ItemPointers
    {
        QString id;
        QString name;
        QString size;
        QString type;
        QString modified;
        QString url;
        QString thumbnail;
        QString hash;
        QString folder; // the folder holding the item (for a folder: its parent)
    };
    enum class Paging
    {
        None,   // one answer holds everything
        Offset, // {offset} and {limit}: Xibo start/length, Squidex $skip/$top, DRF offset/limit
        Page,   // {page} (from 1) and {limit}: Mayan page/page_size
    };
    struct Listing
    {
        Request request;
        QString items; // pointer to the array; empty: the answer itself (a plain list also works)
        ItemPointers item;
        Paging paging = Paging::None;
        int pageSize = 100;  // items asked for at once; bounded by MaxPageSize
        QString totalHeader; // a header with the number of matches (X-Total-Count)
        QString total;       // or a pointer to it (/total, /count)
        QString next;        // a pointer whose null says there is no further page; never followed
        QString children;    // a pointer to an item's own items (Xibo's folder tree): walked too

        bool isSet() const { return request.isSet(); }
    };
    // How the service's content hash is made from the file.
    enum class Hash
    {
        None,
        Md5,             // hex MD5 of the bytes (Xibo's md5)
        Sha256,          // hex SHA-256 of the bytes (Mayan's checksum)
        SquidexFileHash, // Base64 SHA-256 of (Base64 SHA-256 of the bytes + file name + size)
    };
    static constexpr int MaxPageSize = 200;

    Listing list;
    Request get;
    QString getItem; // pointer to the item in get's answer; empty: the answer is the item
    Request remove;
    bool removeToTrash = false; // Mayan: a deleted document goes to the trash first
    Listing folders;
    Hash hash = Hash::None;
    ItemPointers uploaded; // the upload's answer: id, name (the stored file name), size, hash

    bool canList() const { return list.isSet(); }
    bool canRemove() const { return remove.isSet(); }
    bool canForceRemove() const { return remove.uses(QStringLiteral("force")); }
    bool hasFolders() const { return folders.isSet(); }
    bool reportsDelivery() const { return !uploaded.size.isEmpty() || !uploaded.hash.isEmpty(); }
    bool isEmpty() const;
    // Why these requests cannot work together, in sentences; empty when they can.
    QStringList problems() const;

    static QString hashName(Hash hash);
    static QStringList hashNames();
    static QStringList pagingNames();
    static LibraryApi fromJson(const QJsonObject& object);
    QJsonObject toJson() const; // empty when nothing is set
};
