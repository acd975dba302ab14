// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/actormeasures.h"
#include "core/model/ids.h"

#include <QList>
#include <QWidget>

#include <array>
#include <vector>

class QAbstractButton;
class QComboBox;
class QGridLayout;
class QLabel;
class QListView;
class QPushButton;
class QVBoxLayout;

namespace cascade {

class ActorEventsModel;
class ClickableLabel;
class CaseDocument;
class Sparkline;

// The inspector's page for one actor, as of the document's cursor: who it is, a
// sparkline of its activity, every measure of core/analysis/actormeasures.h with a
// one-line explanation on hover, its path from the origin, its brokerage, its events
// (click one to move the cursor there) and the what-if toggle with what is lost. It only
// shows values: ActorInspector decides what to compute and when.
class ActorPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActorPage(CaseDocument *document, QWidget *parent = nullptr);

    // Shows another actor: header, activity, events; then showCursor().
    void setActor(ActorId actor);
    ActorId actor() const { return m_actor; }
    // What can be read at once as of the cursor (the snapshot's counts, the arrival and
    // the path from the origin); the background measures are marked as updating.
    void showCursor();
    // Every measure of the actor as of the cursor.
    void showDetail(const ActorDetail &detail, bool betweennessEstimated);
    void setCreditRule(CreditRule rule);
    // Says under the rule choice that the rules give the same numbers on this case.
    void setCreditRulesAgree(bool agree);
    bool creditRulesAgreeShown() const;
    // The what-if button's state and what is lost (rich text; empty while computing), or
    // a note about another actor's what-if when the button is off.
    void setWhatIf(bool on, const QString &html);

    // What is shown, for tests and screenshots.
    QString valueText(Measure m) const;
    QString arrivalText() const;
    QString pathText() const;
    QString brokerageText() const;
    QString whatIfText() const;
    bool measuresCurrent() const { return m_current; }
    QListView *eventsView() const { return m_events; }
    ActorEventsModel *eventsModel() const { return m_eventsModel; }
    QAbstractButton *whatIfButton() const;
    Sparkline *sparkline() const { return m_sparkline; }
    // The cascades it seeded or widened as of the cursor, biggest first (a click selects
    // one), and how many more there are beyond those shown.
    const QList<ClickableLabel *> &cascadeLabels() const { return m_cascadeLabels; }
    const std::vector<cascade::EventId> &cascadeRoots() const { return m_cascadeRoots; }

signals:
    void creditRuleRequested(cascade::CreditRule rule);
    void whatIfToggled(bool on);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The title column: as wide as the widest title, but never more than half the page
    // (titles and values wrap), so that the page fits a narrow panel.
    void fitTitleColumn();

    QGridLayout *addGrid(QVBoxLayout *layout);
    void addMeasureRow(QGridLayout *grid, Measure m);
    QLabel *addRow(QGridLayout *grid, const QString &title, const QString &tip);
    void setValue(Measure m, const QString &text);
    void setHeavyCurrent(bool current);
    void showPath(const TemporalPath &path);
    void loadActivity();
    void showCascades();
    bool withDate() const;

    CaseDocument *m_document;
    ActorId m_actor = kNoActor;
    bool m_current = false;
    TimeMs m_shownCursor = 0;

    QLabel *m_handle;
    QLabel *m_role;
    QLabel *m_name;
    QLabel *m_note;
    QLabel *m_asOf;
    QLabel *m_status;
    Sparkline *m_sparkline;
    std::array<QLabel *, kMeasureCount> m_values{};
    QLabel *m_arrival = nullptr;
    std::vector<QGridLayout *> m_grids;
    std::vector<QLabel *> m_rowTitles;
    int m_titleWidth = 0;
    QComboBox *m_rule;
    QLabel *m_brokerageCounts = nullptr;
    QLabel *m_dominant = nullptr;
    QLabel *m_brokerageSentence;
    QLabel *m_rulesAgree;
    QVBoxLayout *m_cascadeBox;
    QList<ClickableLabel *> m_cascadeLabels;
    std::vector<EventId> m_cascadeRoots;
    QLabel *m_cascadeMore;
    QLabel *m_path;
    QString m_pathLine;
    QLabel *m_eventsTitle;
    QListView *m_events;
    ActorEventsModel *m_eventsModel;
    QPushButton *m_whatIf;
    QLabel *m_whatIfResult;
};

} // namespace cascade
