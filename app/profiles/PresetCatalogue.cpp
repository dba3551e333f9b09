#include "app/profiles/PresetCatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QList<Profile> PresetCatalogue::builtIn()
{
    QList<Profile> presets;
    const QDir directory(u":/presets"_s);
    for (const QString& entry : directory.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(directory.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        presets.append(Profile::fromJson(QJsonDocument::fromJson(file.readAll()).object()));
    }
    return presets;
}
