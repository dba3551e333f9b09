#include "app/net/TlsDiagnosis.h"

#include <QLocale>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Lower ranks are said first; the order follows what a person can act on most surely.
int rank(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
        return 0;
    case QSslError::CertificateExpired:
        return 1;
    case QSslError::CertificateNotYetValid:
        return 2;
    case QSslError::SelfSignedCertificate:
        return 3;
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToVerifyFirstCertificate:
        return 4;
    case QSslError::CertificateRevoked:
        return 5;
    default:
        return 6;
    }
}

// The names a certificate is valid for: its DNS and IP subject alternative names, or else (as
// old certificates have it) its common name.
QStringList namesOf(const QSslCertificate& certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if ((it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry) && !names.contains(it.value()))
            names.append(it.value());
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeAll(QString());
    return names;
}

bool isAuthority(const QSslCertificate& certificate)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    return std::any_of(extensions.cbegin(), extensions.cend(), [](const QSslCertificateExtension& extension) {
        return extension.oid() == u"2.5.29.19"_s && extension.value().toMap().value(u"ca"_s).toBool();
    });
}

QString shortDate(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

// The authority a certificate chain stops at: the untrusted root itself, or the missing issuer.
QString authorityName(const QSslError& error)
{
    const QSslCertificate& certificate = error.certificate();
    if (error.error() == QSslError::SelfSignedCertificateInChain)
        return certificate.subjectDisplayName();
    return certificate.issuerDisplayName();
}
} // namespace

QSslError TlsDiagnosis::mainError(const QList<QSslError>& errors)
{
    const auto main =
        std::min_element(errors.cbegin(), errors.cend(), [](const QSslError& a, const QSslError& b) {
            return rank(a.error()) < rank(b.error());
        });
    return main == errors.cend() ? QSslError() : *main;
}

QString TlsDiagnosis::describe(const QList<QSslError>& errors, const QString& host, const QString& detail)
{
    const QSslError main = mainError(errors);
    const QSslCertificate& certificate = main.certificate();
    switch (main.error()) {
    case QSslError::NoError:
        if (detail.isEmpty())
            return tr("The secure connection to %1 failed before any certificate was checked: check that "
                      "this "
                      "address and port serve HTTPS.")
                .arg(host);
        return tr("The secure connection to %1 failed before any certificate was checked (%2): check that "
                  "this address and port serve HTTPS.")
            .arg(host, detail);
    case QSslError::HostNameMismatch: {
        const QStringList names = namesOf(certificate);
        if (names.isEmpty())
            return tr("The certificate of %1 names no server at all: ask the server's administrator for a "
                      "certificate made for %1.")
                .arg(host);
        return tr("The certificate of %1 is for other names (%2), not for %1: use one of those names in the "
                  "address, or ask the server's administrator for a certificate made for %1.")
            .arg(host, names.join(u", "_s));
    }
    case QSslError::CertificateExpired:
        if (isAuthority(certificate))
            return tr("The certificate of %1, the authority behind the certificate of %2, expired on %3: the "
                      "server's administrator needs to renew the chain (if that date looks wrong, check this "
                      "computer's clock).")
                .arg(certificate.subjectDisplayName(), host, shortDate(certificate.expiryDate()));
        return tr("The certificate of %1 expired on %2: the server's administrator needs to renew it (if "
                  "that "
                  "date looks wrong, check this computer's clock).")
            .arg(host, shortDate(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return tr("The certificate of %1 is valid only from %2: check this computer's date and clock, or ask "
                  "the server's administrator for a certificate that is valid now.")
            .arg(host, shortDate(certificate.effectiveDate()));
    case QSslError::SelfSignedCertificate:
        return tr("The certificate of %1 is self-signed: if this is your own server, trust exactly that "
                  "certificate with --cacert (or in the profile), rather than turning checks off.")
            .arg(host);
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToVerifyFirstCertificate: {
        const QString authority = authorityName(main);
        if (authority.isEmpty())
            return tr("The certificate of %1 was issued by an authority this computer does not trust: if you "
                      "trust that authority, give its certificate with --cacert (or in the profile), rather "
                      "than turning checks off.")
                .arg(host);
        return tr("The certificate of %1 was issued by an authority this computer does not trust (%2): if "
                  "you trust that authority, give its certificate with --cacert (or in the profile), rather "
                  "than turning checks off.")
            .arg(host, authority);
    }
    case QSslError::CertificateRevoked:
        return tr("The certificate of %1 was revoked by the authority that issued it: send nothing there "
                  "until "
                  "the server's administrator replaces it.")
            .arg(host);
    default:
        return tr("The certificate of %1 was refused (%2): ask the server's administrator to fix it, rather "
                  "than turning checks off.")
            .arg(host, main.errorString());
    }
}
