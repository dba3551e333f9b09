#include "app/net/MultipartRequest.h"

#include "app/net/FileBodyDevice.h"

#include <QFileInfo>
#include <QHttpMultiPart>
#include <QRandomGenerator>

namespace {
// What browsers do (WHATWG form submission): UTF-8, with '"', CR and LF percent-encoded, so no
// file name can end the header or inject another one.
QByteArray quotedParameter(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    bytes.replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return '"' + bytes + '"';
}
} // namespace

QByteArray MultipartRequest::contentDisposition(const QString& name, const QString& filename, bool isFile)
{
    QByteArray header = "form-data; name=" + quotedParameter(name);
    if (isFile)
        header += "; filename=" + quotedParameter(filename);
    return header;
}

QByteArray MultipartRequest::newBoundary()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray boundary = "------------------------hoist";
    for (int i = 0; i < 24; ++i)
        boundary += alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))];
    return boundary;
}

MultipartRequest MultipartRequest::build(const RequestPlan& plan, const QUrl& url, QObject* parent)
{
    MultipartRequest result;
    QNetworkRequest request(url);
    for (const RequestPlan::Header& header : plan.headers) {
        if (header.name.compare("Content-Type", Qt::CaseInsensitive) != 0)
            request.setRawHeader(header.name, header.value);
    }
    // Uploads never follow 301/302/303: Qt would re-send them as a body-less GET and report success.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 uploads are throttled by the server's window and not re-sent on connection loss.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (plan.encoding == RequestPlan::Encoding::Form) {
        request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        result.formBody = plan.formBody();
    }
    if (plan.parts.isEmpty() || plan.encoding == RequestPlan::Encoding::Form) {
        result.request = request;
        return result;
    }

    auto* multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType, parent);
    const QByteArray boundary = newBoundary();
    multiPart->setBoundary(boundary);
    for (const RequestPlan::Part& planned : plan.parts) {
        QHttpPart part;
        part.setRawHeader("Content-Disposition",
                          contentDisposition(planned.name, planned.filename, planned.isFile()));
        if (!planned.contentType.isEmpty())
            part.setRawHeader("Content-Type", planned.contentType);
        for (const RequestPlan::Header& header : planned.headers)
            part.setRawHeader(header.name, header.value);
        if (planned.isFile()) {
            auto* file = new FileBodyDevice(planned.filePath, multiPart);
            if (!file->open(QIODevice::ReadOnly)) {
                result.error =
                    tr("Cannot open %1: %2").arg(QFileInfo(planned.filePath).fileName(), file->errorString());
                delete multiPart;
                result.files.clear();
                return result;
            }
            part.setBodyDevice(file);
            result.files.append(file);
        } else {
            part.setBody(planned.text);
        }
        multiPart->append(part);
    }
    // Unquoted, as curl sends it: some servers cannot parse Qt's quoted boundary="…".
    request.setRawHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
    result.request = request;
    result.body = multiPart;
    return result;
}
