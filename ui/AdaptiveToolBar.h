#pragma once

#include <QToolBar>

// A toolbar that keeps every button on screen: in a window too narrow for its buttons' words it shows
// their icons only (the words stay in the tooltips), instead of hiding the last buttons behind "»".
class AdaptiveToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit AdaptiveToolBar(const QString& title, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void actionEvent(QActionEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fit();

    int m_widthWithWords = -1; // measured with the words shown; -1: to be measured again
};
