// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/balloonlayout.h"

#include "core/layout/componentpacking.h"

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdint>
#include <numeric>
#include <span>
#include <tuple>

namespace cascade {

namespace {

// Places c tangent to a and b (d3-hierarchy's place()).
void place(const PackCircle &b, const PackCircle &a, PackCircle &c)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double d2 = dx * dx + dy * dy;
    if (d2 > 0) {
        double a2 = a.r + c.r;
        a2 *= a2;
        double b2 = b.r + c.r;
        b2 *= b2;
        if (a2 > b2) {
            const double x = (d2 + b2 - a2) / (2 * d2);
            const double y = std::sqrt(std::max(0.0, b2 / d2 - x * x));
            c.x = b.x - x * dx - y * dy;
            c.y = b.y - x * dy + y * dx;
        } else {
            const double x = (d2 + a2 - b2) / (2 * d2);
            const double y = std::sqrt(std::max(0.0, a2 / d2 - x * x));
            c.x = a.x + x * dx - y * dy;
            c.y = a.y + x * dy + y * dx;
        }
    } else {
        c.x = a.x + c.r;
        c.y = a.y;
    }
}

bool intersects(const PackCircle &a, const PackCircle &b)
{
    const double dr = a.r + b.r - 1e-6;
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    return dr > 0 && dr * dr > dx * dx + dy * dy;
}

// Children lists of the backbone and a breadth-first order, roots first.
struct Forest {
    std::vector<int> offsets; // n + 1
    std::vector<ActorId> children;
    std::vector<ActorId> order;
    std::size_t rootCount = 0;

    std::span<ActorId> childrenOf(ActorId a)
    {
        const auto i = static_cast<std::size_t>(a);
        return {children.data() + offsets[i], children.data() + offsets[i + 1]};
    }
};

Forest buildForest(const LayoutGraph &g)
{
    const std::size_t n = g.nodes.size();
    Forest f;
    f.offsets.assign(n + 1, 0);
    for (const LayoutGraph::Node &node : g.nodes)
        if (node.treeParent != kNoActor)
            ++f.offsets[static_cast<std::size_t>(node.treeParent) + 1];
    std::partial_sum(f.offsets.begin(), f.offsets.end(), f.offsets.begin());
    f.children.resize(static_cast<std::size_t>(f.offsets[n]));
    std::vector<int> fill(f.offsets.begin(), f.offsets.end() - 1);
    for (std::size_t a = 0; a < n; ++a)
        if (const ActorId p = g.nodes[a].treeParent; p != kNoActor)
            f.children[static_cast<std::size_t>(fill[static_cast<std::size_t>(p)]++)] = static_cast<ActorId>(a);
    f.order.reserve(n);
    for (std::size_t a = 0; a < n; ++a)
        if (g.nodes[a].treeParent == kNoActor)
            f.order.push_back(static_cast<ActorId>(a));
    f.rootCount = f.order.size();
    for (std::size_t head = 0; head < f.order.size(); ++head)
        for (ActorId c : f.childrenOf(f.order[head]))
            f.order.push_back(c);
    return f;
}

} // namespace

void packCircles(std::vector<PackCircle> &circles)
{
    const std::size_t n = circles.size();
    if (n == 0)
        return;
    circles[0].x = circles[0].y = 0;
    if (n == 1)
        return;
    circles[0].x = -circles[1].r;
    circles[1].x = circles[0].r;
    circles[1].y = 0;
    if (n == 2)
        return;
    place(circles[1], circles[0], circles[2]);

    // The front chain: a circular doubly linked list over circle indexes.
    std::vector<std::size_t> next(n), previous(n);
    std::size_t a = 0, b = 1, c = 2;
    next[a] = b, previous[b] = a;
    next[b] = c, previous[c] = b;
    next[c] = a, previous[a] = c;
    auto score = [&](std::size_t i) {
        const PackCircle &p = circles[i];
        const PackCircle &q = circles[next[i]];
        const double ab = p.r + q.r;
        const double dx = (p.x * q.r + q.x * p.r) / ab;
        const double dy = (p.y * q.r + q.y * p.r) / ab;
        return dx * dx + dy * dy;
    };
    for (std::size_t i = 3; i < n; ++i) {
        place(circles[a], circles[b], circles[i]);
        // The intersecting chain circle nearest along the chain, if any.
        std::size_t j = next[b], k = previous[a];
        double sj = circles[b].r, sk = circles[a].r;
        bool retry = false;
        do {
            if (sj <= sk) {
                if (intersects(circles[j], circles[i])) {
                    b = j, next[a] = b, previous[b] = a;
                    retry = true;
                    break;
                }
                sj += circles[j].r, j = next[j];
            } else {
                if (intersects(circles[k], circles[i])) {
                    a = k, next[a] = b, previous[b] = a;
                    retry = true;
                    break;
                }
                sk += circles[k].r, k = previous[k];
            }
        } while (j != next[k]);
        if (retry) {
            --i;
            continue;
        }
        // Insert i between a and b; the new pair is the one closest to the centre.
        previous[i] = a, next[i] = b, next[a] = i, previous[b] = i, b = i;
        double best = score(a);
        for (std::size_t x = next[b]; x != b; x = next[x]) {
            if (const double s = score(x); s < best) {
                a = x;
                best = s;
            }
        }
        b = next[a];
    }
}

