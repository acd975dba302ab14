// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace cascade {

// A word-wrapped rich-text entry of an inspector list (a critical actor, an event behind
// a link) that acts like a link as a whole: pointing hand, highlight on hover, and a
// click (or Enter/Space when focused) emits clicked(). Wraps where a table would clip.
class ClickableLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ClickableLabel(const QString &html, QWidget *parent = nullptr);

    // Greys the text (e.g. an event after the cursor) without disabling the click.
    void setDimmed(bool dimmed);
    bool isDimmed() const { return m_dimmed; }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updateLook();

    bool m_dimmed = false;
    bool m_hover = false;
};

} // namespace cascade
