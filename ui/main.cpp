#include "app/cli/CommandLine.h"
#include "ui/DesktopSession.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("hoist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOIST_VERSION));
    if (CommandLine::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return CommandLine::run(app.arguments());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Hoist"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hoist.Hoist"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.hoist.Hoist"),
                                                 QIcon(QStringLiteral(":/icons/io.github.hoist.Hoist.svg"))));
    DesktopSession session;
    session.applyArguments(QApplication::arguments());
    session.window()->show();
    return app.exec();
}