PackCircle enclosingCircle(const std::vector<PackCircle> &circles)
{
    if (circles.empty())
        return {};
    double left = circles[0].x - circles[0].r, right = circles[0].x + circles[0].r;
    double top = circles[0].y - circles[0].r, bottom = circles[0].y + circles[0].r;
    for (const PackCircle &c : circles) {
        left = std::min(left, c.x - c.r);
        right = std::max(right, c.x + c.r);
        top = std::min(top, c.y - c.r);
        bottom = std::max(bottom, c.y + c.r);
    }
    // From the bounding box's centre, Bădoiu-Clarkson steps: move 1/(k+2) of the way
    // towards the farthest circle's outer point; keep the best centre seen.
    double x = (left + right) / 2, y = (top + bottom) / 2;
    PackCircle best{x, y, std::numeric_limits<double>::max()};
    for (int step = 0; step < 16; ++step) {
        const PackCircle *far = nullptr;
        double farthest = -1;
        for (const PackCircle &c : circles)
            if (const double d = std::hypot(c.x - x, c.y - y) + c.r; d > farthest) {
                farthest = d;
                far = &c;
            }
        if (farthest < best.r)
            best = {x, y, farthest};
        const double dx = far->x - x, dy = far->y - y;
        const double length = std::hypot(dx, dy);
        if (length < 1e-9)
            break;
        const double px = far->x + dx / length * far->r, py = far->y + dy / length * far->r;
        x += (px - x) / (step + 2);
        y += (py - y) / (step + 2);
    }
    return best;
}

namespace {

// Calls f(i, j) once for each pair of points closer than `cell` (found through a grid
// of cells that size, points sorted by cell).
class NearPairs
{
public:
    template<typename F>
    void run(const std::vector<QPointF> &p, double cell, F &&f)
    {
        const std::size_t m = p.size();
        m_keys.resize(m);
        m_order.resize(m);
        for (std::size_t i = 0; i < m; ++i)
            m_keys[i] = key(p[i], cell, 0, 0);
        std::iota(m_order.begin(), m_order.end(), 0);
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            return std::tie(m_keys[static_cast<std::size_t>(a)], a) < std::tie(m_keys[static_cast<std::size_t>(b)], b);
        });
        const double limit = cell * cell;
        auto visit = [&](int a, int b) {
            const QPointF d = p[static_cast<std::size_t>(a)] - p[static_cast<std::size_t>(b)];
            if (d.x() * d.x() + d.y() * d.y() < limit)
                f(a, b);
        };
        static constexpr int kForward[4][2] = {{1, 0}, {-1, 1}, {0, 1}, {1, 1}};
        for (std::size_t s = 0; s < m;) {
            const std::uint64_t here = m_keys[static_cast<std::size_t>(m_order[s])];
            std::size_t e = s;
            while (e < m && m_keys[static_cast<std::size_t>(m_order[e])] == here)
                ++e;
            for (std::size_t x = s; x < e; ++x)
                for (std::size_t y = x + 1; y < e; ++y)
                    visit(m_order[x], m_order[y]);
            const QPointF at = p[static_cast<std::size_t>(m_order[s])];
            for (const auto &off : kForward) {
                const std::uint64_t k = key(at, cell, off[0], off[1]);
                auto lo = std::lower_bound(m_order.begin(), m_order.end(), k,
                                           [&](int a, std::uint64_t v) { return m_keys[static_cast<std::size_t>(a)] < v; });
                for (auto it = lo; it != m_order.end() && m_keys[static_cast<std::size_t>(*it)] == k; ++it)
                    for (std::size_t x = s; x < e; ++x)
                        visit(m_order[x], *it);
            }
            s = e;
        }
    }

