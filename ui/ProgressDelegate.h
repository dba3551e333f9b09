#pragma once

#include <QStyledItemDelegate>

// Paints the progress column as a native progress bar, from the model's ProgressRole.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};
