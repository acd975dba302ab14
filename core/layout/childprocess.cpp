// SPDX-License-Identifier: GPL-3.0-or-later
// A general fork-and-pipe runner: the child's answer comes back framed as
// [u64 size][bytes] so that a child that dies mid-write is told from one that finished.
#include "core/layout/childprocess.h"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace cascade {

namespace {

bool writeAll(int fd, const std::string &bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t k = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        done += static_cast<std::size_t>(k);
    }
    return true;
}

// The forked child: runs the work, writes its framed answer; never returns.
[[noreturn]] void childMain(const std::function<std::string()> &work, int fd)
{
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    int code = 0;
    try {
        const std::string answer = work();
        std::string framed;
        const auto size = static_cast<std::uint64_t>(answer.size());
        framed.append(reinterpret_cast<const char *>(&size), sizeof size);
        framed += answer;
        if (!writeAll(fd, framed))
            code = 2;
    } catch (...) {
        code = 3;
    }
    ::_exit(code);
}

std::string describeStatus(const char *name, int status)
{
    const std::string who = name;
    if (WIFSIGNALED(status))
        return who + " stopped on signal " + std::to_string(WTERMSIG(status))
            + (WTERMSIG(status) == SIGKILL ? " (out of memory?)" : "");
    if (WIFEXITED(status))
        return who + " stopped with exit code " + std::to_string(WEXITSTATUS(status))
            + (WEXITSTATUS(status) == 1 ? " (out of memory?)" : "");
    return who + " stopped without a result";
}

void reap(pid_t pid, int *status)
{
    int s = 0;
    while (::waitpid(pid, &s, 0) < 0 && errno == EINTR) {
    }
    if (status)
        *status = s;
}

} // namespace

ChildRun runInChildProcess(const char *name, std::mutex *forkLock, const std::function<void()> &prepare,
                           const std::function<std::string()> &work, const std::function<bool()> &cancelled)
{
    ChildRun run;
    int fds[2] = {-1, -1};
    pid_t pid = -1;
    {
        std::unique_lock<std::mutex> lock;
        if (forkLock)
            lock = std::unique_lock<std::mutex>(*forkLock);
        if (prepare)
            prepare();
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return run;
        pid = ::fork();
        if (pid == 0) {
            ::close(fds[0]);
            childMain(work, fds[1]);
        }
        ::close(fds[1]);
        if (pid < 0) {
            ::close(fds[0]);
            return run;
        }
    }

    std::string bytes;
    std::uint64_t expected = 0;
    bool sized = false;
    char chunk[1 << 16];
    for (;;) {
        if (cancelled && cancelled()) {
            ::kill(pid, SIGKILL);
            ::close(fds[0]);
            reap(pid, nullptr);
            run.result = ChildRun::Result::Cancelled;
            return run;
        }
        pollfd p{fds[0], POLLIN, 0};
        const int ready = ::poll(&p, 1, 20);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        const ssize_t k = ::read(fds[0], chunk, sizeof chunk);
        if (k < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (k <= 0)
            break; // end of file or error
        bytes.append(chunk, static_cast<std::size_t>(k));
        if (!sized && bytes.size() >= sizeof expected) {
            std::memcpy(&expected, bytes.data(), sizeof expected);
            sized = true;
        }
        if (sized && bytes.size() >= sizeof expected + expected)
            break;
    }
    ::close(fds[0]);
    int status = 0;
    reap(pid, &status);
    if (!sized || bytes.size() < sizeof expected + expected) {
        run.result = ChildRun::Result::Failed;
        run.error = describeStatus(name, status);
        return run;
    }
    run.result = ChildRun::Result::Finished;
    run.answer = bytes.substr(sizeof expected, static_cast<std::size_t>(expected));
    return run;
}

} // namespace cascade
