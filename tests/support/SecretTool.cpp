#include "tests/support/SecretTool.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace {
struct Result
{
    bool ok = false;
    QByteArray out;
};

Result secretTool(const QStringList& arguments, const QByteArray& input = QByteArray())
{
    QProcess process;
    process.start(u"secret-tool"_s, arguments);
    if (!process.waitForStarted(10'000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            process.readAllStandardOutput()};
}

QStringList attributes(const QString& service, const QString& id)
{
    QStringList result{u"server"_s, service};
    if (!id.isEmpty())
        result << u"user"_s << id;
    return result;
}
} // namespace

std::optional<QByteArray> SecretTool::lookup(const QString& service, const QString& id)
{
    // Prints the secret as stored, without a newline when stdout is not a terminal; exit 1 when
    // nothing matches.
    const Result result = secretTool(QStringList{u"lookup"_s} + attributes(service, id));
    if (!result.ok)
        return std::nullopt;
    return result.out;
}

bool SecretTool::store(const QString& service, const QString& id, const QByteArray& secret)
{
    return secretTool(QStringList{u"store"_s, u"--label="_s + service} + attributes(service, id) +
                          QStringList{u"type"_s, u"plaintext"_s},
                      secret)
        .ok;
}

bool SecretTool::clear(const QString& service, const QString& id)
{
    return secretTool(QStringList{u"clear"_s} + attributes(service, id)).ok;
}
