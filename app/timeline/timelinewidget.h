// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/event.h"
#include "core/model/time.h"
#include "core/timeline/histogram.h"
#include "core/timeline/timeaxis.h"

#include <QChartView>
#include <QImage>
#include <QList>
#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

class QAction;
class QBarSet;
class QCategoryAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

namespace cascade {

class CaseDocument;
class CursorItem;
class HoverMarker;
class MilestoneMarkers;
class ZoomStack;

// The timeline chart (Qt Charts is only the drawing adapter; the time maths is
// core/timeline's): stacked event volume per time bucket by kind, the bucket width
// adapting to the zoom (niceBucketWidth); the cumulative potential exposure (an upper
// bound) on a second y axis; milestones as labelled dashed lines; the cursor as a
// vertical line, with the future shaded. Times are labelled in the case's display zone,
// named in the axis title.
//
// Mouse: press or drag anywhere to scrub (the document cursor follows the mouse);
// Shift- or Ctrl-drag to zoom into a time range; the wheel zooms around the mouse;
// click a milestone title to jump to it; hover to read the time. Moving the cursor only
// moves the cursor line: the series are rebuilt when the visible range changes.
class TimelineWidget : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineWidget(CaseDocument *document, QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // The zoom history, with its Zoom Back and Full Range actions.
    ZoomStack *zoomStack() const { return m_zoom; }
    // Zooms in (half the span) around the cursor.
    QAction *zoomInAction() const { return m_zoomIn; }
    // Zoom In, Zoom Back, Full Range.
    QList<QAction *> zoomActions() const;
    // Shows [start, end] (clamped to the case), pushing it onto the zoom history.
    void zoomToRange(TimeMs start, TimeMs end);

    // The visible range mapped onto the plot area (widget coordinates).
    const TimeAxis &timeAxis() const { return m_axis; }
    QRectF plotRect() const;
    TimeMs bucketWidth() const { return m_bucketWidth; }

    // What the chart shows (tests, export): the sum of the bars; the buckets; the time
    // axis labels and title; the exposure axis title; the milestone titles as drawn;
    // the x of the cursor line (-1 when the cursor is outside the view); the hover text.
    std::int64_t shownEventCount() const;
    std::int64_t shownEventCount(EventKind kind) const;
    const std::vector<HistogramBucket> &buckets() const { return m_buckets; }
    QStringList timeLabels() const;
    QString timeAxisTitle() const;
    QString exposureAxisTitle() const;
    QString countAxisTitle() const;
    struct MilestoneShown {
        QString title;
        QString text; // as drawn; elided, or empty when left out
        QRectF box;   // widget coordinates
        double lineX = 0;
    };
    QList<MilestoneShown> milestonesShown() const;
    double cursorX() const;
    QString hoverText() const;
    // Paints the chart as shown (without the hover and rubber band) into `target`, at
    // any scale: for export and screenshots. (QWidget::render into a 2x image draws only
    // the top-left quarter of a chart view; this renders its scene.)
    void paintChart(QPainter *painter, const QRectF &target);
    // The chart at its current size into a new image, at `devicePixelRatio` (2: twice
    // as many pixels each way, as sharp as on a high-density screen).
    QImage renderImage(qreal devicePixelRatio = 1.0);

    // The selected cascade's events per bar (the whole cascade, drawn as a step line over
    // the bars); empty when no cascade is selected or its tree is not there yet.
    const std::vector<std::int32_t> &cascadeVolume() const { return m_cascadeCounts; }

    // How many times the series were rebuilt (a cursor move must not rebuild them).
    int rebuildCount() const { return m_rebuilds; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void createChart();
    void caseReset();
    void applyZoom();
    void rebuild();
    void fillBars(TimeMs from, TimeMs to);
    void fillExposure();
    void fillCascadeVolume();
    void fillTimeAxis();
    void plotAreaChanged();
    void updateCursor();
    void followCursor();
    void showHover(double x);
    void hideHover();
    void scrubTo(double x);
    // The bucket width and tick step for the view at the current widget width.
    TimeMs chooseBucketWidth() const;
    TimeMs chooseTickStep() const;
    double xValue(TimeMs t) const; // chart x of time t (bucket units)
    QPointF toScene(const QPoint &viewPos) const;

    CaseDocument *m_document;
    ZoomStack *m_zoom;
    QAction *m_zoomIn;
    QChart *m_chart;
    QStackedBarSeries *m_bars = nullptr;
    std::array<QBarSet *, 5> m_sets{};
    QLineSeries *m_exposure = nullptr;
    QLineSeries *m_cascadeVolume = nullptr;
    std::vector<std::int32_t> m_cascadeCounts;
    QCategoryAxis *m_timeAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QCategoryAxis *m_exposureAxis = nullptr;
    std::unique_ptr<MilestoneMarkers> m_milestones;
    CursorItem *m_cursor = nullptr;
    std::unique_ptr<HoverMarker> m_hover;
    QGraphicsRectItem *m_rubberBand = nullptr;
    QGraphicsSimpleTextItem *m_emptyText = nullptr;

    TimeAxis m_axis;
    std::vector<HistogramBucket> m_buckets;
    TimeMs m_histFrom = 0;
    TimeMs m_bucketWidth = kMsPerMinute;
    TimeMs m_tickStep = kMsPerHour;
    int m_milestoneRows = -1;
    int m_rebuilds = 0;
    enum class Drag { None, Scrub, Zoom } m_drag = Drag::None;
    double m_dragStartX = 0;
};

} // namespace cascade
