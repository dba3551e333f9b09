#pragma once

#include "app/auth/Secret.h"
#include "app/profiles/Profile.h"
#include "app/requests/RequestPlan.h"
#include "app/requests/UploadItem.h"

class TemplateExpander;

#include <QMap>

// Turns a profile and one item into the request plan: the one function every sender and view uses.
class RequestPlanner
{
public:
    // The Content-Type override that sends a file part with no Content-Type at all (to reproduce
    // what broken clients do; preflight refuses it).
    static constexpr QLatin1StringView NoContentType{"none"};
    static QByteArray userAgent();

    static RequestPlan plan(const Profile& profile, const UploadItem& item,
                            const QMap<QString, QString>& variables, const Secret& secret);
    // A body-less GET of the profile's check URL (else its upload URL) with its auth: proves a
    // credential works without uploading anything.
    static RequestPlan checkPlan(const Profile& profile, const QMap<QString, QString>& variables,
                                 const Secret& secret);

private:
    static RequestPlan planRequest(const Profile& profile, const QString& urlTemplate,
                                   TemplateExpander& expander, const Secret& secret);
};
