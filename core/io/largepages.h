// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace cascade {

// An allocator for the case-file reader's big, short-lived, randomly accessed buffers
// (the file's text, the lookup tables of a million event ids). Blocks of 4 MiB and more
// are mapped directly and marked for transparent huge pages, which the kernel grants on
// madvise by default: one page fault per 2 MiB instead of 512, and lookups that do not
// miss the TLB on every probe. Smaller blocks come from operator new.
template <typename T>
struct LargePageAllocator {
    using value_type = T;
    static constexpr std::size_t kThreshold = std::size_t(4) << 20;

    LargePageAllocator() = default;
    template <typename U>
    LargePageAllocator(const LargePageAllocator<U> &) noexcept { }

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
#if defined(__linux__)
        if (bytes >= kThreshold) {
            void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED)
                throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
            madvise(p, bytes, MADV_HUGEPAGE);
#endif
            return static_cast<T *>(p);
        }
#endif
        return std::allocator<T>{}.allocate(n);
    }
    void deallocate(T *p, std::size_t n) noexcept
    {
#if defined(__linux__)
        if (n * sizeof(T) >= kThreshold) {
            munmap(p, n * sizeof(T));
            return;
        }
#endif
        std::allocator<T>{}.deallocate(p, n);
    }

    template <typename U>
    bool operator==(const LargePageAllocator<U> &) const noexcept { return true; }
};

// An uninitialised byte buffer from LargePageAllocator; data() is null when memory is
// short.
class LargeBuffer
{
public:
    explicit LargeBuffer(std::size_t size) : m_size(size)
    {
        try {
            m_data = LargePageAllocator<char>{}.allocate(size);
        } catch (const std::bad_alloc &) {
            m_data = nullptr;
        }
    }
    ~LargeBuffer()
    {
        if (m_data)
            LargePageAllocator<char>{}.deallocate(m_data, m_size);
    }
    LargeBuffer(const LargeBuffer &) = delete;
    LargeBuffer &operator=(const LargeBuffer &) = delete;

    char *data() const { return m_data; }
    std::size_t size() const { return m_size; }

private:
    char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace cascade
