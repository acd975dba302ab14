// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace cascade {

// A flat, open-addressing map from strings to ints, for the case-file reader's handle
// and event-id lookups (millions per large file, so cache misses dominate). The probe
// table holds 8-byte slots (a hash tag and an entry number); keys are only read when a
// tag matches. Keys are not copied: the caller keeps their characters alive as long as
// the index is used.
class StringIndex
{
public:
    static constexpr std::int32_t kMissing = -1;

    void reserve(std::size_t count)
    {
        m_entries.reserve(count);
        std::size_t capacity = 16;
        while (capacity < count * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }

    // Inserts key -> value; when the key is already present, returns its value and
    // changes nothing; else returns kMissing.
    std::int32_t insert(std::string_view key, std::int32_t value)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const std::uint64_t h = hashOf(key);
        const auto tag = tagOf(h);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot &s = m_slots[i];
            if (s.tag == 0) {
                s = {tag, static_cast<std::int32_t>(m_entries.size())};
                m_entries.push_back({key, value});
                return kMissing;
            }
            if (s.tag == tag) {
                const Entry &e = m_entries[static_cast<std::size_t>(s.entry)];
                if (e.key == key)
                    return e.value;
            }
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
            if (s.tag == tag) {
                const Entry &e = m_entries[static_cast<std::size_t>(s.entry)];
                if (e.key == key)
                    return e.value;
            }
        }
    }

    std::size_t size() const { return m_entries.size(); }

private:
    struct Slot {
        std::uint32_t tag = 0; // 0: empty
        std::int32_t entry = 0;
    };
    struct Entry {
        std::string_view key;
        std::int32_t value;
    };

    static std::uint64_t hashOf(std::string_view key) { return std::hash<std::string_view>{}(key); }
    static std::uint32_t tagOf(std::uint64_t h) { return static_cast<std::uint32_t>(h >> 32) | 1u; }

    void rehash(std::size_t capacity)
    {
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        for (std::size_t n = 0; n < m_entries.size(); ++n) {
            const std::uint64_t h = hashOf(m_entries[n].key);
            std::size_t i = h & m_mask;
            while (m_slots[i].tag)
                i = (i + 1) & m_mask;
            m_slots[i] = {tagOf(h), static_cast<std::int32_t>(n)};
        }
    }

    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    std::size_t m_mask = 0;
};

} // namespace cascade
