// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/timelinewidget.h"

#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/presentation/displayformat.h"
#include "app/presentation/timelabels.h"
#include "app/timeline/cursoritem.h"
#include "app/timeline/hovermarker.h"
#include "app/timeline/milestonemarkers.h"
#include "app/timeline/timelineicons.h"
#include "app/timeline/transport.h"
#include "app/timeline/zoomstack.h"
#include "core/timeline/wallclock.h"

#include <QAction>
#include <QBarSet>
#include <QCategoryAxis>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

constexpr double kCursorZ = 8; // above the bars and milestone lines, below the titles
constexpr double kHoverZ = 9;
constexpr double kPixelsPerBucket = 10; // bar pitch aimed at
constexpr double kPixelsPerTick = 95;   // time label pitch aimed at
const QColor kCursorColor(0xC8, 0x10, 0x2E);
const QColor kExposureColor(0x22, 0x22, 0x22);
const QColor kCascadeColor(0x7B, 0x2C, 0xBF); // the selected cascade's volume: violet

// 1, 2, 5, 10, 20, 50... at least `rough`.
double niceStep(double rough)
{
    if (!(rough > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= rough)
            return m * magnitude;
    return 10 * magnitude;
}

void clearCategories(QCategoryAxis *axis)
{
    const QStringList labels = axis->categoriesLabels();
    for (const QString &label : labels)
        axis->remove(label);
}

} // namespace

TimelineWidget::TimelineWidget(CaseDocument *document, QWidget *parent)
    : QChartView(parent), m_document(document), m_zoom(new ZoomStack(this)),
      m_zoomIn(new QAction(QIcon::fromTheme(QStringLiteral("zoom-in"), timelineIcon(TimelineIcon::ZoomIn)), tr("Timeline Zoom &In"), this)),
      m_chart(new QChart)
{
    setObjectName(QStringLiteral("TimelineWidget"));
    // QChartView made a chart of its own; setChart() only releases it: delete it here
    // (it leaked, with its legend and text documents, once per timeline).
    QChart *defaultChart = chart();
    setChart(m_chart);
    if (defaultChart != m_chart)
        delete defaultChart;
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setMinimumHeight(200);
    createChart();

    m_zoomIn->setObjectName(QStringLiteral("timelineZoomIn"));
    m_zoomIn->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Equal));
    m_zoomIn->setToolTip(tr("Show half the time range, around the cursor (or Shift+drag on the timeline)"));
    connect(m_zoomIn, &QAction::triggered, this, [this] {
        const TimeMs span = m_axis.viewSpan() / 2;
        TimeMs centre = m_document->cursor();
        if (centre < m_axis.viewStart || centre > m_axis.viewEnd)
            centre = m_axis.viewStart + m_axis.viewSpan() / 2;
        zoomToRange(centre - span / 2, centre - span / 2 + span);
    });
    for (QAction *action : zoomActions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions(zoomActions());

    connect(m_zoom, &ZoomStack::changed, this, &TimelineWidget::applyZoom);
    connect(m_document, &CaseDocument::caseReset, this, &TimelineWidget::caseReset);
    connect(m_document, &CaseDocument::selectionChanged, this, &TimelineWidget::fillCascadeVolume);
    connect(m_document->cascades(), &CascadeCache::ready, this, &TimelineWidget::fillCascadeVolume);
    connect(m_document, &CaseDocument::cursorChanged, this, [this] {
        followCursor();
        updateCursor();
    });
    caseReset();
}

TimelineWidget::~TimelineWidget() = default;

QList<QAction *> TimelineWidget::zoomActions() const
{
    return {m_zoomIn, m_zoom->zoomOutAction(), m_zoom->resetAction()};
}

