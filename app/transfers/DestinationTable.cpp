#include "app/transfers/DestinationTable.h"

#include "app/auth/AccessTokenCache.h"
#include "app/requests/RequestPlanner.h"

void DestinationTable::set(const Destination& destination)
{
    Target target{destination,
                  destination.profile.forOperation(Profile::Operation::Replace),
                  {},
                  {},
                  destination.profile.auth.needsSecret() && destination.secret.isEmpty()};
    if (destination.profile.auth.usesTokenEndpoint()) {
        target.tokenPlan =
            RequestPlanner::tokenPlan(destination.profile, destination.variables, destination.secret);
        target.tokenKey = AccessTokenCache::keyOf(target.tokenPlan);
    }
    m_targets.insert(destination.name, target);
}

const DestinationTable::Target* DestinationTable::find(const QString& name) const
{
    const auto target = m_targets.constFind(name);
    return target == m_targets.cend() ? nullptr : &*target;
}

const DestinationTable::Target& DestinationTable::of(const UploadTask* task) const
{
    return *m_targets.constFind(task->destination());
}

const Profile& DestinationTable::profileFor(const UploadTask* task) const
{
    const Target& target = of(task);
    return task->item().operation() == Profile::Operation::Replace ? target.replaceProfile
                                                                   : target.destination.profile;
}

void DestinationTable::countBlocked(const UploadTask* task, UploadTask::State previous)
{
    const bool was = previous == UploadTask::State::Blocked;
    const bool is = task->state() == UploadTask::State::Blocked;
    if (was != is)
        m_blocked[task->destination()] += is ? 1 : -1;
}

void DestinationTable::forgetBlocked(const UploadTask* task)
{
    if (task->state() == UploadTask::State::Blocked)
        --m_blocked[task->destination()];
}

bool DestinationTable::waitsForSecret() const
{
    for (auto target = m_targets.cbegin(); target != m_targets.cend(); ++target) {
        if (target->awaitingSecret && m_blocked.value(target.key()) > 0)
            return true;
    }
    return false;
}
