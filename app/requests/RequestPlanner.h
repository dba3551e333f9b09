#pragma once

#include "app/auth/Secret.h"
#include "app/profiles/Profile.h"
#include "app/requests/RequestPlan.h"
#include "app/requests/UploadItem.h"
#include "app/responses/FieldExtraction.h"

#include <QCoreApplication>
#include <QMap>

class TemplateExpander;

// Turns a profile and one item into the request plan: the one function every sender and view uses.
class RequestPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RequestPlanner)

public:
    // The Content-Type override that sends a file part with no Content-Type at all (to reproduce
    // what broken clients do; preflight refuses it).
    static constexpr QLatin1StringView NoContentType{"none"};
    static QByteArray userAgent();

    // What the plan is for decides which secret goes in: Send the given one (for token schemes the
    // access token); Display a stand-in for an access token that is not bought yet; Export none.
    enum class Use
    {
        Display,
        Send,
        Export,
    };
    static RequestPlan plan(const Profile& profile, const UploadItem& item,
                            const QMap<QString, QString>& variables, const Secret& secret,
                            Use use = Use::Send);
    // A body-less GET of the profile's check URL (else its upload URL) with its auth: proves a
    // credential works without uploading anything.
    static RequestPlan checkPlan(const Profile& profile, const QMap<QString, QString>& variables,
                                 const Secret& secret);

    // The request that buys an access token for a token scheme (OAuth2 client credentials, or a
    // user name and password posted once), from the credential's own secret.
    static RequestPlan tokenPlan(const Profile& profile, const QMap<QString, QString>& variables,
                                 const Secret& credential);
    struct FollowUpRequest
    {
        RequestPlan plan;
        SuccessRule success;
    };
    // The profile's follow-up steps for one uploaded item, with the fields its answer gave.
    static QList<FollowUpRequest> followUpPlans(const Profile& profile, const UploadItem& item,
                                                const QMap<QString, QString>& variables, const Secret& secret,
                                                const FieldExtraction::Fields& result);

    // For a profile that replaces by deleting: the request that deletes the item an upload replaced.
    static QList<FollowUpRequest> replacedItemDeletion(const Profile& profile, const UploadItem& item,
                                                       const QMap<QString, QString>& variables,
                                                       const Secret& secret);
    // A request of the profile's library (list, get, delete, folders) with its auth; values fill
    // {id}, {search}, {folder}, {offset}, {limit}, {page} and {force}.
    static RequestPlan libraryPlan(const Profile& profile, const LibraryApi::Request& request,
                                   const QMap<QString, QString>& values,
                                   const QMap<QString, QString>& variables, const Secret& secret);

private:
    enum class ProfileQuery
    {
        Include,
        Omit, // a follow-up step has its own address: the upload's parameters are not its own
    };
    static RequestPlan planRequest(const Profile& profile, const QString& urlTemplate,
                                   TemplateExpander& expander, const Secret& secret, Use use,
                                   ProfileQuery profileQuery = ProfileQuery::Include);
};
