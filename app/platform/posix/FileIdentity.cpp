#include "app/platform/FileIdentity.h"

#include <QFile>

#include <sys/stat.h>

namespace {
std::optional<FileIdentity> identityFrom(int statResult, const struct stat& info)
{
    if (statResult != 0)
        return std::nullopt;
#ifdef __APPLE__
    const struct timespec& modified = info.st_mtimespec;
#else
    const struct timespec& modified = info.st_mtim;
#endif
    return FileIdentity(qint64(info.st_size), qint64(modified.tv_sec) * 1'000'000'000 + modified.tv_nsec,
                        quint64(info.st_ino), quint64(info.st_dev));
}
} // namespace

FileIdentity::FileIdentity(qint64 size, qint64 modifiedNs, quint64 number, quint64 device)
    : m_size(size)
    , m_modifiedNs(modifiedNs)
    , m_number(number)
    , m_device(device)
{
}

std::optional<FileIdentity> FileIdentity::ofOpen(const QFile& file)
{
    struct stat info = {};
    return identityFrom(::fstat(file.handle(), &info), info);
}

std::optional<FileIdentity> FileIdentity::ofPath(const QString& path)
{
    struct stat info = {};
    return identityFrom(::stat(QFile::encodeName(path).constData(), &info), info);
}
