#pragma once

#include <QLineEdit>
#include <QTimer>

// A search box that asks once the typing pauses, not once per key.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    SearchField(const QString& placeholder, const QString& accessibleName, int delayMs,
                QWidget* parent = nullptr);

    // What was typed is about to be asked for by other means (a refresh): no second ask.
    void cancelPending() { m_delay.stop(); }
    // Ctrl+F: the box takes the keyboard with its text selected.
    void focusForTyping();

signals:
    void typingPaused();

private:
    QTimer m_delay;
};
