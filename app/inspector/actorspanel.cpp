// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/actorspanel.h"

#include "app/document/casedocument.h"
#include "app/inspector/actortablemodel.h"
#include "app/inspector/dockfocus.h"
#include "app/inspector/listselection.h"
#include "app/presentation/displayformat.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cascade {

ActorFilterProxy::ActorFilterProxy(ActorTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(ActorTableModel::SortRole);
    // Re-sorting on every cursor move would cost O(n log n) per frame while scrubbing:
    // the panel re-sorts once the cursor rests (ActorsPanel::scheduleResort).
    setDynamicSortFilter(false);
}

void ActorFilterProxy::setRoleFilter(RoleId role)
{
    if (role == m_role)
        return;
    m_role = role;
    refilter();
}

void ActorFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    refilter();
}

void ActorFilterProxy::setActiveOnly(bool on)
{
    if (on == m_activeOnly)
        return;
    m_activeOnly = on;
    refilter();
}

void ActorFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_keyColumn = -1;
    m_numberKeys.clear();
    m_textKeys.clear();
    const int rows = m_source->rowCount();
    if (column >= 0 && column < ActorTableModel::ColumnCount) {
        const bool text = !ActorTableModel::measureAt(column);
        if (text)
            m_textKeys.resize(static_cast<std::size_t>(rows));
        else
            m_numberKeys.resize(static_cast<std::size_t>(rows));
        for (int row = 0; row < rows; ++row) {
            const QVariant key = m_source->sortKey(row, column);
            if (text)
                m_textKeys[static_cast<std::size_t>(row)] = key.toString();
            else
                m_numberKeys[static_cast<std::size_t>(row)] = key.toDouble();
        }
        m_keyColumn = column;
    }
    QSortFilterProxyModel::sort(column, order);
}

bool ActorFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto l = static_cast<std::size_t>(left.row()), r = static_cast<std::size_t>(right.row());
    if (left.column() == m_keyColumn) {
        if (!m_numberKeys.empty() && l < m_numberKeys.size() && r < m_numberKeys.size())
            return m_numberKeys[l] < m_numberKeys[r];
        if (!m_textKeys.empty() && l < m_textKeys.size() && r < m_textKeys.size())
            return m_textKeys[l] < m_textKeys[r];
    }
    return QSortFilterProxyModel::lessThan(left, right); // keys not built for this sort
}

void ActorFilterProxy::refilter()
{
    invalidateFilter();
    // Without dynamic sorting, rows a filter brings back come in unsorted: sort again.
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

void ActorFilterProxy::invalidateActive()
{
    refilter();
}

bool ActorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const ActorId a = m_source->actorAt(sourceRow);
    if (a == kNoActor)
        return false;
    const CaseDocument *document = m_source->document();
    const Actor &actor = document->caseData().actors[static_cast<std::size_t>(a)];
    if (m_role != kAllRoles && actor.role != m_role)
        return false;
    if (m_activeOnly && !document->snapshot().isVisible(a))
        return false;
    // A typed '@' is not required of the handle: "@alice" finds "alice.bsky.social".
    const QStringView handleSearch = QStringView(m_search).startsWith(QLatin1Char('@'))
                                         ? QStringView(m_search).sliced(1)
                                         : QStringView(m_search);
    if (!m_search.isEmpty() && !actor.handle.contains(handleSearch, Qt::CaseInsensitive)
        && !actor.name.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

ActorsPanel::ActorsPanel(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ActorTableModel(document, this)),
      m_proxy(new ActorFilterProxy(m_model, this)), m_search(new QLineEdit(this)), m_roles(new QComboBox(this)),
      m_activeOnly(new QCheckBox(tr("Active only"), this)), m_view(new QTableView(this)),
      m_findAction(new QAction(tr("Find Actor\u2026"), this)), m_resort(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search handle or name (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_roles->setToolTip(tr("Show one role only"));
    m_roles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_roles);
    m_activeOnly->setToolTip(tr("Hide the actors that have not appeared yet at the cursor"));
    filters->addWidget(m_activeOnly);
    layout->addLayout(filters);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->sortByColumn(ActorTableModel::columnOf(Measure::Followers), Qt::DescendingOrder);
    // In a narrow dock the measures matter more than the name and the role (the role's
    // colour marks the handle): those two go to the end; the user can drag them back.
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(ActorTableModel::NameColumn), header->count() - 1);
    header->moveSection(header->visualIndex(ActorTableModel::RoleColumn), header->count() - 1);
    layout->addWidget(m_view, 1);

    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    m_findAction->setStatusTip(tr("Search the actors by handle or name"));
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, &ActorsPanel::focusSearch);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ActorFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter selects the first match.
        if (m_proxy->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_roles, &QComboBox::activated, this,
            [this](int i) { m_proxy->setRoleFilter(static_cast<RoleId>(m_roles->itemData(i).toInt())); });
    connect(m_activeOnly, &QCheckBox::toggled, m_proxy, &ActorFilterProxy::setActiveOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActorsPanel::rowsSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActorsPanel::actorsSelectionChanged);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const ActorId a = actorAtRow(index.row());
        if (a != kNoActor)
            emit actorActivated(a);
    });
    // A re-sort or re-filter keeps the selection; bring it back into view.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_view->scrollTo(current);
    });

    m_resort->setSingleShot(true);
    m_resort->setInterval(250);
    connect(m_resort, &QTimer::timeout, this, [this] {
        if (m_proxy->activeOnly())
            m_proxy->invalidateActive();
        const int column = m_proxy->sortColumn();
        const bool timeDependent = column >= ActorTableModel::FirstMeasureColumn
                                   && column != ActorTableModel::columnOf(Measure::Followers);
        if (timeDependent)
            m_proxy->sort(column, m_proxy->sortOrder());
        followSelection();
    });
    connect(m_document, &CaseDocument::cursorChanged, this, &ActorsPanel::scheduleResort);
    connect(m_model, &ActorTableModel::measuresUpdated, this, &ActorsPanel::scheduleResort);
    connect(m_document, &CaseDocument::caseReset, this, &ActorsPanel::onCaseReset);
    connect(m_document, &CaseDocument::selectionChanged, this, &ActorsPanel::followSelection);
    onCaseReset();
}

