// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/actormeasures.h"
#include "core/model/ids.h"

#include <QSortFilterProxyModel>
#include <QWidget>

#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

namespace cascade {

class ActorTableModel;
class CaseDocument;

// Filters the actors table by role, by a search text (handle or name) and, optionally,
// to the actors active at the cursor. Sorting uses ActorTableModel::SortRole.
class ActorFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static constexpr RoleId kAllRoles = -2; // kNoRole (-1) keeps the actors without a role

    explicit ActorFilterProxy(ActorTableModel *source, QObject *parent = nullptr);

    void setRoleFilter(RoleId role);
    RoleId roleFilter() const { return m_role; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setActiveOnly(bool on);
    bool activeOnly() const { return m_activeOnly; }
    // Re-applies the active-only filter after the cursor moved.
    void invalidateActive();

    // Sorts on keys read once per row (not twice per comparison through QVariant): a
    // sort of 100k actors costs one pass over the rows plus the comparisons.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    ActorTableModel *m_source;
    // Sort keys by source row for m_keyColumn (numbers, or text for the text columns).
    int m_keyColumn = -1;
    std::vector<double> m_numberKeys;
    std::vector<QString> m_textKeys;
    RoleId m_role = kAllRoles;
    QString m_search;
    bool m_activeOnly = false;
};

// The actors list: a table of every actor with its measures as of the cursor, sortable
// by any column, filtered by role and by a search box that Ctrl+F focuses (findAction()).
// Selecting a row selects the actor in the document; the table follows the document's
// selection when it changes elsewhere.
class ActorsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ActorsPanel(CaseDocument *document, QWidget *parent = nullptr);
    ~ActorsPanel() override;

    // "Find Actor..." (Ctrl+F): shows this panel's dock if it has one and focuses the
    // search box. Added to the panel itself, so it works in any window holding it.
    QAction *findAction() const { return m_findAction; }

    void setCreditRule(CreditRule rule);
    // Sorts by a measure (the header can be clicked too).
    void sortBy(Measure m, Qt::SortOrder order = Qt::DescendingOrder);

    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *roleBox() const { return m_roles; }
    QCheckBox *activeOnlyBox() const { return m_activeOnly; }
    ActorTableModel *model() const { return m_model; }
    ActorFilterProxy *proxy() const { return m_proxy; }
    // The actor shown in a row of the view (kNoActor when out of range).
    ActorId actorAtRow(int viewRow) const;
    // The actors of the selected rows (Ctrl+click and Shift+click select several, for
    // setting a role, deleting or merging), in the order shown.
    std::vector<ActorId> selectedActors() const;

signals:
    // Enter or a double-click on a row.
    void actorActivated(cascade::ActorId actor);
    // The selected rows changed (one or several).
    void actorsSelectionChanged();

private:
    void onCaseReset();
    void followSelection();
    void rowsSelected();
    void scheduleResort();
    void focusSearch();

    CaseDocument *m_document;
    ActorTableModel *m_model;
    ActorFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_roles;
    QCheckBox *m_activeOnly;
    QTableView *m_view;
    QAction *m_findAction;
    QTimer *m_resort;
    bool m_syncing = false;
};

} // namespace cascade
