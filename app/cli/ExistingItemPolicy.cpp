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
    return task->state() == UploadTask::State::Blocked && task->earlierUpload() && task->earlierUpload()->inLibrary;
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

ExistingItemPolicy::ExistingItemPolicy(Choice choice, UploadQueue* queue, ConsoleReporter* reporter, QObject* parent)
    : QObject(parent)
    , m_choice(choice)
    , m_queue(queue)
    , m_reporter(reporter)
{
    connect(queue, &UploadQueue::taskAdded, this, &ExistingItemPolicy::watch);
}

void ExistingItemPolicy::watch(UploadTask* task)
{
    // Decided from the event loop: the task is not removed inside its own signal.
    connect(task, &UploadTask::stateChanged, this,
            [this, task, id = task->id()] {
                if (heldInLibrary(task))
                    QMetaObject::invokeMethod(this, [this, id] { decide(id); }, Qt::QueuedConnection);
            });
}

void ExistingItemPolicy::decide(quint64 id)
{
    const UploadTask* task = m_queue->task(id);
    if (!task || !heldInLibrary(task))
        return;
    const Choice choice = m_choice == Choice::Ask ? ask(task) : m_choice;
    switch (choice) {
    case Choice::Skip:
        m_reporter->reportInLibrary(task);
        m_queue->remove(id);
        return;
    case Choice::Replace:
    case Choice::Upload:
        m_queue->uploadAnyway(id, choice == Choice::Replace);
        return;
    case Choice::Ask:
        return;
    }
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
