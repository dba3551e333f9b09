#include "app/storage/SecretMasking.h"

#include "app/auth/SecretNames.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

SecretMasking::Headers SecretMasking::maskedHeaders(const Headers& headers)
{
    Headers masked;
    masked.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        const bool secret = SecretNames::looksSecret(QString::fromLatin1(name));
        masked.append({name, secret ? mask().toUtf8() : value});
    }
    return masked;
}

QByteArray SecretMasking::scrubbed(QByteArray text, const QList<QByteArray>& secrets)
{
    const QByteArray masked = mask().toUtf8();
    for (const QByteArray& secret : secrets) {
        if (secret.size() < MinimumScrubLength)
            continue;
        const QByteArrayList forms{
            secret,
            secret.toBase64(),
            secret.toBase64(QByteArray::OmitTrailingEquals),
            secret.toBase64(QByteArray::Base64UrlEncoding),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            secret.toPercentEncoding(),
        };
        for (const QByteArray& form : forms)
            text.replace(form, masked);
    }
    return text;
}

QString SecretMasking::scrubbed(const QString& text, const QList<QByteArray>& secrets)
{
    return QString::fromUtf8(scrubbed(text.toUtf8(), secrets));
}
