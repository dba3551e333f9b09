#include "app/cli/CommandLine.h"
#include "app/credentials/CredentialIndex.h"
#include "app/storage/Preferences.h"
#include "ui/DesktopSession.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("hoist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOIST_VERSION));
    if (CommandLine::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        return CommandLine::run(app.arguments(), RawArguments(argc, argv));
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Hoist"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hoist.Hoist"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.hoist.Hoist"),
                                                 QIcon(QStringLiteral(":/icons/io.github.hoist.Hoist.svg"))));
    // The language chosen in the Preferences, read once: a change takes effect at the next start.
    if (const QString language = Preferences::load(CredentialIndex::defaultSettingsFile()).language;
        !language.isEmpty())
        QLocale::setDefault(QLocale(language));
    // English plural forms first, then the user's language on top of them.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/hoist_en.qm")))
        QApplication::installTranslator(&plurals);
    // Qt's own texts (Save, Cancel, the file dialog) in the user's language, from qt6-translations-l10n.
    QTranslator qtTexts;
    if (qtTexts.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTexts);
    QTranslator language;
    if (language.load(QLocale(), QStringLiteral("hoist"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&language);
    DesktopSession session;
    session.applyArguments(QApplication::arguments());
    session.window()->show();
    return app.exec();
}
