#include "app/requests/CurlCommand.h"

using namespace Qt::StringLiterals;

namespace {
// One shell word. Text with the mask in it goes in double quotes, the mask read from $HOIST_SECRET;
// anything else in single quotes, where the shell reads nothing.
QString word(const QString& text)
{
    if (!text.contains(RequestPlan::mask())) {
        QString quoted = text;
        return u'\'' + quoted.replace(u"'"_s, u"'\\''"_s) + u'\'';
    }
    QStringList pieces = text.split(RequestPlan::mask());
    for (QString& piece : pieces) {
        for (const QString& special : {u"\\"_s, u"\""_s, u"$"_s, u"`"_s})
            piece.replace(special, u'\\' + special);
    }
    return u'"' + pieces.join(u"${"_s + CurlCommand::secretVariable() + u'}') + u'"';
}

// A value inside curl's -F syntax: quoted, with " and \ escaped, so ; and , in it stay part of it.
QString formValue(const QString& text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString filePart(const RequestPlan::Part& part)
{
    QString spec = part.name + u"=@"_s + formValue(part.filePath);
    if (!part.contentType.isEmpty())
        spec += u";type="_s + QString::fromLatin1(part.contentType);
    spec += u";filename="_s + formValue(part.filename);
    for (const RequestPlan::Header& header : part.headers)
        spec += u";headers="_s +
                formValue(QString::fromLatin1(header.name) + u": "_s + QString::fromUtf8(header.value));
    return u"-F "_s + word(spec);
}
} // namespace

QString CurlCommand::fromPlan(const RequestPlan& plan)
{
    QStringList args{u"curl"_s};
    const bool multipart = plan.encoding == RequestPlan::Encoding::Multipart && !plan.parts.isEmpty();
    const bool form = plan.encoding == RequestPlan::Encoding::Form && !plan.parts.isEmpty();
    const bool impliedMethod =
        ((multipart || form) && plan.method == "POST") || (plan.parts.isEmpty() && plan.method == "GET");
    if (!impliedMethod)
        args.append(u"-X "_s + QString::fromLatin1(plan.method));
    for (const RequestPlan::Header& header : plan.headers)
        args.append(u"-H "_s + word(QString::fromLatin1(header.name) + u": "_s +
                                    QString::fromUtf8(plan.maskedHeaderValue(header))));
    for (const RequestPlan::Part& part : plan.parts) {
        if (part.isFile())
            args.append(filePart(part));
        else if (form)
            args.append(u"--data-urlencode "_s + word(part.name + u'=' + RequestPlan::maskedText(part)));
        else
            args.append(u"--form-string "_s + word(part.name + u'=' + RequestPlan::maskedText(part)));
    }
    args.append(word(plan.maskedUrl()));
    return args.join(u' ');
}

bool CurlCommand::needsSecret(const QString& command)
{
    return command.contains(u"${"_s + secretVariable() + u'}');
}
