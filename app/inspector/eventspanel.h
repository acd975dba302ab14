// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace cascade {

class CaseDocument;
class EventTableModel;

// The events list: every event in time order (time in the display zone, kind, author,
// text with the gloss as tooltip) and a filter box. Selecting a row selects the event in
// the document, which moves the cursor to it; the table follows the document's
// selection, and (when "Follow cursor" is on) keeps the cursor's event in view.
class EventsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EventsPanel(CaseDocument *document, QWidget *parent = nullptr);

    // "Filter Events..." (no default shortcut: Ctrl+F belongs to the actors' search):
    // shows this panel's dock if it has one and focuses the filter box.
    QAction *filterAction() const { return m_filterAction; }

    QTableView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }
    QCheckBox *followCursorBox() const { return m_follow; }
    EventTableModel *model() const { return m_model; }
    // Applies a pending filter at once (typing applies it after a short pause on large cases).
    void applyFilterNow();

private:
    void followSelection();
    void followCursor();
    void rowsSelected();
    void focusFilter();
    void fitColumns();
    void fitAuthorColumn();

    CaseDocument *m_document;
    EventTableModel *m_model;
    QLineEdit *m_filter;
    QCheckBox *m_follow;
    QTableView *m_view;
    QAction *m_filterAction;
    QTimer *m_filterDelay;
    bool m_syncing = false;
};

} // namespace cascade
