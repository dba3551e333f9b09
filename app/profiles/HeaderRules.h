#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

// What may go into an HTTP header (RFC 9110): a name is a token, a value is one line. A CR or LF would
// end the header and start another one the user never wrote, so profiles, the command line and
// preflight all ask here.
class HeaderRules
{
    Q_DECLARE_TR_FUNCTIONS(HeaderRules)

public:
    // An RFC 9110 token: letters, digits and !#$%&'*+-.^_`|~ (header names and methods).
    static bool isToken(QStringView text);
    // Why this cannot be a header name, as the end of a sentence ("… contains a control character
    // (\r)"); empty when it can.
    static QString nameProblem(const QString& name);
    // The same for a value: any control character but a horizontal tab, and DEL, is refused.
    static QString valueProblem(const QString& value);
    // For the encoded header about to be sent.
    static bool isSendable(const QByteArray& name, const QByteArray& value);
};
