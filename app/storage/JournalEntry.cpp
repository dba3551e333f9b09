#include "app/storage/JournalEntry.h"

#include "app/NameTable.h"

using namespace Qt::StringLiterals;

namespace {
// Stored in the database: never rename one.
constexpr NameTable<JournalEntry::State, 9> stateTable({{
    {JournalEntry::State::Queued, "queued"_L1},
    {JournalEntry::State::Blocked, "blocked"_L1},
    {JournalEntry::State::Uploading, "uploading"_L1},
    {JournalEntry::State::Waiting, "waiting"_L1},
    {JournalEntry::State::BodySent, "body_sent"_L1},
    {JournalEntry::State::Succeeded, "succeeded"_L1},
    {JournalEntry::State::Failed, "failed"_L1},
    {JournalEntry::State::Cancelled, "cancelled"_L1},
    {JournalEntry::State::Unknown, "unknown"_L1},
}});
} // namespace

QString JournalEntry::stateName(State state)
{
    return stateTable.name(state);
}

std::optional<JournalEntry::State> JournalEntry::stateFromName(const QString& name)
{
    return stateTable.fromName(name);
}
