// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/actormeasures.h"
#include "core/model/ids.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace cascade {

class CaseDocument;
class LatestJob;

// One row per actor of the document's case (row == ActorId), with every measure of
// core/analysis/actormeasures.h as of the cursor, one column each. The counts, followers
// and latency are read on demand from the document's Snapshot and reach (cheap at every
// cursor move); the cascade, centrality, closeness and brokerage columns come from
// measureActors(), computed in the background for large cases (LatestJob) and shown
// greyed while they are being brought up to date. Nothing is stored per row, so the
// model stays light for very large cases. Actors not yet active at the cursor are greyed.
class ActorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        HandleColumn,
        NameColumn,
        RoleColumn,
        FirstMeasureColumn,
        BrokerRoleColumn = FirstMeasureColumn + kMeasureCount,
        ColumnCount
    };
    // Raw values for sorting: numbers for the measures (latency in ms, unreached last in
    // ascending order), lower-case text for the text columns.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int ActorRole = Qt::UserRole + 1;

    explicit ActorTableModel(CaseDocument *document, QObject *parent = nullptr);
    ~ActorTableModel() override;

    static int columnOf(Measure m) { return FirstMeasureColumn + static_cast<int>(m); }
    static std::optional<Measure> measureAt(int column);

    CaseDocument *document() const { return m_document; }
    ActorId actorAt(int row) const { return row >= 0 && row < m_rows ? row : kNoActor; }
    int rowOf(ActorId actor) const { return actor >= 0 && actor < m_rows ? actor : -1; }

    // The document's credit rule (shared with the inspector).
    CreditRule creditRule() const;
    void setCreditRule(CreditRule rule);
    // True when the background columns are as of the current cursor.
    bool measuresCurrent() const { return m_current; }
    // Whether the background columns are being computed (or waiting to be).
    bool isComputing() const;
    // The last background table (nullptr before the first one).
    const MeasuresTable *measures() const { return m_table.get(); }
    void setSynchronousLimit(qint64 events);
public slots:
    // Cancels the background work and waits for it (before the document replaces its
    // case): connected to CaseDocument::aboutToReset().
    void cancelPendingWork();

public:

    // The SortRole value of a cell without going through QVariant indexes.
    QVariant sortKey(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The background columns were brought up to date.
    void measuresUpdated();

private:
    void clearForReset();
    void onCaseReset();
    void onCursorChanged();
    void refreshMeasures();
    QVariant display(ActorId a, int column) const;
    QVariant sortValue(ActorId a, int column) const;

    CaseDocument *m_document;
    LatestJob *m_job;
    std::shared_ptr<const MeasuresTable> m_table;
    bool m_current = false;
    int m_rows = 0;
};

} // namespace cascade
