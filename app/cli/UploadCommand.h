#pragma once

#include "app/auth/Secret.h"
#include "app/cli/DestinationArguments.h"
#include "app/cli/ExistingItemPolicy.h"
#include "app/cli/UploadInputCheck.h"
#include "app/net/TransferOptions.h"
#include "app/platform/RawArguments.h"
#include "app/profiles/Profile.h"
#include "app/requests/UploadItem.h"
#include "app/storage/HistoryRecord.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

class History;
struct Preferences;

// `hoist upload`: builds the profile from the arguments, then plans (--dry-run) or uploads every file.
class UploadCommand
{
    Q_DECLARE_TR_FUNCTIONS(UploadCommand)

public:
    UploadCommand(QString profileDirectory, QString settingsFile, RawArguments rawArguments = {});

    int run(const QStringList& arguments);

private:
    void declareOptions();
    bool assembleProfile(QString* error);
    bool applyOverrides(QString* error);
    bool applyPairs(const QString& option, QChar separator,
                    const std::function<void(const QString&, const QString&)>& apply, QString* error);
    bool readItemMetadata(const QStringList& files, QString* error);
    bool checkInput(const QStringList& files, QString* error) const;
    bool checkIfExists(QString* error) const;
    ExistingItemPolicy::Choice ifExists() const;
    UploadItem itemFor(const QString& file) const;
    bool readSecret(QString* error);
    bool readCertificates(QString* error);
    int dryRun(const QStringList& files);
    Preferences preferences() const;
    int upload(const QStringList& files);
    std::optional<HistoryRecord> earlierUpload(const History& history, const UploadItem& item) const;

    QString m_settingsFile;
    RawArguments m_rawArguments;
    DestinationArguments m_destinationArguments;
    QCommandLineParser m_parser;
    Profile m_profile;
    QMap<QString, QString> m_variables;
    QList<UploadInputCheck::Given> m_given; // every NAME=VALUE and "Name: value" option, as given
    QMap<QString, QString> m_itemMetadata;  // --item, --metadata, --folder, --replace
    Secret m_secret;
    TransferOptions m_transferOptions;
    bool m_json = false;
};
