#include "app/requests/AddressRules.h"

#include "app/PrintableText.h"

using namespace Qt::StringLiterals;

QString AddressRules::problem(const QString& address)
{
    const bool unprintable = std::any_of(address.cbegin(), address.cend(), [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control;
    });
    if (unprintable)
        return tr("\"%1\" contains a space or a control character; write a space as %20.")
            .arg(PrintableText::escape(address));
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid()) {
        // Qt's reason, without the "; source was …" it appends.
        const QString reason = url.errorString().section(u"; source was"_s, 0, 0);
        return tr("\"%1\" is not a valid address (%2).").arg(PrintableText::escape(address), reason);
    }
    if (url.scheme().isEmpty())
        return tr("\"%1\" does not start with http:// or https://.").arg(PrintableText::escape(address));
    if (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        return tr("\"%1\" uses %2://; Hoist uploads over http:// and https:// only.")
            .arg(PrintableText::escape(address), url.scheme());
    if (url.host().isEmpty())
        return tr("\"%1\" names no host.").arg(PrintableText::escape(address));
    return QString();
}

bool AddressRules::hasCredentials(const QUrl& url)
{
    return !url.userName().isEmpty() || !url.password().isEmpty();
}
