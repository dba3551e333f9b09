#include "app/requests/PreflightFinding.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QJsonObject PreflightFinding::toJson() const
{
    return QJsonObject{
        {u"severity"_s, isError() ? u"error"_s : u"warning"_s}, {u"code"_s, code}, {u"message"_s, message}};
}

bool PreflightFinding::anyError(const QList<PreflightFinding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const PreflightFinding& f) { return f.isError(); });
}