private:
    static std::uint64_t key(QPointF q, double cell, std::int64_t dx, std::int64_t dy)
    {
        const auto cx = static_cast<std::int64_t>(std::floor(q.x() / cell)) + dx;
        const auto cy = static_cast<std::int64_t>(std::floor(q.y() / cell)) + dy;
        return (static_cast<std::uint64_t>(cy + (std::int64_t(1) << 31)) << 32)
            | static_cast<std::uint32_t>(cx + (std::int64_t(1) << 31));
    }
    std::vector<std::uint64_t> m_keys;
    std::vector<int> m_order;
};

// A fixed direction for two points that coincide, so that the result stays deterministic.
QPointF apart(int a)
{
    return QPointF(std::cos(a * 2.399963), std::sin(a * 2.399963));
}

// Fruchterman-Reingold steps with grid-limited repulsion (Fruchterman and Reingold,
// Software: Practice and Experience 21(11), 1991, the "grid variant"): springs along the
// backbone edges (force d^2 / k), repulsion k^2 / d between actors closer than 2k,
// displacements capped by a temperature that falls linearly to zero; then a few passes
// that pull apart actors closer than `minimum`. Deterministic: fixed order, no random
// numbers. `members` are the actors of one tree.
void relax(std::vector<QPointF> &pos, const std::vector<ActorId> &members, const LayoutGraph &graph, double k,
           double minimum, int iterations, const std::function<bool()> &stopNow)
{
    const std::size_t m = members.size();
    if (m < 3)
        return;
    std::vector<QPointF> p(m), disp(m);
    std::vector<std::pair<int, int>> springs;
    {
        std::vector<std::pair<ActorId, int>> index(m);
        for (std::size_t i = 0; i < m; ++i) {
            p[i] = pos[static_cast<std::size_t>(members[i])];
            index[i] = {members[i], static_cast<int>(i)};
        }
        std::sort(index.begin(), index.end());
        for (std::size_t i = 0; i < m; ++i) {
            const ActorId parent = graph.nodes[static_cast<std::size_t>(members[i])].treeParent;
            const auto it = std::lower_bound(index.begin(), index.end(), std::pair<ActorId, int>(parent, -1));
            if (parent != kNoActor && it != index.end() && it->first == parent)
                springs.emplace_back(static_cast<int>(i), it->second);
        }
    }
    double x0 = p[0].x(), x1 = x0, y0 = p[0].y(), y1 = y0;
    for (const QPointF &q : p) {
        x0 = std::min(x0, q.x()), x1 = std::max(x1, q.x());
        y0 = std::min(y0, q.y()), y1 = std::max(y1, q.y());
    }
    double extent = std::max(x1 - x0, y1 - y0);
    // Start from the balloons shrunk towards their centre to about the area the actors
    // need: the springs then have little to pull and the repulsion spreads what
    // overlaps.
    const double needed = 3.5 * std::sqrt(static_cast<double>(m)) * k;
    if (extent > needed) {
        const double factor = needed / extent;
        const QPointF middle = p[0];
        for (QPointF &q : p)
            q = middle + (q - middle) * factor;
        extent = needed;
    }
    const double hot = std::max(k, extent / 10);
    NearPairs near;
    for (int it = 0; it < iterations; ++it) {
        if (stopNow && stopNow())
            return;
        const double t = hot * (1.0 - static_cast<double>(it) / iterations);
        std::fill(disp.begin(), disp.end(), QPointF());
        near.run(p, 2 * k, [&](int a, int b) {
            const auto ai = static_cast<std::size_t>(a), bi = static_cast<std::size_t>(b);
            QPointF d = p[ai] - p[bi];
            double dist = std::hypot(d.x(), d.y());
            if (dist < 1e-6) {
                d = apart(a) * 1e-3;
                dist = 1e-3;
            }
            const QPointF f = d / dist * (k * k / dist);
            disp[ai] += f;
            disp[bi] -= f;
        });
        for (const auto &[a, b] : springs) {
            const auto ai = static_cast<std::size_t>(a), bi = static_cast<std::size_t>(b);
            const QPointF d = p[ai] - p[bi];
            const double dist = std::hypot(d.x(), d.y());
            if (dist < 1e-9)
                continue;
            const QPointF f = d / dist * (dist * dist / k);
            disp[ai] -= f;
            disp[bi] += f;
        }
        for (std::size_t i = 0; i < m; ++i) {
            const double length = std::hypot(disp[i].x(), disp[i].y());
            if (length > 1e-9)
                p[i] += disp[i] / length * std::min(length, t);
        }
    }
    // Separation: each pair closer than `minimum` moves apart by half the shortfall.
    for (int pass = 0; pass < 4; ++pass) {
        if (stopNow && stopNow())
            return;
        std::fill(disp.begin(), disp.end(), QPointF());
        bool any = false;
        near.run(p, minimum, [&](int a, int b) {
            const auto ai = static_cast<std::size_t>(a), bi = static_cast<std::size_t>(b);
            QPointF d = p[ai] - p[bi];
            double dist = std::hypot(d.x(), d.y());
            if (dist < 1e-6) {
                d = apart(a);
                dist = 1;
            }
            const QPointF push = d / dist * ((minimum - dist) / 2);
            disp[ai] += push;
            disp[bi] -= push;
            any = true;
        });
        for (std::size_t i = 0; i < m; ++i)
            p[i] += disp[i];
        if (!any)
            break;
    }
    for (std::size_t i = 0; i < m; ++i)
        pos[static_cast<std::size_t>(members[i])] = p[i];
}

} // namespace

