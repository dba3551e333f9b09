#include "app/transfers/ProbeUpload.h"

#include "app/transfers/UploadQueue.h"

#include <QDateTime>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {
// A 1×1 PNG: every preset's service takes images, and it is too small to cost anyone anything.
const QByteArray tinyPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
} // namespace

ProbeUpload::ProbeUpload(NetworkThread* network, AccessTokenCache* tokens, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
{
}

ProbeUpload::~ProbeUpload() = default;

void ProbeUpload::start(const Profile& profile, const Secret& secret)
{
    const QString name =
        u"hoist-test-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".png"_s;
    QFile file(m_dir.filePath(name));
    if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(tinyPng) != tinyPng.size()) {
        emit finished(false, tr("Could not write the test file: %1").arg(file.errorString()));
        return;
    }
    file.close();
    m_queue = std::make_unique<UploadQueue>(m_network, m_tokens);
    m_queue->setProfile(profile, {}, secret);
    UploadItem item = UploadItem::fromPath(file.fileName());
    item.metadata.insert(u"name"_s, name);
    UploadTask* task = m_queue->add(item);
    connect(m_queue.get(), &UploadQueue::finished, this, [this, task, name] {
        QStringList fields;
        for (const auto& [key, value] : task->fields())
            fields.append(key + u'=' + value);
        const bool succeeded = task->state() == UploadTask::State::Succeeded;
        const QString message =
            succeeded ? tr("Uploaded %1 (HTTP %2): %3. It is a real item: delete it on the service if you "
                           "do not want it.")
                            .arg(name, task->response().statusLine(), fields.join(u", "_s))
                      : tr("The test upload failed: %1").arg(task->message());
        m_queue.release()->deleteLater(); // its own signal is being delivered
        emit finished(succeeded, message);
    });
    m_queue->start();
}
