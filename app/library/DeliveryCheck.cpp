#include "app/library/DeliveryCheck.h"

#include "app/library/LibraryReader.h"
#include "app/responses/ResponseRecord.h"

#include <QCryptographicHash>
#include <QLocale>

using namespace Qt::StringLiterals;

DeliveryCheck::Result DeliveryCheck::ofAnswer(const LibraryApi& api, const ResponseRecord& answer,
                                              const FileDigest& sent, const QString& sentName)
{
    if (!api.reportsDelivery() || !sent.isValid())
        return {};
    const QJsonDocument document = answer.json();
    if (!document.isObject())
        return {};
    return ofItem(api, LibraryReader::itemFrom(document.object(), api.uploaded, answer.url), sent, sentName);
}

DeliveryCheck::Result DeliveryCheck::ofItem(const LibraryApi& api, const LibraryItem& item,
                                            const FileDigest& local, const QString& hashName)
{
    if (!local.isValid())
        return {};
    const QLocale locale;
    if (item.size >= 0 && item.size != local.size) {
        return {Verdict::Mismatch,
                tr("The server stored %1 bytes; the file has %2. What arrived is not the file.")
                    .arg(locale.toString(item.size), locale.toString(local.size))};
    }
    const QString expected = item.hash.isEmpty()
                                 ? QString()
                                 : expectedHash(api.hash, local, hashName.isEmpty() ? item.name : hashName);
    if (!expected.isEmpty() && expected.compare(item.hash, Qt::CaseInsensitive) != 0) {
        return {Verdict::Mismatch,
                tr("The server's %1 is %2; the file's is %3. What arrived is not the file.")
                    .arg(LibraryApi::hashName(api.hash), item.hash, expected)};
    }
    if (!expected.isEmpty())
        return {
            Verdict::Verified,
            item.size >= 0
                ? tr("Verified: the server's size and %1 match the file.").arg(LibraryApi::hashName(api.hash))
                : tr("Verified: the server's %1 matches the file.").arg(LibraryApi::hashName(api.hash))};
    if (item.size >= 0)
        return {
            Verdict::Verified,
            tr("Verified: the server's size matches the file (%1 bytes).").arg(locale.toString(local.size))};
    return {};
}

QString DeliveryCheck::expectedHash(LibraryApi::Hash hash, const FileDigest& digest,
                                    const QString& storedName)
{
    switch (hash) {
    case LibraryApi::Hash::None:
        return QString();
    case LibraryApi::Hash::Md5:
        return QString::fromLatin1(digest.md5);
    case LibraryApi::Hash::Sha256:
        return QString::fromLatin1(digest.sha256);
    case LibraryApi::Hash::SquidexFileHash: {
        // Squidex: Sha256Base64(Base64(SHA-256 of the bytes) + file name + size).
        if (storedName.isEmpty())
            return QString();
        const QByteArray content = QByteArray::fromHex(digest.sha256).toBase64();
        const QByteArray input = content + storedName.toUtf8() + QByteArray::number(digest.size);
        return QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toBase64());
    }
    }
    return QString();
}
