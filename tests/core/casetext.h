// SPDX-License-Identifier: GPL-3.0-or-later
// What the case-file tests share: breaking one thing in a valid case's text.
#pragma once

#include <gtest/gtest.h>

#include <string>

namespace cascade::testing {

// `text` with the first `from` replaced by `to`; a `from` that is not there fails the
// test (its setup is wrong).
inline std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    const auto pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << "test setup: " << from;
    if (pos != std::string::npos)
        text.replace(pos, from.size(), to);
    return text;
}

} // namespace cascade::testing
