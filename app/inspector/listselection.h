// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace cascade {

// Makes a list show the document's selection: `index` (a row of the view's model)
// selected, current and scrolled to; nothing selected when it is invalid. The panels'
// follow-the-document half of the two-way selection sync.
inline void showSelectedRow(QAbstractItemView *view, const QModelIndex &index)
{
    QItemSelectionModel *selection = view->selectionModel();
    if (!index.isValid()) {
        selection->clearSelection();
        return;
    }
    if (!selection->isRowSelected(index.row(), {}))
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace cascade
