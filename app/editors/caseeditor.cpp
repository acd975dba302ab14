// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/caseeditor.h"

#include "app/document/casedocument.h"
#include "app/document/classifyactorscommand.h"
#include "app/document/editactorcommand.h"
#include "app/document/editcasecommand.h"
#include "app/editors/actordialog.h"
#include "app/editors/classifydialog.h"
#include "app/editors/eventdialog.h"
#include "app/editors/rolesdialog.h"
#include "app/editors/storydialogs.h"
#include "app/presentation/displayformat.h"
#include "core/model/caseedit.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <algorithm>

namespace cascade {

CaseEditor::CaseEditor(CaseDocument *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    createActions();
    connect(m_document, &CaseDocument::aboutToReset, this, [this] {
        // The editor's ids and references are the old case's: close it unapplied.
        if (m_dialog)
            m_dialog->reject();
    });
    connect(m_document, &CaseDocument::caseReset, this, [this] {
        rebuildRoleMenu();
        updateActions();
    });
    connect(m_document, &CaseDocument::selectionChanged, this, &CaseEditor::updateActions);
    connect(m_document, &CaseDocument::cursorChanged, this, &CaseEditor::updateActions);
    rebuildRoleMenu();
    updateActions();
}

void CaseEditor::createActions()
{
    auto make = [this](const QString &text, const char *name, const QKeySequence &key, void (CaseEditor::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addActor = make(tr("Add &Actor..."), "AddActorAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &CaseEditor::addActor);
    m_editActor = new QAction(tr("&Edit Actor..."), this);
    m_editActor->setObjectName(QStringLiteral("EditActorAction"));
    m_editActor->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_editActor, &QAction::triggered, this, [this] {
        const std::vector<ActorId> actors = selectedActors();
        if (!actors.empty())
            editActor(actors.front());
    });
    m_deleteActors = new QAction(tr("&Delete Actor"), this);
    m_deleteActors->setObjectName(QStringLiteral("DeleteActorsAction"));
    m_deleteActors->setShortcut(QKeySequence::Delete);
    // The Delete key deletes actors where actors are shown (the table, the graph), never
    // in a text field: the window adds this action to those widgets.
    m_deleteActors->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteActors, &QAction::triggered, this, [this] { deleteActors(selectedActors()); });
    m_mergeActors = new QAction(tr("&Merge Two Actors..."), this);
    m_mergeActors->setObjectName(QStringLiteral("MergeActorsAction"));
    connect(m_mergeActors, &QAction::triggered, this, [this] {
        const std::vector<ActorId> actors = selectedActors();
        if (actors.size() == 2)
            mergeActors(actors[0], actors[1]);
    });
    m_roleMenu = new QMenu(tr("Set &Role"), m_window);
    m_addEvent = new QAction(tr("Add &Post or Relay..."), this);
    m_addEvent->setObjectName(QStringLiteral("AddEventAction"));
    m_addEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_addEvent, &QAction::triggered, this, [this] {
        const std::vector<ActorId> actors = selectedActors();
        addEvent(static_cast<int>(EventKind::Post), actors.empty() ? kNoActor : actors.front());
    });
    m_addOffline = new QAction(tr("Add &Offline Contact..."), this);
    m_addOffline->setObjectName(QStringLiteral("AddOfflineAction"));
    m_addOffline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_addOffline, &QAction::triggered, this, [this] {
        const std::vector<ActorId> actors = selectedActors();
        addEvent(static_cast<int>(EventKind::Offline), actors.empty() ? kNoActor : actors.front());
    });
    m_editEvent = new QAction(tr("Edit E&vent..."), this);
    m_editEvent->setObjectName(QStringLiteral("EditEventAction"));
    connect(m_editEvent, &QAction::triggered, this, [this] { editEvent(m_document->selectedEvent()); });
    m_deleteEvent = new QAction(tr("Delete Eve&nt"), this);
    m_deleteEvent->setObjectName(QStringLiteral("DeleteEventAction"));
    connect(m_deleteEvent, &QAction::triggered, this, [this] { deleteEvent(m_document->selectedEvent()); });
    m_addMilestone = make(tr("Add &Milestone at the Cursor..."), "AddMilestoneAction", QKeySequence(Qt::CTRL | Qt::Key_M),
                          &CaseEditor::addMilestone);
    m_editMilestone = new QAction(tr("Edit M&ilestone..."), this);
    m_editMilestone->setObjectName(QStringLiteral("EditMilestoneAction"));
    connect(m_editMilestone, &QAction::triggered, this, [this] { editMilestone(currentMilestone()); });
    m_deleteMilestone = new QAction(tr("Delete Milestone"), this);
    m_deleteMilestone->setObjectName(QStringLiteral("DeleteMilestoneAction"));
    connect(m_deleteMilestone, &QAction::triggered, this, [this] { deleteMilestone(currentMilestone()); });
    m_addNote = new QAction(tr("Add No&te..."), this);
    m_addNote->setObjectName(QStringLiteral("AddNoteAction"));
    m_addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addNote, &QAction::triggered, this, [this] {
        const std::vector<ActorId> actors = selectedActors();
        addNote(actors.empty() ? kNoActor : actors.front());
    });
    m_setOrigin = new QAction(tr("Mark as the &Origin"), this);
    m_setOrigin->setObjectName(QStringLiteral("SetOriginAction"));
    connect(m_setOrigin, &QAction::triggered, this, [this] {
        const std::vector<ActorId> actors = selectedActors();
        if (!actors.empty())
            setOrigin(actors.front());
    });
    m_toggleTarget = new QAction(tr("Mark as a &Target"), this);
    m_toggleTarget->setObjectName(QStringLiteral("ToggleTargetAction"));
    m_toggleTarget->setCheckable(true);
    connect(m_toggleTarget, &QAction::triggered, this, [this] {
        const std::vector<ActorId> actors = selectedActors();
        if (!actors.empty())
            toggleTarget(actors.front());
    });
    m_properties = new QAction(tr("Case &Properties..."), this);
    m_properties->setObjectName(QStringLiteral("CasePropertiesAction"));
    connect(m_properties, &QAction::triggered, this, &CaseEditor::editProperties);
    m_roles = make(tr("Ro&les..."), "RolesAction", QKeySequence(), &CaseEditor::editRoles);
    m_classify = make(tr("&Classify by Rules..."), "ClassifyAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                      &CaseEditor::classifyByRules);
}

