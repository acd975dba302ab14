// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QLineEdit>

namespace cascade {

// Gives `field` the keyboard focus with its text selected, after showing and raising
// the dock that holds it (a search or filter shortcut may come while the dock is hidden
// or behind another tab).
inline void focusFieldInItsDock(QLineEdit *field)
{
    for (QWidget *w = field->parentWidget(); w; w = w->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();
            break;
        }
    }
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

} // namespace cascade
