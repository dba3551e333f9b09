#include "app/PrintableText.h"

using namespace Qt::StringLiterals;

namespace {
bool needsEscape(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f ||
           (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString escaped(char32_t c)
{
    switch (c) {
    case u'\n':
        return u"\\n"_s;
    case u'\r':
        return u"\\r"_s;
    case u'\t':
        return u"\\t"_s;
    default:
        break;
    }
    if (c < 0x80)
        return u"\\x"_s + QString::number(uint(c), 16).rightJustified(2, u'0');
    return u"\\u"_s + QString::number(uint(c), 16).rightJustified(4, u'0');
}

bool isContinuation(const QByteArray& bytes, qsizetype at, uchar low = 0x80, uchar high = 0xbf)
{
    if (at >= bytes.size())
        return false;
    const auto byte = uchar(bytes.at(at));
    return byte >= low && byte <= high;
}

// The length of the well-formed UTF-8 sequence at `at` (Unicode 15, table 3-7); 0 when there is none.
qsizetype sequenceLength(const QByteArray& bytes, qsizetype at)
{
    const auto lead = uchar(bytes.at(at));
    if (lead < 0x80)
        return 1;
    if (lead >= 0xc2 && lead <= 0xdf)
        return isContinuation(bytes, at + 1) ? 2 : 0;
    if (lead >= 0xe0 && lead <= 0xef) {
        const uchar low = lead == 0xe0 ? 0xa0 : 0x80;
        const uchar high = lead == 0xed ? 0x9f : 0xbf;
        return isContinuation(bytes, at + 1, low, high) && isContinuation(bytes, at + 2) ? 3 : 0;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
        const uchar low = lead == 0xf0 ? 0x90 : 0x80;
        const uchar high = lead == 0xf4 ? 0x8f : 0xbf;
        return isContinuation(bytes, at + 1, low, high) && isContinuation(bytes, at + 2) &&
                       isContinuation(bytes, at + 3)
                   ? 4
                   : 0;
    }
    return 0;
}
} // namespace

QString PrintableText::escape(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (needsEscape(c.unicode()))
            result += escaped(c.unicode());
        else
            result += c;
    }
    return result;
}

QString PrintableText::escapeBytes(const QByteArray& bytes)
{
    QString result;
    qsizetype at = 0;
    while (at < bytes.size()) {
        const qsizetype length = sequenceLength(bytes, at);
        if (length == 0) {
            result += u"\\x"_s + QString::number(uchar(bytes.at(at)), 16).toUpper().rightJustified(2, u'0');
            ++at;
            continue;
        }
        result += escape(QString::fromUtf8(bytes.mid(at, length)));
        at += length;
    }
    return result;
}
