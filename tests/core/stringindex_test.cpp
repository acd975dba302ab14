// SPDX-License-Identifier: GPL-3.0-or-later
// The case reader's lookup table: keys of every length (kept in the slot up to 8 bytes,
// in the arena beyond), growth, duplicates, and the walk over all entries.
#include "core/io/stringindex.h"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

using namespace cascade;

TEST(StringIndex, KeysOfEveryLengthAroundTheSlotsLimit)
{
    StringIndex index;
    std::map<std::string, int> expected;
    const std::string letters = "abcdefghijklmnopqrstuvwxyz@0123456789";
    std::mt19937 random(5);
    for (int i = 0; i < 20000; ++i) {
        std::string key(static_cast<std::size_t>(random() % 20), 'x');
        for (char &c : key)
            c = letters[random() % letters.size()];
        const auto [it, added] = expected.emplace(key, i);
        EXPECT_EQ(index.insert(key, i), added ? StringIndex::kMissing : it->second) << key;
    }
    EXPECT_EQ(index.size(), expected.size());
    for (const auto &[key, value] : expected)
        EXPECT_EQ(index.find(key), value) << key;
    EXPECT_EQ(index.find("not there at all"), StringIndex::kMissing);
    EXPECT_EQ(index.find("zzzzzzzzzzzzzzzzzzzzzzzz"), StringIndex::kMissing);
}

TEST(StringIndex, LengthAndZeroBytesTellShortKeysApart)
{
    StringIndex index;
    const std::string withZero("a\0", 2);
    EXPECT_EQ(index.insert("a", 1), StringIndex::kMissing);
    EXPECT_EQ(index.insert(withZero, 2), StringIndex::kMissing); // same bytes as "a" padded, longer
    EXPECT_EQ(index.insert("", 3), StringIndex::kMissing);
    EXPECT_EQ(index.insert("12345678", 4), StringIndex::kMissing);  // 8 bytes: in the slot
    EXPECT_EQ(index.insert("123456789", 5), StringIndex::kMissing); // 9 bytes: in the arena
    EXPECT_EQ(index.find("a"), 1);
    EXPECT_EQ(index.find(withZero), 2);
    EXPECT_EQ(index.find(""), 3);
    EXPECT_EQ(index.find("12345678"), 4);
    EXPECT_EQ(index.find("123456789"), 5);
    EXPECT_EQ(index.find("1234567"), StringIndex::kMissing);
    EXPECT_EQ(index.insert("123456789", 9), 5) << "a duplicate returns the first value";
}

TEST(StringIndex, TheWalkSeesEveryEntryOnceAcrossSplits)
{
    StringIndex index;
    index.reserve(100);
    for (int i = 0; i < 5000; ++i)
        index.insert((i % 2 ? "long-key-number-" : "k") + std::to_string(i), i);
    std::map<std::string, int> seen;
    const std::size_t slots = index.slotCount();
    for (std::size_t from = 0; from < slots; from += slots / 3 + 1)
        index.forEachInSlots(from, from + slots / 3 + 1, [&](std::string_view key, int value) {
            EXPECT_TRUE(seen.emplace(std::string(key), value).second) << key;
        });
    ASSERT_EQ(seen.size(), 5000u);
    for (const auto &[key, value] : seen)
        EXPECT_EQ(index.find(key), value);
}
