#include "app/storage/StorageSchema.h"

using namespace Qt::StringLiterals;

const QList<StorageSchema::Migration>& StorageSchema::migrations()
{
    // Times are milliseconds since the epoch (UTC); JSON is UTF-8 text.
    static const QList<Migration> all{
        {1,
         {
             // The queue's memory across crashes: one row per item still in a queue, in queue order.
             // "queue" separates the desktop app's queue from command-line runs on the same file.
             uR"(CREATE TABLE journal_items (
                    uuid TEXT PRIMARY KEY NOT NULL,
                    queue TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    path TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    destination TEXT NOT NULL,
                    address TEXT NOT NULL,
                    item_values TEXT NOT NULL,
                    state TEXT NOT NULL,
                    message TEXT NOT NULL,
                    updated_at INTEGER NOT NULL))"_s,
             u"CREATE INDEX journal_items_order ON journal_items (queue, position)"_s,
             // Kept in item order (no rowid): a change is one b-tree write, not a row and an index
             // entry, and an item's changes are read and removed as one range. seq counts per item.
             uR"(CREATE TABLE journal_changes (
                    uuid TEXT NOT NULL,
                    seq INTEGER NOT NULL,
                    state TEXT NOT NULL,
                    time INTEGER NOT NULL,
                    message TEXT NOT NULL,
                    PRIMARY KEY (uuid, seq)) WITHOUT ROWID)"_s,
             // Every attempt, for good (until retention removes it).
             uR"(CREATE TABLE history (
                    id INTEGER PRIMARY KEY,
                    uuid TEXT NOT NULL,
                    time INTEGER NOT NULL,
                    profile TEXT NOT NULL,
                    address TEXT NOT NULL,
                    path TEXT NOT NULL,
                    name_folded TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    state TEXT NOT NULL,
                    http_status INTEGER NOT NULL,
                    fields TEXT NOT NULL,
                    message TEXT NOT NULL,
                    ms_to_first_byte INTEGER NOT NULL,
                    ms_total INTEGER NOT NULL,
                    answer_headers TEXT NOT NULL,
                    answer_body BLOB NOT NULL,
                    body_total_bytes INTEGER NOT NULL,
                    body_truncated INTEGER NOT NULL))"_s,
             u"CREATE INDEX history_time ON history (time)"_s,
             u"CREATE INDEX history_content ON history (profile, size, mtime)"_s,
             u"CREATE INDEX history_uuid ON history (uuid)"_s,
         }},
        {2,
         {
             // Items Hoist deleted from a library it cannot list (Qualtrics): the history still
             // shows their uploads, the library no longer does.
             uR"(CREATE TABLE library_deletions (
                    profile TEXT NOT NULL,
                    item_id TEXT NOT NULL,
                    time INTEGER NOT NULL,
                    PRIMARY KEY (profile, item_id)) WITHOUT ROWID)"_s,
         }},
    };
    return all;
}

int StorageSchema::currentVersion()
{
    return migrations().constLast().version;
}

const QList<StorageSchema::Table>& StorageSchema::tables()
{
    static const QList<Table> all{
        {u"journal_items"_s,
         {u"uuid"_s, u"queue"_s, u"position"_s, u"path"_s, u"size"_s, u"mtime"_s, u"destination"_s,
          u"address"_s, u"item_values"_s, u"state"_s, u"message"_s, u"updated_at"_s}},
        {u"journal_changes"_s, {u"uuid"_s, u"seq"_s, u"state"_s, u"time"_s, u"message"_s}},
        {u"history"_s,
         {u"id"_s,
          u"uuid"_s,
          u"time"_s,
          u"profile"_s,
          u"address"_s,
          u"path"_s,
          u"name_folded"_s,
          u"size"_s,
          u"mtime"_s,
          u"sha256"_s,
          u"state"_s,
          u"http_status"_s,
          u"fields"_s,
          u"message"_s,
          u"ms_to_first_byte"_s,
          u"ms_total"_s,
          u"answer_headers"_s,
          u"answer_body"_s,
          u"body_total_bytes"_s,
          u"body_truncated"_s}},
        {u"library_deletions"_s, {u"profile"_s, u"item_id"_s, u"time"_s}},
    };
    return all;
}
