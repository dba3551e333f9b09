#pragma once

#include <QApplication>
#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <functional>

class QFileDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

// Drives dialogs that block in exec(): the action runs once the dialog is the active modal widget.
// When a check inside the action failed, the dialog is closed, so that the test fails instead of
// waiting forever in exec().
class ModalDialogs
{
public:
    template <typename D> static void whenOpen(std::function<void(D*)> act)
    {
        auto* poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
            if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
                poll->stop();
                poll->deleteLater();
                const QPointer<D> open(dialog);
                act(dialog);
                // done(), not reject(): an editor with changes would ask about them and wait.
                if (QTest::currentTestFailed() && open && open->isVisible())
                    static_cast<QDialog*>(open.data())->done(QDialog::Rejected);
            }
        });
        poll->start(20);
    }

    static QPushButton* button(QWidget* parent, const QString& text); // text without the '&'
    static QLineEdit* passwordField(QWidget* parent);
    static QLabel* labelNamed(QWidget* parent, const QString& accessibleName);
    // Types the whole path into the file name box, as a user may, waits until the dialog took it and
    // accepts. (selectFile() depends on the folder's listing, which comes later: accepted before it,
    // the dialog said "file not found" and waited.)
    static void choosePath(QFileDialog* dialog, const QString& path);
};
