#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above the queue that says what stops uploads (a missing credential, no keychain) and
// offers the one action that fixes it.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget* parent = nullptr);

    void showNotice(const QString& text, const QString& actionText);
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel* m_text;
    QPushButton* m_action;
};
