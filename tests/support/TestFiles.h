#pragma once

#include <QByteArray>
#include <QString>

// Writes the small files tests upload.
class TestFiles
{
public:
    // Creates missing parent folders; returns the path, or an empty string when writing failed.
    static QString write(const QString& path, const QByteArray& content);
};
