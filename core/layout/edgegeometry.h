// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/layoutgraph.h"
#include "core/layout/layoutresult.h"

namespace cascade {

// Where the segment from a node's centre towards `toward` leaves the node's shape.
QPointF boundaryPoint(QPointF centre, QSizeF size, NodeShape shape, QPointF toward);

// Arrow length used for a layout's edges (points).
double arrowLength(const LayoutResult &result);

// The edge of `link` as a straight line between the two nodes' boundaries (one cubic
// segment), with an arrow at `to` and, for a link used both ways, at `from`.
LayoutEdge straightEdge(const LayoutGraph::Link &link, const LayoutResult &result);

// The same as a horizontal S-curve: it leaves the node on the side facing the other one
// and arrives horizontally (used where time or rank runs left to right). Nodes above one
// another get a straight edge.
LayoutEdge curvedEdge(const LayoutGraph::Link &link, const LayoutResult &result);

// Fills the edge attributes that come from the graph (count, kinds, times...).
void copyLinkAttributes(const LayoutGraph::Link &link, LayoutEdge &edge);
// The reverse: the graph link an edge was drawn for (to draw it again elsewhere).
LayoutGraph::Link linkOf(const LayoutEdge &edge);

} // namespace cascade
