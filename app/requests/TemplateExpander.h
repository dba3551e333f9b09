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

    QString expand(const QString& pattern, Mode mode = Mode::Text);
    // Names that were asked for but had no value, in the order met.
    QStringList missing() const { return m_missing; }

private:
    QMap<QString, QString> m_values;
    QStringList m_missing;
};
