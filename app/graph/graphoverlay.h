// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/graph/graphlegend.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cascade {

class GraphScene;

// What the graph view shows over the graph at a fixed place whatever the zoom: the
// legend (top left) and the time as of which the graph is drawn, in the case's display
// zone (top right). Transparent to the mouse.
class GraphOverlay : public QWidget
{
    Q_OBJECT
public:
    GraphOverlay(GraphScene *scene, QWidget *parent);

    void setLegendVisible(bool visible);
    bool legendVisible() const { return m_legendVisible; }
    // A column down the left (the default), or a row along the top: GraphView picks the
    // one that leaves the graph more room.
    void setLegendArrangement(GraphLegend::Arrangement arrangement);
    GraphLegend::Arrangement legendArrangement() const { return m_arrangement; }
    // The rectangles painted (widget coordinates), for tests; the legend's as it is
    // arranged, or would be.
    QRectF legendRect() const { return legendRect(m_arrangement); }
    QRectF legendRect(GraphLegend::Arrangement arrangement) const;
    QRectF timeRect() const { return timeRect(m_arrangement); }
    QRectF timeRect(GraphLegend::Arrangement arrangement) const;
    QString timeText() const { return timeText(m_arrangement); }
    QString timeText(GraphLegend::Arrangement arrangement) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QFont overlayFont() const;
    const GraphLegend &legend(GraphLegend::Arrangement arrangement) const;

    GraphScene *m_scene;
    // Built on demand, dropped when it changes: one per arrangement.
    mutable std::optional<GraphLegend> m_legend[2];
    GraphLegend::Arrangement m_arrangement = GraphLegend::Arrangement::Column;
    bool m_legendVisible = true;
    QRectF m_lastTimeRect;
};

// Progress of a layout run, with a Cancel button (top centre of the view).
class LayoutProgressPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LayoutProgressPanel(QWidget *parent);
    void setProgress(int permille, const QString &text);
    // Sizes the panel to its whole text, or to `maxWidth` with the text elided (the
    // whole text then in the tooltip); returns the size.
    QSize fitInto(int maxWidth);
    QString text() const { return m_full; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QString m_full;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace cascade
