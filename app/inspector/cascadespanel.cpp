// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/cascadespanel.h"

#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/inspector/cascadetablemodel.h"
#include "app/inspector/listselection.h"
#include "app/inspector/measureinfo.h"
#include "app/presentation/displayformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cascade {

CascadesPanel::CascadesPanel(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new CascadeTableModel(document, this)),
      m_filter(new QLineEdit(this)), m_status(new QLabel(this)), m_view(new QTableView(this)),
      m_filterDelay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_filter->setPlaceholderText(tr("Filter: seed, root post"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setTextElideMode(Qt::ElideRight);
    // The indicator first: enabling sorting sorts by it (Qt's default is the first column).
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    // Widths from the font, never from the rows (there may be hundreds of thousands).
    const QFontMetrics fm = m_view->fontMetrics();
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(CascadeTableModel::SeedColumn, fm.horizontalAdvance(QLatin1Char('m')) * 9);
    header->resizeSection(CascadeTableModel::RootColumn, fm.horizontalAdvance(QLatin1Char('m')) * 12);
    for (int column : {CascadeTableModel::SizeColumn, CascadeTableModel::DepthColumn, CascadeTableModel::WidthColumn,
                       CascadeTableModel::ViralityColumn})
        header->resizeSection(column, std::max(digit * 6, fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 24));
    header->resizeSection(CascadeTableModel::ShapeColumn, fm.horizontalAdvance(tr("broadcast")) + 16);
    for (int column : {CascadeTableModel::FirstRelayColumn, CascadeTableModel::LastRelayColumn, CascadeTableModel::HalfLifeColumn})
        header->resizeSection(column, fm.horizontalAdvance(QStringLiteral("17 Jan 10:45:30 ")));
    layout->addWidget(m_view, 1);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_model->setFilterText(m_filter->text()); });
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_model->allCascades().size() < 20000)
            m_model->setFilterText(m_filter->text());
        else
            m_filterDelay->start();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CascadesPanel::rowsSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CascadesPanel::followSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CascadesPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CascadesPanel::updateStatus);
    connect(m_model, &CascadeTableModel::updated, this, &CascadesPanel::updateStatus);
    connect(m_document, &CaseDocument::selectionChanged, this, &CascadesPanel::followSelection);
    connect(m_document, &CaseDocument::creditRuleChanged, this, &CascadesPanel::updateStatus);
    followSelection();
    updateStatus();
}

QString CascadesPanel::statusText() const
{
    return m_status->text();
}

void CascadesPanel::updateStatus()
{
    const QString rule = creditRuleTitle(m_document->creditRule());
    if (!m_model->isCurrent() && m_model->allCascades().empty()) {
        m_status->setText(tr("Reconstructing the cascades (credit: %1)\u2026").arg(rule));
        return;
    }
    const auto total = static_cast<std::int64_t>(m_model->allCascades().size());
    const QString when = DisplayFormat::dateTime(m_document->cursor(), m_document->displayZone());
    QString text = total == 0 ? tr("No post relayed as of %1 (credit: %2).").arg(when, rule)
                              : tr("%n cascade(s) as of %1 (credit: %2).", nullptr, static_cast<int>(std::min<std::int64_t>(total, INT32_MAX)))
                                    .arg(when, rule);
    if (m_model->rowCount() != total)
        text += QLatin1Char(' ') + tr("%1 shown.").arg(DisplayFormat::count(m_model->rowCount()));
    if (!m_model->isCurrent())
        text += QLatin1Char(' ') + tr("Updating\u2026");
    m_status->setText(text);
}

void CascadesPanel::rowsSelected()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const EventId root = m_model->rootAt(rows.front().row());
    if (root == kNoEvent || root == m_document->selectedCascade())
        return;
    m_syncing = true;
    m_document->setSelectedCascade(root);
    m_syncing = false;
}

void CascadesPanel::followSelection()
{
    if (m_syncing)
        return;
    m_syncing = true;
    const int row = m_model->rowOf(m_document->selectedCascade());
    showSelectedRow(m_view, row >= 0 ? m_model->index(row, 0) : QModelIndex());
    m_syncing = false;
}

} // namespace cascade
