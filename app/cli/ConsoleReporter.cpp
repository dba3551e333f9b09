#include "app/cli/ConsoleReporter.h"

#include "app/PrintableText.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/platform/Terminal.h"
#include "app/storage/HistoryRecord.h"
#include "app/transfers/UploadQueue.h"
#include "app/transfers/UploadTask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

ConsoleReporter::ConsoleReporter(UploadQueue* queue, Format format)
    : m_queue(queue)
    , m_format(format)
{
    m_clock.start();
    connect(queue, &UploadQueue::taskChanged, this, &ConsoleReporter::onTaskChanged);
    if (format == Format::Text && Terminal::errorIsTerminal()) {
        connect(&m_progressTimer, &QTimer::timeout, this, &ConsoleReporter::drawProgress);
        m_progressTimer.start(250);
    }
}

void ConsoleReporter::onTaskChanged(UploadTask* task)
{
    if (task->isFinished() && !awaitsLibrary(task) && !m_reported.contains(task->id()))
        report(task);
}

// Held while the library is searched, or because it holds the file: --if-exists decides later.
bool ConsoleReporter::awaitsLibrary(const UploadTask* task)
{
    if (task->state() != UploadTask::State::Blocked)
        return false;
    const QList<PreflightFinding>& findings = task->findings();
    return (task->earlierUpload() && task->earlierUpload()->inLibrary) ||
           std::any_of(findings.cbegin(), findings.cend(),
                       [](const PreflightFinding& finding) { return finding.code == u"library-check"_s; });
}

void ConsoleReporter::report(const UploadTask* task)
{
    m_reported.insert(task->id());
    if (m_format == Format::Json)
        reportJson(task);
    else
        reportText(task);
}

void ConsoleReporter::reportText(const UploadTask* task)
{
    clearProgress();
    const QString name = task->item().path;
    QString line;
    switch (task->state()) {
    case UploadTask::State::Succeeded: {
        line = u"✓ "_s % name % u"  "_s % task->response().statusLine();
        for (const auto& [key, value] : task->fields())
            line += u"  "_s % key % u'=' % value;
        break;
    }
    case UploadTask::State::Blocked:
        line = u"✗ "_s % name % u"  "_s % tr("not sent: %1").arg(task->message());
        break;
    case UploadTask::State::Cancelled:
        line = u"✗ "_s % name % u"  "_s % tr("cancelled");
        break;
    case UploadTask::State::Unknown:
        line = u"? "_s % name % u"  "_s % tr("outcome unknown: %1").arg(task->message());
        break;
    default:
        line = u"✗ "_s % name % u"  "_s %
               (task->response().hasAnswer() ? task->response().statusLine() + u": "_s : QString()) %
               task->message();
        break;
    }
    // Escaped whole: a file name, server message or extracted value must not start a line of its own.
    Console::out(PrintableText::escape(line) + u'\n');
    for (const UploadTask::FollowUpResult& step : task->followUps()) {
        Console::out(PrintableText::escape(step.succeeded ? tr("  ✓ %1").arg(step.label)
                                                          : tr("  ✗ %1: %2").arg(step.label, step.message)) +
                     u'\n');
    }
    for (const PreflightFinding& finding : task->findings()) {
        if (!finding.isError())
            Console::out(PrintableText::escape(tr("  warning: %1").arg(finding.message)) + u'\n');
    }
}

// true: the service's size or hash matched the bytes sent; false: they differ; null: it did not say.
QJsonValue ConsoleReporter::verifiedJson(const UploadTask* task)
{
    switch (task->delivery()) {
    case DeliveryCheck::Verdict::Verified:
        return true;
    case DeliveryCheck::Verdict::Mismatch:
        return false;
    case DeliveryCheck::Verdict::NotReported:
        break;
    }
    return QJsonValue();
}

void ConsoleReporter::reportJson(const UploadTask* task)
{
    QJsonObject fields;
    for (const auto& [key, value] : task->fields())
        fields.insert(key, value);
    QJsonArray findings;
    for (const PreflightFinding& finding : task->findings())
        findings.append(finding.toJson());
    QJsonArray followUps;
    for (const UploadTask::FollowUpResult& step : task->followUps()) {
        followUps.append(
            QJsonObject{{u"step"_s, step.label},
                        {u"ok"_s, step.succeeded},
                        {u"http_status"_s, step.status > 0 ? QJsonValue(step.status) : QJsonValue()},
                        {u"error"_s, step.succeeded ? QJsonValue() : QJsonValue(step.message)}});
    }
    QJsonObject object{
        {u"file"_s, task->item().path},
        {u"follow_ups"_s, followUps},
        {u"status"_s, UploadTask::stateName(task->state())},
        {u"http_status"_s, task->response().hasAnswer() ? QJsonValue(task->response().status) : QJsonValue()},
        {u"fields"_s, fields},
        {u"error"_s,
         task->state() == UploadTask::State::Succeeded ? QJsonValue() : QJsonValue(task->message())},
        {u"attempts"_s, task->attempts()},
        {u"findings"_s, findings},
        {u"verified"_s, verifiedJson(task)},
    };
    if (task->sentDigest().isValid())
        object.insert(u"sha256"_s, QString::fromLatin1(task->sentDigest().sha256));
    Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
}

