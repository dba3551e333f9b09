#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QUrl>

#include <utility>

// What the server answered to one request: status, headers, timings and the (capped) body.
class ResponseRecord
{
public:
    static constexpr qint64 DefaultBodyCap = 1024 * 1024;

    int status = 0; // 0: no HTTP answer arrived
    QByteArray reason;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QDateTime startedAt;
    qint64 msToFirstByte = -1;
    qint64 msTotal = -1;
    QByteArray body;           // at most the cap
    qint64 bodyTotalBytes = 0; // what the server sent, including what the cap dropped
    bool bodyTruncated = false;

    bool hasAnswer() const { return status > 0; }
    QByteArray header(const QByteArray& name) const;
    // The body parsed as JSON, whatever Content-Type claims (old Xibo sends JSON as text/plain).
    QJsonDocument json() const;
    bool isJson() const;
    // A web page (by its Content-Type or its first bytes), not an API answer.
    bool isHtml() const;
    QString htmlTitle() const; // empty when the page has none
    QString statusLine() const;
    QJsonObject toJson() const;
};