void TimelineWidget::createChart()
{
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(6, 4, 6, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation);

    QFont labelFont = font();
    labelFont.setPointSizeF(std::max(9.0, labelFont.pointSizeF()));
    QFont titleFont = labelFont;
    titleFont.setPointSizeF(labelFont.pointSizeF() * 0.95);

    m_bars = new QStackedBarSeries;
    m_bars->setBarWidth(0.86);
    for (int k = 0; k < kEventKindCount; ++k) {
        const auto kind = static_cast<EventKind>(k);
        auto *set = new QBarSet(eventKindPlural(kind));
        set->setColor(eventKindColor(kind));
        set->setBorderColor(eventKindColor(kind).darker(125));
        m_sets[static_cast<std::size_t>(k)] = set;
        m_bars->append(set);
    }
    m_exposure = new QLineSeries;
    m_exposure->setName(tr("Potential exposure (upper bound)"));
    QPen exposurePen(kExposureColor, 2);
    m_exposure->setPen(exposurePen);
    // The selected cascade's volume: a step line over the bars, in a colour none of the
    // bars or the exposure curve takes.
    m_cascadeVolume = new QLineSeries;
    m_cascadeVolume->setName(tr("Selected cascade"));
    m_cascadeVolume->setPen(QPen(kCascadeColor, 2.5));
    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_exposure);
    m_chart->addSeries(m_cascadeVolume);

    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_timeAxis->setLabelsFont(labelFont);
    m_timeAxis->setTitleFont(titleFont);
    m_timeAxis->setGridLineColor(QColor(0xE2, 0xE2, 0xE2));
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setLabelsFont(labelFont);
    m_countAxis->setTitleFont(titleFont);
    m_countAxis->setGridLineColor(QColor(0xE2, 0xE2, 0xE2));
    m_exposureAxis = new QCategoryAxis;
    m_exposureAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_exposureAxis->setLabelsFont(labelFont);
    m_exposureAxis->setTitleFont(titleFont);
    m_exposureAxis->setGridLineVisible(false);
    // One word, as "Events": the legend names the curve "Potential exposure (upper
    // bound)", and a longer vertical title is cut on a short plot.
    m_exposureAxis->setTitleText(tr("Exposure"));
    m_exposureAxis->setLabelsColor(kExposureColor);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_chart->addAxis(m_exposureAxis, Qt::AlignRight);
    m_bars->attachAxis(m_timeAxis);
    m_bars->attachAxis(m_countAxis);
    m_exposure->attachAxis(m_timeAxis);
    m_exposure->attachAxis(m_exposureAxis);
    m_cascadeVolume->attachAxis(m_timeAxis);
    m_cascadeVolume->attachAxis(m_countAxis);
    m_cascadeVolume->setVisible(false);

    QLegend *legend = m_chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(labelFont);
    for (QLineSeries *line : {m_exposure, m_cascadeVolume})
        for (QLegendMarker *marker : legend->markers(line))
            marker->setShape(QLegend::MarkerShapeFromSeries); // a line, like the curve

    QGraphicsScene *s = scene();
    m_milestones = std::make_unique<MilestoneMarkers>(s, labelFont);
    m_cursor = new CursorItem(kCursorColor);
    m_cursor->setZValue(kCursorZ);
    s->addItem(m_cursor);
    m_hover = std::make_unique<HoverMarker>(s, labelFont, kHoverZ);
    m_rubberBand = s->addRect(QRectF(), QPen(QColor(0x00, 0x72, 0xB2), 1), QColor(0x56, 0xB4, 0xE9, 60));
    m_rubberBand->setZValue(kHoverZ);
    m_rubberBand->hide();
    m_emptyText = s->addSimpleText(tr("This case has no events yet."), labelFont);
    m_emptyText->setBrush(QColor(0x66, 0x66, 0x66));
    m_emptyText->setZValue(kHoverZ);
    hideHover();

    connect(m_chart, &QChart::plotAreaChanged, this, &TimelineWidget::plotAreaChanged);
}

