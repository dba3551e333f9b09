#pragma once

#include <QByteArray>
#include <QString>

// Makes text safe to print on a terminal line: control characters, DEL and the Unicode characters
// that move or reorder text (bidi controls, line and paragraph separators) are written as escapes,
// so a crafted file name or server message cannot start a new line, recolour the terminal or forge
// output. Used by every text view of names and values; JSON output is escaped by JSON itself.
class PrintableText
{
public:
    // "\n", "\r", "\t", "\x1b", "\u202e" …; everything else, backslashes included, stays as it is.
    static QString escape(const QString& text);
    // Bytes that ought to be UTF-8 (a file name on Linux): valid sequences as characters (escaped as
    // above), every other byte as "\xE9".
    static QString escapeBytes(const QByteArray& bytes);
};
