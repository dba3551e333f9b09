#pragma once

#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileCodec.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/HoistProcess.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

// `hoist upload` against the open "sandbox" emulator, as a script runs it: a saved Sandbox.json
// profile, a throwaway home under which everything hoist writes goes, and the binary under test.
// Header-only: tests that use it link hoist_core themselves.
class CliSandbox
{
public:
    // Writes the profile; false when the emulator or the binary is missing or the file cannot be written.
    bool prepare()
    {
        if (!m_server.isValid() || qEnvironmentVariableIsEmpty("HOIST_BINARY") || !m_dir.isValid())
            return false;
        Profile sandbox = *PresetCatalogue::find(QStringLiteral("sandbox"));
        sandbox.variables.insert(QStringLiteral("base"), m_server.base().toString());
        sandbox.auth = {}; // the "sandbox" fixture is open; TestCredentialsCli signs in to "sandbox_token"
        m_profilePath =
            writeFile(QStringLiteral("Sandbox.json"), QJsonDocument(ProfileCodec::write(sandbox)).toJson());
        return !m_profilePath.isEmpty();
    }

    EmulatorClient& server() { return m_server; }
    const QTemporaryDir& dir() const { return m_dir; }
    const QString& profilePath() const { return m_profilePath; }
    QString uploadUrl() const { return m_server.base().toString() + QStringLiteral("/api/media/files"); }
    QProcessEnvironment environment() const
    {
        return HoistProcess::environmentWithHome(m_dir.filePath(QStringLiteral("home")));
    }
    QString writeFile(const QString& name, const QByteArray& content) const
    {
        return TestFiles::write(m_dir.filePath(name), content);
    }

    // extraEnvironment: NAME=VALUE entries on top of environment().
    HoistProcess::Run run(const QStringList& arguments, const QStringList& extraEnvironment = {}) const
    {
        QProcessEnvironment extended = environment();
        for (const QString& entry : extraEnvironment)
            extended.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        return HoistProcess::run(arguments, {}, extended);
    }

    // The sandbox profile with one change, written as profiles/NAME.json; returns its path.
    QString profileWith(const QString& name, const std::function<void(QJsonObject&)>& change) const
    {
        QFile sandbox(m_profilePath);
        if (!sandbox.open(QIODevice::ReadOnly))
            return QString();
        QJsonObject profile = QJsonDocument::fromJson(sandbox.readAll()).object();
        change(profile);
        return writeFile(QStringLiteral("profiles/") + name + QStringLiteral(".json"),
                         QJsonDocument(profile).toJson());
    }

private:
    EmulatorClient m_server{QStringLiteral("sandbox")};
    QTemporaryDir m_dir;
    QString m_profilePath;
};
