#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class ConsoleReporter;
class UploadQueue;
class UploadTask;

// hoist upload --if-exists: what becomes of the files the library already holds (the queue holds
// them once its search finds them), decided when the rest of the run is done: ask on the terminal,
// skip them, upload each as a new version of that item, or upload them anyway.
class ExistingItemPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ExistingItemPolicy)

public:
    enum class Choice
    {
        Ask,
        Skip,
        Replace,
        Upload,
    };

    static std::optional<Choice> fromName(const QString& name);
    static QStringList names();

    ExistingItemPolicy(Choice choice, UploadQueue* queue, ConsoleReporter* reporter);

    // Decides for every held file; true when some went back to the queue (start it again).
    bool settleHeld();

private:
    Choice ask(const UploadTask* task) const;

    Choice m_choice;
    UploadQueue* m_queue;
    ConsoleReporter* m_reporter;
};
