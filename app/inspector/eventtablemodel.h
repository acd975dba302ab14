// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <QAbstractTableModel>

#include <vector>

namespace cascade {

class CaseDocument;

// One row per event of the document's case, in time order: time in the display zone,
// kind, author, text (the gloss as tooltip). Rows are produced on demand in data(); a
// filter keeps a sorted list of the matching EventIds (no per-row objects), so a
// million events stay cheap. Events after the cursor are greyed; the last event at or
// before the cursor is bold.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, AuthorColumn, TextColumn, ColumnCount };
    static constexpr int EventRole = Qt::UserRole;

    explicit EventTableModel(CaseDocument *document, QObject *parent = nullptr);

    EventId eventAt(int row) const;
    int rowOf(EventId event) const; // -1 when filtered out
    // The row of the last event at or before the cursor (or the nearest shown before it).
    int cursorRow() const;

    // Keeps the events whose text, gloss, author handle or name, kind or channel
    // contains `text` (case-insensitive); empty shows every event.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    bool isFiltered() const { return !m_filter.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onCaseReset();
    void onCursorChanged();
    // The first row whose event id is >= e.
    int lowerRow(EventId e) const;

    CaseDocument *m_document;
    QString m_filter;
    std::vector<EventId> m_rows; // when filtered
    bool m_cleared = false;      // between the document's aboutToReset() and caseReset()
    int m_position = 0;          // events at or before the cursor, as last shown
    bool m_withDate = false;
    bool m_seconds = false; // some event has seconds: show them on every row
};

} // namespace cascade
