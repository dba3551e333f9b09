#pragma once

#include "app/requests/RequestPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QString>

class FileBodyDevice;
class QHttpMultiPart;
class QObject;

// Turns a request plan into the QNetworkRequest and streaming QHttpMultiPart that send it,
// working around Qt 6.4: an unquoted boundary, Content-Disposition built and escaped here (Qt
// writes a QString file name into the header raw), and file parts read through FileBodyDevice. A
// plan without parts (a credential check, a listing) gets no body at all; a form-encoded one (a
// token request) a small byte body.
class MultipartRequest
{
    Q_DECLARE_TR_FUNCTIONS(MultipartRequest)

public:
    QNetworkRequest request;
    QHttpMultiPart* body = nullptr; // owned by the parent given to build(); null without parts
    QList<FileBodyDevice*> files;   // the body's file parts, owned by body
    QByteArray formBody;            // a form-encoded plan's body, sent instead
    QString error;                  // set when a file could not be opened; body is then null

    static MultipartRequest build(const RequestPlan& plan, const QUrl& url, QObject* parent);
    static QByteArray contentDisposition(const QString& name, const QString& filename, bool isFile);
    static QByteArray newBoundary();
};
