#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The keychain seen from outside Hoist: libsecret's `secret-tool` on the items QtKeychain writes
// (attributes server=SERVICE, user=ID). Blocking, for test code only.
class SecretTool
{
public:
    // The stored secret's exact bytes, or nothing when there is no such item.
    static std::optional<QByteArray> lookup(const QString& service, const QString& id);
    // Writes an item the way QtKeychain does (type=plaintext); false when secret-tool failed.
    static bool store(const QString& service, const QString& id, const QByteArray& secret);
    // Deletes the item, or every item of `service` when `id` is empty.
    static bool clear(const QString& service, const QString& id = QString());
};
