#pragma once

#include "app/auth/Secret.h"
#include "app/net/TransferHandle.h"
#include "app/net/TransferOptions.h"
#include "app/net/TransferOutcome.h"
#include "app/profiles/Profile.h"
#include "app/requests/RequestPlan.h"
#include "app/requests/UploadItem.h"
#include "app/transfers/Destination.h"
#include "app/transfers/DestinationTable.h"
#include "app/transfers/RetryPolicy.h"
#include "app/transfers/UploadTask.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

struct Preferences;
class AccessTokenCache;
class LibraryLookup;
class FollowUpRunner;
class NetworkThread;
class QTimer;
class RateLimiter;
class TaskList;

// Schedules the files waiting, going and done: plans each item for the destination it was queued
// under (its replace operation when the item names what it replaces) and checks it again right
// before sending, runs up to N at once on the network thread, gets access tokens from the shared
// cache, retries only what the server cannot have stored, judges every answer by the success rule
// and hands successful uploads to the follow-up runner. A run ends when nothing is left to send.
class UploadQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 4;

    UploadQueue(NetworkThread* network, AccessTokenCache* tokens, QObject* parent = nullptr);
    ~UploadQueue() override;

    // Files added from now on go here. Items queued earlier for a destination of the same name are
    // planned again (an edited profile, a secret that arrived from the keychain), and a running
    // queue sends those that are now ready; items queued for other destinations keep theirs.
    void setDestination(const Destination& destination);
    // The same without making it the destination of files added from now on: a profile whose items
    // came back from the journal, or one chosen only for a moment, its secret read from the keychain.
    void updateDestination(const Destination& destination);
    void setProfile(const Profile& profile, const QMap<QString, QString>& variables = {},
                    const Secret& secret = {});
    const Profile& profile() const;
    const Destination* destination(const QString& name) const;
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    void setTransferOptions(const TransferOptions& options) { m_options = options; }
    // Concurrency, retries, timeouts and the upload speed limit as the user chose them. A higher
    // concurrency starts more files at once and a new limit holds for the uploads under way too; the
    // rest applies to the attempts that start from now on.
    void applyPreferences(const Preferences& preferences);
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    const TransferOptions& transferOptions() const { return m_options; }
    qint64 rateLimit() const; // bytes per second for all uploads together; 0: none
    // Off (the default): files added after a run has ended wait for start().
    void setStartWhenAdded(bool start);
    // Files are still being read in (a folder is walked): a started run waits for them.
    void expectFiles(bool expecting);
    bool startsWhenAdded() const { return m_startWhenAdded; }

    // Adds a file for the current destination; nullptr when the file is in the queue already (a
    // second drop of the same folder adds nothing twice; Clear Finished or Remove make room again).
    UploadTask* add(const UploadItem& item);
    // An item kept by the journal from an earlier session, under its own uuid and destination (which
    // must be known: updateDestination): failed and unknown ones stay so and wait for the user, any other
    // state is queued again and waits for start(). nullptr when the file is in the queue already.
    UploadTask* restore(const UploadItem& item, const QString& destination, const QUuid& uuid,
                        UploadTask::State state, const QString& message);
    // Called on the network thread right before the last byte of an item's file goes out (the
    // journal's body-sent mark).
    void setBeforeLastByte(std::function<void(const QUuid&)> callback)
    {
        m_beforeLastByte = std::move(callback);
    }
    // Asked for each file added: an earlier upload of the same content to the same destination holds
    // it until uploadAnyway() or remove().
    using EarlierUploadCheck = std::function<std::optional<EarlierUpload>(const UploadTask&)>;
    void setEarlierUploadCheck(EarlierUploadCheck check) { m_earlierUploadCheck = std::move(check); }
    // The destination's library settles uploads whose outcome is unknown (it holds the file: a
    // success; it does not: a failure the user may retry). Null: the library is not asked.
    void setLibraryLookup(LibraryLookup* lookup) { m_libraryLookup = lookup; }
    // New uploads also wait while the library is searched for them, and one it holds waits for the
    // user's word like an earlier upload (upload anyway, replace it, skip).
    void setHoldsDuplicates(bool hold) { m_holdDuplicates = hold; }
    bool holdsDuplicates() const { return m_holdDuplicates; }
    bool contains(const QString& path) const;
    UploadTask* taskFor(const QString& path) const;
    const QList<UploadTask*>& tasks() const;
    UploadTask* task(quint64 id) const;
    int indexOf(const UploadTask* task) const;
    int count(UploadTask::State state) const;
    int sendingCount() const; // files whose bytes are on their way (a quit would lose them)

    void start();
    // Sends nothing new; what is on its way finishes. start() goes on.
    void pause();
    // These queued items go out before the others, and the queue starts.
    void startFirst(const QList<quint64>& ids);
    void cancel(quint64 id);
    void cancelAll();
    // Sends a failed, cancelled or unknown item again, to the destination it was queued under.
    void retry(quint64 id);
    // An item held for an earlier upload goes after all: as a new item, or (replaceEarlier, where the
    // profile can replace) as a new version of the item uploaded earlier.
    void uploadAnyway(quint64 id, bool replaceEarlier);
    void remove(quint64 id);
    void clearFinished(); // removes what succeeded or was cancelled; failures stay to be retried
    // New per-item values for an item not sent yet: planned and checked again at once. A failed or
    // cancelled item takes them too (to fix what the server refused) but stays as it is: Retry plans
    // it with them. Nothing else changes its values: an upload under way, done, or of unknown outcome.
    void setMetadata(quint64 id, const QMap<QString, QString>& metadata);
    static bool takesMetadata(UploadTask::State state);
    bool isRunning() const { return m_running; }
    // Paused by the user with files still to send (not merely idle before the first Start).
    bool isPaused() const { return m_paused; }
    bool isIdle() const;

