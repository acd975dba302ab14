// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/casedocument.h"

#include "app/document/cascadecache.h"

#include "app/presentation/displayformat.h"
#include "core/io/casefile.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <limits>

namespace cascade {

CaseDocument::CaseDocument(QObject *parent)
    : QObject(parent), m_analysis(std::make_unique<CaseAnalysis>(m_case)),
      m_snapshot(std::make_unique<Snapshot>(m_analysis->index())),
      m_undoStack(new QUndoStack(this)), m_zone(QTimeZone::utc()), m_cascades(new CascadeCache(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

CaseDocument::~CaseDocument()
{
    emit aboutToReset(); // background work reading the case stops before it is freed
    // The undo stack is a child, deleted after this destructor, and it clears itself
    // then: nothing may hear of that (the document is half gone by then).
    QObject::disconnect(m_undoStack, nullptr, nullptr, nullptr);
}

QString CaseDocument::displayName() const
{
    if (!m_filePath.isEmpty() && !m_filePath.startsWith(QLatin1Char(':')))
        return QFileInfo(m_filePath).fileName();
    return DisplayFormat::caseHeading(m_case);
}

bool CaseDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void CaseDocument::reset(Case c, const QString &path)
{
    emit aboutToReset();
    m_undoStack->clear();
    // Edits that renumber the case keep a copy of it per undo step (EditCaseCommand):
    // the history is long for a case of a few thousand events, a few steps at a million.
    const auto size = static_cast<std::int64_t>(c.events.size() + c.actors.size()) + 1;
    m_undoStack->setUndoLimit(static_cast<int>(std::clamp<std::int64_t>(5'000'000 / size, 3, 200)));
    install(std::move(c));
    const bool pathChanged = m_filePath != path;
    m_filePath = path;
    emit caseReset();
    if (pathChanged)
        emit filePathChanged(m_filePath);
    emit modifiedChanged(false);
}

void CaseDocument::resetUnsaved(Case c)
{
    reset(std::move(c), QString());
    m_undoStack->resetClean(); // emits cleanChanged(false), and so modifiedChanged(true)
}

void CaseDocument::resetRecovered(Case c, const QString &path)
{
    reset(std::move(c), path);
    m_undoStack->resetClean();
}

Case CaseDocument::exchangeCase(Case c)
{
    emit aboutToReset();
    Case old = std::move(m_case);
    install(std::move(c));
    emit caseReset();
    return old;
}

void CaseDocument::install(Case c)
{
    m_case = std::move(c);
    m_case.actorByHandle(QString()); // build the lookup index before views share the case
    rebuildAnalysis(std::numeric_limits<TimeMs>::max());
    const QTimeZone zone(m_case.displayZone.toUtf8());
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_selectedActor = kNoActor;
    m_selectedEvent = kNoEvent;
    m_whatIfActor = kNoActor;
    m_selectedCascade = kNoEvent;
}

void CaseDocument::rebuildAnalysis(TimeMs cursor)
{
    m_snapshot.reset();
    m_analysis = std::make_unique<CaseAnalysis>(m_case);
    m_snapshot = std::make_unique<Snapshot>(m_analysis->index());
    m_snapshot->setTime(std::min(cursor, m_analysis->index().endTime()));
}

template<typename Change>
void CaseDocument::editKeepingView(bool sameIds, Change &&change)
{
    const ActorId actorBefore = m_selectedActor;
    const EventId eventBefore = m_selectedEvent;
    const ActorId whatIfBefore = m_whatIfActor;
    const EventId cascadeBefore = m_selectedCascade;
    const TimeMs t = cursor();
    auto handleOf = [this](ActorId a) { return a == kNoActor ? QString() : m_case.actors[static_cast<std::size_t>(a)].handle; };
    const QString selectedActor = handleOf(m_selectedActor);
    const QString selectedEvent = m_selectedEvent == kNoEvent ? QString() : m_case.events[static_cast<std::size_t>(m_selectedEvent)].key;
    const QString whatIf = handleOf(m_whatIfActor);
    const QString cascadeRoot = m_selectedCascade == kNoEvent ? QString() : m_case.events[static_cast<std::size_t>(m_selectedCascade)].key;
    emit aboutToReset();
    change();
    m_case.actorByHandle(QString()); // rebuild the lookup index before views share the case
    const QTimeZone zone(m_case.displayZone.toUtf8());
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    rebuildAnalysis(t);
    m_selectedActor = kNoActor;
    m_selectedEvent = kNoEvent;
    m_whatIfActor = kNoActor;
    m_selectedCascade = kNoEvent;
    emit caseReset();
    // The views rebuilt with nothing selected, the cursor at the case's end: put back
    // what the user had, where the edited case still has it.
    emit cursorChanged(cursor());
    if (sameIds) {
        m_selectedEvent = eventBefore;
        m_selectedActor = actorBefore;
        m_whatIfActor = whatIfBefore;
        m_selectedCascade = cascadeBefore;
    } else {
        m_selectedEvent = selectedEvent.isEmpty() ? kNoEvent : m_case.eventByKey(selectedEvent);
        m_selectedActor = m_selectedEvent != kNoEvent ? m_case.events[static_cast<std::size_t>(m_selectedEvent)].author
                          : selectedActor.isEmpty()   ? kNoActor
                                                      : m_case.actorByHandle(selectedActor);
        m_whatIfActor = whatIf.isEmpty() ? kNoActor : m_case.actorByHandle(whatIf);
        m_selectedCascade = cascadeRoot.isEmpty() ? kNoEvent : m_case.eventByKey(cascadeRoot);
    }
    if (m_selectedActor != kNoActor || m_selectedCascade != kNoEvent)
        emit selectionChanged();
    if (m_whatIfActor != kNoActor)
        emit whatIfChanged(m_whatIfActor);
}

void CaseDocument::applyActorClassification(const std::vector<ActorClassification> &changes, bool forward)
{
    editKeepingView(true, [&] {
        if (forward)
            applyClassification(m_case, changes);
        else
            revertClassification(m_case, changes);
    });
}

void CaseDocument::applyActorEdit(ActorId actor, const Actor &value)
{
    editKeepingView(true, [&] {
        m_case.actors[static_cast<std::size_t>(actor)] = value;
        m_case.invalidateIndex();
    });
}

Case CaseDocument::exchangeEditedCase(Case c)
{
    Case old;
    editKeepingView(false, [&] {
        old = std::move(m_case);
        m_case = std::move(c);
    });
    return old;
}

bool CaseDocument::saveTo(const QString &path, QString *error)
{
    if (!writeCaseFile(m_case, path, error))
        return false;
    m_undoStack->setClean();
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(m_filePath);
    }
    return true;
}

void CaseDocument::setCursor(TimeMs t)
{
    if (t == m_snapshot->time())
        return;
    m_snapshot->setTime(t);
    emit cursorChanged(t);
}

void CaseDocument::setSelectedActor(ActorId actor)
{
    if (actor < kNoActor || actor >= static_cast<ActorId>(m_case.actors.size()))
        actor = kNoActor;
    if (actor == m_selectedActor && m_selectedEvent == kNoEvent && m_selectedCascade == kNoEvent)
        return;
    m_selectedActor = actor;
    m_selectedEvent = kNoEvent;
    m_selectedCascade = kNoEvent;
    emit selectionChanged();
}

void CaseDocument::setSelectedEvent(EventId event)
{
    if (event < 0 || event >= static_cast<EventId>(m_case.events.size())) {
        setSelectedActor(kNoActor);
        return;
    }
    m_selectedEvent = event;
    m_selectedActor = m_case.events[static_cast<std::size_t>(event)].author;
    m_selectedCascade = kNoEvent;
    setCursor(m_case.events[static_cast<std::size_t>(event)].time);
    emit selectionChanged();
}

void CaseDocument::setSelectedCascade(EventId root)
{
    if (root < 0 || root >= static_cast<EventId>(m_case.events.size()))
        root = kNoEvent;
    if (root == m_selectedCascade) // a cascade selected clears the actor: nothing to do
        return;
    m_selectedCascade = root;
    m_selectedActor = kNoActor;
    m_selectedEvent = kNoEvent;
    if (root != kNoEvent)
        m_cascades->request();
    emit selectionChanged();
}

void CaseDocument::setWhatIfActor(ActorId actor)
{
    if (actor < kNoActor || actor >= static_cast<ActorId>(m_case.actors.size()))
        actor = kNoActor;
    if (actor == m_whatIfActor)
        return;
    m_whatIfActor = actor;
    emit whatIfChanged(actor);
}

void CaseDocument::setCreditRule(CreditRule rule)
{
    if (rule == m_creditRule)
        return;
    m_creditRule = rule;
    emit creditRuleChanged(rule);
}

void CaseDocument::applyActorPosition(const QString &engine, ActorId actor, const SavedLayout::Position &position)
{
    SavedLayout &layout = m_case.layouts[engine];
    layout.engine = engine;
    layout.positions.resize(m_case.actors.size());
    layout.positions[static_cast<std::size_t>(actor)] = SavedLayout::rounded(position);
    emit layoutEdited(engine);
}

void CaseDocument::applyLayout(const QString &engine, const SavedLayout &layout)
{
    if (layout.positions.empty())
        m_case.layouts.erase(engine);
    else
        m_case.layouts[engine] = layout;
    emit layoutEdited(engine);
}

} // namespace cascade