void TimelineWidget::caseReset()
{
    const TimeIndex &index = m_document->timeIndex();
    // A little room on both sides, so that the first and last events are not on the
    // frame and the cursor can go before the first event.
    const TimeMs span = index.endTime() - index.startTime();
    const TimeMs pad = std::max<TimeMs>(kMsPerSecond, span / 50);
    const QRectF plot = plotRect();
    m_axis = TimeAxis::make(index.startTime() - pad, index.endTime() + pad, plot.left(), plot.width());
    m_milestones->setMilestones(m_document->caseData().milestones, m_document->displayZone());
    m_milestoneRows = -1;
    const QSignalBlocker blocker(m_zoom);
    m_zoom->reset();
    applyZoom();
}

void TimelineWidget::applyZoom()
{
    if (const auto range = m_zoom->current())
        m_axis.zoomTo(range->start, range->end);
    else
        m_axis.reset();
    rebuild();
}

void TimelineWidget::zoomToRange(TimeMs start, TimeMs end)
{
    TimeAxis axis = m_axis;
    axis.zoomTo(start, end);
    if (!axis.isZoomed()) {
        m_zoom->reset();
        return;
    }
    m_zoom->zoomIn({axis.viewStart, axis.viewEnd});
}

TimeMs TimelineWidget::chooseBucketWidth() const
{
    const double plotWidth = std::max(100, width() - 170);
    return niceBucketWidth(m_axis.viewSpan(), std::max(8, static_cast<int>(plotWidth / kPixelsPerBucket)));
}

TimeMs TimelineWidget::chooseTickStep() const
{
    const double plotWidth = std::max(100, width() - 170);
    return niceBucketWidth(m_axis.viewSpan(), std::max(2, static_cast<int>(plotWidth / kPixelsPerTick)));
}

double TimelineWidget::xValue(TimeMs t) const
{
    // Bar i is centred on x = i and covers bucket i, [from + i*w, from + (i+1)*w).
    return static_cast<double>(t - m_histFrom) / static_cast<double>(m_bucketWidth) - 0.5;
}

void TimelineWidget::rebuild()
{
    ++m_rebuilds;
    const QTimeZone zone = m_document->displayZone();
    m_bucketWidth = chooseBucketWidth();
    m_tickStep = chooseTickStep();
    m_histFrom = alignDownToWallClock(m_axis.viewStart, m_bucketWidth, zone);
    fillBars(m_histFrom, m_axis.viewEnd);
    fillExposure();
    fillCascadeVolume();
    m_timeAxis->setRange(xValue(m_axis.viewStart), xValue(m_axis.viewEnd));
    fillTimeAxis();
    const bool empty = m_document->timeIndex().empty();
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_countAxis),
                                static_cast<QAbstractAxis *>(m_exposureAxis)})
        axis->setLabelsVisible(!empty);
    m_emptyText->setVisible(empty);
    m_zoomIn->setEnabled(!empty);
    plotAreaChanged();
}

void TimelineWidget::fillBars(TimeMs from, TimeMs to)
{
    m_buckets = m_document->timeIndex().empty() ? std::vector<HistogramBucket>{}
                                                : eventHistogram(m_document->timeIndex(), from, to, m_bucketWidth);
    std::int32_t maxTotal = 0;
    for (const HistogramBucket &b : m_buckets)
        maxTotal = std::max(maxTotal, b.total());
    for (int k = 0; k < kEventKindCount; ++k) {
        QList<qreal> values;
        values.reserve(static_cast<qsizetype>(m_buckets.size()));
        for (const HistogramBucket &b : m_buckets)
            values.append(b.count(static_cast<EventKind>(k)));
        QBarSet *set = m_sets[static_cast<std::size_t>(k)];
        set->remove(0, set->count());
        set->append(values);
    }
    const double step = std::max(1.0, niceStep(maxTotal / 4.0));
    const double top = std::max(step, std::ceil(maxTotal / step) * step);
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    m_countAxis->setTickAnchor(0);
    m_countAxis->setTickInterval(step);
    m_countAxis->setRange(0, top);
    // One short word: a vertical title longer than the plot is cut (the plot is some 90
    // pixels high in a default window). The bar width is said under the time axis.
    m_countAxis->setTitleText(tr("Events"));
}

