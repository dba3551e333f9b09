// Copy as curl: the command a user pastes into a shell sends what Hoist would send (the same parts,
// names, types and bytes, to the same address), and holds no secret: it reads $HOIST_SECRET.
#include "app/profiles/PresetCatalogue.h"
#include "app/requests/CurlCommand.h"
#include "app/requests/RequestPlanner.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/TestFiles.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void pastedCommandSendsWhatHoistSends();

private:
    EmulatorClient m_server{u"sandbox_token"_s};
};

void TestCurlCommand::pastedCommandSendsWhatHoistSends()
{
    QVERIFY2(m_server.isValid(), "the sandbox_token fixture is not running (run through ctest)");
    QTemporaryDir dir;
    // Quotes, a semicolon and a dollar sign: each would break a command quoted carelessly. (A double quote
    // in a file name curl itself sends as %22.)
    const QString path =
        TestFiles::write(dir.filePath(u"it's; $HOME poster.png"_s), "\x89PNG\r\n\x1a\n not really");
    Profile profile = *PresetCatalogue::find(u"sandbox"_s); // signs in with a token
    profile.variables.insert(u"base"_s, m_server.base().toString());
    UploadItem item = UploadItem::fromPath(path);
    item.metadata.insert(u"name"_s, u"Spring \"$(echo hi)\" poster"_s);
    const QString token = u"hoist-test-token"_s;
    const RequestPlan plan =
        RequestPlanner::plan(profile, item, {}, Secret{QString(), token}); // as the queue holds it
    const QString command = CurlCommand::fromPlan(plan);
    QVERIFY2(!command.contains(token), qPrintable(command));
    QVERIFY2(CurlCommand::needsSecret(command), qPrintable(command));

    m_server.clear();
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(CurlCommand::secretVariable(), token);
    shell.setProcessEnvironment(environment);
    shell.start(u"sh"_s, {u"-c"_s, command + u" --silent --show-error --fail"_s});
    QVERIFY(shell.waitForFinished(30'000));
    QVERIFY2(shell.exitCode() == 0,
             qPrintable(command + u'\n' + QString::fromUtf8(shell.readAllStandardError())));

    const QJsonArray uploads = m_server.uploads();
    QCOMPARE(uploads.size(), 1);
    const QJsonObject request = uploads.first().toObject();
    QCOMPARE(request.value(u"status"_s).toInt(), 201);
    QJsonObject file;
    QMap<QString, QString> fields;
    for (const QJsonValue& value : EmulatorClient::parts(request)) {
        const QJsonObject part = value.toObject();
        if (part.value(u"filename"_s).toString().isEmpty())
            fields.insert(part.value(u"name"_s).toString(), part.value(u"value"_s).toString());
        else
            file = part;
    }
    QCOMPARE(file.value(u"name"_s).toString(), plan.filePart().name);
    QCOMPARE(file.value(u"filename"_s).toString(), u"it's; $HOME poster.png"_s);
    QCOMPARE(file.value(u"content_type"_s).toString(), u"image/png"_s);
    QCOMPARE(file.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(path));
    QCOMPARE(fields.value(u"name"_s), u"Spring \"$(echo hi)\" poster"_s);
}

QTEST_MAIN(TestCurlCommand)
#include "TestCurlCommand.moc"
