// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace cascade {

// A section of an inspector page: a rule, then its bold title (which wraps in a narrow
// dock), added to `layout`; returns the title, for pages that retitle it.
inline QLabel *addPageSection(QWidget *page, QVBoxLayout *layout, const QString &title)
{
    auto *line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addSpacing(6);
    layout->addWidget(line);
    auto *label = new QLabel(title, page);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    layout->addWidget(label);
    return label;
}

} // namespace cascade
