#include "app/cli/PresetsCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/profiles/PresetCatalogue.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString PresetsCommand::usage()
{
    return tr("Usage: hoist presets list [--json | --names]\n"
              "\n"
              "The services Hoist knows, with the values each needs. Make a profile from one with\n"
              "hoist profiles add NAME --preset ID --var KEY=VALUE…\n");
}

int PresetsCommand::run(const QStringList& arguments)
{
    return CommandLine::runAction(arguments, u"presets"_s, usage(),
                                  {{u"list"_s, [this](const QStringList& rest) {
                                        return list(rest);
                                    }}});
}

QStringList PresetsCommand::operations(const Profile& profile)
{
    QStringList operations{u"upload"_s};
    if (profile.canReplace())
        operations.append(u"replace"_s);
    if (profile.library.canList())
        operations.append(u"list"_s);
    if (profile.library.canRemove())
        operations.append(u"delete"_s);
    if (profile.supportsFolder())
        operations.append(u"folder"_s);
    if (!profile.followUps.isEmpty())
        operations.append(u"follow-ups"_s);
    return operations;
}

// What --var takes for an input: the values a yes/no or a choice sends, else an example.
QString PresetsCommand::valuesOf(const Profile::Input& input)
{
    QStringList values;
    if (input.type == Profile::Input::Type::Boolean)
        values = {input.on, input.off};
    for (const Profile::Input::Choice& choice : input.choices)
        values.append(choice.value);
    if (!values.isEmpty())
        return tr(", one of %1").arg(values.join(u", "_s));
    return input.example.isEmpty() ? QString() : tr(", e.g. %1").arg(input.example);
}

QJsonObject PresetsCommand::summary(const Profile& preset)
{
    QJsonArray inputs;
    for (const Profile::Input& input : preset.inputs) {
        inputs.append(QJsonObject{{u"key"_s, input.key},
                                  {u"label"_s, input.label},
                                  {u"required"_s, input.required},
                                  {u"example"_s, input.example},
                                  {u"default"_s, preset.variables.value(input.key)}});
    }
    return QJsonObject{{u"id"_s, preset.preset},
                       {u"name"_s, preset.name},
                       {u"description"_s, preset.description},
                       {u"docs"_s, preset.docsUrl},
                       {u"auth"_s, AuthConfig::schemeName(preset.auth.scheme)},
                       {u"credential"_s, preset.auth.credential},
                       {u"inputs"_s, inputs},
                       {u"operations"_s, QJsonArray::fromStringList(operations(preset))}};
}

int PresetsCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"json"_s, tr("Print a JSON array.")}, CommandLine::namesOption()});
    if (const auto done = CommandLine::parseAction(parser, arguments, u"presets"_s, u"list"_s))
        return *done;
    const QList<Profile> presets = PresetCatalogue::builtIn();
    if (const auto done = CommandLine::printNames(parser, u"presets"_s, PresetCatalogue::ids()))
        return *done;
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Profile& preset : presets)
            array.append(summary(preset));
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n');
        return ExitCode::Success;
    }
    for (const Profile& preset : presets) {
        Console::out(preset.preset % u"  "_s % preset.name % u"  ("_s % operations(preset).join(u", "_s) %
                     u")\n"_s);
        for (const Profile::Input& input : preset.inputs) {
            Console::out(
                (input.required ? tr("    --var %1=…  %2%3\n") : tr("    --var %1=…  %2%3 (optional)\n"))
                    .arg(input.key, PresetCatalogue::translated(input.label), valuesOf(input)));
        }
    }
    return ExitCode::Success;
}
