#include "ui/RetentionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

RetentionDialog::RetentionDialog(const History::Retention& retention, QWidget* parent)
    : QDialog(parent)
    , m_days(new QSpinBox(this))
    , m_entries(new QSpinBox(this))
{
    setWindowTitle(tr("Keep History"));
    m_days->setRange(0, 36500);
    m_days->setSpecialValueText(tr("Forever"));
    m_days->setSuffix(tr(" days"));
    m_days->setValue(retention.days);
    m_entries->setRange(0, 10'000'000);
    m_entries->setSingleStep(1000);
    m_entries->setSpecialValueText(tr("No limit"));
    m_entries->setSuffix(tr(" uploads"));
    m_entries->setValue(retention.entries);
    auto* help = new QLabel(tr("Older uploads are removed from the history when Hoist starts and when you "
                               "save here. The files on the server stay where they are."),
                            this);
    help->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("Keep uploads for:"), m_days);
    layout->addRow(tr("Keep at most:"), m_entries);
    layout->addRow(help);
    layout->addRow(buttons);
}

History::Retention RetentionDialog::retention() const
{
    return {m_days->value(), m_entries->value()};
}