void CaseEditor::fillMenu(QMenu *menu) const
{
    menu->addAction(m_addActor);
    menu->addAction(m_editActor);
    menu->addAction(m_deleteActors);
    menu->addAction(m_mergeActors);
    menu->addMenu(m_roleMenu);
    menu->addAction(m_roles);
    menu->addAction(m_classify);
    menu->addSeparator();
    menu->addAction(m_addEvent);
    menu->addAction(m_addOffline);
    menu->addAction(m_editEvent);
    menu->addAction(m_deleteEvent);
    menu->addSeparator();
    menu->addAction(m_addMilestone);
    menu->addAction(m_editMilestone);
    menu->addAction(m_deleteMilestone);
    menu->addAction(m_addNote);
    menu->addSeparator();
    menu->addAction(m_setOrigin);
    menu->addAction(m_toggleTarget);
    menu->addAction(m_properties);
}

void CaseEditor::fillActorMenu(QMenu *menu, ActorId actor)
{
    const Case &c = m_document->caseData();
    if (actor < 0 || actor >= static_cast<ActorId>(c.actors.size()))
        return;
    menu->addSection(c.actors[static_cast<std::size_t>(actor)].handle);
    menu->addAction(tr("Add Offline Contact from Here..."), this,
                    [this, actor] { addEvent(static_cast<int>(EventKind::Offline), actor); });
    menu->addAction(tr("Add Post or Relay by This Actor..."), this,
                    [this, actor] { addEvent(static_cast<int>(EventKind::Post), actor); });
    menu->addAction(tr("Add Note Here..."), this, [this, actor] { addNote(actor); });
    menu->addSeparator();
    menu->addAction(tr("Edit Actor..."), this, [this, actor] { editActor(actor); });
    QMenu *roles = menu->addMenu(tr("Set Role"));
    for (QAction *a : m_roleMenu->actions()) {
        const auto role = static_cast<RoleId>(a->data().toInt());
        roles->addAction(a->icon(), a->text(), this, [this, actor, role] { setRole({actor}, role); });
    }
    QAction *origin = menu->addAction(tr("Mark as the Origin"), this, [this, actor] { setOrigin(actor); });
    origin->setEnabled(c.origin != actor);
    const bool target = std::find(c.targets.begin(), c.targets.end(), actor) != c.targets.end();
    QAction *t = menu->addAction(tr("Mark as a Target"), this, [this, actor] { toggleTarget(actor); });
    t->setCheckable(true);
    t->setChecked(target);
    menu->addSeparator();
    menu->addAction(tr("Delete Actor..."), this, [this, actor] { deleteActors({actor}); });
}