void TimelineWidget::fillExposure()
{
    const TimeIndex &index = m_document->timeIndex();
    QList<QPointF> points;
    std::int64_t maxValue = 0;
    if (!index.empty()) {
        const TimeMs sample = std::max<TimeMs>(1, m_axis.viewSpan() / 600);
        const std::vector<ExposurePoint> curve = exposureCurve(index, m_axis.viewStart, m_axis.viewEnd, sample);
        points.reserve(static_cast<qsizetype>(curve.size()));
        for (const ExposurePoint &p : curve) {
            points.append(QPointF(xValue(p.time), static_cast<double>(p.cumulative)));
            maxValue = std::max(maxValue, p.cumulative);
        }
    }
    m_exposure->replace(points);
    const double step = niceStep(std::max<double>(1.0, static_cast<double>(maxValue)) / 4.0);
    const double top = std::max(step, std::ceil(static_cast<double>(maxValue) / step) * step);
    clearCategories(m_exposureAxis);
    m_exposureAxis->setStartValue(0);
    for (double v = step; v <= top + step / 2; v += step)
        m_exposureAxis->append(formatCompactCount(std::llround(v)), v);
    m_exposureAxis->setRange(0, top);
}

void TimelineWidget::fillCascadeVolume()
{
    m_cascadeCounts.clear();
    const EventId root = m_document->selectedCascade();
    const std::shared_ptr<const CascadeTree> tree = root == kNoEvent ? nullptr : m_document->cascades()->tree(root);
    if (!tree || m_buckets.empty()) {
        m_cascadeVolume->clear();
        m_cascadeVolume->setVisible(false);
        return;
    }
    const TimeIndex &index = m_document->timeIndex();
    m_cascadeCounts.assign(m_buckets.size(), 0);
    for (EventId e : tree->events) {
        const TimeMs t = index.time(e);
        if (t < m_histFrom)
            continue;
        const auto bucket = static_cast<std::size_t>((t - m_histFrom) / m_bucketWidth);
        if (bucket < m_cascadeCounts.size())
            ++m_cascadeCounts[bucket];
    }
    // A step outline: flat over each bar, down to zero between runs.
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(2 * m_cascadeCounts.size()));
    for (std::size_t i = 0; i < m_cascadeCounts.size(); ++i) {
        const auto x = static_cast<double>(i);
        points.append(QPointF(x - 0.5, m_cascadeCounts[i]));
        points.append(QPointF(x + 0.5, m_cascadeCounts[i]));
    }
    m_cascadeVolume->replace(points);
    m_cascadeVolume->setVisible(true);
}

void TimelineWidget::fillTimeAxis()
{
    const QTimeZone zone = m_document->displayZone();
    clearCategories(m_timeAxis);
    m_timeAxis->setStartValue(xValue(m_axis.viewStart));
    QSet<QString> seen;
    for (const TimeTick &tick : timeTicks(m_axis.viewStart + 1, m_axis.viewEnd, m_tickStep, zone)) {
        QString label = tick.label;
        while (seen.contains(label)) // category labels must be unique: pad invisibly
            label += QChar(0x200B);
        seen.insert(label);
        m_timeAxis->append(label, xValue(tick.time));
    }
    m_timeAxis->setTitleText(tr("Time in %1 (%2) · one bar per %3")
                                 .arg(DisplayFormat::zoneName(zone), formatUtcOffset(m_axis.viewStart, zone), DisplayFormat::duration(m_bucketWidth)));
}

QRectF TimelineWidget::plotRect() const
{
    // The chart fills the scene from (0, 0) and the view does not scroll or scale it:
    // scene coordinates are widget coordinates.
    return m_chart->mapRectToScene(m_chart->plotArea());
}

