// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/graphoverlay.h"

#include "app/document/casedocument.h"
#include "app/graph/graphlegend.h"
#include "app/graph/graphscene.h"
#include "app/presentation/timelabels.h"

#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace cascade {

namespace {

constexpr qreal kMargin = 10;

} // namespace

GraphOverlay::GraphOverlay(GraphScene *scene, QWidget *parent)
    : QWidget(parent), m_scene(scene)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    auto refreshTime = [this] {
        // Only the corner with the time changes on a cursor move.
        const QRectF now = timeRect();
        update(m_lastTimeRect.united(now).toAlignedRect().adjusted(-2, -2, 2, 2));
        m_lastTimeRect = now;
    };
    connect(m_scene, &GraphScene::timeChanged, this, refreshTime);
    auto refreshLegend = [this] {
        for (auto &legend : m_legend)
            legend.reset();
        update();
    };
    connect(m_scene, &GraphScene::legendChanged, this, refreshLegend);
    connect(m_scene, &GraphScene::layoutReplaced, this, refreshLegend);
}

QFont GraphOverlay::overlayFont() const
{
    QFont f = font();
    f.setPixelSize(12);
    return f;
}

void GraphOverlay::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void GraphOverlay::setLegendArrangement(GraphLegend::Arrangement arrangement)
{
    if (arrangement == m_arrangement)
        return;
    m_arrangement = arrangement;
    m_lastTimeRect = timeRect();
    update(); // the legend and the time both move; rare
}

const GraphLegend &GraphOverlay::legend(GraphLegend::Arrangement arrangement) const
{
    std::optional<GraphLegend> &legend = m_legend[arrangement == GraphLegend::Arrangement::Row ? 1 : 0];
    if (!legend)
        legend.emplace(m_scene->legendModel(), m_scene->theme(), overlayFont(), arrangement);
    return *legend;
}

QRectF GraphOverlay::legendRect(GraphLegend::Arrangement arrangement) const
{
    if (!m_legendVisible || !m_scene->hasLayout())
        return {};
    return QRectF(QPointF(kMargin, kMargin), legend(arrangement).size());
}

QString GraphOverlay::timeText(GraphLegend::Arrangement arrangement) const
{
    const CaseDocument *document = m_scene->document();
    if (document->timeIndex().empty())
        return {};
    // The whole date and zone where there is room (beside the legend when it is a row),
    // else the day and time: a narrow graph panel shows the time whole rather than cut
    // at its start.
    const QString full = tr("As of %1").arg(formatCursorTime(m_scene->time(), document->displayZone()));
    QFont bold = overlayFont();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    qreal room = width() - 2 * kMargin - 16;
    if (arrangement == GraphLegend::Arrangement::Row)
        room -= legendRect(arrangement).right() + 6;
    if (fm.horizontalAdvance(full) <= room)
        return full;
    return formatShortTime(m_scene->time(), document->displayZone());
}

QRectF GraphOverlay::timeRect(GraphLegend::Arrangement arrangement) const
{
    const QString text = timeText(arrangement);
    if (text.isEmpty())
        return {};
    QFont bold = overlayFont();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const QSizeF s(fm.horizontalAdvance(text) + 16, fm.height() + 8);
    return QRectF(QPointF(width() - kMargin - s.width(), kMargin), s);
}

void GraphOverlay::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const GraphTheme &theme = m_scene->theme();
    const QRectF legend = legendRect();
    if (!legend.isEmpty() && event->rect().intersects(legend.toAlignedRect()))
        this->legend(m_arrangement).paint(&painter, legend.topLeft());
    const QRectF time = timeRect();
    if (!time.isEmpty() && event->rect().intersects(time.toAlignedRect())) {
        painter.setPen(QPen(theme.chipBorder, 1));
        QColor fill = theme.chipFill;
        fill.setAlphaF(0.95);
        painter.setBrush(fill);
        painter.drawRoundedRect(time, 6, 6);
        QFont bold = overlayFont();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(theme.text);
        painter.drawText(time, Qt::AlignCenter | Qt::TextSingleLine, timeText());
    }
}

LayoutProgressPanel::LayoutProgressPanel(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this))
{
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_text->setMinimumWidth(1); // may be narrower than its text: fitInto() elides it
    layout->addWidget(m_text);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(160);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
}

void LayoutProgressPanel::setProgress(int permille, const QString &text)
{
    m_bar->setValue(permille);
    if (!text.isEmpty())
        m_full = text;
    m_text->setText(m_full);
    adjustSize();
}

QSize LayoutProgressPanel::fitInto(int maxWidth)
{
    m_text->setText(m_full);
    m_text->setToolTip(QString());
    QSize s = sizeHint();
    if (s.width() > maxWidth) {
        const int labelWidth = std::max(0, m_text->sizeHint().width() - (s.width() - maxWidth));
        m_text->setText(m_text->fontMetrics().elidedText(m_full, Qt::ElideRight, labelWidth));
        m_text->setToolTip(m_full);
        s.setWidth(maxWidth);
    }
    return s;
}

} // namespace cascade
