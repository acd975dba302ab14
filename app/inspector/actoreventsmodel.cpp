// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/actoreventsmodel.h"

#include "app/document/casedocument.h"
#include "app/presentation/displayformat.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace cascade {

ActorEventsModel::ActorEventsModel(CaseDocument *document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
}

void ActorEventsModel::setEvents(std::vector<EventId> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

EventId ActorEventsModel::eventAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_events.size()) ? m_events[static_cast<std::size_t>(row)] : kNoEvent;
}

int ActorEventsModel::rowOf(EventId event) const
{
    const auto it = std::lower_bound(m_events.begin(), m_events.end(), event);
    return it != m_events.end() && *it == event ? static_cast<int>(it - m_events.begin()) : -1;
}

void ActorEventsModel::cursorMoved(TimeMs from, TimeMs to)
{
    if (m_events.empty() || from == to)
        return;
    // The rows whose event time lies in (lo, hi] changed side of the cursor; the events
    // are in time order, so two binary searches over the index's time column find them.
    const TimeMs lo = std::min(from, to), hi = std::max(from, to);
    const TimeIndex &times = m_document->timeIndex();
    auto after = [&times](TimeMs t) {
        return [&times, t](EventId e) { return times.time(e) <= t; };
    };
    const auto first = std::partition_point(m_events.begin(), m_events.end(), after(lo));
    const auto last = std::partition_point(first, m_events.end(), after(hi));
    if (first != last)
        emit dataChanged(index(static_cast<int>(first - m_events.begin())), index(static_cast<int>(last - m_events.begin()) - 1),
                         {Qt::ForegroundRole});
}

int ActorEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

QVariant ActorEventsModel::data(const QModelIndex &index, int role) const
{
    const EventId id = eventAt(index.row());
    if (id == kNoEvent)
        return {};
    const Case &c = m_document->caseData();
    const Event &e = c.events[static_cast<std::size_t>(id)];
    switch (role) {
    case Qt::DisplayRole: {
        const QTimeZone zone = m_document->displayZone();
        const bool withDate = DisplayFormat::spansSeveralDays(c.startTime(), c.endTime(), zone);
        QString text = e.text.isEmpty() ? e.gloss : e.text;
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (text.size() > 90)
            text = text.left(88) + QChar(0x2026);
        return QStringLiteral("%1  %2  %3")
            .arg(DisplayFormat::clock(e.time, zone, withDate), QLatin1String(eventKindName(e.kind)), text);
    }
    case Qt::ToolTipRole: {
        QString html = QStringLiteral("<p><b>%1</b></p>").arg(e.text.toHtmlEscaped());
        if (!e.gloss.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(e.gloss.toHtmlEscaped());
        return html;
    }
    case Qt::ForegroundRole:
        if (e.time > m_document->cursor())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case EventRole:
        return id;
    default:
        return {};
    }
}

} // namespace cascade
