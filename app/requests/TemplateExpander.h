#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// Fills {name} placeholders from a set of values. In URLs a plain {name} is percent-encoded
// (RFC 6570 simple expansion) and {+name} is inserted as written (reserved expansion, for base URLs).
class TemplateExpander
{
public:
    enum class Mode
    {
        Text,
        Url,
    };

    explicit TemplateExpander(QMap<QString, QString> values);

    enum class Presence
    {
        Required, // a name without a value is missing
        // A per-item value ({item.folder}) without a value comes out empty: a query parameter that
        // is then left out. Other names are still required.
        ItemOptional,
    };
    QString expand(const QString& pattern, Mode mode = Mode::Text, Presence presence = Presence::Required);
    // Names that were asked for but had no value, in the order met.
    QStringList missing() const { return m_missing; }

private:
    QMap<QString, QString> m_values;
    QStringList m_missing;
};
