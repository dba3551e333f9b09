#include "app/profiles/PresetCatalogue.h"

#include "app/profiles/ProfileCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QList<Profile> PresetCatalogue::builtIn()
{
    QList<Profile> presets;
    const QDir directory(u":/presets"_s);
    for (const QString& entry : directory.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(directory.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString error;
        std::optional<Profile> preset = ProfileCodec::decode(file.readAll(), &error);
        if (!preset) {
            qCritical("The built-in preset %s cannot be used: %s", qPrintable(entry), qPrintable(error));
            continue;
        }
        preset->preset = QFileInfo(entry).completeBaseName(); // the id: the file's name
        presets.append(*preset);
    }
    return presets;
}

QStringList PresetCatalogue::ids()
{
    QStringList ids;
    for (const Profile& preset : builtIn())
        ids.append(preset.preset);
    return ids;
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

QString PresetCatalogue::translated(const QString& text)
{
    // The context of the strings cmake/PresetTexts.cmake lists for lupdate.
    return text.isEmpty() ? text : QCoreApplication::translate("Preset", text.toUtf8().constData());
}
