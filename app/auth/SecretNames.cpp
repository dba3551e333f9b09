#include "app/auth/SecretNames.h"

#include <QStringList>

using namespace Qt::StringLiterals;

bool SecretNames::looksSecret(const QString& name)
{
    static const QStringList containing{u"password"_s, u"passwd"_s,     u"secret"_s,
                                        u"token"_s,    u"apikey"_s,     u"authorization"_s,
                                        u"cookie"_s,   u"credential"_s, u"signature"_s};
    static const QStringList exactly{u"key"_s, u"auth"_s, u"pass"_s, u"pwd"_s, u"sessionid"_s};
    QString folded = name.toLower();
    folded.remove(u'-').remove(u'_').remove(u'.');
    return exactly.contains(folded) ||
           std::any_of(containing.cbegin(), containing.cend(),
                       [&](const QString& word) { return folded.contains(word); });
}
