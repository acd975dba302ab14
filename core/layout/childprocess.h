// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <mutex>
#include <string>

namespace cascade {

// What running work in a child process gave.
struct ChildRun {
    enum class Result {
        NotStarted, // no child could be started (no pipe, fork failed): run the work here
        Finished,   // the child answered: `answer` holds what it returned
        Cancelled,  // `cancelled` said so: the child was killed
        Failed,     // the child stopped without a whole answer: `error` says how
    };
    Result result = Result::NotStarted;
    std::string answer;
    std::string error; // e.g. "Graphviz stopped on signal 9 (out of memory?)"
};

// Runs `work` in a forked child process and returns the bytes it returns. The parent
// polls `cancelled` every 20 ms while it waits and kills the child at once when it is
// true; a crash, a kill or an exit in the child becomes an error naming `name` and how
// it stopped. `prepare` runs first and the fork happens while `forkLock` is held (when
// given): the lock that keeps other threads out of the library the child uses, so that
// the child inherits it in a consistent state. The child writes no core file and leaves
// with _exit(): `work` must use only plain memory and the library it was forked for.
ChildRun runInChildProcess(const char *name, std::mutex *forkLock, const std::function<void()> &prepare,
                           const std::function<std::string()> &work, const std::function<bool()> &cancelled);

} // namespace cascade