QList<QAction *> CaseEditor::actorActions() const
{
    return {m_editActor, m_deleteActors, m_mergeActors, m_roleMenu->menuAction(), m_addOffline, m_addEvent, m_addNote,
            m_setOrigin, m_toggleTarget};
}

std::vector<ActorId> CaseEditor::selectedActors() const
{
    std::vector<ActorId> actors = m_selectedActors ? m_selectedActors() : std::vector<ActorId>{};
    if (actors.empty() && m_document->selectedActor() != kNoActor)
        actors.push_back(m_document->selectedActor());
    return actors;
}

void CaseEditor::updateActions()
{
    const Case &c = m_document->caseData();
    const std::vector<ActorId> actors = selectedActors();
    const bool one = !actors.empty();
    m_editActor->setEnabled(one);
    m_deleteActors->setEnabled(one);
    m_deleteActors->setText(actors.size() > 1 ? tr("&Delete %n Actors", nullptr, static_cast<int>(actors.size())) : tr("&Delete Actor"));
    m_mergeActors->setEnabled(actors.size() == 2);
    m_roleMenu->setEnabled(one);
    m_addEvent->setEnabled(!c.actors.empty());
    m_addOffline->setEnabled(!c.actors.empty());
    m_editEvent->setEnabled(m_document->selectedEvent() != kNoEvent);
    m_deleteEvent->setEnabled(m_document->selectedEvent() != kNoEvent);
    m_editMilestone->setEnabled(currentMilestone() >= 0);
    m_deleteMilestone->setEnabled(currentMilestone() >= 0);
    m_setOrigin->setEnabled(one && c.origin != actors.front());
    m_toggleTarget->setEnabled(one);
    m_toggleTarget->setChecked(one && std::find(c.targets.begin(), c.targets.end(), actors.front()) != c.targets.end());
}

void CaseEditor::rebuildRoleMenu()
{
    m_roleMenu->clear();
    const Case &c = m_document->caseData();
    auto add = [this](const QIcon &icon, const QString &text, RoleId role) {
        QAction *a = m_roleMenu->addAction(icon, text, this, [this, role] { setRole(selectedActors(), role); });
        a->setData(role);
    };
    for (std::size_t r = 0; r < c.roles.size(); ++r) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromRgb(static_cast<QRgb>(c.roles[r].rgb | 0xff000000u)));
        add(QIcon(swatch), DisplayFormat::labelOfRole(c, static_cast<RoleId>(r)), static_cast<RoleId>(r));
    }
    m_roleMenu->addSeparator();
    add(QIcon(), tr("No role"), kNoRole);
}

int CaseEditor::ask(const QString &question, const QStringList &choices) const
{
    if (m_ask)
        return m_ask(question, choices);
    QMessageBox box(QMessageBox::Question, tr("Cascade"), question, QMessageBox::Cancel, m_window);
    std::vector<QPushButton *> buttons;
    for (const QString &choice : choices)
        buttons.push_back(box.addButton(choice, QMessageBox::AcceptRole));
    box.setDefaultButton(buttons.empty() ? nullptr : buttons.front());
    box.exec();
    for (std::size_t i = 0; i < buttons.size(); ++i)
        if (box.clickedButton() == buttons[i])
            return static_cast<int>(i);
    return -1;
}

void CaseEditor::openDialog(QDialog *dialog, std::function<void()> accepted)
{
    if (m_dialog)
        m_dialog->reject();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, std::move(accepted));
    dialog->open();
}

