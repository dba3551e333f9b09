#include "app/cli/NumberArgument.h"

std::optional<int> NumberArgument::parse(const QString& text) const
{
    const bool digits = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(),
                                                       [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits)
        return std::nullopt;
    bool fits = false;
    const qlonglong number = text.toLongLong(&fits); // fails rather than wraps on too many digits
    if (!fits || number < minimum || number > maximum)
        return std::nullopt;
    return int(number);
}

QString NumberArgument::rangeError() const
{
    return tr("--%1 needs a whole number from %2 to %3.").arg(option).arg(minimum).arg(maximum);
}
