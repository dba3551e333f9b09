#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Which addresses Hoist uploads to: http:// or https:// with a host, written strictly (no spaces, no
// control characters), and never with a user name or password in them: Qt would drop the password
// or send it in the clear, and the address is shown and logged everywhere.
class AddressRules
{
    Q_DECLARE_TR_FUNCTIONS(AddressRules)

public:
    // Why this (expanded) address cannot be uploaded to, as a sentence; empty when it can.
    static QString problem(const QString& address);
    static bool hasCredentials(const QUrl& url);
};
