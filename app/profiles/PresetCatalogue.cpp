#include "app/profiles/PresetCatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        Profile preset = Profile::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        preset.preset = QFileInfo(entry).completeBaseName(); // the id: the file's name
        presets.append(preset);
    }
    return presets;
}

std::optional<Profile> PresetCatalogue::find(const QString& idOrName)
{
    const QList<Profile> presets = builtIn();
    for (const Profile& preset : presets) {
        if (preset.preset == idOrName || preset.name == idOrName)
            return preset;
    }
    return std::nullopt;
}
