#include "app/cli/PairArgument.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

std::optional<PairArgument::Pairs> PairArgument::read(const QCommandLineParser& parser, QString* error) const
{
    Pairs pairs;
    for (const QString& entry : parser.values(option)) {
        const qsizetype at = entry.indexOf(separator);
        if (at <= 0) {
            const QString form = separator == u':' ? u"\"Name: value\""_s : u"NAME=VALUE"_s;
            *error = tr("--%1 needs %2, not \"%3\".").arg(option, form, entry);
            return std::nullopt;
        }
        pairs.append({entry.left(at).trimmed(), entry.mid(at + 1).trimmed()});
    }
    return pairs;
}
