#include "ui/PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(const Preferences& preferences, QWidget* parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setWindowTitle(tr("Preferences"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(uploadsBox());
    layout->addWidget(historyBox());
    layout->addWidget(languageBox());
    layout->addWidget(buttons);
}

QSpinBox* PreferencesDialog::spinBox(const QString& name, int minimum, int maximum, int value)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

QWidget* PreferencesDialog::uploadsBox()
{
    m_concurrency = spinBox(u"concurrency"_s, 1, Preferences::MaxConcurrency, m_preferences.concurrency);
    m_retries = spinBox(u"retries"_s, 0, Preferences::MaxRetries, m_preferences.retries);
    m_retries->setSpecialValueText(tr("None"));
    m_retries->setToolTip(tr("Only where the server cannot have stored the file: the connection failed "
                             "before the whole file went out, or it answered 408, 429 or 5xx"));
    m_stallTimeout =
        spinBox(u"stallTimeout"_s, 1, Preferences::MaxTimeoutSeconds, m_preferences.stallTimeoutSeconds);
    m_stallTimeout->setSuffix(tr(" s"));
    m_answerTimeout =
        spinBox(u"answerTimeout"_s, 1, Preferences::MaxTimeoutSeconds, m_preferences.answerTimeoutSeconds);
    m_answerTimeout->setSuffix(tr(" s"));
    m_answerTimeout->setToolTip(
        tr("A profile with its own answer timeout uses that one. When no complete "
           "answer came in time, the outcome is unknown and the file is not sent again"));
    m_limited = new QCheckBox(tr("Limit the upload &speed to:"), this);
    m_limited->setObjectName(u"limited"_s);
    m_limited->setToolTip(tr("For all uploads together, so that they leave room for others on the line"));
    m_limit = spinBox(u"limit"_s, Preferences::MinLimitKiBps, Preferences::MaxLimitKiBps,
                      qMax(m_preferences.limitKiBps, int(Preferences::MinLimitKiBps)));
    m_limit->setSuffix(tr(" KiB/s"));
    m_limit->setSingleStep(64);
    m_limited->setChecked(m_preferences.limitKiBps > 0);
    m_limit->setEnabled(m_limited->isChecked());
    connect(m_limited, &QCheckBox::toggled, m_limit, &QWidget::setEnabled);
    m_startWhenAdded = new QCheckBox(tr("Upload files as soon as they are &added"), this);
    m_startWhenAdded->setObjectName(u"startWhenAdded"_s);
    m_startWhenAdded->setChecked(m_preferences.startWhenAdded);
    auto* box = new QGroupBox(tr("Uploads"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Files at once:"), m_concurrency);
    form->addRow(tr("Automatic &retries:"), m_retries);
    form->addRow(tr("&Give up when nothing moves for:"), m_stallTimeout);
    form->addRow(tr("Wait for the a&nswer at most:"), m_answerTimeout);
    form->addRow(m_limited, m_limit);
    form->addRow(m_startWhenAdded);
    return box;
}

QWidget* PreferencesDialog::historyBox()
{
    m_keepDays = spinBox(u"keepDays"_s, 0, 36500, m_preferences.retention.days);
    m_keepDays->setSpecialValueText(tr("Forever"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepEntries = spinBox(u"keepEntries"_s, 0, 10'000'000, m_preferences.retention.entries);
    m_keepEntries->setSingleStep(1000);
    m_keepEntries->setSpecialValueText(tr("No limit"));
    m_keepEntries->setSuffix(tr(" uploads"));
    auto* help = new QLabel(tr("Older uploads are removed from the history when Hoist starts and when you "
                               "save here. The files on the server stay where they are."),
                            this);
    help->setWordWrap(true);
    auto* box = new QGroupBox(tr("History"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Keep &uploads for:"), m_keepDays);
    form->addRow(tr("Keep at &most:"), m_keepEntries);
    form->addRow(help);
    return box;
}

QWidget* PreferencesDialog::languageBox()
{
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words, so that it can be found whatever language Hoist speaks now.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_preferences.language)));
    auto* note = new QLabel(tr("The language changes the next time Hoist starts."), this);
    note->setWordWrap(true);
    auto* box = new QGroupBox(tr("Language"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    return box;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences chosen = m_preferences;
    chosen.concurrency = m_concurrency->value();
    chosen.retries = m_retries->value();
    chosen.stallTimeoutSeconds = m_stallTimeout->value();
    chosen.answerTimeoutSeconds = m_answerTimeout->value();
    chosen.limitKiBps = m_limited->isChecked() ? m_limit->value() : 0;
    chosen.startWhenAdded = m_startWhenAdded->isChecked();
    chosen.retention = {m_keepDays->value(), m_keepEntries->value()};
    chosen.language = m_language->currentData().toString();
    return chosen;
}
