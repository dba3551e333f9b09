#pragma once

#include "app/auth/Secret.h"
#include "app/profiles/Profile.h"

#include <QMap>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

class AccessTokenCache;
class NetworkThread;
class UploadQueue;

// "Test Upload" in the profile editor: sends one tiny generated image with a profile that may not be
// saved yet, through the same queue as any upload, and says in a sentence how it went.
class ProbeUpload : public QObject
{
    Q_OBJECT

public:
    ProbeUpload(NetworkThread* network, AccessTokenCache* tokens, QObject* parent = nullptr);
    ~ProbeUpload() override;

    void start(const Profile& profile, const Secret& secret);

signals:
    void finished(bool succeeded, const QString& message);

private:
    NetworkThread* m_network;
    AccessTokenCache* m_tokens;
    QTemporaryDir m_dir;
    std::unique_ptr<UploadQueue> m_queue;
};
