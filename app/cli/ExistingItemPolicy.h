#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <optional>

class ConsoleReporter;
class UploadQueue;
class UploadTask;

// hoist upload --if-exists: what becomes of a file the library already holds (the queue holds it
// once its search finds it): ask on the terminal, skip it, upload it as a new version of that
// item, or upload it anyway.
class ExistingItemPolicy : public QObject
{
    Q_OBJECT

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

    ExistingItemPolicy(Choice choice, UploadQueue* queue, ConsoleReporter* reporter, QObject* parent = nullptr);

private:
    void watch(UploadTask* task);
    void decide(quint64 id);
    Choice ask(const UploadTask* task) const;

    Choice m_choice;
    UploadQueue* m_queue;
    ConsoleReporter* m_reporter;
};
