// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harnesses for the case-file reader (scripts/fuzz; docs/reliability.md).
// Built twice from this file: CASCADE_FUZZ_SPLIT unset, the one-thread reader; set, the
// two-thread reader of big files (ReadOptions::splitBytes), forced on every input with
// small chunks. Whatever the input, a property that fails aborts:
// - one thread: a problem has a position (line and column from 1) and a message; a file
//   that is read is valid JSON (json::diagnoseJson finds nothing) and survives a round
//   trip (write, read: the same case; write again: the same bytes);
// - two threads: the same outcome as the one-thread reader, problem for problem.
#include "core/io/casefile.h"
#include "core/io/jsondiagnose.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_case_reader: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

cascade::ReadResult readWith(QByteArrayView data, std::int64_t splitBytes, std::size_t chunkBytes)
{
    cascade::ReadOptions options;
    options.splitBytes = splitBytes;
    options.chunkBytes = chunkBytes;
    return cascade::readCaseBytes(data, QStringLiteral("fuzz.json"), options);
}

#ifndef CASCADE_FUZZ_SPLIT
void checkOneThread(QByteArrayView data)
{
    const cascade::ReadResult r = readWith(data, -1, 1 << 20);
    for (const cascade::CaseFileProblem &p : r.problems)
        if (p.line < 1 || p.column < 1 || p.message.isEmpty())
            fail("a problem without a position or message", p.toString());
    if (!r.ok()) {
        if (r.problems.empty())
            fail("a failed read without a problem");
        return;
    }
    if (const auto syntax = cascade::json::diagnoseJson(std::string_view(data.data(), std::size_t(data.size())), 64))
        fail("a file that is not valid JSON was read", syntax->message);
    const std::string text = cascade::serializeCase(*r.value);
    const cascade::ReadResult again = readWith(QByteArrayView(text.data(), qsizetype(text.size())), -1, 1 << 20);
    if (!again.ok())
        fail("the written case cannot be read back", again.errorText());
    if (!(*again.value == *r.value))
        fail("the case read back differs");
    if (cascade::serializeCase(*again.value) != text)
        fail("writing the case read back gives other bytes");
}
#else
void checkTwoThreads(QByteArrayView data)
{
    const std::size_t chunk = 64 + (data.isEmpty() ? 0 : static_cast<unsigned char>(data[0]) * 4);
    const cascade::ReadResult split = readWith(data, 0, chunk);
    const cascade::ReadResult one = readWith(data, -1, 1 << 20);
    if (split.ok() != one.ok())
        fail("the two readers disagree on whether the file is valid", one.errorText() + QStringLiteral("\n--\n") + split.errorText());
    if (split.errorText() != one.errorText())
        fail("the two readers report different problems", one.errorText() + QStringLiteral("\n--\n") + split.errorText());
    if (split.ok() && !(*split.value == *one.value))
        fail("the two readers read different cases");
}
#endif

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
#ifdef CASCADE_FUZZ_SPLIT
    checkTwoThreads(bytes);
#else
    checkOneThread(bytes);
#endif
    return 0;
}
