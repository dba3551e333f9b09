#pragma once

#include "app/library/LibraryItem.h"
#include "app/net/FileDigest.h"
#include "app/profiles/LibraryApi.h"

#include <QCoreApplication>

class ResponseRecord;

// Whether what a service says it stored is the file: its reported size and content hash against
// the bytes Hoist sent (or holds). Nothing reported is no verdict, never a success by default.
class DeliveryCheck
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryCheck)

public:
    enum class Verdict
    {
        NotReported, // the service says neither size nor a hash Hoist can compute
        Verified,
        Mismatch,
    };
    struct Result
    {
        Verdict verdict = Verdict::NotReported;
        QString message; // for a person: what matched, or both values that differ
    };

    // The upload's answer, read through the profile's "uploaded" pointers; sentName is the file
    // part's filename (Squidex hashes that, not the asset's name, which a new version keeps).
    static Result ofAnswer(const LibraryApi& api, const ResponseRecord& answer, const FileDigest& sent,
                           const QString& sentName);
    // An item found in the library; hashName: the name the service hashed (empty: the item's).
    static Result ofItem(const LibraryApi& api, const LibraryItem& item, const FileDigest& local,
                         const QString& hashName = QString());
    // The service's hash of these bytes stored under this name; empty when it cannot be computed.
    static QString expectedHash(LibraryApi::Hash hash, const FileDigest& digest, const QString& storedName);
};
