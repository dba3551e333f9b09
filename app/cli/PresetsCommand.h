#pragma once

#include "app/profiles/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

// `hoist presets list [--json]`: the built-in services, the values each needs and what it can do.
class PresetsCommand
{
    Q_DECLARE_TR_FUNCTIONS(PresetsCommand)

public:
    int run(const QStringList& arguments);
    static QString usage();
    // What a preset or profile can do: upload, replace, folder.
    static QStringList operations(const Profile& profile);
    static QJsonObject summary(const Profile& preset);

private:
    static QString valuesOf(const Profile::Input& input);
    int list(const QStringList& arguments);
};
