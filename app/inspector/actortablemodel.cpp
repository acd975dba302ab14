// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/actortablemodel.h"

#include "app/document/casedocument.h"
#include "app/inspector/latestjob.h"
#include "app/inspector/measureinfo.h"
#include "app/presentation/displayformat.h"

#include <QBrush>
#include <QPalette>

#include <cmath>
#include <limits>

namespace cascade {

ActorTableModel::ActorTableModel(CaseDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document), m_job(new LatestJob(this))
{
    connect(m_document, &CaseDocument::creditRuleChanged, this, [this] {
        refreshMeasures();
        emit headerDataChanged(Qt::Horizontal, FirstMeasureColumn, ColumnCount - 1);
    });
    connect(m_document, &CaseDocument::aboutToReset, this, &ActorTableModel::clearForReset);
    connect(m_document, &CaseDocument::caseReset, this, &ActorTableModel::onCaseReset);
    connect(m_document, &CaseDocument::cursorChanged, this, &ActorTableModel::onCursorChanged);
    onCaseReset();
}

ActorTableModel::~ActorTableModel()
{
    m_job->cancelAndWait();
}

std::optional<Measure> ActorTableModel::measureAt(int column)
{
    if (column >= FirstMeasureColumn && column < FirstMeasureColumn + kMeasureCount)
        return static_cast<Measure>(column - FirstMeasureColumn);
    return std::nullopt;
}

CreditRule ActorTableModel::creditRule() const
{
    return m_document->creditRule();
}

void ActorTableModel::setCreditRule(CreditRule rule)
{
    m_document->setCreditRule(rule);
}

void ActorTableModel::setSynchronousLimit(qint64 events)
{
    m_job->setSynchronousLimit(events);
}

bool ActorTableModel::isComputing() const
{
    return m_job->isBusy();
}

void ActorTableModel::cancelPendingWork()
{
    m_job->cancelAndWait();
}

void ActorTableModel::clearForReset()
{
    // Until caseReset() the document may hold the next case already: no row of the
    // previous one may be asked for, by a repaint or anything else.
    m_job->cancelAndWait();
    beginResetModel();
    m_table.reset();
    m_current = false;
    m_rows = 0;
    endResetModel();
}

void ActorTableModel::onCaseReset()
{
    m_job->cancelAndWait();
    beginResetModel();
    m_table.reset();
    m_current = false;
    m_rows = static_cast<int>(m_document->caseData().actors.size());
    endResetModel();
    refreshMeasures();
}

void ActorTableModel::onCursorChanged()
{
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1),
                         {Qt::DisplayRole, SortRole, Qt::ForegroundRole, Qt::ToolTipRole});
    refreshMeasures();
}

void ActorTableModel::refreshMeasures()
{
    m_current = false;
    const CaseAnalysis *analysis = &m_document->analysis();
    const TimeMs cursor = m_document->cursor();
    const CreditRule rule = m_document->creditRule();
    m_job->start(
        [this, analysis, cursor, rule](const std::atomic<bool> &cancel) -> LatestJob::Apply {
            MeasureOptions options;
            options.creditRule = rule;
            options.cancel = &cancel;
            auto table = std::make_shared<const MeasuresTable>(measureActors(*analysis, cursor, options));
            if (cancel)
                return {};
            return [this, table] {
                m_table = table;
                m_current = true;
                if (m_rows > 0)
                    emit dataChanged(index(0, FirstMeasureColumn), index(m_rows - 1, ColumnCount - 1),
                                     {Qt::DisplayRole, SortRole, Qt::ForegroundRole});
                emit measuresUpdated();
            };
        },
        m_document->timeIndex().eventCount());
}

int ActorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ActorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorTableModel::display(ActorId a, int column) const
{
    const Case &c = m_document->caseData();
    switch (column) {
    case HandleColumn:
        return c.actors[static_cast<std::size_t>(a)].handle;
    case NameColumn:
        return c.actors[static_cast<std::size_t>(a)].name;
    case RoleColumn:
        return DisplayFormat::roleLabel(c, a);
    case BrokerRoleColumn: {
        if (!m_table || !m_table->brokerageComputed)
            return QStringLiteral("\u2014");
        const Brokerage &b = m_table->rows[static_cast<std::size_t>(a)].brokerage;
        return b.hasDominant() ? brokerageRoleTitle(b.dominant()) : QString();
    }
    default:
        break;
    }
    const Measure m = *measureAt(column);
    const Snapshot &snapshot = m_document->snapshot();
    const ActorCounts &counts = snapshot.counts(a);
    switch (m) {
    case Measure::Followers:
        return DisplayFormat::count(m_document->timeIndex().followers(a));
    case Measure::Posts:
        return DisplayFormat::count(counts.posts());
    case Measure::RepostsReceived:
        return DisplayFormat::count(counts.repostsReceived());
    case Measure::RepliesReceived:
        return DisplayFormat::count(counts.repliesReceived());
    case Measure::QuotesReceived:
        return DisplayFormat::count(counts.quotesReceived());
    case Measure::MentionsReceived:
        return DisplayFormat::count(counts.mentionsReceived());
    case Measure::Exposure:
        return DisplayFormat::count(counts.exposure);
    case Measure::Latency: {
        const auto latency = m_document->analysis().originReach().latency(a, m_document->cursor());
        if (m_document->analysis().origin() == kNoActor || !latency)
            return QString();
        return DisplayFormat::duration(*latency);
    }
    default:
        break;
    }
    if (!m_table)
        return QString();
    const ActorMeasures &row = m_table->rows[static_cast<std::size_t>(a)];
    switch (m) {
    case Measure::CascadeSize:
        return m_table->cascadesComputed ? DisplayFormat::count(row.cascade.seededTotalSize) : QStringLiteral("\u2014");
    case Measure::CascadeShare:
        return m_table->cascadesComputed ? QStringLiteral("%1 %").arg(QLocale().toString(row.cascadeShare * 100, 'f', 1))
                                         : QStringLiteral("\u2014");
    case Measure::Children:
        return m_table->cascadesComputed ? DisplayFormat::count(row.cascade.directChildren) : QStringLiteral("\u2014");
    case Measure::Subtree:
        return m_table->cascadesComputed ? DisplayFormat::count(row.cascade.downstream) : QStringLiteral("\u2014");
    case Measure::PageRank:
        return m_table->centralityComputed ? DisplayFormat::score(row.pageRank) : QStringLiteral("\u2014");
    case Measure::Betweenness:
        return m_table->centralityComputed ? DisplayFormat::score(row.betweenness) : QStringLiteral("\u2014");
    case Measure::CoreNumber:
        return m_table->centralityComputed ? DisplayFormat::count(row.coreNumber) : QStringLiteral("\u2014");
    case Measure::Closeness:
        return m_table->closenessComputed ? DisplayFormat::score(row.closeness) : QStringLiteral("\u2014");
    case Measure::Brokerage:
        return m_table->brokerageComputed ? DisplayFormat::count(row.brokerage.total()) : QStringLiteral("\u2014");
    default:
        return QString();
    }
}

