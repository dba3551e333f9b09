#include "app/storage/SecretMasking.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

bool SecretMasking::looksSecretName(const QString& name)
{
    // Kept in step with app/auth/SecretNames.cpp (TestHistory::secretNamesAgree checks it).
    static const QStringList containing{u"password"_s, u"passwd"_s,     u"secret"_s,
                                        u"token"_s,    u"apikey"_s,     u"authorization"_s,
                                        u"cookie"_s,   u"credential"_s, u"signature"_s};
    static const QStringList exactly{u"key"_s, u"auth"_s, u"pass"_s, u"pwd"_s, u"sessionid"_s};
    QString folded = name.toLower();
    folded.remove(u'-').remove(u'_').remove(u'.');
    return exactly.contains(folded) ||
           std::any_of(containing.cbegin(), containing.cend(),
                       [&](const QString& word) { return folded.contains(word); });
}

SecretMasking::Headers SecretMasking::maskedHeaders(const Headers& headers)
{
    Headers masked;
    masked.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        const bool secret = looksSecretName(QString::fromLatin1(name));
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