signals:
    void taskAdded(UploadTask* task);
    void taskAboutToBeRemoved(UploadTask* task);
    void taskChanged(UploadTask* task);    // state, message, values or result
    void taskProgressed(UploadTask* task); // bytes sent
    void finished();                       // the run is over: nothing left queued, running or waiting
    void runningChanged();                 // started, paused, or the run is over
    // The destination of that name changed (a profile chosen, edited, or its secret arrived).
    void destinationChanged(const QString& name);

private:
    UploadTask* adopt(UploadTask* task);
    std::optional<Secret> sendingSecret(const DestinationTable::Target& target, int* tokenGeneration);
    bool plan(UploadTask* task); // false: preflight blocked it
    void pump();
    bool dispatch(UploadTask* task); // false: it waits for an access token
    void onTokenFailed(const QByteArray& key, const QString& message, const ResponseRecord& response);
    bool refreshTokenFor(UploadTask* task, const TransferOutcome& outcome);
    void onUploadFinished(UploadTask* task, const TransferOutcome& outcome);
    void judge(UploadTask* task, const TransferOutcome& outcome);
    void judgeAnswer(UploadTask* task, const TransferOutcome& outcome);
    void retryOrFail(UploadTask* task, const TransferOutcome& outcome, const QString& reason);
    void scheduleRetry(UploadTask* task, int delayMs, const QString& reason, const ResponseRecord& response);
    void lookUp(UploadTask* task);
    void settleUnknown(UploadTask* task, const TransferOutcome& outcome);
    void startFollowUps(UploadTask* task, const ResponseRecord& response,
                        const FieldExtraction::Fields& fields, const QString& delivery);
    void checkIdle();

    NetworkThread* m_network;
    AccessTokenCache* m_tokens;
    TaskList* m_tasks;
    FollowUpRunner* m_followUps;
    DestinationTable m_destinations;
    QString m_current;
    RetryPolicy m_retryPolicy;
    TransferOptions m_options;
    std::shared_ptr<RateLimiter> m_limiter; // shared by every upload of this queue
    std::function<void(const QUuid&)> m_beforeLastByte;
    EarlierUploadCheck m_earlierUploadCheck;
    LibraryLookup* m_libraryLookup = nullptr;
    bool m_holdDuplicates = false;
    QSet<quint64> m_checking; // tasks held while the library is searched
    int m_concurrency = DefaultConcurrency;
    bool m_running = false;
    bool m_paused = false;
    bool m_startWhenAdded = false;
    bool m_expectingFiles = false;
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    QHash<quint64, QPointer<TransferHandle>> m_uploads;
    QHash<quint64, QTimer*> m_retryTimers;
    QHash<quint64, int> m_tokenGenerationUsed; // task → the token it was sent with
    QSet<quint64> m_refreshedFor;              // tasks already re-sent once with a new token
};
