#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QCommandLineParser;

// A repeatable option given as "NAME=VALUE" (or "Name: value" for headers), split and refused the same
// way by every command.
class PairArgument
{
    Q_DECLARE_TR_FUNCTIONS(PairArgument)

public:
    using Pairs = QList<std::pair<QString, QString>>;

    QString option; // without the dashes
    QChar separator = u'=';

    // Every value the option got, as trimmed name and value, in the order given; std::nullopt with
    // *error set at the first one without a name before the separator.
    std::optional<Pairs> read(const QCommandLineParser& parser, QString* error) const;
};
