// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace cascade {

class CaseDocument;
class CascadeTableModel;

// The Cascades list (a tab beside Actors and Events): every cascade as of the cursor,
// largest first, sortable by any column and filtered by the seed or the root's text
// (CascadeTableModel). Selecting a row selects the cascade in the document: the graph
// highlights its tree, the timeline its volume, the inspector shows its measures. The
// table follows the document's selection.
class CascadesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CascadesPanel(CaseDocument *document, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }
    CascadeTableModel *model() const { return m_model; }
    // "12 cascades as of 11:52 (credit: most recent exposure)", or what is being computed.
    QString statusText() const;

private:
    void rowsSelected();
    void followSelection();
    void updateStatus();

    CaseDocument *m_document;
    CascadeTableModel *m_model;
    QLineEdit *m_filter;
    QLabel *m_status;
    QTableView *m_view;
    QTimer *m_filterDelay;
    bool m_syncing = false;
};

} // namespace cascade
