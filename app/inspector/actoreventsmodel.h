// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <QAbstractListModel>

#include <vector>

namespace cascade {

class CaseDocument;

// The events one actor authored (its posts, reposts, replies, quotes and offline
// contacts), in time order, for the inspector's list: time in the display zone, kind and
// text; the gloss as tooltip; events after the cursor greyed. Rows are filled on demand.
class ActorEventsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int EventRole = Qt::UserRole;

    explicit ActorEventsModel(CaseDocument *document, QObject *parent = nullptr);

    // Shows `events` (EventIds, sorted).
    void setEvents(std::vector<EventId> events);
    const std::vector<EventId> &events() const { return m_events; }
    EventId eventAt(int row) const;
    int rowOf(EventId event) const; // -1 when not listed
    // Repaints the rows whose "already happened" state changed.
    void cursorMoved(TimeMs from, TimeMs to);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    CaseDocument *m_document;
    std::vector<EventId> m_events;
};

} // namespace cascade
