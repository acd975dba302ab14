// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cascade {

// The entry point of the `cascade` binary: a subcommand (validate, generate, stats,
// layout, export, storyboard, ...) runs headless on the offscreen platform; no
// argument or a file name opens the window.
int runCascade(int argc, char **argv);

} // namespace cascade
