#include "app/cli/UploadInputCheck.h"

#include "app/PrintableText.h"
#include "app/profiles/HeaderRules.h"
#include "app/requests/AddressRules.h"
#include "app/requests/TemplateExpander.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString headerOption = u"header"_s;
// The options whose name and value go into the request as typed.
const QStringList pairOptions{headerOption, u"query"_s, u"field"_s};
} // namespace

UploadInputCheck::UploadInputCheck(Profile profile, const QMap<QString, QString>& variables,
                                   const QMap<QString, QString>& itemMetadata)
    : m_profile(std::move(profile))
    , m_values(m_profile.variables)
{
    m_values.insert(variables);
    for (const QString& key : {u"file.name"_s, u"file.stem"_s, u"file.suffix"_s})
        m_values.insert(key, u"x"_s);
    for (auto it = itemMetadata.constBegin(); it != itemMetadata.constEnd(); ++it)
        m_values.insert(u"item."_s + it.key(), it.value());
}

QString UploadInputCheck::problem(const QStringList& files, const RawArguments& raw,
                                  const QList<Given>& given, bool typedUrl) const
{
    for (const QString& problem :
         {fileNameProblem(files, raw), requestProblem(given), addressProblem(typedUrl)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

// Qt decodes argv lossily: a name that is not UTF-8 would be looked for under another name.
QString UploadInputCheck::fileNameProblem(const QStringList& files, const RawArguments& raw)
{
    for (const QString& file : files) {
        if (const std::optional<QByteArray> bytes = raw.undecodable(file)) {
            return tr("the name of \"%1\" is not valid UTF-8, so Hoist cannot open it by name; rename it "
                      "(for "
                      "example with convmv).")
                .arg(PrintableText::escapeBytes(*bytes));
        }
    }
    return QString();
}

// A line break in a header would end it and start one the user never meant to send; the method and
// a key's header name go on the request line and into a header name.
QString UploadInputCheck::requestProblem(const QList<Given>& given) const
{
    for (const Given& pair : given) {
        if (pair.option != headerOption)
            continue;
        if (const QString problem = HeaderRules::nameProblem(pair.name); !problem.isEmpty())
            return tr("--header: the header name %1.").arg(problem);
        if (const QString problem = HeaderRules::valueProblem(pair.value); !problem.isEmpty())
            return tr("--header %1: the value %2.").arg(pair.name, problem);
    }
    if (!HeaderRules::isToken(m_profile.method))
        return tr("--method \"%1\" is not an HTTP method (a word such as POST or PUT).")
            .arg(m_profile.method);
    const AuthConfig& auth = m_profile.auth;
    if (auth.scheme == AuthConfig::Scheme::HeaderKey && !auth.parameterName.isEmpty()) {
        if (const QString problem = HeaderRules::nameProblem(auth.parameterName); !problem.isEmpty())
            return tr("--auth-name: the header name %1.").arg(problem);
    }
    return QString();
}

// Every address the upload may use, filled in with what is known now; what is still missing is
// preflight's to report.
QString UploadInputCheck::addressProblem(bool typedUrl) const
{
    if (typedUrl) {
        TemplateExpander expander(m_values);
        const QString address = expander.expand(m_profile.url, TemplateExpander::Mode::Url);
        const QString problem = expander.missing().isEmpty() ? AddressRules::problem(address) : QString();
        if (!problem.isEmpty())
            return tr("--url: %1").arg(problem);
    }
    QStringList patterns{m_profile.url, m_profile.checkUrl, m_profile.auth.tokenUrl};
    if (m_profile.supportsReplace())
        patterns.append(m_profile.forOperation(Profile::Operation::Replace).url);
    for (const Profile::FollowUp& step : m_profile.followUps)
        patterns.append(step.url);
    for (const QString& pattern : patterns) {
        TemplateExpander expander(m_values);
        if (AddressRules::hasCredentials(QUrl(expander.expand(pattern, TemplateExpander::Mode::Url)))) {
            return tr(
                "the address contains a user name or password; Hoist does not send credentials in URLs. "
                "Use --auth basic with --auth-name USER and --secret-env/--secret-stdin or the keychain.");
        }
    }
    return QString();
}

// A secret typed as an argument can be read by every user in the process list.
QStringList UploadInputCheck::secretWarnings(const QList<Given>& given) const
{
    QStringList warnings;
    QSet<QString> warned;
    for (const Given& pair : given) {
        const QString key = pair.option + u' ' + pair.name;
        if (!pairOptions.contains(pair.option) || !m_profile.auth.isSecretName(pair.name) ||
            warned.contains(key))
            continue;
        warned.insert(key);
        warnings.append(
            tr("--%1 %2 puts a secret on the command line, where other users can read it in the process "
               "list; use --secret-env VAR or the keychain (hoist credentials set) instead.")
                .arg(pair.option, PrintableText::escape(pair.name)));
    }
    return warnings;
}
