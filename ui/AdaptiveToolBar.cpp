#include "ui/AdaptiveToolBar.h"

#include <QEvent>
#include <QTimer>

AdaptiveToolBar::AdaptiveToolBar(const QString& title, QWidget* parent)
    : QToolBar(title, parent)
{
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon); // leaves room for longer words than English
}

void AdaptiveToolBar::resizeEvent(QResizeEvent* event)
{
    QToolBar::resizeEvent(event);
    fit();
}

// New buttons or another language: the words take another width.
void AdaptiveToolBar::actionEvent(QActionEvent* event)
{
    QToolBar::actionEvent(event);
    m_widthWithWords = -1;
}

void AdaptiveToolBar::changeEvent(QEvent* event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        m_widthWithWords = -1;
}

void AdaptiveToolBar::fit()
{
    if (m_widthWithWords < 0 && toolButtonStyle() == Qt::ToolButtonTextUnderIcon)
        m_widthWithWords = sizeHint().width();
    if (m_widthWithWords < 0) {
        // Measured with the words: switch, measure, and decide again once the layout has settled.
        setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        QTimer::singleShot(0, this, &AdaptiveToolBar::fit);
        return;
    }
    const Qt::ToolButtonStyle fitting =
        width() >= m_widthWithWords ? Qt::ToolButtonTextUnderIcon : Qt::ToolButtonIconOnly;
    if (fitting != toolButtonStyle())
        setToolButtonStyle(fitting);
}
