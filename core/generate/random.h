// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace cascade {

// A seeded pseudo-random generator whose output is identical on every machine, compiler
// and standard library: xoshiro256** (Blackman and Vigna, "Scrambled linear pseudorandom
// number generators", 2018) seeded through splitmix64. Its distributions are its own and
// use only IEEE-754 basic operations and sqrt (correctly rounded everywhere), never the
// <random> distributions or libm's log/exp/cos, whose results differ between libraries.
// Use it wherever a seed must reproduce a result (generator, sampling, layouts).
class Random {
public:
    explicit Random(std::uint64_t seed);

    // The next 64 random bits.
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // Uniform integer in [0, n); n must be > 0. Lemire's unbiased multiply-shift method.
    std::uint64_t below(std::uint64_t n);

    // True with probability p.
    bool chance(double p) { return uniform() < p; }

    // Standard normal deviate (Marsaglia's polar method).
    double normal();

    // exp(N(log(median), sigma^2)): log-normal with the given median.
    double logNormal(double median, double sigma);

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

// Natural logarithm and exponential computed with basic operations only, so that they
// give the same bits everywhere (relative error below 1e-15). portableLog(x) needs x > 0;
// portableExp clamps its argument to [-700, 700].
double portableLog(double x);
double portableExp(double x);
// x^y for x > 0.
double portablePow(double x, double y);

} // namespace cascade