ActorsPanel::~ActorsPanel()
{
    m_model->cancelPendingWork();
}

void ActorsPanel::setCreditRule(CreditRule rule)
{
    m_model->setCreditRule(rule);
}

void ActorsPanel::sortBy(Measure m, Qt::SortOrder order)
{
    m_view->sortByColumn(ActorTableModel::columnOf(m), order);
}

ActorId ActorsPanel::actorAtRow(int viewRow) const
{
    const QModelIndex index = m_proxy->index(viewRow, 0);
    return index.isValid() ? m_model->actorAt(m_proxy->mapToSource(index).row()) : kNoActor;
}

std::vector<ActorId> ActorsPanel::selectedActors() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<ActorId> actors;
    actors.reserve(static_cast<std::size_t>(rows.size()));
    for (const QModelIndex &row : rows) {
        const ActorId a = actorAtRow(row.row());
        if (a != kNoActor)
            actors.push_back(a);
    }
    return actors;
}

void ActorsPanel::onCaseReset()
{
    const Case &c = m_document->caseData();
    m_roles->clear();
    m_roles->addItem(tr("All roles"), ActorFilterProxy::kAllRoles);
    bool withoutRole = false;
    std::vector<bool> used(c.roles.size());
    for (const Actor &a : c.actors) {
        if (a.role >= 0 && a.role < static_cast<RoleId>(used.size()))
            used[static_cast<std::size_t>(a.role)] = true;
        else
            withoutRole = true;
    }
    for (std::size_t r = 0; r < c.roles.size(); ++r) {
        if (!used[r])
            continue;
        QPixmap swatch(10, 10);
        swatch.fill(QColor::fromRgb(static_cast<QRgb>(c.roles[r].rgb | 0xff000000u)));
        m_roles->addItem(QIcon(swatch), DisplayFormat::labelOfRole(c, static_cast<RoleId>(r)),
                         static_cast<int>(r));
    }
    if (withoutRole)
        m_roles->addItem(tr("No role"), kNoRole);
    m_proxy->setRoleFilter(ActorFilterProxy::kAllRoles);

    // Column widths from the header and a sample of rows (never a scan of every row).
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    const int maxWidth = m_view->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 18;
    for (int col = 0; col < ActorTableModel::ColumnCount; ++col)
        if (header->sectionSize(col) > maxWidth)
            header->resizeSection(col, maxWidth);
    followSelection();
}

void ActorsPanel::scheduleResort()
{
    m_resort->start();
}

void ActorsPanel::focusSearch()
{
    focusFieldInItsDock(m_search);
}

void ActorsPanel::rowsSelected()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return; // deselection alone does not clear the document's selection
    const QModelIndex current = m_view->currentIndex();
    const bool currentSelected = current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {});
    const ActorId a = actorAtRow(currentSelected ? current.row() : rows.front().row());
    if (a == kNoActor || a == m_document->selectedActor())
        return;
    m_syncing = true;
    m_document->setSelectedActor(a);
    m_syncing = false;
}

void ActorsPanel::followSelection()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int sourceRow = m_model->rowOf(m_document->selectedActor());
    const QModelIndex index = sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
    showSelectedRow(m_view, index);
    m_syncing = false;
}

} // namespace cascade
