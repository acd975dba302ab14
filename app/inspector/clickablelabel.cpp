// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/clickablelabel.h"

#include <QKeyEvent>
#include <QMouseEvent>

namespace cascade {

ClickableLabel::ClickableLabel(const QString &html, QWidget *parent) : QLabel(html, parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setAutoFillBackground(false);
    setContentsMargins(3, 2, 3, 2);
}

void ClickableLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        event->accept();
        return;
    }
    QLabel::mouseReleaseEvent(event);
}

void ClickableLabel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        event->accept();
        return;
    }
    QLabel::keyPressEvent(event);
}

void ClickableLabel::setDimmed(bool dimmed)
{
    if (dimmed == m_dimmed)
        return;
    m_dimmed = dimmed;
    updateLook();
}

void ClickableLabel::enterEvent(QEnterEvent *event)
{
    m_hover = true;
    updateLook();
    QLabel::enterEvent(event);
}

void ClickableLabel::leaveEvent(QEvent *event)
{
    m_hover = false;
    updateLook();
    QLabel::leaveEvent(event);
}

void ClickableLabel::updateLook()
{
    QPalette p = QPalette();
    if (m_dimmed)
        p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText));
    if (m_hover) {
        QColor hover = p.color(QPalette::Highlight);
        hover.setAlphaF(0.12);
        p.setColor(QPalette::Window, hover);
    }
    setPalette(p);
    setAutoFillBackground(m_hover);
}

} // namespace cascade
