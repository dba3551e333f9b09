#pragma once

#include <QUrl>

// Scheme, host and port, as browsers compare them: what a redirect may not leave with the file or
// the credentials.
class Origin
{
public:
    static bool same(const QUrl& a, const QUrl& b);
};
