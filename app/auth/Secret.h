#pragma once

#include <QString>

// A credential's secret material while it is in memory: never written, logged or shown.
struct Secret
{
    QString user;  // Basic auth user name, when the scheme has one
    QString value; // password, token or API key

    bool isEmpty() const { return value.isEmpty(); }
};
