// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/eventtablemodel.h"

#include "app/document/casedocument.h"
#include "app/presentation/displayformat.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <array>
#include <span>

namespace cascade {

EventTableModel::EventTableModel(CaseDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &CaseDocument::aboutToReset, this, [this] {
        // No row of the previous case may be asked for until caseReset().
        beginResetModel();
        m_cleared = true;
        m_rows.clear();
        endResetModel();
    });
    connect(m_document, &CaseDocument::caseReset, this, &EventTableModel::onCaseReset);
    connect(m_document, &CaseDocument::cursorChanged, this, &EventTableModel::onCursorChanged);
    onCaseReset();
}

void EventTableModel::onCaseReset()
{
    beginResetModel();
    m_cleared = false;
    const Case &c = m_document->caseData();
    m_withDate = DisplayFormat::spansSeveralDays(c.startTime(), c.endTime(), m_document->displayZone());
    const std::span<const TimeMs> times = m_document->timeIndex().times(); // contiguous: one pass over 8 bytes per event
    m_seconds = std::any_of(times.begin(), times.end(), [](TimeMs t) { return t % kMsPerMinute != 0; });
    m_position = m_document->snapshot().position();
    m_rows.clear();
    if (!m_filter.isEmpty()) {
        // What depends on the author or the kind only is matched once per actor / kind.
        std::vector<std::uint8_t> authorMatches(c.actors.size());
        for (std::size_t a = 0; a < c.actors.size(); ++a)
            authorMatches[a] = c.actors[a].handle.contains(m_filter, Qt::CaseInsensitive)
                               || c.actors[a].name.contains(m_filter, Qt::CaseInsensitive);
        std::array<bool, kEventKindCount> kindMatches{};
        for (int k = 0; k < kEventKindCount; ++k)
            kindMatches[static_cast<std::size_t>(k)] =
                QLatin1String(eventKindName(static_cast<EventKind>(k))).contains(m_filter, Qt::CaseInsensitive);
        for (EventId id = 0; id < static_cast<EventId>(c.events.size()); ++id) {
            const Event &e = c.events[static_cast<std::size_t>(id)];
            if (authorMatches[static_cast<std::size_t>(e.author)] || kindMatches[static_cast<std::size_t>(e.kind)]
                || e.text.contains(m_filter, Qt::CaseInsensitive) || e.gloss.contains(m_filter, Qt::CaseInsensitive)
                || e.channel.contains(m_filter, Qt::CaseInsensitive))
                m_rows.push_back(id);
        }
    }
    endResetModel();
}

void EventTableModel::onCursorChanged()
{
    // Events [lo, hi) changed between "happened" and "not yet", and the bold row moved.
    const int position = m_document->snapshot().position();
    const int lo = std::max(0, std::min(position, m_position) - 1);
    const int hi = std::max(position, m_position);
    m_position = position;
    const int first = lowerRow(lo);
    const int last = lowerRow(hi) - 1;
    if (first <= last && last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), {Qt::ForegroundRole, Qt::FontRole});
}

int EventTableModel::lowerRow(EventId e) const
{
    if (m_filter.isEmpty())
        return std::clamp(e, 0, rowCount());
    return static_cast<int>(std::lower_bound(m_rows.begin(), m_rows.end(), e) - m_rows.begin());
}

EventId EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return kNoEvent;
    return m_filter.isEmpty() ? row : m_rows[static_cast<std::size_t>(row)];
}

int EventTableModel::rowOf(EventId event) const
{
    if (event < 0 || event >= static_cast<EventId>(m_document->caseData().events.size()))
        return -1;
    if (m_filter.isEmpty())
        return event;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), event);
    return it != m_rows.end() && *it == event ? static_cast<int>(it - m_rows.begin()) : -1;
}

int EventTableModel::cursorRow() const
{
    return lowerRow(m_document->snapshot().position()) - 1;
}

void EventTableModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    onCaseReset();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_cleared)
        return 0;
    return m_filter.isEmpty() ? static_cast<int>(m_document->caseData().events.size()) : static_cast<int>(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    const EventId id = eventAt(index.row());
    if (id == kNoEvent)
        return {};
    const Case &c = m_document->caseData();
    const Event &e = c.events[static_cast<std::size_t>(id)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayFormat::clock(e.time, m_document->displayZone(), m_withDate, m_seconds);
        case KindColumn:
            return QString::fromLatin1(eventKindName(e.kind));
        case AuthorColumn:
            return DisplayFormat::handle(c, e.author);
        case TextColumn: {
            QString text = e.text.isEmpty() ? e.gloss : e.text;
            return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == KindColumn && e.kind == EventKind::Offline)
            return QStringLiteral("<p>%1</p>").arg(tr("Offline contact (%1)").arg(e.channel.isEmpty() ? tr("channel unknown") : e.channel).toHtmlEscaped());
        if (index.column() == TextColumn || index.column() == KindColumn) {
            QString tip = QStringLiteral("<p>%1</p>").arg(e.text.toHtmlEscaped());
            if (!e.gloss.isEmpty())
                tip = QStringLiteral("<p>%1</p>").arg(e.gloss.toHtmlEscaped()) + (e.text.isEmpty() ? QString() : tip);
            return tip;
        }
        if (index.column() == AuthorColumn) // rich text, so that a name that looks like markup stays text
            return QStringLiteral("<p>%1</p>").arg(c.actors[static_cast<std::size_t>(e.author)].name.toHtmlEscaped());
        if (index.column() == TimeColumn)
            return QStringLiteral("%1 (%2)").arg(DisplayFormat::dateTime(e.time, m_document->displayZone()),
                                                 DisplayFormat::zoneName(m_document->displayZone()));
        return {};
    case Qt::DecorationRole:
        if (index.column() == AuthorColumn)
            return DisplayFormat::roleColor(c, e.author);
        return {};
    case Qt::ForegroundRole:
        if (id >= m_document->snapshot().position())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (id == m_document->snapshot().position() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case EventRole:
        return id;
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn:
            return tr("Time (%1)").arg(DisplayFormat::zoneCity(m_document->displayZone()));
        case KindColumn:
            return tr("Kind");
        case AuthorColumn:
            return tr("Author");
        case TextColumn:
            return tr("Text");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("Times in the case's display zone, %1").arg(DisplayFormat::zoneName(m_document->displayZone()));
        case TextColumn:
            return tr("As published; hover for the translation or explanation (gloss)");
        default:
            return {};
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace cascade
