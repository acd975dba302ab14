// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/largepages.h"

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cascade {

// A flat, open-addressing map from strings to ints, for the case-file reader's handle
// and event-id lookups (millions per large file, so cache misses dominate). Each 16-byte
// slot holds a hash tag with the key's length, the value, and the key itself when it has
// at most 8 bytes (handles like "@u047989", ids like "e0000001"): such a lookup touches
// one slot and nothing else. Longer keys live in the index's own compact arena, read only
// when the tag matches. Keys are copied: the caller's characters need not outlive the
// index.
class StringIndex
{
public:
    static constexpr std::int32_t kMissing = -1;

    void reserve(std::size_t count, std::size_t keyBytes = 0)
    {
        std::size_t capacity = 16;
        while (capacity < count * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
        if (keyBytes)
            m_arena.reserve(keyBytes);
    }

    // Inserts key -> value; when the key is already present, returns its value and
    // changes nothing; else returns kMissing.
    std::int32_t insert(std::string_view key, std::int32_t value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const std::uint64_t h = hashOf(key);
        const std::uint32_t tag = tagOf(h, key.size());
        const std::uint64_t word = key.size() <= kInline ? inlineWord(key) : 0;
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.tag == 0) {
                s.tag = tag;
                s.value = value;
                if (key.size() <= kInline) {
                    s.word = word;
                } else {
                    s.word = (std::uint64_t(m_arena.size()) << 32) | std::uint64_t(key.size());
                    m_arena.append(key);
                }
                ++m_size;
                return kMissing;
            }
            if (s.tag == tag && matches(s, key, word))
                return s.value;
        }
    }

    std::int32_t find(std::string_view key) const
    {
        if (m_slots.empty())
            return kMissing;
        const std::uint64_t h = hashOf(key);
        const std::uint32_t tag = tagOf(h, key.size());
        const std::uint64_t word = key.size() <= kInline ? inlineWord(key) : 0;
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.tag == 0)
                return kMissing;
            if (s.tag == tag && matches(s, key, word))
                return s.value;
        }
    }

    // Starts loading the slot where `key` would be: a lookup made a little later, after
    // other work, then finds it in the cache.
    void prefetch(std::string_view key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hashOf(key) & m_mask]);
    }

    std::size_t size() const { return m_size; }

    // Calls f(key, value) for the entries whose slots lie in [begin, end) of
    // slotCount(): a way to split a walk over all entries between threads.
    std::size_t slotCount() const { return m_slots.size(); }
    template <typename F>
    void forEachInSlots(std::size_t begin, std::size_t end, F &&f) const
    {
        char buffer[kInline];
        for (std::size_t i = begin; i < end && i < m_slots.size(); ++i)
            if (m_slots[i].tag)
                f(keyOf(m_slots[i], buffer), m_slots[i].value);
    }

private:
    static constexpr std::size_t kInline = 8;    // longest key kept in its slot
    static constexpr std::uint32_t kLong = 0xF;  // length field of a key in the arena

    struct Slot {
        std::uint32_t tag = 0; // 0: empty; else hash bits, and the length in the low 4 bits
        std::int32_t value = 0;
        std::uint64_t word = 0; // the key's bytes (<= 8), else its arena offset << 32 | length
    };

    static std::uint64_t hashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }
    static std::uint32_t tagOf(std::uint64_t h, std::size_t length)
    {
        const std::uint32_t bits = (static_cast<std::uint32_t>(h >> 32) | 0x80000000u) & ~0xFu;
        return bits | (length <= kInline ? static_cast<std::uint32_t>(length) : kLong);
    }
    static std::uint64_t inlineWord(std::string_view key)
    {
        std::uint64_t w = 0;
        std::memcpy(&w, key.data(), key.size());
        return w;
    }
    bool matches(const Slot &s, std::string_view key, std::uint64_t word) const
    {
        if (key.size() <= kInline)
            return s.word == word; // the tag's length field already matched
        return static_cast<std::uint32_t>(s.word) == key.size()
            && std::memcmp(m_arena.data() + (s.word >> 32), key.data(), key.size()) == 0;
    }
    // The key of a slot; short keys are copied into `buffer` (kInline bytes).
    std::string_view keyOf(const Slot &s, char *buffer) const
    {
        const std::uint32_t length = s.tag & 0xFu;
        if (length != kLong) {
            std::memcpy(buffer, &s.word, kInline);
            return std::string_view(buffer, length);
        }
        return std::string_view(m_arena.data() + (s.word >> 32), static_cast<std::uint32_t>(s.word));
    }

    void rehash(std::size_t capacity)
    {
        std::vector<Slot, LargePageAllocator<Slot>> old(capacity);
        old.swap(m_slots);
        m_mask = capacity - 1;
        char buffer[kInline];
        for (const Slot &s : old) {
            if (!s.tag)
                continue;
            std::size_t i = hashOf(keyOf(s, buffer)) & m_mask;
            while (m_slots[i].tag)
                i = (i + 1) & m_mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot, LargePageAllocator<Slot>> m_slots;
    std::basic_string<char, std::char_traits<char>, LargePageAllocator<char>> m_arena;
    std::size_t m_size = 0;
    std::size_t m_mask = 0;
};

} // namespace cascade
