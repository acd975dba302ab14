// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace cascade {

class CaseDocument;

// The case at a glance: title, summary, counts, time span in the display zone,
// origin and targets.
class CaseOverview : public QWidget
{
    Q_OBJECT
public:
    explicit CaseOverview(CaseDocument *document, QWidget *parent = nullptr);

    // The text shown, for tests.
    QString titleText() const;
    QString countsText() const;

private:
    void refresh();

    CaseDocument *m_document;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_counts;
};

} // namespace cascade