void ConsoleReporter::reportSkipped(const QString& path, const HistoryRecord& earlier)
{
    const bool unknown = earlier.state == HistoryRecord::State::Unknown;
    (unknown ? m_skippedUnknown : m_skipped) += 1;
    const QString when = QLocale().toString(earlier.time.toLocalTime(), QLocale::ShortFormat);
    if (m_format == Format::Json) {
        QJsonObject fields;
        for (const auto& [key, value] : earlier.fields)
            fields.insert(key, value);
        const QJsonObject object{
            {u"file"_s, path},
            {u"status"_s, unknown ? u"unknown"_s : u"skipped"_s},
            {u"http_status"_s, QJsonValue()},
            {u"fields"_s, fields},
            {u"error"_s, unknown ? QJsonValue(earlier.message) : QJsonValue()},
            {u"attempts"_s, 0},
            {u"earlier"_s, earlier.toJson()},
        };
        Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
        return;
    }
    clearProgress();
    QString line;
    if (unknown) {
        line = u"? "_s % path % u"  "_s %
               tr("not sent: sent on %1 with an unknown outcome; check the library, or give --resend-unknown")
                   .arg(when);
    } else {
        line = u"= "_s % path % u"  "_s % tr("skipped: uploaded on %1").arg(when);
        for (const auto& [key, value] : earlier.fields)
            line += u"  "_s % key % u'=' % value;
    }
    Console::out(PrintableText::escape(line) + u'\n');
}

void ConsoleReporter::reportInLibrary(const UploadTask* task)
{
    ++m_skippedInLibrary;
    m_reported.insert(task->id());
    const EarlierUpload& found = *task->earlierUpload();
    if (m_format == Format::Json) {
        const QJsonObject object{
            {u"file"_s, task->item().path},
            {u"status"_s, u"skipped"_s},
            {u"http_status"_s, QJsonValue()},
            {u"fields"_s, QJsonObject{{u"id"_s, found.id}}},
            {u"error"_s, QJsonValue()},
            {u"attempts"_s, 0},
            {u"existing"_s, QJsonObject{{u"id"_s, found.id}, {u"name"_s, found.name}, {u"url"_s, found.url}}},
        };
        Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
        return;
    }
    clearProgress();
    Console::out(
        PrintableText::escape(u"= "_s % task->item().path % u"  "_s %
                              tr("skipped: already in the library as #%1 (%2)").arg(found.id, found.name)) +
        u'\n');
}

void ConsoleReporter::drawProgress()
{
    qint64 sent = 0;
    qint64 total = 0;
    double speed = 0;
    int done = 0;
    for (const UploadTask* task : m_queue->tasks()) {
        sent += task->state() == UploadTask::State::Succeeded ? task->bytesTotal() : task->bytesSent();
        total += task->bytesTotal();
        speed += task->bytesPerSecond();
        done += task->isFinished() ? 1 : 0;
    }
    const QLocale locale;
    const int percent = total > 0 ? int(sent * 100 / total) : 0;
    Console::err(u"\r\033[K"_s % tr("%1 of %2 files  %3%  %4/s")
                                     .arg(done)
                                     .arg(m_queue->tasks().size())
                                     .arg(percent)
                                     .arg(locale.formattedDataSize(qint64(speed))));
    m_progressShown = true;
}

void ConsoleReporter::clearProgress()
{
    if (m_progressShown)
        Console::err(u"\r\033[K"_s);
    m_progressShown = false;
}

int ConsoleReporter::finish()
{
    m_progressTimer.stop();
    int succeeded = 0;
    int failed = 0;
    int refused = 0;
    int unknown = m_skippedUnknown;
    bool followUpFailed = false;
    for (const UploadTask* task : m_queue->tasks()) {
        followUpFailed = followUpFailed || task->followUpFailed();
        if (!m_reported.contains(task->id()))
            report(task);
        succeeded += task->state() == UploadTask::State::Succeeded ? 1 : 0;
        refused += task->state() == UploadTask::State::Blocked ? 1 : 0;
        unknown += task->state() == UploadTask::State::Unknown ? 1 : 0;
        failed +=
            (task->state() == UploadTask::State::Failed || task->state() == UploadTask::State::Cancelled) ? 1
                                                                                                          : 0;
    }
    if (m_format == Format::Text) {
        clearProgress();
        const QString summary = tr("%1 uploaded, %2 failed, %3 not sent (%4 s)")
                                    .arg(succeeded)
                                    .arg(failed)
                                    .arg(refused)
                                    .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1);
        Console::err(
            summary + (m_skipped > 0 ? tr("; %n skipped (uploaded before)", nullptr, m_skipped) : QString()) +
            (m_skippedInLibrary > 0 ? tr("; %n skipped (already in the library)", nullptr, m_skippedInLibrary)
                                    : QString()) +
            (unknown > 0 ? tr("; %n with an unknown outcome: check the library before sending them "
                              "again",
                              nullptr, unknown)
                         : QString()) +
            u'\n');
    }
    // Unknown first: a script that simply re-runs on failure would store those files twice.
    if (unknown > 0)
        return ExitCode::OutcomeUnknown;
    if (failed > 0)
        return ExitCode::UploadFailed;
    if (refused > 0)
        return ExitCode::Refused;
    return followUpFailed ? ExitCode::FollowUpFailed : ExitCode::Success;
}
