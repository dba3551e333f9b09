#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// A whole-number option and the range it accepts, so that "--stall-timeout 2147484" is refused
// instead of overflowing into "never".
class NumberArgument
{
    Q_DECLARE_TR_FUNCTIONS(NumberArgument)

public:
    QString option; // without the dashes
    int minimum = 1;
    int maximum = 1;

    // The number, or nothing when the text is not a whole number (digits only) within the range.
    std::optional<int> parse(const QString& text) const;
    // "--stall-timeout needs a whole number from 1 to 86400."
    QString rangeError() const;
};
