#pragma once

#include "app/storage/History.h"

#include <QDialog>

class QSpinBox;

// How long the history keeps its records: for so many days, at most so many, or for good.
class RetentionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RetentionDialog(const History::Retention& retention, QWidget* parent = nullptr);

    History::Retention retention() const;

private:
    QSpinBox* m_days;
    QSpinBox* m_entries;
};