void CaseEditor::pushEdit(Case edited, const QString &text)
{
    const QString broken = edited.checkInvariants();
    if (!broken.isEmpty()) {
        // A guard: the editors check their values first, so this is a bug, not bad input.
        QMessageBox::warning(m_window, tr("Cascade"), tr("The edit was not applied: %1.").arg(broken));
        return;
    }
    m_document->undoStack()->push(new EditCaseCommand(m_document, std::move(edited), text));
}

void CaseEditor::addActor()
{
    Actor initial;
    initial.platform = QStringLiteral("twitter");
    auto *dialog = new ActorDialog(m_document->caseData(), kNoActor, initial, m_window);
    openDialog(dialog, [this, dialog] {
        if (!dialog->problem().isEmpty())
            return;
        Case edited = m_document->caseData();
        const Actor actor = dialog->value();
        const ActorId id = cascade::addActor(edited, actor);
        pushEdit(std::move(edited), tr("Add %1").arg(actor.handle));
        m_document->setSelectedActor(id);
    });
}

void CaseEditor::editActor(ActorId actor)
{
    const Case &c = m_document->caseData();
    if (actor < 0 || actor >= static_cast<ActorId>(c.actors.size()))
        return;
    const Actor before = c.actors[static_cast<std::size_t>(actor)];
    auto *dialog = new ActorDialog(c, actor, before, m_window);
    openDialog(dialog, [this, dialog, actor, before] {
        const Actor after = dialog->value();
        if (!dialog->problem().isEmpty() || after == before)
            return;
        m_document->undoStack()->push(new EditActorCommand(m_document, actor, before, after));
    });
}

void CaseEditor::deleteActors(const std::vector<ActorId> &actors)
{
    if (actors.empty())
        return;
    const Case &c = m_document->caseData();
    const ActorRemovalImpact impact = actorRemovalImpact(c, actors);
    const QString who = actors.size() == 1 ? c.actors[static_cast<std::size_t>(actors.front())].handle
                                           : tr("%n actors", nullptr, static_cast<int>(actors.size()));
    if (impact.ownEvents + impact.relays + impact.notes > 0) {
        QStringList parts;
        if (impact.ownEvents > 0)
            parts << tr("%n event(s) of theirs", nullptr, static_cast<int>(impact.ownEvents));
        if (impact.relays > 0)
            parts << tr("%n repost(s), reply(ies) and quote(s) of those by others", nullptr, static_cast<int>(impact.relays));
        if (impact.notes > 0)
            parts << tr("%n note(s) pinned to them", nullptr, static_cast<int>(impact.notes));
        const QString question = tr("Delete %1? %2 go with it. Undo brings them back.").arg(who, parts.join(tr(", ")));
        if (ask(question, {tr("Delete")}) != 0)
            return;
    }
    Case edited = c;
    removeActors(edited, actors);
    pushEdit(std::move(edited), tr("Delete %1").arg(who));
}

void CaseEditor::mergeActors(ActorId first, ActorId second)
{
    const Case &c = m_document->caseData();
    const QString a = c.actors[static_cast<std::size_t>(first)].handle;
    const QString b = c.actors[static_cast<std::size_t>(second)].handle;
    const int choice = ask(tr("Merge %1 and %2 into one actor? The events of both become the kept actor's; its fields "
                              "win, the other's fill those it leaves empty.")
                               .arg(a, b),
                           {tr("Keep %1").arg(a), tr("Keep %1").arg(b)});
    if (choice < 0)
        return;
    const ActorId keep = choice == 0 ? first : second;
    const ActorId drop = choice == 0 ? second : first;
    Case edited = c;
    const ActorId kept = cascade::mergeActors(edited, keep, drop);
    pushEdit(std::move(edited), tr("Merge %1 into %2").arg(choice == 0 ? b : a, choice == 0 ? a : b));
    m_document->setSelectedActor(kept);
}

void CaseEditor::setRole(const std::vector<ActorId> &actors, RoleId role)
{
    const Case &c = m_document->caseData();
    std::vector<ActorClassification> changes;
    for (ActorId a : actors) {
        const Actor &actor = c.actors[static_cast<std::size_t>(a)];
        if (actor.role == role)
            continue;
        ActorClassification change;
        change.actor = a;
        change.from = actor.role;
        change.to = role;
        changes.push_back(change);
    }
    if (changes.empty())
        return;
    const QString label = role == kNoRole ? tr("no role") : DisplayFormat::labelOfRole(c, role);
    const QString text = changes.size() == 1
                             ? tr("Set %1's role to %2").arg(c.actors[static_cast<std::size_t>(changes.front().actor)].handle, label)
                             : tr("Set the role of %n actors to %1", nullptr, static_cast<int>(changes.size())).arg(label);
    m_document->undoStack()->push(new ClassifyActorsCommand(m_document, std::move(changes), text));
}

