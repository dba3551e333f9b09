#include "app/requests/BaseAddress.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QString withoutTrailingSlashes(QString text)
{
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

// "/api/library" → "/api/library", "/api": the longest first.
QStringList segmentPrefixes(const QString& path)
{
    QStringList prefixes;
    QString prefix;
    for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
        prefix += u'/' + segment;
        prefixes.prepend(prefix);
    }
    return prefixes;
}
} // namespace

QString BaseAddress::Normalised::note() const
{
    if (removed.isEmpty())
        return QString();
    const QString shown = withoutTrailingSlashes(removed);
    if (shown.isEmpty())
        return BaseAddress::tr("Removed the final \"/\": Hoist adds the rest of the address itself.");
    return BaseAddress::tr("Removed \"%1\": Hoist adds it itself.").arg(shown);
}

QString BaseAddress::addedPath(const QString& urlTemplate, const QString& key)
{
    const QString start = u"{+"_s + key + u'}';
    if (key.isEmpty() || !urlTemplate.startsWith(start))
        return QString();
    QString added = urlTemplate.mid(start.size());
    const qsizetype end = added.indexOf(QRegularExpression(u"[{?#]"_s));
    if (end >= 0) {
        const bool inSegment = added.at(end) == u'{';
        added = added.left(end);
        if (inSegment) // the segment the variable completes is not the template's own
            added = added.left(added.lastIndexOf(u'/'));
    }
    return added.startsWith(u'/') ? withoutTrailingSlashes(added) : QString();
}

BaseAddress::Normalised BaseAddress::normalise(const QString& address, const QString& addedPath)
{
    const QString typed = address.trimmed();
    const qsizetype scheme = typed.indexOf(u"://"_s);
    const qsizetype pathStart = scheme < 0 ? -1 : typed.indexOf(u'/', scheme + 3);
    if (addedPath.isEmpty() || pathStart < 0 || typed.contains(u'?') || typed.contains(u'#'))
        return {typed, QString()};
    QString kept = withoutTrailingSlashes(typed);
    for (const QString& prefix : segmentPrefixes(addedPath)) {
        if (kept.size() - prefix.size() >= pathStart && kept.endsWith(prefix, Qt::CaseInsensitive)) {
            kept = withoutTrailingSlashes(kept.chopped(prefix.size()));
            break;
        }
    }
    return {kept, typed.mid(kept.size())};
}

QString BaseAddress::repeatedPath(const QString& path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype length = 1; length * 2 <= segments.size(); ++length) {
        for (qsizetype start = 0; start + 2 * length <= segments.size(); ++start) {
            if (segments.mid(start, length) == segments.mid(start + length, length))
                return u'/' + segments.mid(start, length).join(u'/');
        }
    }
    return QString();
}
