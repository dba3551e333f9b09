#pragma once

#include <QtGlobal>

#include <optional>

class QFile;
class QString;

// What tells one state of a file from another: its size, its modification time to the nanosecond
// and, where the file system has them, the file's own number and its device. Two equal identities
// mean the same bytes of the same file, as far as the system can say without reading them.
//
// Operating-system specific. POSIX (Linux, macOS): platform/posix/FileIdentity.cpp, from fstat()
// and stat(). Windows would read GetFileInformationByHandle() on _get_osfhandle(file.handle()):
// nFileIndexHigh/Low for the number, dwVolumeSerialNumber for the device, ftLastWriteTime (100 ns)
// for the time.
class FileIdentity
{
public:
    // The identity of the file an open QFile reads, even after it was renamed or deleted.
    static std::optional<FileIdentity> ofOpen(const QFile& file);
    // The identity of what is at `path` now (after a rename, another file than the open one).
    static std::optional<FileIdentity> ofPath(const QString& path);

    FileIdentity(qint64 size, qint64 modifiedNs, quint64 number, quint64 device);

    qint64 size() const { return m_size; }
    bool operator==(const FileIdentity&) const = default;

private:
    qint64 m_size = -1;
    qint64 m_modifiedNs = 0;
    quint64 m_number = 0;
    quint64 m_device = 0;
};
