#include "tests/support/HoistProcess.h"

#include <QProcess>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
// HOME and the XDG base directories, each with where a fresh account has it below HOME.
const std::pair<QString, QString> homeVariables[] = {
    {u"HOME"_s, QString()},
    {u"XDG_CONFIG_HOME"_s, u"/.config"_s},
    {u"XDG_DATA_HOME"_s, u"/.local/share"_s},
    {u"XDG_CACHE_HOME"_s, u"/.cache"_s},
    {u"XDG_STATE_HOME"_s, u"/.local/state"_s},
};
const QString secretVariable = u"HOIST_SECRET"_s;
} // namespace

HoistProcess::Run HoistProcess::run(const QStringList& arguments, const QByteArray& input,
                                    const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("HOIST_BINARY"), arguments);
    process.write(input);
    process.closeWriteChannel();
    Run result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcessEnvironment HoistProcess::environmentWithHome(const QString& home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [variable, below] : homeVariables)
        environment.insert(variable, home + below);
    environment.remove(secretVariable);
    return environment;
}

void HoistProcess::useHome(const QString& home)
{
    for (const auto& [variable, below] : homeVariables)
        qputenv(variable.toLatin1().constData(), (home + below).toLocal8Bit());
    qunsetenv(qPrintable(secretVariable));
}
