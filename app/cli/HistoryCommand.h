#pragma once

#include "app/storage/History.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// `hoist history`: the uploads the history keeps, newest first, filtered by profile, status, time
// and name, as text or as one JSON array.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    explicit HistoryCommand(QString databasePath);

    int run(const QStringList& arguments);

    static constexpr int DefaultLimit = 100;

private:
    void declareOptions();
    // The filters the options ask for; false with *error set when one of them makes no sense.
    bool readQuery(History::Query* query, QString* error) const;

    QString m_databasePath;
    QCommandLineParser m_parser;
};
