// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/layoutresult.h"

#include <vector>

namespace cascade {

// What Graphviz computed, copied out of its structures as plain numbers, in Graphviz's
// own units: points, y up, relative to the graph's bounding box (GD_bb), which need not
// start at 0; node sizes in inches (ND_width, ND_height). Nothing here includes Graphviz.
struct GraphvizRaw {
    struct Point {
        double x = 0;
        double y = 0;
    };
    struct Bezier { // one entry of ED_spl(e)->list
        std::vector<Point> points; // 1 + 3k
        bool hasStartArrow = false; // sflag, tip at sp
        Point startTip;
        bool hasEndArrow = false;   // eflag, tip at ep
        Point endTip;
    };
    struct Node {
        bool laidOut = false; // false: the actor was not given to Graphviz
        Point centre;         // ND_coord
        double widthInches = 0;
        double heightInches = 0;
    };
    struct Edge {
        int tail = -1; // index into nodes
        int head = -1;
        std::vector<Bezier> beziers; // empty: Graphviz drew no curve (splines=none)
    };
    Point lowerLeft; // GD_bb(g).LL
    Point upperRight; // GD_bb(g).UR
    std::vector<Node> nodes;
    std::vector<Edge> edges;
};

// The one conversion from Graphviz's coordinates to scene coordinates (points, y down,
// origin at the top left of Graphviz's bounding box):
//   x' = x - LL.x,  y' = UR.y - y,  sizes in inches * 72.
// Applied to node centres and sizes and to every point of every Bézier of every edge,
// arrow tips included. QGVCore forgot the LL offset and all beziers but the first.
QPointF graphvizToScene(const GraphvizRaw &raw, GraphvizRaw::Point p);

// Converts a whole Graphviz result. Nodes not laid out by Graphviz keep the centre
// (0, 0) and size (0, 0) for the caller to place. Each converted edge is oriented from
// `tail` to `head` (Graphviz may emit a reversed spline for a back edge in dot: the
// chain is reversed, and its arrows with it, when its start lies nearer the head).
struct GraphvizScene {
    std::vector<QPointF> centres; // by index of GraphvizRaw::nodes
    std::vector<QSizeF> sizes;
    std::vector<bool> placed;
    struct Edge {
        int tail = -1;
        int head = -1;
        std::vector<BezierChain> curves;
        bool hasHeadArrow = false;
        QPointF headTip;
        bool hasTailArrow = false;
        QPointF tailTip;
    };
    std::vector<Edge> edges;
    QRectF bounds; // Graphviz's bounding box in scene coordinates
};
GraphvizScene convertGraphvizLayout(const GraphvizRaw &raw);

} // namespace cascade
