#include "app/profiles/HeaderRules.h"

#include "app/PrintableText.h"

using namespace Qt::StringLiterals;

namespace {
bool isTokenCharacter(char16_t c)
{
    static constexpr QStringView specials = u"!#$%&'*+-.^_`|~";
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           specials.contains(QChar(c));
}

bool isForbiddenInValue(char16_t c)
{
    return (c < 0x20 && c != u'\t') || c == 0x7f;
}

// The first control character in text, escaped for the message; empty when there is none.
QString firstControl(const QString& text, bool allowTab)
{
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if ((code < 0x20 && !(allowTab && code == u'\t')) || code == 0x7f)
            return PrintableText::escape(QString(c));
    }
    return QString();
}
} // namespace

bool HeaderRules::isToken(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return isTokenCharacter(c.unicode()); });
}

QString HeaderRules::nameProblem(const QString& name)
{
    if (name.isEmpty())
        return tr("is empty");
    if (const QString control = firstControl(name, false); !control.isEmpty())
        return tr("contains a control character (%1), which would start another header").arg(control);
    if (!isToken(name))
        return tr("\"%1\" has characters a header name cannot have; use only letters, digits and "
                  "!#$%&'*+-.^_`|~")
            .arg(PrintableText::escape(name));
    return QString();
}

QString HeaderRules::valueProblem(const QString& value)
{
    if (const QString control = firstControl(value, true); !control.isEmpty())
        return tr("contains a control character (%1); a header value must be a single line").arg(control);
    return QString();
}

bool HeaderRules::isSendable(const QByteArray& name, const QByteArray& value)
{
    return isToken(QString::fromLatin1(name)) &&
           std::none_of(value.cbegin(), value.cend(), [](char c) { return isForbiddenInValue(uchar(c)); });
}
