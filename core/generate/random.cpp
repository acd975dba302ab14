// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/random.h"

#include <cmath>

// Same bits on every platform: never fuse a*b+c into one rounding (GCC does not contract
// in ISO mode; Clang would without this).
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace cascade {

namespace {

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

__extension__ using UInt128 = unsigned __int128;

constexpr double kLn2 = 0.6931471805599453094;
// ln 2 split so that k * kLn2Hi is exact for |k| < 2^11.
constexpr double kLn2Hi = 0x1.62e42fefa3800p-1;
constexpr double kLn2Lo = 0x1.ef35793c76730p-45;

// Series coefficients, each one correctly rounded division done by the compiler.
constexpr double kOddInverse[10] = {1.0, 1.0 / 3, 1.0 / 5, 1.0 / 7, 1.0 / 9,
                                    1.0 / 11, 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19};
constexpr double factorial(int n)
{
    return n <= 1 ? 1.0 : n * factorial(n - 1); // exact up to 18!
}
constexpr double kInverseFactorial[15] = {
    1.0, 1.0, 1.0 / factorial(2), 1.0 / factorial(3), 1.0 / factorial(4), 1.0 / factorial(5),
    1.0 / factorial(6), 1.0 / factorial(7), 1.0 / factorial(8), 1.0 / factorial(9), 1.0 / factorial(10),
    1.0 / factorial(11), 1.0 / factorial(12), 1.0 / factorial(13), 1.0 / factorial(14)};

} // namespace

Random::Random(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (std::uint64_t &s : m_s)
        s = splitmix64(state);
}

std::uint64_t Random::below(std::uint64_t n)
{
    UInt128 m = static_cast<UInt128>(next()) * n;
    auto low = static_cast<std::uint64_t>(m);
    if (low < n) {
        const std::uint64_t threshold = (0 - n) % n;
        while (low < threshold) {
            m = static_cast<UInt128>(next()) * n;
            low = static_cast<std::uint64_t>(m);
        }
    }
    return static_cast<std::uint64_t>(m >> 64);
}

double Random::normal()
{
    for (;;) {
        const double u = 2.0 * uniform() - 1.0;
        const double v = 2.0 * uniform() - 1.0;
        const double s = u * u + v * v;
        if (s > 0.0 && s < 1.0)
            return u * std::sqrt(-2.0 * portableLog(s) / s);
    }
}

double Random::logNormal(double median, double sigma)
{
    return median * portableExp(sigma * normal());
}

double portableLog(double x)
{
    // x = m * 2^e with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(f), f = (m-1)/(m+1),
    // |f| < 0.172, summed to f^19 (the next term is below 1e-17).
    int e = 0;
    double m = std::frexp(x, &e); // exact; m in [0.5, 1)
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        --e;
    }
    const double f = (m - 1.0) / (m + 1.0);
    const double f2 = f * f;
    double sum = kOddInverse[9];
    for (int k = 8; k >= 0; --k)
        sum = sum * f2 + kOddInverse[k];
    return 2.0 * f * sum + static_cast<double>(e) * kLn2;
}

double portableExp(double x)
{
    if (x > 700.0)
        x = 700.0;
    if (x < -700.0)
        x = -700.0;
    // x = k ln2 + r, |r| <= ln2 / 2; exp r by its Taylor series to r^14 (Horner).
    const double k = std::floor(x / kLn2 + 0.5);
    const double r = (x - k * kLn2Hi) - k * kLn2Lo;
    double sum = kInverseFactorial[14];
    for (int n = 13; n >= 0; --n)
        sum = sum * r + kInverseFactorial[n];
    return std::ldexp(sum, static_cast<int>(k));
}

double portablePow(double x, double y)
{
    return portableExp(y * portableLog(x));
}

} // namespace cascade
