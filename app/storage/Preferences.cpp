#include "app/storage/Preferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString concurrencyKey = u"uploads/concurrency"_s;
const QString retriesKey = u"uploads/retries"_s;
const QString stallTimeoutKey = u"uploads/stallTimeout"_s;
const QString answerTimeoutKey = u"uploads/answerTimeout"_s;
const QString limitKey = u"uploads/limitKiBps"_s;
const QString startWhenAddedKey = u"window/startWhenAdded"_s; // where the Queue menu kept it before
const QString languageKey = u"general/language"_s;

int boundedValue(const QSettings& settings, const QString& key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? qBound(minimum, value, maximum) : fallback;
}
} // namespace

Preferences Preferences::load(const QString& settingsFile)
{
    const QSettings settings(settingsFile, QSettings::IniFormat);
    const Preferences defaults;
    Preferences preferences;
    preferences.concurrency = boundedValue(settings, concurrencyKey, defaults.concurrency, 1, MaxConcurrency);
    preferences.retries = boundedValue(settings, retriesKey, defaults.retries, 0, MaxRetries);
    preferences.stallTimeoutSeconds =
        boundedValue(settings, stallTimeoutKey, defaults.stallTimeoutSeconds, 1, MaxTimeoutSeconds);
    preferences.answerTimeoutSeconds =
        boundedValue(settings, answerTimeoutKey, defaults.answerTimeoutSeconds, 1, MaxTimeoutSeconds);
    preferences.limitKiBps = boundedValue(settings, limitKey, defaults.limitKiBps, 0, MaxLimitKiBps);
    preferences.startWhenAdded = settings.value(startWhenAddedKey, defaults.startWhenAdded).toBool();
    preferences.retention = History::Retention::load(settingsFile);
    preferences.language = settings.value(languageKey).toString();
    return preferences;
}

void Preferences::save(const QString& settingsFile) const
{
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        settings.setValue(concurrencyKey, concurrency);
        settings.setValue(retriesKey, retries);
        settings.setValue(stallTimeoutKey, stallTimeoutSeconds);
        settings.setValue(answerTimeoutKey, answerTimeoutSeconds);
        settings.setValue(limitKey, limitKiBps);
        settings.setValue(startWhenAddedKey, startWhenAdded);
        settings.setValue(languageKey, language);
    }
    retention.save(settingsFile);
}
