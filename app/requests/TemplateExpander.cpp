#include "app/requests/TemplateExpander.h"

using namespace Qt::StringLiterals;

#include <QUrl>

TemplateExpander::TemplateExpander(QMap<QString, QString> values)
    : m_values(std::move(values))
{
}

QString TemplateExpander::expand(const QString& pattern, Mode mode, Presence presence)
{
    QString result;
    qsizetype position = 0;
    while (position < pattern.size()) {
        const qsizetype open = pattern.indexOf(u'{', position);
        const qsizetype close = open < 0 ? -1 : pattern.indexOf(u'}', open);
        if (open < 0 || close < 0) {
            result += pattern.mid(position);
            break;
        }
        result += pattern.mid(position, open - position);
        QString name = pattern.mid(open + 1, close - open - 1);
        const bool reserved = name.startsWith(u'+');
        if (reserved)
            name.remove(0, 1);
        const auto found = m_values.constFind(name);
        const bool optional = presence == Presence::ItemOptional && name.startsWith(u"item."_s);
        if (found == m_values.constEnd() && !optional && !m_missing.contains(name))
            m_missing.append(name);
        const QString value = found == m_values.constEnd() ? QString() : found.value();
        result +=
            (mode == Mode::Url && !reserved) ? QString::fromLatin1(QUrl::toPercentEncoding(value)) : value;
        position = close + 1;
    }
    return result;
}
