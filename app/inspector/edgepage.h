// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascades.h"
#include "core/model/ids.h"
#include "core/model/interaction.h"

#include <QWidget>

#include <atomic>
#include <vector>

class QAbstractButton;
class QComboBox;
class QPushButton;
class QLabel;
class QVBoxLayout;

namespace cascade {

class CaseDocument;
class ClickableLabel;
class TimeIndex;
struct Case;

// One event behind a link of the actor graph.
struct EdgeEvent {
    EventId event = kNoEvent;
    ActorId author = kNoActor;
    ActorId other = kNoActor;       // the other party of the interaction (or the credited relayer)
    std::vector<InteractionKind> kinds; // its interactions between the two (a reply that also mentions: two)
    bool inferredByCase = false;    // the case's provenance marks the event inferred
    bool creditOnly = false;        // not an interaction between the two: a relay the credit rule credits
    ActorId creditedTo = kNoActor;  // for a repost or quote: whom the rule credits
    bool creditInferred = false;    // that credit is the rule's inference, not the data's
};

// The events behind the link between a and b, in either direction, in event order, one
// entry per event: every event with an interaction between them (core/model/interaction.h) and every relay by one that the
// credit rule credits to the other (`cascades`, core/analysis/cascades.h).
std::vector<EdgeEvent> collectEdgeEvents(const Case &c, const TimeIndex &index, const CascadeReconstruction &cascades,
                                         ActorId a, ActorId b, const std::atomic<bool> *cancel = nullptr);

// The inspector's page for a selected link of the graph: the events behind it, observed
// or inferred, and the credit rule in use (switchable).
class EdgePage : public QWidget
{
    Q_OBJECT
public:
    explicit EdgePage(CaseDocument *document, QWidget *parent = nullptr);

    void setEdge(ActorId from, ActorId to);
    ActorId from() const { return m_from; }
    ActorId to() const { return m_to; }
    void showPending();
    void showEvents(const std::vector<EdgeEvent> &events);
    void setCreditRule(CreditRule rule);
    // Greys the events after the cursor.
    void showCursor();

    QString text() const; // for tests
    // One entry per event shown (at most kMaxShown); clicking one moves the cursor to it.
    const QList<ClickableLabel *> &entries() const { return m_entries; }
    EventId eventAt(int i) const;
    static constexpr int kMaxShown = 200;

    // Offers to go back to the selected actor (hidden when none).
    void setBackTarget(const QString &handle);
    QAbstractButton *backButton() const;

signals:
    void creditRuleRequested(cascade::CreditRule rule);
    void backRequested();

private:
    CaseDocument *m_document;
    ActorId m_from = kNoActor;
    ActorId m_to = kNoActor;
    QLabel *m_title;
    QPushButton *m_back;
    QLabel *m_status;
    QComboBox *m_rule;
    QLabel *m_ruleText;
    QLabel *m_more;
    QVBoxLayout *m_list;
    QList<ClickableLabel *> m_entries;
    std::vector<EventId> m_shown;
};

} // namespace cascade
