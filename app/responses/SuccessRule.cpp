#include "app/responses/SuccessRule.h"

#include "app/NameTable.h"
#include "app/responses/JsonPointer.h"
#include "app/responses/ResponseRecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
using Test = SuccessRule::Test;
constexpr NameTable<Test, 4> testNames({{
    {Test::AbsentOrEmpty, "absentOrEmpty"_L1},
    {Test::Present, "present"_L1},
    {Test::Equals, "equals"_L1},
    {Test::NotEquals, "notEquals"_L1},
}});

bool conditionHolds(const SuccessRule::Condition& condition, const QJsonValue& root)
{
    const std::optional<QJsonValue> found = JsonPointer::resolve(root, condition.pointer);
    const QString text = found ? JsonPointer::displayText(*found) : QString();
    switch (condition.test) {
    case SuccessRule::Test::AbsentOrEmpty:
        return !found || text.isEmpty();
    case SuccessRule::Test::Present:
        return found && !found->isNull();
    case SuccessRule::Test::Equals:
        return found && text == condition.value;
    case SuccessRule::Test::NotEquals:
        return !found || text != condition.value;
    }
    return false;
}
} // namespace

SuccessRule::Verdict SuccessRule::evaluate(const ResponseRecord& response) const
{
    if (!response.hasAnswer())
        return {false, tr("No answer arrived from the server.")};
    if (response.status < minStatus || response.status > maxStatus) {
        return {false, tr("The server answered %1, not a status between %2 and %3.")
                           .arg(response.statusLine())
                           .arg(minStatus)
                           .arg(maxStatus)};
    }
    if (conditions.isEmpty()) {
        // Without conditions to check, a web page is no success: an SSO proxy or a login form
        // answers 200 to anything.
        if (response.isHtml()) // ResponseExplainer says what such a page probably is
            return {
                false,
                tr("The server answered %1 with a web page, not an API answer.").arg(response.statusLine())};
        return {true, QString()};
    }
    const QJsonDocument document = response.json();
    if (document.isNull()) {
        return {false, response.bodyTruncated
                           ? tr("The answer was too large to check for success.")
                           : tr("The answer is not JSON, so the success conditions cannot be checked.")};
    }
    const QJsonValue root =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    for (const Condition& condition : conditions) {
        if (conditionHolds(condition, root))
            continue;
        const std::optional<QJsonValue> found = JsonPointer::resolve(root, condition.pointer);
        const QString shown = found ? JsonPointer::displayText(*found) : QString();
        switch (condition.test) {
        case Test::AbsentOrEmpty:
            return {false, tr("The server reported an error: %1").arg(shown)};
        case Test::Present:
            return {false, tr("The answer has no %1.").arg(condition.pointer)};
        case Test::Equals:
        case Test::NotEquals:
            return {false, tr("The answer's %1 is \"%2\".").arg(condition.pointer, shown)};
        }
    }
    return {true, QString()};
}

QStringList SuccessRule::conditionTestNames()
{
    return testNames.names();
}

SuccessRule SuccessRule::fromJson(const QJsonObject& object)
{
    SuccessRule rule;
    const QJsonArray range = object.value(u"status"_s).toArray();
    if (range.size() == 2) {
        rule.minStatus = range.at(0).toInt(rule.minStatus);
        rule.maxStatus = range.at(1).toInt(rule.maxStatus);
    }
    for (const QJsonValue& entry : object.value(u"conditions"_s).toArray()) {
        const QJsonObject item = entry.toObject();
        Condition condition;
        condition.pointer = item.value(u"pointer"_s).toString();
        condition.value = item.value(u"value"_s).toString();
        condition.test = testNames.fromName(item.value(u"test"_s).toString()).value_or(condition.test);
        rule.conditions.append(condition);
    }
    return rule;
}

QJsonObject SuccessRule::toJson() const
{
    QJsonArray list;
    for (const Condition& condition : conditions) {
        QJsonObject item{{u"pointer"_s, condition.pointer}};
        item.insert(u"test"_s, testNames.name(condition.test));
        if (!condition.value.isEmpty())
            item.insert(u"value"_s, condition.value);
        list.append(item);
    }
    QJsonObject object{{u"status"_s, QJsonArray{minStatus, maxStatus}}};
    if (!list.isEmpty())
        object.insert(u"conditions"_s, list);
    return object;
}
