// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace cascade {

// Average ranks, 1-based, highest value first: {5, 9, 5} -> {2.5, 1, 2.5}.
std::vector<double> descendingRanks(std::span<const double> values);

// Spearman's rank correlation (docs/measures.md section 1; Cha et al. 2010): the Pearson
// correlation of the two rank vectors, tied values sharing their average rank. Without
// ties this is 1 - 6 * sum(d_i^2) / (n (n^2 - 1)). Empty when a and b differ in length,
// hold fewer than two items, or one of them is constant (no order to compare).
std::optional<double> spearmanRho(std::span<const double> a, std::span<const double> b);

// The indexes of the k largest values, largest first; ties go to the lower index.
std::vector<int> topIndexes(std::span<const double> values, int k);

// How two rankings of the same items agree: rho, and how many of the top k by a are also
// in the top k by b (k shrinks to the number of items).
struct RankingComparison {
    std::optional<double> spearman;
    int topK = 0;
    int topShared = 0;
    int items = 0;

    double topOverlap() const { return topK > 0 ? static_cast<double>(topShared) / topK : 1.0; }
};
RankingComparison compareRankings(std::span<const double> a, std::span<const double> b, int topK = 10);

} // namespace cascade
