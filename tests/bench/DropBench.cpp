// How the desktop app copes with a big drop: N files in a folder tree (hard links, so making them is
// cheap) dropped on the window; prints the time until every row is there and the longest time the
// GUI thread did not get to its event loop meanwhile.
//   QT_QPA_PLATFORM=offscreen build/tests/hoist_bench_drop [N=10000]
#include "app/transfers/QueueModel.h"
#include "ui/DesktopSession.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10'000;
    QTemporaryDir dir;
    QString origin;
    for (int i = 0; i < count; ++i) {
        const QString folder = dir.filePath(QStringLiteral("drop/%1").arg(i / 500));
        if (i % 500 == 0) { // a file system allows only so many links to one file
            QDir().mkpath(folder);
            origin = dir.filePath(QStringLiteral("origin-%1.jpg").arg(i));
            QFile file(origin);
            if (!file.open(QIODevice::WriteOnly) || file.write("\xff\xd8\xff\xe0 not really a jpeg") <= 0)
                return 1;
        }
        const QString target = folder + QStringLiteral("/photo-%1.jpg").arg(i);
        if (::link(QFile::encodeName(origin).constData(), QFile::encodeName(target).constData()) != 0)
            return 1;
    }
    DesktopSession session(dir.filePath(QStringLiteral("profiles")),
                           dir.filePath(QStringLiteral("hoist.conf")));
    session.window()->show();

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longestStall = qMax(longestStall, clock.elapsed() - last);
        last = clock.elapsed();
    });
    QObject::connect(session.model(), &QAbstractItemModel::rowsInserted, &app, [&] {
        if (session.model()->rowCount() >= count) {
            QTextStream(stdout) << count << " files: all rows after " << clock.elapsed()
                                << " ms; longest event-loop stall " << longestStall << " ms\n";
            app.quit();
        }
    });
    QTimer::singleShot(0, &app, [&] {
        clock.start();
        ticker.start();
        session.window()->addPaths({dir.filePath(QStringLiteral("drop"))});
    });
    return app.exec();
}
