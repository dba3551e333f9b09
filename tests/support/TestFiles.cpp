#include "tests/support/TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The needle as text when it is printable, in hex otherwise (e.g. a UTF-16 form).
QString describe(const QByteArray& needle)
{
    const bool printable = std::none_of(needle.cbegin(), needle.cend(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    });
    return printable ? QString::fromUtf8(needle) : u"0x"_s + QString::fromLatin1(needle.toHex());
}
} // namespace

QString TestFiles::writeRandom(const QString& path, qint64 size)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(quint32(qHash(QFileInfo(path).fileName())));
    for (qint64 written = 0; written < size; written += block.size()) {
        random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        const qint64 length = qMin<qint64>(block.size(), size - written);
        if (file.write(block.constData(), length) != length)
            return QString();
    }
    return path;
}

QString TestFiles::write(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

QStringList TestFiles::filesContaining(const QString& root, const QList<QByteArray>& needles, int* scanned)
{
    QStringList found;
    int read = 0;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        const QString relative = base.relativeFilePath(file.fileName());
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(relative + u": unreadable"_s);
            continue;
        }
        const QByteArray content = file.readAll();
        ++read;
        for (const QByteArray& needle : needles) {
            if (content.contains(needle))
                found.append(relative + u": "_s + describe(needle));
        }
    }
    if (scanned)
        *scanned = read;
    return found;
}
