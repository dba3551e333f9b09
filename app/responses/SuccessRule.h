#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class ResponseRecord;

// Decides whether an answer means the upload worked: a status range plus JSON-pointer conditions,
// because 2xx is not enough (Xibo answers 200 with a per-file "error").
class SuccessRule
{
    Q_DECLARE_TR_FUNCTIONS(SuccessRule)

public:
    enum class Test
    {
        AbsentOrEmpty,
        Present,
        Equals,
        NotEquals,
    };
    struct Condition
    {
        QString pointer;
        Test test = Test::Present;
        QString value; // for Equals / NotEquals, compared with the value's display text
    };
    struct Verdict
    {
        bool success = false;
        QString reason; // why it failed, for a person; empty on success
    };

    int minStatus = 200;
    int maxStatus = 299;
    QList<Condition> conditions;

    Verdict evaluate(const ResponseRecord& response) const;

    // How a condition's "test" is written in a profile.
    static QStringList conditionTestNames();

    static SuccessRule fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
