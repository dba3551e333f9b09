#pragma once

#include <QString>

// Which header, query parameter and form field names carry secrets, so every view masks them even
// when they were typed by hand into a profile (Authorization, X-API-Key, client_secret, password …).
class SecretNames
{
public:
    static bool looksSecret(const QString& name);
};
