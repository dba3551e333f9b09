#include "tests/support/EmulatorClient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

EmulatorClient::EmulatorClient(const QString& name)
{
    QFile file(qEnvironmentVariable("HOIST_TEST_SERVERS") + u'/' + name + u".url"_s);
    if (file.open(QIODevice::ReadOnly))
        m_base = QUrl(QString::fromUtf8(file.readAll().trimmed()));
}

QUrl EmulatorClient::url(const QString& path) const
{
    return QUrl(m_base.toString() + path);
}

QByteArray EmulatorClient::send(const QByteArray& method, const QString& path, const QByteArray& body)
{
    return blockingRequest(m_network, method, url(path), body);
}

QByteArray EmulatorClient::blockingRequest(QNetworkAccessManager& network, const QByteArray& method,
                                           const QUrl& url, const QByteArray& body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply* reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QJsonArray EmulatorClient::requests()
{
    return QJsonDocument::fromJson(send("GET", u"/_hoist/requests"_s)).array();
}

bool EmulatorClient::settled()
{
    const QJsonArray all = requests();
    return std::all_of(all.begin(), all.end(), [](const QJsonValue& entry) {
        return entry.toObject().value(u"finished"_s).toBool();
    });
}

QJsonArray EmulatorClient::uploads()
{
    QJsonArray result;
    for (const QJsonValue& entry : requests()) {
        const QJsonObject request = entry.toObject();
        const QString method = request.value(u"method"_s).toString();
        if (!request.value(u"path"_s).toString().startsWith(u"/_hoist/"_s) && method != u"GET"_s &&
            method != u"HEAD"_s)
            result.append(entry);
    }
    return result;
}

void EmulatorClient::clear()
{
    send("DELETE", u"/_hoist/requests"_s);
    send("DELETE", u"/_hoist/faults"_s);
}

void EmulatorClient::addFault(const QJsonObject& fault)
{
    send("POST", u"/_hoist/faults"_s, QJsonDocument(fault).toJson(QJsonDocument::Compact));
}

QJsonObject EmulatorClient::getJson(const QString& path)
{
    return QJsonDocument::fromJson(send("GET", path)).object();
}

QJsonArray EmulatorClient::items()
{
    return QJsonDocument::fromJson(send("GET", u"/_hoist/items"_s)).array();
}

void EmulatorClient::expireTokens()
{
    send("POST", u"/_hoist/expire-tokens"_s);
}

int EmulatorClient::tokensIssued()
{
    return getJson(u"/_hoist/tokens"_s).value(u"issued"_s).toInt(-1);
}

QString EmulatorClient::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}
