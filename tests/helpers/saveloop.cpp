// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade_save_loop ACTORS EVENTS SEED OUT`: generates that case (core/generate), prints
// "ready", then saves it to OUT with writeCaseFile() over and over until it is killed.
// The writer process that tests/core/savefaults_test.cpp kills at random moments.
#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: cascade_save_loop ACTORS EVENTS SEED OUT\n");
        return 2;
    }
    const cascade::Case c = cascade::generateCase(
        {std::atoll(argv[1]), std::atoll(argv[2]), static_cast<std::uint64_t>(std::strtoull(argv[3], nullptr, 10))});
    const QString out = QString::fromLocal8Bit(argv[4]);
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        QString error;
        if (!cascade::writeCaseFile(c, out, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
}
