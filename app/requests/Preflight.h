#pragma once

#include "app/profiles/Profile.h"
#include "app/requests/PreflightFinding.h"
#include "app/requests/RequestPlan.h"

#include <QCoreApplication>
#include <QList>

// Checks a planned request before any byte is sent, for the mistakes services answer with
// "File is too small", "Missing Content-Type for file part" or a 415.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    static QList<PreflightFinding> check(const RequestPlan& plan, const Profile& profile, bool haveSecret);

private:
    static void checkTrailingSlash(const RequestPlan& plan, Profile::TrailingSlash rule,
                                   QList<PreflightFinding>& findings);
    static void checkHeaders(const RequestPlan& plan, QList<PreflightFinding>& findings);
    static void checkXiboRevisions(const RequestPlan& plan, QList<PreflightFinding>& findings);
    static void checkFilePart(const RequestPlan::Part& part, const Profile::Limits& limits,
                              QList<PreflightFinding>& findings);
};
