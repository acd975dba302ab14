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
        m_legend.reset();
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

const GraphLegend &GraphOverlay::legend() const
{
    if (!m_legend)
        m_legend.emplace(m_scene->legendModel(), m_scene->theme(), overlayFont());
    return *m_legend;
}

QRectF GraphOverlay::legendRect() const
{
    if (!m_legendVisible || !m_scene->hasLayout())
        return {};
    return QRectF(QPointF(kMargin, kMargin), legend().size());
}

QString GraphOverlay::timeText() const
{
    const CaseDocument *document = m_scene->document();
    if (document->timeIndex().empty())
        return {};
    // The whole date and zone where there is room, else the day and time: a narrow
    // graph panel shows the time whole rather than cut at its start.
    const QString full = tr("As of %1").arg(formatCursorTime(m_scene->time(), document->displayZone()));
    QFont bold = overlayFont();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const qreal room = width() - 2 * kMargin - 16;
    if (fm.horizontalAdvance(full) <= room)
        return full;
    return formatShortTime(m_scene->time(), document->displayZone());
}

QRectF GraphOverlay::timeRect() const
{
    const QString text = timeText();
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
        this->legend().paint(&painter, legend.topLeft());
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
