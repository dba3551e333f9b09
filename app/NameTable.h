#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The stable names of an enum's values, as they appear in profile JSON and on the command line:
// looked up without regard to case, written as declared.
template <typename Enum, std::size_t Size> class NameTable
{
public:
    struct Entry
    {
        Enum value;
        QLatin1StringView name;
    };

    constexpr explicit NameTable(const std::array<Entry, Size>& entries)
        : m_entries(entries)
    {
    }

    std::optional<Enum> fromName(const QString& name) const
    {
        for (const Entry& entry : m_entries) {
            if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
                return entry.value;
        }
        return std::nullopt;
    }

    QString name(Enum value) const
    {
        for (const Entry& entry : m_entries) {
            if (entry.value == value)
                return entry.name;
        }
        return QString();
    }

    QStringList names() const
    {
        QStringList all;
        for (const Entry& entry : m_entries)
            all.append(entry.name);
        return all;
    }

private:
    std::array<Entry, Size> m_entries;
};
