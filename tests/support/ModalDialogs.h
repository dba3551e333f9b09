#pragma once

#include <QApplication>
#include <QObject>
#include <QTimer>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

// Drives dialogs that block in exec(): the action runs once the dialog is the active modal widget.
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
                act(dialog);
            }
        });
        poll->start(20);
    }

    static QPushButton* button(QWidget* parent, const QString& text); // text without the '&'
    static QLineEdit* passwordField(QWidget* parent);
    static QLabel* labelNamed(QWidget* parent, const QString& accessibleName);
};