void TimelineWidget::plotAreaChanged()
{
    const QRectF plot = plotRect();
    m_axis.setGeometry(plot.left(), plot.width());
    const int rows = m_milestones->layout(m_axis, plot);
    m_emptyText->setPos(plot.center() - m_emptyText->boundingRect().center());
    if (rows != m_milestoneRows) {
        m_milestoneRows = rows;
        // Room for the milestone titles above the plot (re-lays out the chart, which
        // calls this again with the same rows).
        const int top = 4 + static_cast<int>(std::ceil(rows * m_milestones->rowHeight()));
        m_chart->setMargins(QMargins(6, top, 6, 0));
    }
    updateCursor();
}

void TimelineWidget::updateCursor()
{
    m_cursor->setPlot(plotRect());
    const TimeMs t = m_document->cursor();
    if (m_document->timeIndex().empty() || t > m_axis.viewEnd)
        m_cursor->setCursor(CursorItem::Place::After);
    else if (t < m_axis.viewStart)
        m_cursor->setCursor(CursorItem::Place::Before);
    else
        m_cursor->setCursor(CursorItem::Place::At, m_axis.mapTimeToX(t));
}

void TimelineWidget::followCursor()
{
    // While zoomed, keep the cursor in view (playback, steps): turn the page.
    if (!m_zoom->isZoomed())
        return;
    const TimeMs t = m_document->cursor();
    if (t >= m_axis.viewStart && t <= m_axis.viewEnd)
        return;
    const TimeMs span = m_axis.viewSpan();
    const TimeMs start = t > m_axis.viewEnd ? t - span / 10 : t - span + span / 10;
    TimeAxis axis = m_axis;
    axis.zoomTo(start, start + span);
    m_zoom->replaceCurrent({axis.viewStart, axis.viewEnd});
}

QPointF TimelineWidget::toScene(const QPoint &viewPos) const
{
    return mapToScene(viewPos);
}

void TimelineWidget::scrubTo(double x)
{
    if (!m_document->timeIndex().empty())
        m_document->setCursor(m_axis.mapXToTime(x));
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    const QPointF p = toScene(event->pos());
    hideHover();
    if (event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) {
        m_drag = Drag::Zoom;
        m_dragStartX = std::clamp(p.x(), plotRect().left(), plotRect().right());
        m_rubberBand->setRect(QRectF(m_dragStartX, plotRect().top(), 0, plotRect().height()));
        m_rubberBand->show();
    } else if (const auto milestone = m_milestones->milestoneAt(p)) {
        m_drag = Drag::None;
        m_document->setCursor(*milestone);
    } else {
        m_drag = Drag::Scrub;
        scrubTo(p.x());
    }
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF p = toScene(event->pos());
    switch (m_drag) {
    case Drag::Scrub:
        scrubTo(p.x());
        break;
    case Drag::Zoom: {
        const QRectF plot = plotRect();
        const double x = std::clamp(p.x(), plot.left(), plot.right());
        m_rubberBand->setRect(QRectF(QPointF(std::min(x, m_dragStartX), plot.top()),
                                     QPointF(std::max(x, m_dragStartX), plot.bottom())));
        break;
    }
    case Drag::None:
        showHover(p.x());
        break;
    }
    event->accept();
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    if (m_drag == Drag::Zoom) {
        m_rubberBand->hide();
        const double x = std::clamp(toScene(event->pos()).x(), plotRect().left(), plotRect().right());
        if (std::abs(x - m_dragStartX) >= 4)
            zoomToRange(m_axis.mapXToTime(std::min(x, m_dragStartX)), m_axis.mapXToTime(std::max(x, m_dragStartX)));
    }
    m_drag = Drag::None;
    event->accept();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const double x = toScene(event->position().toPoint()).x();
    TimeAxis axis = m_axis;
    if (delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        axis.pan(-d / 120.0 * axis.width / 10);
    } else if (delta.y() != 0) {
        axis.zoomAround(x, std::pow(1.25, delta.y() / 120.0));
    }
    if (!axis.isZoomed())
        m_zoom->reset();
    else if (axis.viewStart != m_axis.viewStart || axis.viewEnd != m_axis.viewEnd)
        m_zoom->replaceCurrent({axis.viewStart, axis.viewEnd});
    event->accept();
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    hideHover();
    QChartView::leaveEvent(event);
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addActions(zoomActions());
    menu.exec(event->globalPos());
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    if (Transport::ownsKey(event)) {
        event->accept(); // its action is disabled (an end of the case): never scroll the chart
        return;
    }
    QChartView::keyPressEvent(event);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (chooseBucketWidth() != m_bucketWidth || chooseTickStep() != m_tickStep)
        rebuild();
}

