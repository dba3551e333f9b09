#include "ui/SearchField.h"

SearchField::SearchField(const QString& placeholder, const QString& accessibleName, int delayMs,
                         QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
    setAccessibleName(accessibleName);
    m_delay.setSingleShot(true);
    m_delay.setInterval(delayMs);
    connect(this, &QLineEdit::textChanged, &m_delay, qOverload<>(&QTimer::start));
    connect(&m_delay, &QTimer::timeout, this, &SearchField::typingPaused);
}

void SearchField::focusForTyping()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}
