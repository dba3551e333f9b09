// How the queue journal copes with a big queue: N items added (a drop), read back as a restarted app
// would, then each taken through queued → uploading → body sent → succeeded with a few in flight,
// the body-sent mark committed synchronously on a network thread as the engine does; then Clear
// Finished. Prints wall times, the cost of one body-sent mark and the database file's size.
//   build/tests/hoist_bench_journal [N=100000] [in flight=4] [folder=a temporary one]
#include "app/storage/Journal.h"
#include "app/storage/JournalEntry.h"
#include "app/storage/StorageDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <memory>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
QUuid uuidFor(int n)
{
    return QUuid::fromString(u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0')));
}

JournalEntry entryFor(int n)
{
    JournalEntry entry;
    entry.uuid = uuidFor(n);
    entry.path = u"/home/editor/Pictures/2026/shoot-%1/IMG_%2.jpg"_s.arg(n / 500).arg(n, 6, 10, QChar(u'0'));
    entry.size = 2'000'000 + n;
    entry.mtimeMs = 1'764'000'000'000 + n;
    entry.destination = u"Xibo production"_s;
    entry.values = QJsonObject{{u"name"_s, u"IMG_%1"_s.arg(n)}, {u"folder"_s, u"12"_s}};
    return entry;
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MiB"_s;
}

qint64 fileSize(const QString& path)
{
    return QFileInfo(path).size();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int count = arguments.size() > 1 ? arguments.at(1).toInt() : 100'000;
    const int inFlight = arguments.size() > 2 ? arguments.at(2).toInt() : 4;
    QTemporaryDir temporary;
    const QString folder = arguments.size() > 3 ? arguments.at(3) : temporary.path();
    const QString path = folder + u"/hoist.sqlite"_s;
    QFile::remove(path);
    QTextStream out(stdout);
    out << count << " items, " << inFlight << " in flight, database " << QDir::toNativeSeparators(path)
        << '\n';

    qint64 addCallsMs = 0;
    qint64 addMs = 0;
    qint64 restartMs = 0;
    qint64 lifecycleMs = 0;
    std::vector<qint64> bodySentUs; // written by the network thread only, read after it stopped
    bodySentUs.reserve(count);
    int failures = 0;
    qint64 sizeFull = 0;
    qint64 walPeak = 0;
    {
        StorageDatabase database(path);
        if (!database.isUsable()) {
            out << database.report().message << '\n';
            return 1;
        }
        Journal journal(database, u"desktop"_s);
        QObject::connect(&journal, &Journal::writeFailed, &app, [&](const QString& message) {
            ++failures;
            out << message << '\n';
        });
        QThread network;
        QObject networkContext;
        networkContext.moveToThread(&network);
        network.start();

        QElapsedTimer clock;
        clock.start();
        for (int n = 0; n < count; ++n)
            journal.recordItem(entryFor(n));
        addCallsMs = clock.elapsed(); // what the queue's thread spends; the writer thread commits
        journal.flush();
        addMs = clock.elapsed();

        {
            // A restarted app reads the whole queue back.
            clock.restart();
            StorageDatabase again(path);
            Journal restarted(again, u"desktop"_s);
            const qsizetype unfinished = restarted.unfinished().size();
            restartMs = clock.elapsed();
            if (unfinished != count)
                out << "restart read " << unfinished << " items, not " << count << '\n';
        }

        int next = 0;
        int done = 0;
        std::function<void()> startNext = [&] {
            if (next >= count)
                return;
            const int n = next++;
            journal.recordState(uuidFor(n), JournalEntry::State::Uploading);
            QMetaObject::invokeMethod(
                &networkContext,
                [&, n] {
                    QElapsedTimer mark;
                    mark.start();
                    if (journal.recordBodySent(uuidFor(n)).isError())
                        ++failures;
                    bodySentUs.push_back(mark.nsecsElapsed() / 1000);
                    QMetaObject::invokeMethod(
                        &app,
                        [&, n] {
                            journal.recordState(uuidFor(n), JournalEntry::State::Succeeded);
                            walPeak = qMax(walPeak, fileSize(path + u"-wal"_s));
                            if (++done == count)
                                app.quit();
                            else
                                startNext();
                        },
                        Qt::QueuedConnection);
                },
                Qt::QueuedConnection);
        };
        clock.restart();
        QMetaObject::invokeMethod(
            &app,
            [&] {
                for (int i = 0; i < inFlight; ++i)
                    startNext();
            },
            Qt::QueuedConnection);
        app.exec();
        journal.flush();
        lifecycleMs = clock.elapsed();
        QMetaObject::invokeMethod(
            &networkContext, [&] { database.releaseConnection(); }, Qt::BlockingQueuedConnection);
        network.quit();
        network.wait();
    }
    sizeFull = fileSize(path); // closed: checkpointed into the one file

    qint64 clearMs = 0;
    {
        StorageDatabase database(path);
        Journal journal(database, u"desktop"_s);
        QList<QUuid> all;
        all.reserve(count);
        for (int n = 0; n < count; ++n)
            all.append(uuidFor(n));
        QElapsedTimer clock;
        clock.start();
        journal.recordRemoved(all); // Clear Finished
        journal.flush();
        clearMs = clock.elapsed();
    }
    const qint64 sizeCleared = fileSize(path);
    std::sort(bodySentUs.begin(), bodySentUs.end());
    const auto percentile = [&](double p) {
        return bodySentUs.empty()
                   ? 0
                   : bodySentUs.at(static_cast<size_t>(p * static_cast<double>(bodySentUs.size() - 1)));
    };
    const qint64 bodySentTotalUs = std::accumulate(bodySentUs.begin(), bodySentUs.end(), qint64(0));

    out << "add " << count << " items: " << addCallsMs << " ms in the queue's thread, all committed after "
        << addMs << " ms\n"
        << "restart: read them back:        " << restartMs << " ms\n"
        << "uploading/body sent/succeeded:  " << lifecycleMs << " ms ("
        << QString::number(count * 1000.0 / qMax<qint64>(lifecycleMs, 1), 'f', 0) << " items/s)\n"
        << "body-sent mark (synchronous):   " << (count ? bodySentTotalUs / count : 0) << " us average, "
        << percentile(0.5) << " us median, " << percentile(0.99) << " us 99th percentile, " << percentile(1.0)
        << " us at most\n"
        << "Clear Finished:                 " << clearMs << " ms\n"
        << "database with " << count << " finished items: " << megabytes(sizeFull) << " (WAL at most "
        << megabytes(walPeak) << ")\n"
        << "database after Clear Finished:  " << megabytes(sizeCleared) << '\n'
        << "write failures:                 " << failures << '\n';
    return failures == 0 ? 0 : 1;
}
