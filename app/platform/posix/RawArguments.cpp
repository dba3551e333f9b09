#include "app/platform/RawArguments.h"

#include <QByteArrayView>
#include <QFile>

RawArguments::RawArguments(int argc, char** argv)
{
    for (int index = 0; index < argc; ++index)
        m_arguments.append(QByteArray(argv[index]));
}

std::optional<QByteArray> RawArguments::undecodable(const QString& decoded) const
{
    for (const QByteArray& argument : m_arguments) {
        if (QByteArrayView(argument).isValidUtf8())
            continue;
        // QCoreApplication::arguments() decodes with fromLocal8Bit; file names go through decodeName.
        if (QString::fromLocal8Bit(argument) == decoded || QFile::decodeName(argument) == decoded)
            return argument;
    }
    return std::nullopt;
}
