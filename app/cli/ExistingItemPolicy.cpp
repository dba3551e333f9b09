#include "app/cli/ExistingItemPolicy.h"

#include "app/NameTable.h"
#include "app/PrintableText.h"
#include "app/cli/Console.h"
#include "app/cli/ConsoleReporter.h"
#include "app/transfers/UploadQueue.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<ExistingItemPolicy::Choice, 4> choiceTable({{
    {ExistingItemPolicy::Choice::Ask, "ask"_L1},
    {ExistingItemPolicy::Choice::Skip, "skip"_L1},
    {ExistingItemPolicy::Choice::Replace, "replace"_L1},
    {ExistingItemPolicy::Choice::Upload, "upload"_L1},
}});

bool heldInLibrary(const UploadTask* task)
{
    return task->state() == UploadTask::State::Blocked && task->earlierUpload() &&
           task->earlierUpload()->inLibrary;
}
} // namespace

std::optional<ExistingItemPolicy::Choice> ExistingItemPolicy::fromName(const QString& name)
{
    return choiceTable.fromName(name);
}

QStringList ExistingItemPolicy::names()
{
    return choiceTable.names();
}

ExistingItemPolicy::ExistingItemPolicy(Choice choice, UploadQueue* queue, ConsoleReporter* reporter)
    : m_choice(choice)
    , m_queue(queue)
    , m_reporter(reporter)
{
}

bool ExistingItemPolicy::settleHeld()
{
    bool requeued = false;
    const QList<UploadTask*> tasks = m_queue->tasks(); // a copy: skipped ones leave the queue
    for (const UploadTask* task : tasks) {
        if (!heldInLibrary(task))
            continue;
        const Choice choice = m_choice == Choice::Ask ? ask(task) : m_choice;
        if (choice == Choice::Skip) {
            m_reporter->reportInLibrary(task);
            m_queue->remove(task->id());
        } else {
            m_queue->uploadAnyway(task->id(), choice == Choice::Replace);
            requeued = true;
        }
    }
    return requeued;
}

ExistingItemPolicy::Choice ExistingItemPolicy::ask(const UploadTask* task) const
{
    const EarlierUpload& found = *task->earlierUpload();
    for (;;) {
        const QString answer =
            Console::readLine(PrintableText::escape(tr("%1 is already in the library as #%2 (%3). "
                                                       "[u]pload anyway, [r]eplace that item, [s]kip? ")
                                                        .arg(task->item().path, found.id, found.name)))
                .trimmed()
                .toLower();
        if (answer.startsWith(u'u'))
            return Choice::Upload;
        if (answer.startsWith(u'r'))
            return Choice::Replace;
        if (answer.startsWith(u's') || answer.isEmpty())
            return Choice::Skip; // end of input answers nothing: nothing is sent twice
    }
}
