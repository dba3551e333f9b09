#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

// Talks to a running test emulator (tests/servers/): where it listens, what it received, which
// faults to inject. Blocking calls, for test code only.
class EmulatorClient
{
public:
    // The emulator NAME started by the CTest fixture (its URL is in $HOIST_TEST_SERVERS/NAME.url).
    explicit EmulatorClient(const QString& name);

    bool isValid() const { return m_base.isValid(); }
    QUrl base() const { return m_base; }
    QUrl url(const QString& path) const;

    QJsonArray requests(); // everything recorded, oldest first
    QJsonArray uploads();  // the recorded requests that send something (not GET, not introspection)
    // The emulator is done with every request it got (stored or refused, answered or dropped): what
    // it stored can be looked at. For QTRY_VERIFY, instead of sleeping.
    bool settled();
    void clear(); // forgets recorded requests and pending faults
    void addFault(const QJsonObject& fault);
    QJsonObject getJson(const QString& path);
    // The service emulators' test routes: what they stored, and their access tokens.
    QJsonArray items();
    void expireTokens();
    int tokensIssued();

    static QString sha256Of(const QString& path);
    // One request, waited for (at most 10 s); the answer's body, empty when none came.
    static QByteArray blockingRequest(QNetworkAccessManager& network, const QByteArray& method,
                                      const QUrl& url, const QByteArray& body = {});
    // The parts a recorded request carried, in the order they came.
    static QJsonArray parts(const QJsonValue& request)
    {
        return request.toObject().value(QStringLiteral("parts")).toArray();
    }

private:
    QByteArray send(const QByteArray& method, const QString& path, const QByteArray& body = {});

    QNetworkAccessManager m_network;
    QUrl m_base;
};
