#include "tests/support/WindowInput.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QTest>
#include <QWidget>

void WindowInput::dropUrls(QWidget* target, const QList<QUrl>& urls)
{
    dropUrlsAt(target, urls, target->rect().center());
}

void WindowInput::dropUrlsAt(QWidget* target, const QList<QUrl>& urls, const QPoint& position)
{
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(position), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

bool WindowInput::pressCtrl(QWidget* window, int key)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return false;
    QTest::keyClick(window, Qt::Key(key), Qt::ControlModifier);
    return true;
}
