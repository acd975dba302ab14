// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/casesummary.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cascade {

class CaseDocument;
class ClickableLabel;

// What the inspector shows when nothing is selected, so that it is never empty: the case
// summary of core/analysis/casesummary.h as of the cursor (origin, targets, how long the
// target took to respond, the path) and the critical actors ranked; clicking one
// selects it.
class CaseSummaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit CaseSummaryPage(CaseDocument *document, QWidget *parent = nullptr);

    // The case and the cursor changed: the summary is being recomputed.
    void showPending();
    // Forgets the summary shown (a new case): "computing" until showSummary().
    void clear();
    void showSummary(const CaseSummary &summary);
    // A what-if in force (rich text; empty hides it).
    void setWhatIf(const QString &html);

    // What is shown, for tests.
    QString text() const;
    // The critical actors' entries, ranked; clicking one selects its actor.
    const QList<ClickableLabel *> &criticalEntries() const { return m_entries; }
    ActorId criticalActorAt(int i) const;
    bool isCurrent() const { return m_current; }

private:
    CaseDocument *m_document;
    QLabel *m_title;
    QLabel *m_asOf;
    QLabel *m_body;
    QLabel *m_criticalTitle;
    QVBoxLayout *m_criticalList;
    QList<ClickableLabel *> m_entries;
    std::vector<ActorId> m_criticalActors;
    QLabel *m_whatIf;
    QLabel *m_hint;
    bool m_current = false;
};

} // namespace cascade
