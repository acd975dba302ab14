// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <vector>

class QAction;
class QDialog;
class QMenu;
class QWidget;

namespace cascade {

class CaseDocument;
struct Case;

// The case's editing commands as the window offers them (the Case menu, the actors
// table's and the graph's context menus): actors added, edited, deleted, merged,
// given a role; events and offline contacts added, edited, deleted; milestones, notes,
// the origin and targets, the case's properties. Each opens its editor (one at a time,
// closed if the case changes under it) and, once the values are right, pushes one undo
// command onto the document's stack.
class CaseEditor : public QObject
{
    Q_OBJECT
public:
    CaseEditor(CaseDocument *document, QWidget *window);

    // The actors the commands act on: the actors table's selection when it has several,
    // else the document's selected actor. Set by the window.
    void setSelectedActors(std::function<std::vector<ActorId>()> provider) { m_selectedActors = std::move(provider); }
    // How a question is asked (deleting with events, which actor a merge keeps): returns
    // the index of the choice taken, or -1 for Cancel. A message box unless replaced
    // (tests answer themselves).
    using Ask = std::function<int(const QString &question, const QStringList &choices)>;
    void setAsk(Ask ask) { m_ask = std::move(ask); }

    // The Case menu, filled.
    void fillMenu(QMenu *menu) const;
    // The actions for one actor (the graph's context menu: right-click on an actor).
    void fillActorMenu(QMenu *menu, ActorId actor);
    // The actions the actors table offers on its rows.
    QList<QAction *> actorActions() const;

    QAction *addActorAction() const { return m_addActor; }
    QAction *editActorAction() const { return m_editActor; }
    QAction *deleteActorsAction() const { return m_deleteActors; }
    QAction *mergeActorsAction() const { return m_mergeActors; }
    QMenu *roleMenu() const { return m_roleMenu; }
    QAction *addEventAction() const { return m_addEvent; }
    QAction *addOfflineAction() const { return m_addOffline; }
    QAction *editEventAction() const { return m_editEvent; }
    QAction *deleteEventAction() const { return m_deleteEvent; }
    QAction *addMilestoneAction() const { return m_addMilestone; }
    QAction *editMilestoneAction() const { return m_editMilestone; }
    QAction *deleteMilestoneAction() const { return m_deleteMilestone; }
    QAction *addNoteAction() const { return m_addNote; }
    QAction *setOriginAction() const { return m_setOrigin; }
    QAction *toggleTargetAction() const { return m_toggleTarget; }
    QAction *propertiesAction() const { return m_properties; }
    QAction *rolesAction() const { return m_roles; }
    QAction *classifyAction() const { return m_classify; }

    // The editor open now (for tests), or null.
    QDialog *currentDialog() const { return m_dialog; }

    // The commands, on given actors or events (the actions call them with the selection).
    void addActor();
    void editActor(ActorId actor);
    void deleteActors(const std::vector<ActorId> &actors);
    void mergeActors(ActorId first, ActorId second);
    void setRole(const std::vector<ActorId> &actors, RoleId role);
    void addEvent(int kind, ActorId author);
    void editEvent(EventId event);
    void deleteEvent(EventId event);
    // The milestone at or before the cursor (else the first), or -1 when there is none.
    int currentMilestone() const;
    void addMilestone();
    void editMilestone(int index);
    void deleteMilestone(int index);
    void addNote(ActorId actor);
    void setOrigin(ActorId actor);
    void toggleTarget(ActorId actor);
    void editProperties();
    void editRoles();
    void classifyByRules();

private:
    void createActions();
    void updateActions();
    void rebuildRoleMenu();
    std::vector<ActorId> selectedActors() const;
    // Opens `dialog` (window-modal) as the one editor; `accepted` runs on OK.
    void openDialog(QDialog *dialog, std::function<void()> accepted);
    // Pushes an edit made on a copy of the case, when the copy keeps the invariants.
    void pushEdit(Case edited, const QString &text);
    int ask(const QString &question, const QStringList &choices) const;

    CaseDocument *m_document;
    QWidget *m_window;
    std::function<std::vector<ActorId>()> m_selectedActors;
    Ask m_ask;
    QPointer<QDialog> m_dialog;
    QAction *m_addActor;
    QAction *m_editActor;
    QAction *m_deleteActors;
    QAction *m_mergeActors;
    QMenu *m_roleMenu;
    QAction *m_addEvent;
    QAction *m_addOffline;
    QAction *m_editEvent;
    QAction *m_deleteEvent;
    QAction *m_addMilestone;
    QAction *m_editMilestone;
    QAction *m_deleteMilestone;
    QAction *m_addNote;
    QAction *m_setOrigin;
    QAction *m_toggleTarget;
    QAction *m_properties;
    QAction *m_roles;
    QAction *m_classify;
};

} // namespace cascade
