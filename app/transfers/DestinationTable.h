#pragma once

#include "app/profiles/Profile.h"
#include "app/requests/RequestPlan.h"
#include "app/transfers/Destination.h"
#include "app/transfers/UploadTask.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// The destinations a queue's items go to, by name: each profile with its values and secret, the
// profile that replaces with it, what buys its access token, and how many of its items preflight
// stopped (a run waits for those while their secret is still on its way from the keychain).
class DestinationTable
{
public:
    struct Target
    {
        Destination destination;
        Profile replaceProfile;
        RequestPlan tokenPlan; // token schemes: what buys the access token
        QByteArray tokenKey;
        bool awaitingSecret = false; // it signs in, and its secret has not arrived (yet)
    };

    void set(const Destination& destination); // adds it, or replaces the one of that name
    bool contains(const QString& name) const { return m_targets.contains(name); }
    const Target* find(const QString& name) const;
    const Target& of(const UploadTask* task) const; // the task's destination, which must be known
    // The task's profile: the replace operation's when the item names what it replaces.
    const Profile& profileFor(const UploadTask* task) const;

    void countBlocked(const UploadTask* task, UploadTask::State previous);
    void forgetBlocked(const UploadTask* task); // a task leaves the queue
    // Files are stopped only because the keychain has not answered yet.
    bool waitsForSecret() const;

private:
    QHash<QString, Target> m_targets;
    QHash<QString, int> m_blocked; // destination → its tasks that preflight stopped
};
