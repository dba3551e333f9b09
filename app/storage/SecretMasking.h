#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// Keeps credentials out of what the storage layer writes: masks the values of secret-looking header
// names (SecretNames' rule, the one every view masks by) and scrubs known secret values from text.
class SecretMasking
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    static QString mask() { return QStringLiteral("••••••"); }
    // Every value whose header name looks secret (Authorization, Cookie, Set-Cookie, X-API-Token …)
    // replaced whole by the mask.
    static Headers maskedHeaders(const Headers& headers);
    // Occurrences of each secret in text, raw, Base64 (standard and URL-safe, padded or not) and
    // percent-encoded, replaced by the mask. Secrets shorter than MinimumScrubLength are left alone:
    // masking every "1" in a body would destroy it and protect nothing.
    static constexpr qsizetype MinimumScrubLength = 3;
    static QByteArray scrubbed(QByteArray text, const QList<QByteArray>& secrets);
    static QString scrubbed(const QString& text, const QList<QByteArray>& secrets);
};
