// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/cascadetablemodel.h"

#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/inspector/latestjob.h"
#include "app/presentation/displayformat.h"

#include <QColor>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

std::size_t at(std::int32_t i)
{
    return static_cast<std::size_t>(i);
}

} // namespace

CascadeTableModel::CascadeTableModel(CaseDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_job(new LatestJob(this))
{
    m_job->setPriority(1);
    connect(document, &CaseDocument::aboutToReset, this, &CascadeTableModel::cancelPendingWork);
    connect(document, &CaseDocument::caseReset, this, &CascadeTableModel::onCaseReset);
    connect(document, &CaseDocument::cursorChanged, this, &CascadeTableModel::refresh);
    connect(document, &CaseDocument::creditRuleChanged, this, &CascadeTableModel::refresh);
    connect(document->cascades(), &CascadeCache::ready, this, &CascadeTableModel::refresh);
    onCaseReset();
}

CascadeTableModel::~CascadeTableModel() = default;

void CascadeTableModel::setSynchronousLimit(qint64 events)
{
    m_job->setSynchronousLimit(events);
}

bool CascadeTableModel::isComputing() const
{
    return m_job->isBusy() || m_document->cascades()->isComputing();
}

void CascadeTableModel::cancelPendingWork()
{
    m_job->cancelAndWait();
    // Nothing of the old case is read after this (roots and seeds are its ids).
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    m_current = false;
    endResetModel();
}

void CascadeTableModel::onCaseReset()
{
    const Case &c = m_document->caseData();
    m_withDate = !c.events.empty()
                 && DisplayFormat::spansSeveralDays(c.events.front().time, c.events.back().time, m_document->displayZone());
    refresh();
}

void CascadeTableModel::refresh()
{
    const std::shared_ptr<const CascadeReconstruction> r = m_document->cascades()->reconstruction();
    if (!r) {
        m_current = false;
        if (!m_all.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
        m_document->cascades()->request(); // ready() calls back
        return;
    }
    const Case *c = &m_document->caseData();
    const TimeMs t = m_document->cursor();
    if (m_current) {
        m_current = false;
        if (!m_all.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
    }
    m_job->start(
        [this, c, r, t](const std::atomic<bool> &cancel) -> LatestJob::Apply {
            auto rows = std::make_shared<std::vector<CascadeAsOf>>(cascadesAsOf(*c, *r, t, 2, &cancel));
            if (cancel)
                return {};
            return [this, rows, r] {
                if (r != m_document->cascades()->reconstruction())
                    return; // the rule changed meanwhile: another request follows
                applyRows(std::move(*rows));
            };
        },
        static_cast<qint64>(c->events.size()));
}

void CascadeTableModel::applyRows(std::vector<CascadeAsOf> rows)
{
    beginResetModel();
    m_all = std::move(rows);
    m_current = true;
    rebuildShown();
    endResetModel();
    emit updated();
}

bool CascadeTableModel::matches(const CascadeAsOf &row) const
{
    if (m_filter.isEmpty())
        return true;
    const Case &c = m_document->caseData();
    const Actor &seed = c.actors[at(row.seed)];
    const Event &root = c.events[at(row.root)];
    return seed.handle.contains(m_filter, Qt::CaseInsensitive) || seed.name.contains(m_filter, Qt::CaseInsensitive)
           || root.text.contains(m_filter, Qt::CaseInsensitive) || root.key.compare(m_filter, Qt::CaseInsensitive) == 0;
}

void CascadeTableModel::rebuildShown()
{
    m_shown.clear();
    m_shown.reserve(m_all.size());
    for (std::size_t i = 0; i < m_all.size(); ++i)
        if (matches(m_all[i]))
            m_shown.push_back(static_cast<std::int32_t>(i));
    const Case &c = m_document->caseData();
    const int column = m_sortColumn;
    auto key = [&](const CascadeAsOf &r) -> double {
        switch (column) {
        case SizeColumn:
            return r.tree.size;
        case DepthColumn:
            return r.tree.depth;
        case WidthColumn:
            return r.tree.width;
        case ViralityColumn:
        case ShapeColumn:
            return r.tree.structuralVirality;
        case FirstRelayColumn:
            return static_cast<double>(r.firstRelay);
        case LastRelayColumn:
            return static_cast<double>(r.lastRelay);
        case HalfLifeColumn:
            return static_cast<double>(r.halfLife);
        case RootColumn:
            return static_cast<double>(r.rootTime);
        default:
            return 0;
        }
    };
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    auto less = [&](std::int32_t x, std::int32_t y) {
        const CascadeAsOf &a = m_all[at(x)];
        const CascadeAsOf &b = m_all[at(y)];
        if (column == SeedColumn) {
            const int cmp = QString::compare(c.actors[at(a.seed)].handle, c.actors[at(b.seed)].handle, Qt::CaseInsensitive);
            if (cmp != 0)
                return descending ? cmp > 0 : cmp < 0;
        } else {
            const double ka = key(a), kb = key(b);
            if (ka != kb)
                return descending ? ka > kb : ka < kb;
        }
        return a.root < b.root; // ties: in root order, whatever the direction
    };
    std::sort(m_shown.begin(), m_shown.end(), less);
}

void CascadeTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<EventId> roots;
    roots.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex &i : before)
        roots.push_back(rootAt(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildShown();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(roots[static_cast<std::size_t>(i)]);
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CascadeTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    rebuildShown();
    endResetModel();
}

EventId CascadeTableModel::rootAt(int row) const
{
    const CascadeAsOf *r = cascadeAt(row);
    return r ? r->root : kNoEvent;
}

const CascadeAsOf *CascadeTableModel::cascadeAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_shown.size()))
        return nullptr;
    return &m_all[at(m_shown[at(row)])];
}