void CaseEditor::addEvent(int kind, ActorId author)
{
    const Case &c = m_document->caseData();
    Event initial;
    initial.kind = static_cast<EventKind>(kind);
    initial.author = author;
    initial.key = freeEventKey(c);
    initial.time = c.events.empty() ? fromDateTime(QDateTime::currentDateTimeUtc()) / kMsPerMinute * kMsPerMinute
                                    : m_document->cursor();
    // A relay answers the selected event when there is one.
    if (m_document->selectedEvent() != kNoEvent && initial.kind != EventKind::Offline)
        initial.parent = m_document->selectedEvent();
    if (initial.kind == EventKind::Offline)
        initial.channel = QStringLiteral("phone");
    auto *dialog = new EventDialog(c, m_document->displayZone(), kNoEvent, initial, m_window);
    openDialog(dialog, [this, dialog] {
        if (!dialog->problem().isEmpty())
            return;
        Case edited = m_document->caseData();
        Event e = dialog->value();
        const QString text = e.kind == EventKind::Offline ? tr("Add offline contact %1").arg(e.key) : tr("Add event %1").arg(e.key);
        const EventId id = insertEvent(edited, std::move(e));
        pushEdit(std::move(edited), text);
        m_document->setSelectedEvent(id);
    });
}

void CaseEditor::editEvent(EventId event)
{
    const Case &c = m_document->caseData();
    if (event < 0 || event >= static_cast<EventId>(c.events.size()))
        return;
    const Event before = c.events[static_cast<std::size_t>(event)];
    auto *dialog = new EventDialog(c, m_document->displayZone(), event, before, m_window);
    openDialog(dialog, [this, dialog, event, before] {
        const Event after = dialog->value();
        if (!dialog->problem().isEmpty() || after == before)
            return;
        Case edited = m_document->caseData();
        const EventId id = replaceEvent(edited, event, after);
        pushEdit(std::move(edited), tr("Edit event %1").arg(after.key));
        m_document->setSelectedEvent(id);
    });
}

void CaseEditor::deleteEvent(EventId event)
{
    const Case &c = m_document->caseData();
    if (event < 0 || event >= static_cast<EventId>(c.events.size()))
        return;
    Case edited = c;
    removeEvents(edited, {event});
    const auto relays = static_cast<int>(c.events.size() - edited.events.size()) - 1;
    const QString key = c.events[static_cast<std::size_t>(event)].key;
    if (relays > 0
        && ask(tr("Delete event %1? %n repost(s), reply(ies) and quote(s) of it go with it. Undo brings them back.", nullptr, relays).arg(key),
               {tr("Delete")}) != 0)
        return;
    pushEdit(std::move(edited), tr("Delete event %1").arg(key));
}

int CaseEditor::currentMilestone() const
{
    const std::vector<Milestone> &milestones = m_document->caseData().milestones;
    if (milestones.empty())
        return -1;
    const TimeMs t = m_document->cursor();
    int index = 0;
    for (std::size_t i = 0; i < milestones.size(); ++i)
        if (milestones[i].time <= t)
            index = static_cast<int>(i);
    return index;
}

namespace {

// Puts a milestone in time order (after those of the same time).
void insertMilestone(std::vector<Milestone> &milestones, Milestone m)
{
    const auto at = std::upper_bound(milestones.begin(), milestones.end(), m.time,
                                     [](TimeMs t, const Milestone &other) { return t < other.time; });
    milestones.insert(at, std::move(m));
}

} // namespace

void CaseEditor::addMilestone()
{
    Milestone initial;
    initial.time = m_document->cursor();
    auto *dialog = new MilestoneDialog(initial, m_document->displayZone(), true, m_window);
    openDialog(dialog, [this, dialog] {
        if (!dialog->problem().isEmpty())
            return;
        Case edited = m_document->caseData();
        const Milestone m = dialog->value();
        insertMilestone(edited.milestones, m);
        pushEdit(std::move(edited), tr("Add milestone \"%1\"").arg(m.title));
    });
}

