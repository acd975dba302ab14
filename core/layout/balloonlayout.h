// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/layoutgraph.h"

#include <QPointF>
#include <QSizeF>

#include <functional>
#include <vector>

namespace cascade {

// Cascade's own layout for large cases ("balloon"), in about linear time: each tree of
// the backbone (LayoutGraph::Node::treeParent) is drawn as nested balloons. An actor
// sits near the middle of its balloon, the balloons of the actors that entered through
// it packed tightly around it (smallest first: its audience forms a disc around it and
// larger sub-balloons settle outside), recursively; the trees' balloons are packed in
// rows, the origin's first. Circles are packed with the front-chain
// algorithm of Wang, Wang, Dai and Wang ("Visualization of large hierarchical data by
// circle packing", CHI 2006, as in d3-hierarchy's packSiblings), so the picture's area
// grows with the number of actors rather than with their sum of diameters, and hubs with
// their audience show up as discs instead of a hairball.
//
// `sizes` gives each actor's box (its circle has half the box's diagonal as radius);
// `gap` the clearance between circles. Returns a centre per actor, the top-left of the
// picture at (0, 0), or nothing when `cancelled` returned true (polled every few
// thousand actors).
std::vector<QPointF> balloonLayout(const LayoutGraph &graph, const std::vector<QSizeF> &sizes, double gap,
                                   const std::function<bool()> &cancelled = {});

// Front-chain circle packing (exposed for tests): moves the circles so that none
// overlaps another, each tangent to earlier ones, the first near the middle.
struct PackCircle {
    double x = 0;
    double y = 0;
    double r = 0;
};
void packCircles(std::vector<PackCircle> &circles);
// A circle containing all the circles (close to the smallest one).
PackCircle enclosingCircle(const std::vector<PackCircle> &circles);

} // namespace cascade
