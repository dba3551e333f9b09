#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Writes the small files tests upload, and searches what the program under test wrote.
class TestFiles
{
public:
    // Creates missing parent folders; returns the path, or an empty string when writing failed.
    static QString write(const QString& path, const QByteArray& content);
    // `size` bytes that differ per file name and per block, so that a mixed-up, repeated or missing
    // block changes the hash. Returns the path, or an empty string when writing failed.
    static QString writeRandom(const QString& path, qint64 size);
    // Every file below `root` (in subfolders too, hidden ones included) that contains one of
    // `needles`, as "relative/path: needle", one entry per file and needle, plus "relative/path:
    // unreadable" for a file that cannot be opened. Empty when nothing matched. `scanned`, when
    // given, is set to how many files were read, so that a caller can tell an empty search.
    static QStringList filesContaining(const QString& root, const QList<QByteArray>& needles,
                                       int* scanned = nullptr);
};
