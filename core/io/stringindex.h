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
// slot holds a hash tag, the value and where the key lies in the index's own arena, so
// a lookup touches one slot and, when the tag matches, a few bytes of a compact arena
// (not the file's text, which is hundreds of megabytes and long gone from the caches).
// Keys are copied: the caller's characters need not outlive the index.
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
        m_arena.reserve(keyBytes ? keyBytes : count * 12);
    }

    // Inserts key -> value; when the key is already present, returns its value and
    // changes nothing; else returns kMissing.
    std::int32_t insert(std::string_view key, std::int32_t value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const std::uint64_t h = hashOf(key);
        const auto tag = tagOf(h);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.tag == 0) {
                s = {tag, value, static_cast<std::uint32_t>(m_arena.size()), static_cast<std::uint32_t>(key.size())};
                m_arena.append(key);
                ++m_size;
                return kMissing;
            }
            if (s.tag == tag && keyOf(s) == key)
                return s.value;
        }
    }

    std::int32_t find(std::string_view key) const
    {
        if (m_slots.empty())
            return kMissing;
        const std::uint64_t h = hashOf(key);
        const auto tag = tagOf(h);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.tag == 0)
                return kMissing;
            if (s.tag == tag && keyOf(s) == key)
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
        for (std::size_t i = begin; i < end && i < m_slots.size(); ++i)
            if (m_slots[i].tag)
                f(keyOf(m_slots[i]), m_slots[i].value);
    }

private:
    struct Slot {
        std::uint32_t tag = 0; // 0: empty
        std::int32_t value = 0;
        std::uint32_t offset = 0; // of the key in m_arena
        std::uint32_t length = 0;
    };

    static std::uint64_t hashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }
    static std::uint32_t tagOf(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32) | 1u; }
    std::string_view keyOf(const Slot &s) const { return std::string_view(m_arena.data() + s.offset, s.length); }

    void rehash(std::size_t capacity)
    {
        std::vector<Slot, LargePageAllocator<Slot>> old(capacity);
        old.swap(m_slots);
        m_mask = capacity - 1;
        for (const Slot &s : old) {
            if (!s.tag)
                continue;
            std::size_t i = hashOf(keyOf(s)) & m_mask;
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
