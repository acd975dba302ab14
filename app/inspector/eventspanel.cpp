// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/eventspanel.h"

#include "app/document/casedocument.h"
#include "app/inspector/dockfocus.h"
#include "app/inspector/eventtablemodel.h"
#include "app/inspector/listselection.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cascade {

namespace {

// Below this many events a filter is applied as one types; above, after a short pause.
constexpr int kImmediateFilterEvents = 50000;

} // namespace

EventsPanel::EventsPanel(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new EventTableModel(document, this)),
      m_filter(new QLineEdit(this)), m_follow(new QCheckBox(tr("Follow cursor"), this)), m_view(new QTableView(this)),
      m_filterAction(new QAction(tr("Filter Events\u2026"), this)), m_filterDelay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter: text, author, kind"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the event at the cursor in view while the cursor moves"));
    top->addWidget(m_follow);
    layout->addLayout(top);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    // A header too long for its column keeps its start ("Time (Port-au-P..."), not its
    // middle.
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_view, 1);

    m_filterAction->setStatusTip(tr("Filter the events list"));
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_filterAction, &QAction::triggered, this, &EventsPanel::focusFilter);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filterDelay, &QTimer::timeout, this, &EventsPanel::applyFilterNow);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_document->caseData().events.size() < static_cast<std::size_t>(kImmediateFilterEvents))
            applyFilterNow();
        else
            m_filterDelay->start();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPanel::rowsSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EventsPanel::followSelection);
    connect(m_document, &CaseDocument::selectionChanged, this, &EventsPanel::followSelection);
    connect(m_document, &CaseDocument::cursorChanged, this, &EventsPanel::followCursor);
    connect(m_document, &CaseDocument::caseReset, this, &EventsPanel::fitColumns);
    fitColumns();
    followSelection();
}

void EventsPanel::fitColumns()
{
    // Fixed widths from the font, never from the rows (a million rows would be scanned);
    // the time header names the case's zone, so it is measured for each case.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics fm = m_view->fontMetrics();
    const QFontMetrics headerFm(header->font());
    header->resizeSection(EventTableModel::TimeColumn,
                          std::max(fm.horizontalAdvance(QStringLiteral("17 Jan 10:45:30 ")),
                                   headerFm.horizontalAdvance(m_model->headerData(EventTableModel::TimeColumn, Qt::Horizontal).toString()) +
                                       2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 8));
    header->resizeSection(EventTableModel::KindColumn, fm.horizontalAdvance(QStringLiteral("offline ")) + 12);
    fitAuthorColumn();
}

void EventsPanel::fitAuthorColumn()
{
    // The longest handle by characters (one measure, not one per actor), within bounds.
    QFont bold = m_view->font();
    bold.setBold(true); // the cursor's row is bold
    const QFontMetrics fm(bold);
    QString longest = tr("Author");
    for (const Actor &a : m_document->caseData().actors)
        if (a.handle.size() > longest.size())
            longest = a.handle;
    const int decoration = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 12;
    m_view->horizontalHeader()->resizeSection(
        EventTableModel::AuthorColumn,
        std::clamp(fm.horizontalAdvance(longest) + decoration, fm.horizontalAdvance(QLatin1Char('m')) * 8,
                   fm.horizontalAdvance(QLatin1Char('m')) * 20));
}

void EventsPanel::applyFilterNow()
{
    m_filterDelay->stop();
    m_model->setFilterText(m_filter->text());
}

void EventsPanel::focusFilter()
{
    focusFieldInItsDock(m_filter);
}

void EventsPanel::rowsSelected()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const EventId e = m_model->eventAt(rows.front().row());
    if (e == kNoEvent || e == m_document->selectedEvent())
        return;
    m_syncing = true;
    m_document->setSelectedEvent(e);
    m_syncing = false;
}

void EventsPanel::followSelection()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int row = m_model->rowOf(m_document->selectedEvent());
    showSelectedRow(m_view, row >= 0 ? m_model->index(row, 0) : QModelIndex());
    m_syncing = false;
}

void EventsPanel::followCursor()
{
    if (!m_follow->isChecked() || m_syncing)
        return;
    const int row = m_model->cursorRow();
    if (row >= 0)
        m_view->scrollTo(m_model->index(row, 0));
}

} // namespace cascade