int CascadeTableModel::rowOf(EventId root) const
{
    if (root == kNoEvent)
        return -1;
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        if (m_all[at(m_shown[i])].root == root)
            return static_cast<int>(i);
    return -1;
}

int CascadeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int CascadeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CascadeTableModel::data(const QModelIndex &index, int role) const
{
    const CascadeAsOf *r = cascadeAt(index.row());
    if (!r)
        return {};
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    switch (role) {
    case RootRole:
        return r->root;
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeedColumn:
            return c.actors[at(r->seed)].handle;
        case RootColumn:
            return c.events[at(r->root)].text.simplified();
        case SizeColumn:
            return DisplayFormat::count(r->tree.size);
        case DepthColumn:
            return r->tree.depth;
        case WidthColumn:
            return r->tree.width;
        case ViralityColumn:
            return DisplayFormat::fixed(r->tree.structuralVirality, 2);
        case ShapeColumn:
            return DisplayFormat::cascadeShape(r->tree.shape);
        case FirstRelayColumn:
            return DisplayFormat::clock(r->firstRelay, zone, m_withDate);
        case LastRelayColumn:
            return DisplayFormat::clock(r->lastRelay, zone, m_withDate);
        case HalfLifeColumn:
            return DisplayFormat::duration(r->halfLife);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        const Event &root = c.events[at(r->root)];
        QString tip = tr("%1, %2: %3")
                          .arg(c.actors[at(r->seed)].handle.toHtmlEscaped(), DisplayFormat::dateTime(root.time, zone), root.text.toHtmlEscaped());
        tip = QStringLiteral("<p>%1</p><p>%2</p>")
                  .arg(tip, tr("%n relay(s), %1 of them inferred by the credit rule", nullptr, r->relays())
                                .arg(r->inferredEdges));
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() >= SizeColumn && index.column() <= ViralityColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!m_current)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant CascadeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeedColumn:
            return tr("Seed");
        case RootColumn:
            return tr("Root post");
        case SizeColumn:
            return tr("Size");
        case DepthColumn:
            return tr("Depth");
        case WidthColumn:
            return tr("Width");
        case ViralityColumn:
            return tr("Virality");
        case ShapeColumn:
            return tr("Shape");
        case FirstRelayColumn:
            return tr("First relay");
        case LastRelayColumn:
            return tr("Last relay");
        case HalfLifeColumn:
            return tr("Half-life");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SeedColumn:
            return tr("Who wrote the root post");
        case RootColumn:
            return tr("The post every event of the cascade relays, directly or through relays");
        case SizeColumn:
            return tr("Events in the cascade tree, the root included");
        case DepthColumn:
            return tr("The longest chain of relays from the root, in steps");
        case WidthColumn:
            return tr("The most relays hanging from one event of the tree");
        case ViralityColumn:
            return tr("Structural virality (Goel et al. 2016): the mean distance between two events of the "
                      "tree. Near 2 for a broadcast, higher when relays of relays carry it");
        case ShapeColumn:
            return tr("Broadcast: everyone relayed the root directly; viral: relays of relays");
        case FirstRelayColumn:
            return tr("The time of the first relay");
        case LastRelayColumn:
            return tr("The time of the last relay, as of the cursor");
        case HalfLifeColumn:
            return tr("From the root post to the relay that made half of its relays");
        default:
            return {};
        }
    }
    return {};
}

} // namespace cascade
