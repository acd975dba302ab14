// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cascade {

std::vector<double> descendingRanks(std::span<const double> values)
{
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return values[static_cast<std::size_t>(x)] > values[static_cast<std::size_t>(y)]; });
    std::vector<double> ranks(values.size());
    std::size_t i = 0;
    while (i < order.size()) {
        std::size_t j = i + 1;
        while (j < order.size() && values[static_cast<std::size_t>(order[j])] == values[static_cast<std::size_t>(order[i])])
            ++j;
        const double average = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0; // ranks i+1 .. j
        for (std::size_t k = i; k < j; ++k)
            ranks[static_cast<std::size_t>(order[k])] = average;
        i = j;
    }
    return ranks;
}

std::optional<double> spearmanRho(std::span<const double> a, std::span<const double> b)
{
    if (a.size() != b.size() || a.size() < 2)
        return std::nullopt;
    const std::vector<double> ra = descendingRanks(a);
    const std::vector<double> rb = descendingRanks(b);
    const double mean = (static_cast<double>(a.size()) + 1.0) / 2.0; // both rank vectors
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < ra.size(); ++i) {
        sab += (ra[i] - mean) * (rb[i] - mean);
        saa += (ra[i] - mean) * (ra[i] - mean);
        sbb += (rb[i] - mean) * (rb[i] - mean);
    }
    if (saa == 0 || sbb == 0)
        return std::nullopt;
    return sab / std::sqrt(saa * sbb);
}

std::vector<int> topIndexes(std::span<const double> values, int k)
{
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    const auto count = std::min<std::size_t>(static_cast<std::size_t>(std::max(k, 0)), order.size());
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count), order.end(), [&](int x, int y) {
        const double vx = values[static_cast<std::size_t>(x)];
        const double vy = values[static_cast<std::size_t>(y)];
        return vx > vy || (vx == vy && x < y);
    });
    order.resize(count);
    return order;
}

RankingComparison compareRankings(std::span<const double> a, std::span<const double> b, int topK)
{
    RankingComparison result;
    result.items = static_cast<int>(std::min(a.size(), b.size()));
    result.spearman = spearmanRho(a, b);
    std::vector<int> ta = topIndexes(a.first(static_cast<std::size_t>(result.items)), topK);
    std::vector<int> tb = topIndexes(b.first(static_cast<std::size_t>(result.items)), topK);
    result.topK = static_cast<int>(ta.size());
    std::sort(ta.begin(), ta.end());
    std::sort(tb.begin(), tb.end());
    std::vector<int> shared;
    std::set_intersection(ta.begin(), ta.end(), tb.begin(), tb.end(), std::back_inserter(shared));
    result.topShared = static_cast<int>(shared.size());
    return result;
}

} // namespace cascade
