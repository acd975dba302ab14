// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/interaction.h"
#include "core/model/time.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <cstdint>
#include <vector>

namespace cascade {

// One piece of an edge's curve: a chain of cubic Bézier segments given by 1 + 3k points
// (start, then control 1, control 2, end for each segment), in scene coordinates.
struct BezierChain {
    std::vector<QPointF> points;
    friend bool operator==(const BezierChain &, const BezierChain &) = default;
};

// The drawing of one actor pair: every interaction between the two actors, in either
// direction, aggregated into one edge (self-links are not drawn).
// The curve runs from `from` to `to`. When an arrow is drawn at an end, the curve stops
// at the arrow's base and the tip is given (Graphviz's convention): draw the curve, then
// a triangle from the curve's end to the tip.
struct LayoutEdge {
    ActorId from = kNoActor; // the sender of the pair's first message flow
    ActorId to = kNoActor;
    int count = 0;             // interactions aggregated into this edge
    std::uint8_t kinds = 0;    // bit (1 << InteractionKind) for each kind present
    bool bothWays = false;     // messages flowed to -> from as well
    bool inferredOnly = false; // every aggregated interaction is inferred
    bool backbone = false;     // joins an actor to its backbone parent (LayoutGraph::Node::treeParent):
                               // the edges compact layouts are built on; draw the others fainter
    TimeMs firstTime = 0;      // the pair's first interaction: the edge appears then
    std::vector<BezierChain> curves; // usually one; Graphviz may split an edge
    bool hasHeadArrow = false; // arrow at `to`
    QPointF headTip;
    bool hasTailArrow = false; // arrow at `from` (bothWays)
    QPointF tailTip;

    bool hasKind(InteractionKind k) const { return (kinds >> static_cast<int>(k)) & 1u; }
    // The first and last point of the curve (tips excluded).
    QPointF start() const;
    QPointF end() const;

    friend bool operator==(const LayoutEdge &, const LayoutEdge &) = default;
};

// A horizontal band of the swimlane layout: the actors of some roles.
struct SwimLane {
    QString label;              // e.g. "NGO", "Journalists and media"
    std::vector<RoleId> roles;  // the case's roles drawn in this lane (none in the "No role" lane)
    QRectF rect;                // scene coordinates
    int actorCount = 0;
    friend bool operator==(const SwimLane &, const SwimLane &) = default;
};

// How the swimlane layout maps time to x: x = x0 + (t - start) * (x1 - x0) / (end - start).
struct TimeScale {
    TimeMs start = 0;
    TimeMs end = 0;
    double x0 = 0;
    double x1 = 0;
    double xOf(TimeMs t) const;
    friend bool operator==(const TimeScale &, const TimeScale &) = default;
};

// The shape edges are clipped to: Box for labelled layouts (the box reserves room for
// the actor's marker and its label), Ellipse for compact ones (a dot per actor).
enum class NodeShape : std::uint8_t { Box, Ellipse };

// A finished layout, in scene coordinates (points, y down, origin at the top left of
// the bounding box unless pinned positions put it elsewhere). A plain value type: the
// GUI, the exporters and the case file read it; nothing in it refers to Graphviz.
struct LayoutResult {
    QString engine;            // what ran: "dot", "twopi", "neato", "sfdp", "balloon", "swimlane"
    std::uint64_t seed = 1;
    NodeShape shape = NodeShape::Box;
    bool compact = false;       // large-case mode: dots, straight aggregated edges
    std::vector<QPointF> centres; // per ActorId (every actor, also those never active)
    std::vector<QSizeF> sizes;    // per ActorId
    std::vector<LayoutEdge> edges;
    QRectF bounds;               // contains every node and every edge
    std::vector<SwimLane> lanes; // swimlane layout only
    TimeScale timeScale;         // swimlane layout only
    bool restored = false;       // rebuilt from a SavedLayout, no engine ran
    bool cancelled = false;
    QString error;               // why there is no layout (empty when ok)
    QString note;                // what the engine choice did, for the user
    double seconds = 0;          // wall time of the computation

    bool ok() const { return error.isEmpty() && !cancelled; }
    QRectF nodeRect(ActorId a) const;
    int actorCount() const { return static_cast<int>(centres.size()); }
};

// The smallest rectangle holding every node box, every curve point and every arrow tip.
QRectF computeBounds(const LayoutResult &result);

// A SHA-256 (hex) of the engine name and the centres and sizes rounded to 1/100 point:
// equal fingerprints mean the same positions (used to compare runs and processes).
QByteArray layoutFingerprint(const LayoutResult &result);

} // namespace cascade
