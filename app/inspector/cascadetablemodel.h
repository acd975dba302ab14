// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascadetree.h"
#include "core/model/ids.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cascade {

class CaseDocument;
class LatestJob;

// One row per cascade as of the document's cursor (relayed at least once), under the
// document's credit rule: the root post and its author, size, depth, maximum width,
// structural virality, broadcast or viral, first and last relay, half-life
// (core/analysis/cascadetree.h, cascadesAsOf()). Read from the document's shared
// reconstruction (CascadeCache); the rows as of a new cursor are computed in the
// background on a large case, the old rows shown greyed meanwhile. The model sorts
// itself (no proxy: a large case has hundreds of thousands of cascades) and filters by
// the seed's handle or name and the root's text.
class CascadeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeedColumn,
        RootColumn,
        SizeColumn,
        DepthColumn,
        WidthColumn,
        ViralityColumn,
        ShapeColumn,
        FirstRelayColumn,
        LastRelayColumn,
        HalfLifeColumn,
        ColumnCount
    };
    static constexpr int RootRole = Qt::UserRole; // the root EventId

    explicit CascadeTableModel(CaseDocument *document, QObject *parent = nullptr);
    ~CascadeTableModel() override;

    EventId rootAt(int row) const;
    int rowOf(EventId root) const; // -1 when not listed
    const CascadeAsOf *cascadeAt(int row) const;
    // Every cascade as of the cursor, before the filter (in root order).
    const std::vector<CascadeAsOf> &allCascades() const { return m_all; }

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    // The rows are as of the current cursor and credit rule.
    bool isCurrent() const { return m_current; }
    bool isComputing() const;
    void setSynchronousLimit(qint64 events);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    // Cancels the background work and waits (before the document replaces its case).
    void cancelPendingWork();

signals:
    // The rows were brought up to date (emitted after each computation).
    void updated();

private:
    void onCaseReset();
    void refresh();
    void applyRows(std::vector<CascadeAsOf> rows);
    void rebuildShown();
    bool matches(const CascadeAsOf &row) const;

    CaseDocument *m_document;
    LatestJob *m_job;
    std::vector<CascadeAsOf> m_all;  // as last computed
    std::vector<std::int32_t> m_shown; // indexes into m_all, filtered and sorted
    QString m_filter;
    int m_sortColumn = SizeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_current = false;
    bool m_withDate = false;
};

} // namespace cascade