QVariant ActorTableModel::sortValue(ActorId a, int column) const
{
    const Case &c = m_document->caseData();
    switch (column) {
    case HandleColumn:
        return c.actors[static_cast<std::size_t>(a)].handle.toLower();
    case NameColumn:
        return c.actors[static_cast<std::size_t>(a)].name.toLower();
    case RoleColumn:
        return DisplayFormat::roleLabel(c, a).toLower();
    case BrokerRoleColumn:
        return display(a, column).toString();
    default:
        break;
    }
    const Measure m = *measureAt(column);
    if (m == Measure::Latency) {
        const auto latency = m_document->analysis().originReach().latency(a, m_document->cursor());
        return latency ? static_cast<double>(*latency) : std::numeric_limits<double>::infinity();
    }
    if (m_table && measureInfo(m).heavy)
        return measureValue(m_table->rows[static_cast<std::size_t>(a)], m);
    ActorMeasures row;
    row.followers = m_document->timeIndex().followers(a);
    row.counts = m_document->snapshot().counts(a);
    return measureInfo(m).heavy ? 0.0 : measureValue(row, m);
}

QVariant ActorTableModel::sortKey(int row, int column) const
{
    const ActorId a = actorAt(row);
    return a == kNoActor ? QVariant() : sortValue(a, column);
}

QVariant ActorTableModel::data(const QModelIndex &index, int role) const
{
    const ActorId a = actorAt(index.row());
    if (a == kNoActor || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(a, column);
    case SortRole:
        return sortValue(a, column);
    case ActorRole:
        return a;
    case Qt::TextAlignmentRole:
        if (measureAt(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if ((column == RoleColumn || column == HandleColumn) && !DisplayFormat::roleLabel(m_document->caseData(), a).isEmpty())
            return DisplayFormat::roleColor(m_document->caseData(), a);
        return {};
    case Qt::ForegroundRole: {
        const bool inactive = !m_document->snapshot().isVisible(a);
        const auto m = measureAt(column);
        const bool stale = !m_current && ((m && measureInfo(*m).heavy) || column == BrokerRoleColumn);
        if (inactive || stale)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    }
    case Qt::ToolTipRole: {
        const Case &c = m_document->caseData();
        const Actor &actor = c.actors[static_cast<std::size_t>(a)];
        if (column == HandleColumn || column == NameColumn) {
            QString tip = QStringLiteral("<b>%1</b> %2 (%3)")
                              .arg(actor.handle.toHtmlEscaped(), actor.name.toHtmlEscaped(),
                                   DisplayFormat::roleLabel(c, a).toHtmlEscaped());
            if (!actor.note.isEmpty())
                tip += QStringLiteral("<br>%1").arg(actor.note.toHtmlEscaped());
            if (!m_document->snapshot().isVisible(a))
                tip += tr("<br><i>Not active yet at the cursor.</i>");
            return tip;
        }
        if (column == BrokerRoleColumn && m_table && m_table->brokerageComputed) {
            const Brokerage &b = m_table->rows[static_cast<std::size_t>(a)].brokerage;
            return b.hasDominant() ? brokerageRoleExplanation(b.dominant()) : QVariant();
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant ActorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto m = measureAt(section);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case HandleColumn:
            return tr("Actor");
        case NameColumn:
            return tr("Name");
        case RoleColumn:
            return tr("Role");
        case BrokerRoleColumn:
            return tr("Broker role");
        default:
            break;
        }
        if (!m)
            return {};
        if (*m == Measure::Betweenness && m_table && m_table->betweennessEstimated)
            return tr("Betweenness (est.)");
        return measureInfo(*m).header;
    }
    if (role == Qt::ToolTipRole) {
        if (m) {
            QString tip = measureInfo(*m).explanation;
            if (measureInfo(*m).dependsOnCreditRule)
                tip += tr(" Credit rule: %1.").arg(creditRuleTitle(m_document->creditRule()).toLower());
            if (*m == Measure::Betweenness && m_table && m_table->betweennessEstimated)
                tip += tr(" Estimated from sampled sources: the graph is large.");
            return tip;
        }
        if (section == BrokerRoleColumn)
            return tr("The kind of brokerage it does most often between groups (Gould and Fernandez).");
        return {};
    }
    if (role == Qt::TextAlignmentRole && m)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cascade
