#pragma once

#include <QWidget>

class QToolButton;

// A titled part of a dialog behind a disclosure button, collapsed until the user opens it, so the
// dialog shows what most users need and keeps the details one click away. Fill body().
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    explicit CollapsibleSection(const QString& title, QWidget* parent = nullptr);

    QWidget* body() const { return m_body; }
    QToolButton* toggle() const { return m_toggle; }
    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QToolButton* m_toggle;
    QWidget* m_body;
};
