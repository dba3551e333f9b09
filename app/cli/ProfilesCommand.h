#pragma once

#include <QCoreApplication>
#include <QStringList>

class ProfileStore;

// `hoist profiles add NAME --preset ID --var KEY=VALUE… | list | show NAME | remove NAME`.
class ProfilesCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)

public:
    ProfilesCommand(QString profileDirectory, QString settingsFile);

    int run(const QStringList& arguments);
    static QString usage();

private:
    int add(const QStringList& arguments, ProfileStore& store);
    int list(const QStringList& arguments, ProfileStore& store);
    int show(const QStringList& arguments, ProfileStore& store);
    int remove(const QStringList& arguments, ProfileStore& store);

    QString m_profileDirectory;
    QString m_settingsFile;
};