void CaseEditor::editMilestone(int index)
{
    const Case &c = m_document->caseData();
    if (index < 0 || index >= static_cast<int>(c.milestones.size()))
        return;
    const Milestone before = c.milestones[static_cast<std::size_t>(index)];
    auto *dialog = new MilestoneDialog(before, m_document->displayZone(), false, m_window);
    openDialog(dialog, [this, dialog, index, before] {
        const Milestone after = dialog->value();
        if (!dialog->problem().isEmpty() || after == before)
            return;
        Case edited = m_document->caseData();
        edited.milestones.erase(edited.milestones.begin() + index);
        insertMilestone(edited.milestones, after);
        pushEdit(std::move(edited), tr("Edit milestone \"%1\"").arg(after.title));
    });
}

void CaseEditor::deleteMilestone(int index)
{
    const Case &c = m_document->caseData();
    if (index < 0 || index >= static_cast<int>(c.milestones.size()))
        return;
    Case edited = c;
    const QString title = edited.milestones[static_cast<std::size_t>(index)].title;
    edited.milestones.erase(edited.milestones.begin() + index);
    pushEdit(std::move(edited), tr("Delete milestone \"%1\"").arg(title));
}

void CaseEditor::addNote(ActorId actor)
{
    Note initial;
    initial.actor = actor;
    initial.time = m_document->cursor();
    auto *dialog = new NoteDialog(m_document->caseData(), initial, m_document->displayZone(), true, m_window);
    openDialog(dialog, [this, dialog] {
        if (!dialog->problem().isEmpty())
            return;
        Case edited = m_document->caseData();
        edited.notes.push_back(dialog->value());
        pushEdit(std::move(edited), tr("Add note"));
    });
}

void CaseEditor::setOrigin(ActorId actor)
{
    Case edited = m_document->caseData();
    if (edited.origin == actor)
        return;
    edited.origin = actor;
    std::erase(edited.targets, actor);
    pushEdit(std::move(edited), tr("Mark %1 as the origin").arg(DisplayFormat::handle(edited, actor)));
}

void CaseEditor::toggleTarget(ActorId actor)
{
    Case edited = m_document->caseData();
    const auto at = std::find(edited.targets.begin(), edited.targets.end(), actor);
    const QString handle = DisplayFormat::handle(edited, actor);
    QString text;
    if (at != edited.targets.end()) {
        edited.targets.erase(at);
        text = tr("%1 is no longer a target").arg(handle);
    } else {
        edited.targets.push_back(actor);
        if (edited.origin == actor)
            edited.origin = kNoActor;
        text = tr("Mark %1 as a target").arg(handle);
    }
    pushEdit(std::move(edited), text);
}

void CaseEditor::editRoles()
{
    auto *dialog = new RolesDialog(m_document->caseData(), [this](const QString &q, const QStringList &c) { return ask(q, c); },
                                   m_window);
    openDialog(dialog, [this, dialog] {
        if (!dialog->problem().isEmpty() || !dialog->changed())
            return;
        pushEdit(dialog->edited(), tr("Edit the roles"));
    });
}

void CaseEditor::classifyByRules()
{
    auto *dialog = new ClassifyDialog(m_document->caseData(), m_window);
    openDialog(dialog, [this, dialog] {
        if (!dialog->problem().isEmpty())
            return;
        const auto n = static_cast<int>(dialog->changes().size());
        pushEdit(dialog->edited(), n > 0 ? tr("Classify %n actor(s) by rules", nullptr, n) : tr("Edit the classification rules"));
    });
}

void CaseEditor::editProperties()
{
    auto *dialog = new CasePropertiesDialog(m_document->caseData(), m_window);
    openDialog(dialog, [this, dialog] {
        if (!dialog->problem().isEmpty())
            return;
        Case edited = m_document->caseData();
        dialog->applyTo(edited);
        const Case &c = m_document->caseData();
        if (edited.title == c.title && edited.summary == c.summary && edited.language == c.language
            && edited.displayZone == c.displayZone)
            return;
        pushEdit(std::move(edited), tr("Edit the case's properties"));
    });
}

} // namespace cascade
