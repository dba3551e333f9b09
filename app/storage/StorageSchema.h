#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The database's tables, as an ordered list of migrations: migration N brings a database from
// user_version N-1 to N. Released migrations are never edited; a change is a new migration.
class StorageSchema
{
public:
    struct Migration
    {
        int version;
        QStringList statements;
    };
    struct Table
    {
        QString name;
        QStringList columns;
    };

    static const QList<Migration>& migrations();
    static int currentVersion();
    // What this code reads: a database of the current version must have these tables and columns.
    static const QList<Table>& tables();
};
