#pragma once

#include <QList>
#include <QPoint>
#include <QUrl>

class QWidget;

// Real input events for widget tests: a drag and drop of URLs, and window shortcuts.
class WindowInput
{
public:
    // DragEnter, DragMove and Drop at the centre of `target`, as a file manager sends them.
    static void dropUrls(QWidget* target, const QList<QUrl>& urls);
    // The same at `position` in `target` (a row of a table's viewport).
    static void dropUrlsAt(QWidget* target, const QList<QUrl>& urls, const QPoint& position);
    // Ctrl+key to `window` once it is active (shortcuts reach only the active window, and a dialog
    // that just closed may have taken that away); false when it could not be activated.
    static bool pressCtrl(QWidget* window, int key);
};