std::vector<QPointF> balloonLayout(const LayoutGraph &graph, const std::vector<QSizeF> &sizes, double gap,
                                   const std::function<bool()> &cancelled)
{
    constexpr double kPi = 3.14159265358979323846;
    const double goldenAngle = kPi * (3.0 - std::sqrt(5.0));
    const std::size_t n = graph.nodes.size();
    Forest forest = buildForest(graph);
    if (forest.order.size() != n)
        return {}; // the backbone has a cycle (buildLayoutGraph never makes one)
    auto stop = [&](std::size_t i) { return (i & 2047) == 0 && cancelled && cancelled(); };
    auto isLeaf = [&](ActorId a) { return forest.childrenOf(a).empty(); };

    // Bottom-up, in each actor's own frame (the actor at the origin): where its
    // children sit (`place`, and for branches the rotation `turn` that makes the child
    // face it), and its balloon: radius and the actor's offset from the balloon's centre.
    std::vector<double> radius(n, 0);
    std::vector<QPointF> self(n);  // the actor relative to its balloon's centre
    std::vector<QPointF> place(n); // a leaf's position, or a branch balloon's centre
    std::vector<double> turn(n, 0);
    std::vector<PackCircle> circles;
    for (std::size_t i = n; i-- > 0;) {
        if (stop(i))
            return {};
        const ActorId v = forest.order[i];
        const auto vi = static_cast<std::size_t>(v);
        const double own = std::hypot(sizes[vi].width(), sizes[vi].height()) / 2;
        std::span<ActorId> kids = forest.childrenOf(v);
        // Leaves, by appearance, on a sunflower spiral clear of the actor.
        std::stable_sort(kids.begin(), kids.end(), [&](ActorId x, ActorId y) {
            const auto xi = static_cast<std::size_t>(x), yi = static_cast<std::size_t>(y);
            return std::tuple(!isLeaf(x), graph.nodes[xi].firstTime, x) < std::tuple(!isLeaf(y), graph.nodes[yi].firstTime, y);
        });
        double leafRadius = 0;
        std::size_t leaves = 0;
        while (leaves < kids.size() && isLeaf(kids[leaves])) {
            const auto ci = static_cast<std::size_t>(kids[leaves]);
            leafRadius = std::max(leafRadius, std::hypot(sizes[ci].width(), sizes[ci].height()) / 2);
            ++leaves;
        }
        double disc = own + gap / 2;
        if (leaves > 0) {
            const double cell = (2 * leafRadius + gap) * (2 * leafRadius + gap) * 1.15;
            const double first = kPi * (own + leafRadius + gap) * (own + leafRadius + gap) / cell;
            for (std::size_t k = 0; k < leaves; ++k) {
                const double distance = std::sqrt((static_cast<double>(k) + first) * cell / kPi);
                const double angle = static_cast<double>(k) * goldenAngle;
                place[static_cast<std::size_t>(kids[k])] = QPointF(std::cos(angle), std::sin(angle)) * distance;
                disc = std::max(disc, distance + leafRadius + gap / 2);
            }
        }
        if (leaves == kids.size()) {
            radius[vi] = disc;
            continue;
        }
        // Branches: their balloons packed around the disc, largest first.
        std::span<ActorId> branches = kids.subspan(leaves);
        std::sort(branches.begin(), branches.end(), [&](ActorId x, ActorId y) {
            const auto xi = static_cast<std::size_t>(x), yi = static_cast<std::size_t>(y);
            return std::tuple(-radius[xi], graph.nodes[xi].firstTime, x) < std::tuple(-radius[yi], graph.nodes[yi].firstTime, y);
        });
        circles.assign(branches.size() + 1, PackCircle{});
        circles[0].r = disc;
        for (std::size_t k = 0; k < branches.size(); ++k)
            circles[k + 1].r = radius[static_cast<std::size_t>(branches[k])] + gap / 2;
        packCircles(circles);
        const QPointF origin(circles[0].x, circles[0].y);
        for (std::size_t k = 0; k < branches.size(); ++k) {
            const auto ci = static_cast<std::size_t>(branches[k]);
            const QPointF centre = QPointF(circles[k + 1].x, circles[k + 1].y) - origin;
            place[ci] = centre;
            // Turn the branch so that its actor faces v: self[ci] must point back at v.
            if (std::hypot(self[ci].x(), self[ci].y()) > 1e-9)
                turn[ci] = std::atan2(-centre.y(), -centre.x()) - std::atan2(self[ci].y(), self[ci].x());
        }
        const PackCircle e = enclosingCircle(circles);
        radius[vi] = e.r;
        self[vi] = origin - QPointF(e.x, e.y);
    }

    // Top-down: positions in each tree's frame (its balloon centred at (0, 0)).
    std::vector<QPointF> centre(n);
    std::vector<double> angle(n, 0);
    std::vector<std::size_t> treeOf(n, 0);
    auto rotate = [](QPointF p, double a) {
        const double c = std::cos(a), s = std::sin(a);
        return QPointF(c * p.x() - s * p.y(), s * p.x() + c * p.y());
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (stop(i))
            return {};
        const ActorId v = forest.order[i];
        const auto vi = static_cast<std::size_t>(v);
        const ActorId p = graph.nodes[vi].treeParent;
        if (p == kNoActor) {
            centre[vi] = self[vi];
            treeOf[vi] = i;
            continue;
        }
        const auto pi = static_cast<std::size_t>(p);
        treeOf[vi] = treeOf[pi];
        const QPointF at = centre[pi] + rotate(place[vi], angle[pi]);
        if (isLeaf(v)) {
            centre[vi] = at;
        } else {
            angle[vi] = angle[pi] + turn[vi];
            centre[vi] = at + rotate(self[vi], angle[vi]);
        }
    }

    // Relax each tree with a short force-directed pass, which pulls the balloons'
    // empty space in (the picture shrinks by a factor of about four) and keeps
    // actors apart.
    const std::size_t trees = forest.rootCount;
    std::vector<std::vector<ActorId>> members(trees);
    for (std::size_t i = 0; i < n; ++i)
        members[treeOf[static_cast<std::size_t>(forest.order[i])]].push_back(forest.order[i]);
    double k = 0;
    for (const QSizeF &size : sizes)
        k = std::max(k, std::hypot(size.width(), size.height()));
    k += gap;
    for (const std::vector<ActorId> &tree : members) {
        if (cancelled && cancelled())
            return {};
        relax(centre, tree, graph, k, k - gap / 2, 30, cancelled);
    }

    // The trees in rows: the origin's first, then the larger, then active before
    // never-active actors.
    std::vector<QRectF> boxes(trees);
    for (std::size_t t = 0; t < trees; ++t)
        for (std::size_t j = 0; j < members[t].size(); ++j) {
            const auto a = static_cast<std::size_t>(members[t][j]);
            const QRectF r(centre[a] - QPointF(sizes[a].width(), sizes[a].height()) / 2, sizes[a]);
            boxes[t] = j == 0 ? r : boxes[t].united(r);
        }
    std::vector<std::size_t> rank(trees);
    std::iota(rank.begin(), rank.end(), 0);
    auto key = [&](std::size_t t) {
        const ActorId root = forest.order[t];
        const auto ri = static_cast<std::size_t>(root);
        return std::tuple(root != graph.origin, !graph.nodes[ri].active, -static_cast<std::int64_t>(members[t].size()),
                          graph.nodes[ri].firstTime, root);
    };
    std::sort(rank.begin(), rank.end(), [&](std::size_t x, std::size_t y) { return key(x) < key(y); });
    std::vector<QSizeF> packSizes;
    packSizes.reserve(trees);
    for (std::size_t t : rank)
        packSizes.push_back(boxes[t].size());
    const std::vector<QPointF> corners = packInRows(packSizes, 3 * gap);
    std::vector<QPointF> shift(trees);
    for (std::size_t j = 0; j < trees; ++j)
        shift[rank[j]] = corners[j] - boxes[rank[j]].topLeft();
    for (std::size_t a = 0; a < n; ++a)
        centre[a] += shift[treeOf[a]];
    return centre;
}

} // namespace cascade
