#pragma once

#include "app/storage/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Edit → Preferences: how uploads run (files at once, retries, timeouts, speed limit, start when
// added), how longthe history keeps its records, and the language of the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences& preferences, QWidget* parent = nullptr);

    // What the dialog shows; the language and the values the dialog has no field for are kept.
    Preferences preferences() const;

private:
    QWidget* uploadsBox();
    QWidget* historyBox();
    QWidget* languageBox();
    QSpinBox* spinBox(const QString& name, int minimum, int maximum, int value);

    Preferences m_preferences;
    QSpinBox* m_concurrency;
    QSpinBox* m_retries;
    QSpinBox* m_stallTimeout;
    QSpinBox* m_answerTimeout;
    QCheckBox* m_limited;
    QSpinBox* m_limit;
    QCheckBox* m_startWhenAdded;
    QSpinBox* m_keepDays;
    QSpinBox* m_keepEntries;
    QComboBox* m_language;
};
