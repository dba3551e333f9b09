#pragma once

#include <QCoreApplication>
#include <QString>

// A service's root address as the user gives it, made into what a preset's address template builds
// on: "{+base}/api/library" adds "/api/library" itself, so a base of "https://cms.example.com/api/"
// would upload to ".../api//api/library". A trailing slash, or a trailing part of the path the
// template adds (its first segments: "/api", "/api/library"), is removed.
class BaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(BaseAddress)

public:
    struct Normalised
    {
        QString address;
        QString removed; // what was taken off the end, as typed; empty: nothing

        // Says what was removed and why; empty when nothing was.
        QString note() const;
    };

    // The path urlTemplate adds right after {+key}, up to its next variable or query ("/api/library"
    // for "{+base}/api/library"); empty when the template does not start with {+key} and a path.
    static QString addedPath(const QString& urlTemplate, const QString& key);
    static Normalised normalise(const QString& address, const QString& addedPath);
    // The segments that follow themselves in path ("/api" in "/api//api/library" and "/api/api/"):
    // a base address that held a path the template adds. Empty when nothing repeats.
    static QString repeatedPath(const QString& path);
};
