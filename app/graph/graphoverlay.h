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
    // The rectangles painted (widget coordinates), for tests.
    QRectF legendRect() const;
    QRectF timeRect() const;
    QString timeText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QFont overlayFont() const;
    const GraphLegend &legend() const;

    GraphScene *m_scene;
    mutable std::optional<GraphLegend> m_legend; // built on demand, dropped when it changes
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