void TimelineWidget::showHover(double x)
{
    const QRectF plot = plotRect();
    if (m_document->timeIndex().empty() || x < plot.left() || x > plot.right()) {
        hideHover();
        return;
    }
    const QTimeZone zone = m_document->displayZone();
    const TimeMs t = m_axis.mapXToTime(x);
    // No more precision than a pixel holds: whole minutes when a pixel is 30 s or more.
    const TimeMs shownTime = m_axis.msPerPixel() >= 30.0 * kMsPerSecond ? floorDiv(t, kMsPerMinute) * kMsPerMinute : t;
    QString text = formatShortTime(shownTime, zone);
    const TimeMs i = floorDiv(t - m_histFrom, m_bucketWidth);
    if (i >= 0 && i < static_cast<TimeMs>(m_buckets.size()))
        text += QStringLiteral("   ") + formatBucketSummary(m_buckets[static_cast<std::size_t>(i)], zone);
    m_hover->showAt(x, plot, text);
}

void TimelineWidget::hideHover()
{
    m_hover->hide();
}

void TimelineWidget::paintChart(QPainter *painter, const QRectF &target)
{
    const bool hover = m_hover->isVisible();
    const bool band = m_rubberBand->isVisible();
    m_hover->hide();
    m_rubberBand->hide();
    scene()->render(painter, target, QRectF(QPointF(0, 0), QSizeF(size())), Qt::IgnoreAspectRatio);
    m_hover->setVisible(hover);
    m_rubberBand->setVisible(band);
}

QImage TimelineWidget::renderImage(qreal devicePixelRatio)
{
    const QSize imageSize = size();
    QImage image(imageSize * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(&painter, QRectF(QPointF(0, 0), QSizeF(imageSize)));
    return image;
}

std::int64_t TimelineWidget::shownEventCount() const
{
    double sum = 0;
    for (const QBarSet *set : m_sets)
        sum += set->sum();
    return std::llround(sum);
}

std::int64_t TimelineWidget::shownEventCount(EventKind kind) const
{
    return std::llround(m_sets[static_cast<std::size_t>(kind)]->sum());
}

QStringList TimelineWidget::timeLabels() const
{
    QStringList labels = m_timeAxis->categoriesLabels();
    for (QString &label : labels)
        label.remove(QChar(0x200B));
    return labels;
}

QString TimelineWidget::timeAxisTitle() const
{
    return m_timeAxis->titleText();
}

QString TimelineWidget::exposureAxisTitle() const
{
    return m_exposureAxis->titleText();
}

QString TimelineWidget::countAxisTitle() const
{
    return m_countAxis->titleText();
}

QList<TimelineWidget::MilestoneShown> TimelineWidget::milestonesShown() const
{
    QList<MilestoneShown> list;
    for (const MilestoneMarkers::Shown &s : m_milestones->shown())
        list.push_back({s.title, s.text, s.box, s.lineX});
    return list;
}

double TimelineWidget::cursorX() const
{
    return m_cursor->place() == CursorItem::Place::At ? m_cursor->cursorX() : -1;
}

QString TimelineWidget::hoverText() const
{
    return m_hover->text();
}

} // namespace cascade
