#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

// One queue item as the journal keeps it: enough to bring it back after a crash, with its state.
struct JournalEntry
{
    enum class State
    {
        Queued,
        Blocked,
        Uploading,
        Waiting,
        BodySent, // the whole body went out and no answer is recorded: after a crash the outcome is unknown
        Succeeded,
        Failed,
        Cancelled,
        Unknown,
    };
    // One state change of an item, as it was recorded.
    struct Change
    {
        State state = State::Queued;
        QDateTime time; // UTC
        QString message;
    };

    QUuid uuid;
    QString path;
    qint64 size = -1;
    qint64 mtimeMs = 0;  // the file's modification time, ms since the epoch
    QString destination; // the profile's name
    QString address;     // where it goes, masked as the history keeps it (HistoryRecord::address)
    QJsonObject values;  // the per-file values (name, description, folder, replace …)
    State state = State::Queued;
    QString message;
    QDateTime updatedAt; // UTC

    bool bodySent() const { return state == State::BodySent; }
    // Succeeded and Cancelled items are done; everything else comes back after a restart.
    static bool isFinished(State state) { return state == State::Succeeded || state == State::Cancelled; }
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
};
