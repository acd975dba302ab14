// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/replayplan.h"

#include "core/model/case.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cascade {

namespace {

// The latest milestone at or before t, by time (milestones need not be stored in order).
int milestoneAt(const Case &c, TimeMs t)
{
    int best = -1;
    for (std::size_t i = 0; i < c.milestones.size(); ++i) {
        const TimeMs mt = c.milestones[i].time;
        if (mt <= t && (best < 0 || mt >= c.milestones[static_cast<std::size_t>(best)].time))
            best = static_cast<int>(i);
    }
    return best;
}

// Splits `total` into integers proportional to `weights` (largest remainders).
std::vector<long> apportion(long total, const std::vector<double> &weights)
{
    std::vector<long> out(weights.size(), 0);
    const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (sum <= 0 || total <= 0)
        return out;
    std::vector<std::pair<double, std::size_t>> remainders;
    long given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const double exact = static_cast<double>(total) * weights[i] / sum;
        out[i] = static_cast<long>(std::floor(exact));
        given += out[i];
        remainders.emplace_back(exact - std::floor(exact), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total && k < remainders.size(); ++k, ++given)
        ++out[remainders[k].second];
    return out;
}

} // namespace

std::vector<ReplayFrame> replayFrames(const Case &c, const ReplayPacing &pacing)
{
    const TimeMs from = std::min(pacing.from, pacing.to);
    const TimeMs to = std::max(pacing.from, pacing.to);
    const long count = std::max(1L, std::lround(std::max(0.0, pacing.seconds) * std::max(1, pacing.fps)));

    // The beats inside the range, in time order, one per distinct time.
    std::vector<TimeMs> beats;
    for (const Milestone &m : c.milestones)
        if (m.time >= from && m.time <= to)
            beats.push_back(m.time);
    std::sort(beats.begin(), beats.end());
    beats.erase(std::unique(beats.begin(), beats.end()), beats.end());

    long hold = beats.empty() ? 0 : std::lround(std::max(0.0, pacing.holdSeconds) * std::max(1, pacing.fps));
    if (!beats.empty())
        hold = std::min(hold, count / (2 * static_cast<long>(beats.size())));
    const long moving = count - hold * static_cast<long>(beats.size());

    // Stretches: from -> beat 1 -> ... -> beat k -> to; each ends at its beat (or `to`).
    std::vector<TimeMs> ends = beats;
    if (ends.empty() || ends.back() != to)
        ends.push_back(to);
    std::vector<double> weights;
    TimeMs start = from;
    for (const TimeMs end : ends) {
        const double length = static_cast<double>(end - start);
        weights.push_back(length <= 0 ? 0.0 : pacing.mode == ReplayPacing::Mode::RealTime ? length : 1.0);
        start = end;
    }
    if (std::all_of(weights.begin(), weights.end(), [](double w) { return w <= 0; }))
        weights.back() = 1; // a range of one instant: every moving frame is at `to`
    const std::vector<long> frames = apportion(moving, weights);

    std::vector<ReplayFrame> out;
    out.reserve(static_cast<std::size_t>(count));
    start = from;
    for (std::size_t s = 0; s < ends.size(); ++s) {
        const TimeMs end = ends[s];
        for (long i = 1; i <= frames[s]; ++i) {
            const double f = static_cast<double>(i) / static_cast<double>(frames[s]);
            const TimeMs t = start + static_cast<TimeMs>(std::llround(f * static_cast<double>(end - start)));
            out.push_back({t, milestoneAt(c, t), false});
        }
        if (std::binary_search(beats.begin(), beats.end(), end))
            for (long i = 0; i < hold; ++i)
                out.push_back({end, milestoneAt(c, end), true});
        start = end;
    }
    if (!out.empty() && out.back().time != to) // fewer frames than stretches
        out.back() = {to, milestoneAt(c, to), false};
    return out;
}

} // namespace cascade
