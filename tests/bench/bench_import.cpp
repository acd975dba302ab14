// SPDX-License-Identifier: GPL-3.0-or-later
// Import of twarc v1.1 and twarc2 JSONL, end to end through importFiles(), beside
// Python's json.loads line by line over the same file in the same run (a child process,
// wall time): the lower bound of any Python tool that reads these files. And the peak
// resident memory of `cascade import` on a 2 GB input against the heap of the case it
// builds. Results: docs/performance.md, "Import".
//   build/tests/bench/bench_import --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
//   CASCADE_BENCH_RSS=1 build/tests/bench/bench_import --benchmark_filter=PeakRss
// The input is the fixtures (tests/data/import/twarc/stream.jsonl, twarc2/pages.jsonl)
// repeated with their ids, handles and times rewritten per copy: every tweet id is new,
// authors recur every kAuthorCycle copies, each copy is a minute later. Sizes:
// CASCADE_BENCH_IMPORT_MB (default 512), CASCADE_BENCH_RSS_MB (default 2048). Another
// JSONL file of the same format can serve as the template: CASCADE_BENCH_TWARC,
// CASCADE_BENCH_TWARC2 (ids of 10 digits and more are then all new per copy).
#include "core/io/import/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <malloc.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <chrono>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

extern char **environ;

using namespace cascade;

namespace {

constexpr std::int64_t kAuthorCycle = 5000; // copies before an author id comes back

std::int64_t envMegabytes(const char *name, std::int64_t fallback)
{
    const QByteArray v = qgetenv(name);
    bool ok = false;
    const std::int64_t n = v.toLongLong(&ok);
    return ok && n > 0 ? n : fallback;
}

// The inputs go to a temporary folder, deleted at exit, or to CASCADE_BENCH_IMPORT_DIR
// (kept, to look at them).
struct InputDir {
    QTemporaryDir temporary{QDir::tempPath() + QStringLiteral("/cascade-bench-import-XXXXXX")};
    QString kept = qEnvironmentVariable("CASCADE_BENCH_IMPORT_DIR");
    QString filePath(const QString &name) const
    {
        return kept.isEmpty() ? temporary.filePath(name) : QDir(kept).filePath(name);
    }
};

InputDir &tempDir()
{
    static InputDir dir;
    return dir;
}

// One line of a template: literal text between the values that change per copy.
struct Slot {
    enum Kind { Id, Handle, Time } kind = Id;
    std::size_t literalEnd = 0; // the literal before the slot ends here
    std::size_t valueEnd = 0;   // the original value ends here (the next literal starts)
    std::string original;
    bool quoted = false; // an id written as a string
    bool isoTime = false; // twarc2's 2020-03-02T10:10:00.000Z, else v1.1's "Mon Mar 02 ..."
    std::chrono::sys_time<std::chrono::milliseconds> time{};
};

struct TemplateLine {
    std::string text;
    std::vector<Slot> cuts;
};

bool isIdKey(std::string_view key)
{
    if (key.ends_with("_str"))
        key.remove_suffix(4);
    return key == "id" || key.ends_with("_id");
}

bool parseTime(std::string_view s, Slot &slot)
{
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (s.size() >= 20 && s[4] == '-' && s[10] == 'T') {
        slot.isoTime = true;
        if (std::sscanf(std::string(s).c_str(), "%d-%d-%dT%d:%d:%d.%d", &y, &mo, &d, &h, &mi, &sec, &ms) < 6)
            return false;
    } else if (s.size() == 30) {
        for (int i = 0; i < 12; ++i)
            if (s.substr(4, 3) == kMonths[i])
                mo = i + 1;
        if (mo == 0 || std::sscanf(std::string(s.substr(8)).c_str(), "%d %d:%d:%d +0000 %d", &d, &h, &mi, &sec, &y) != 5)
            return false;
    } else {
        return false;
    }
    using namespace std::chrono;
    slot.time = sys_days(year(y) / month(unsigned(mo)) / day(unsigned(d))) + hours(h) + minutes(mi) + seconds(sec)
                + milliseconds(ms);
    return true;
}

// Finds the values to rewrite in one JSON line by a plain scan: values of id keys ("id", "id_str",
// "author_id", "in_reply_to_status_id_str", ...), of edit_history_tweet_ids, handles
// (screen_name, username, in_reply_to_screen_name) and created_at.
TemplateLine makeTemplate(std::string text)
{
    TemplateLine t;
    std::size_t i = 0;
    auto readString = [&](std::size_t from) { // from at the opening quote; returns past the closing one
        std::size_t j = from + 1;
        while (j < text.size() && text[j] != '"')
            j += text[j] == '\\' ? 2 : 1;
        return j + 1;
    };
    auto skipSpace = [&](std::size_t j) {
        while (j < text.size() && (text[j] == ' ' || text[j] == ':' || text[j] == '\t'))
            ++j;
        return j;
    };
    auto addSlot = [&](Slot::Kind kind, std::size_t begin, std::size_t end, bool quoted) {
        Slot s;
        s.kind = kind;
        s.literalEnd = begin;
        s.valueEnd = end;
        s.original = text.substr(begin, end - begin);
        s.quoted = quoted;
        if (kind == Slot::Time && !parseTime(s.original, s))
            return;
        t.cuts.push_back(std::move(s));
    };
    while (i < text.size()) {
        if (text[i] != '"') {
            ++i;
            continue;
        }
        const std::size_t end = readString(i);
        const std::string_view token(text.data() + i + 1, end - i - 2);
        std::size_t v = end;
        while (v < text.size() && (text[v] == ' ' || text[v] == '\t'))
            ++v;
        if (v >= text.size() || text[v] != ':') { // a value, not a key
            i = end;
            continue;
        }
        v = skipSpace(v);
        if (isIdKey(token) || token == "edit_history_tweet_ids" || token == "screen_name" || token == "username"
            || token == "in_reply_to_screen_name" || token == "created_at") {
            if (token == "edit_history_tweet_ids") {
                if (v < text.size() && text[v] == '[') {
                    std::size_t j = v + 1;
                    while (j < text.size() && text[j] != ']') {
                        if (text[j] == '"') {
                            const std::size_t e = readString(j);
                            addSlot(Slot::Id, j + 1, e - 1, true);
                            j = e;
                        } else {
                            ++j;
                        }
                    }
                    i = j;
                    continue;
                }
            } else if (v < text.size() && text[v] == '"') {
                const std::size_t e = readString(v);
                const bool digits = e - v > 2 && text.find_first_not_of("0123456789", v + 1) == e - 1;
                if (isIdKey(token)) {
                    if (digits)
                        addSlot(Slot::Id, v + 1, e - 1, true);
                } else {
                    addSlot(token == "created_at" ? Slot::Time : Slot::Handle, v + 1, e - 1, true);
                }
                i = e;
                continue;
            } else if (isIdKey(token) && v < text.size() && text[v] >= '0' && text[v] <= '9') {
                std::size_t e = v;
                while (e < text.size() && text[e] >= '0' && text[e] <= '9')
                    ++e;
                addSlot(Slot::Id, v, e, false);
                i = e;
                continue;
            }
        }
        i = end;
    }
    t.text = std::move(text);
    return t;
}

void appendNumber(std::string &out, std::int64_t n, int width = 0)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    for (int pad = width - int(r.ptr - buf); pad > 0; --pad)
        out.push_back('0');
    out.append(buf, r.ptr);
}

void appendTime(std::string &out, const Slot &s, std::int64_t copy)
{
    using namespace std::chrono;
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char *const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    const auto t = s.time + minutes(copy);
    const auto dayPoint = floor<days>(t);
    const year_month_day ymd(dayPoint);
    const hh_mm_ss hms(t - dayPoint);
    if (s.isoTime) {
        appendNumber(out, int(ymd.year()), 4);
        out.push_back('-');
        appendNumber(out, unsigned(ymd.month()), 2);
        out.push_back('-');
        appendNumber(out, unsigned(ymd.day()), 2);
        out.push_back('T');
    } else {
        out.append(kDays[weekday(dayPoint).c_encoding()]);
        out.push_back(' ');
        out.append(kMonths[unsigned(ymd.month()) - 1]);
        out.push_back(' ');
        appendNumber(out, unsigned(ymd.day()), 2);
        out.push_back(' ');
    }
    appendNumber(out, hms.hours().count(), 2);
    out.push_back(':');
    appendNumber(out, hms.minutes().count(), 2);
    out.push_back(':');
    appendNumber(out, hms.seconds().count(), 2);
    if (s.isoTime) {
        out.push_back('.');
        appendNumber(out, hms.subseconds().count(), 3);
        out.push_back('Z');
    } else {
        out.append(" +0000 ");
        appendNumber(out, int(ymd.year()), 4);
    }
}

// Ids under 1000 in the fixtures are accounts: they come back every kAuthorCycle copies.
// Other ids (tweets; every id of a real file) are new in every copy.
void appendSlot(std::string &out, const Slot &s, std::int64_t copy)
{
    const std::int64_t author = copy % kAuthorCycle;
    switch (s.kind) {
    case Slot::Id: {
        const bool account = s.original.size() <= 3;
        const std::int64_t suffix = account ? author : copy;
        if (!s.quoted && s.original.size() > 10) {
            out.append(s.original); // a v1.1 numeric id of a real file: id_str is the one read
            return;
        }
        out.append(s.original);
        appendNumber(out, suffix, account ? 4 : 8);
        return;
    }
    case Slot::Handle:
        out.append(s.original);
        out.push_back('_');
        appendNumber(out, author);
        return;
    case Slot::Time:
        appendTime(out, s, copy);
        return;
    }
}

struct SyntheticFile {
    QString path;
    std::int64_t bytes = 0;
    std::int64_t lines = 0;
};

// `templatePath` repeated until `targetBytes`, copy by copy, into `path`.
SyntheticFile writeSynthetic(const QString &templatePath, const QString &path, std::int64_t targetBytes)
{
    SyntheticFile out{path, 0, 0};
    QFile in(templatePath);
    if (!in.open(QIODevice::ReadOnly))
        return out;
    std::vector<TemplateLine> lines;
    while (!in.atEnd()) {
        // A line that is not JSON (a collection cut off mid-write) is left out: repeated, it
        // would be one error per copy.
        QByteArray l = in.readLine().trimmed();
        QJsonParseError error;
        if (!l.isEmpty() && (QJsonDocument::fromJson(l, &error), error.error == QJsonParseError::NoError))
            lines.push_back(makeTemplate(l.toStdString()));
    }
    std::FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return out;
    std::string buffer;
    for (std::int64_t copy = 0; out.bytes + std::int64_t(buffer.size()) < targetBytes; ++copy) {
        for (const TemplateLine &t : lines) {
            std::size_t from = 0;
            for (const Slot &s : t.cuts) {
                buffer.append(t.text, from, s.literalEnd - from);
                appendSlot(buffer, s, copy);
                from = s.valueEnd;
            }
            buffer.append(t.text, from, std::string::npos);
            buffer.push_back('\n');
            ++out.lines;
        }
        if (buffer.size() >= (std::size_t(1) << 22)) {
            out.bytes += std::int64_t(std::fwrite(buffer.data(), 1, buffer.size(), f));
            buffer.clear();
        }
    }
    out.bytes += std::int64_t(std::fwrite(buffer.data(), 1, buffer.size(), f));
    std::fclose(f);
    return out;
}

QString templateFor(ImportFormat format)
{
    const char *env = format == ImportFormat::Twarc ? "CASCADE_BENCH_TWARC" : "CASCADE_BENCH_TWARC2";
    const QString fromEnv = qEnvironmentVariable(env);
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStringLiteral(CASCADE_SOURCE_DIR "/tests/data/import/")
           + (format == ImportFormat::Twarc ? QStringLiteral("twarc/stream.jsonl") : QStringLiteral("twarc2/pages.jsonl"));
}

// The synthetic input of one format and size, written once per run.
const SyntheticFile &syntheticFile(ImportFormat format, std::int64_t megabytes)
{
    static std::map<std::pair<int, std::int64_t>, SyntheticFile> files;
    const auto key = std::make_pair(int(format), megabytes);
    auto it = files.find(key);
    if (it != files.end())
        return it->second;
    const QString path = tempDir().filePath(QStringLiteral("%1-%2MB.jsonl").arg(QLatin1String(importFormatName(format))).arg(megabytes));
    const auto t0 = std::chrono::steady_clock::now();
    SyntheticFile f = writeSynthetic(templateFor(format), path, megabytes * 1'000'000);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::fprintf(stderr, "wrote %s: %lld bytes, %lld lines in %.1f s\n", qPrintable(path), static_cast<long long>(f.bytes),
                 static_cast<long long>(f.lines), s);
    return files.emplace(key, f).first->second;
}

double heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd);
}

// Runs a program to its end: wall seconds, peak resident bytes (ru_maxrss), exit status.
struct ChildRun {
    double seconds = 0;
    double peakResidentBytes = 0;
    int status = -1;
    bool ok() const { return WIFEXITED(status) && WEXITSTATUS(status) == 0; }
};

ChildRun runChild(const std::vector<std::string> &argv)
{
    ChildRun run;
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const auto t0 = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    posix_spawn_file_actions_destroy(&actions);
    struct rusage usage {};
    if (wait4(pid, &run.status, 0, &usage) != pid)
        run.status = -1;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    run.peakResidentBytes = double(usage.ru_maxrss) * 1024.0;
    return run;
}

// What twarc-csv and twarc-network do at the least with every line.
const char *const kPythonScript = "import json, sys\n"
                                  "n = 0\n"
                                  "with open(sys.argv[1], encoding='utf-8') as f:\n"
                                  "    for line in f:\n"
                                  "        if line.strip():\n"
                                  "            json.loads(line)\n"
                                  "            n += 1\n"
                                  "print(n)\n";

std::string python()
{
    const QByteArray v = qgetenv("CASCADE_BENCH_PYTHON");
    return v.isEmpty() ? std::string("/usr/bin/python3") : v.toStdString();
}

ImportFormat formatOf(const benchmark::State &state)
{
    return state.range(0) == 1 ? ImportFormat::Twarc : ImportFormat::Twarc2;
}

void BM_Import(benchmark::State &state)
{
    const ImportFormat format = formatOf(state);
    const SyntheticFile &file = syntheticFile(format, envMegabytes("CASCADE_BENCH_IMPORT_MB", 512));
    ImportOptions options;
    options.format = format;
    ImportReport report;
    for (auto _ : state) {
        ImportResult r = importFiles({file.path}, options);
        if (!r.ok()) {
            state.SkipWithError(qPrintable(r.error));
            return;
        }
        report = r.report;
        state.PauseTiming();
        r = ImportResult{};
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * file.bytes);
    state.SetLabel(importFormatName(format));
    state.counters["file_MB"] = double(file.bytes) / 1e6;
    state.counters["MB/s"] = benchmark::Counter(double(file.bytes) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["lines"] = double(file.lines);
    state.counters["posts"] = double(report.postsImported);
    state.counters["actors"] = double(report.actorsImported);
    state.counters["duplicates"] = double(report.duplicates);
}
BENCHMARK(BM_Import)->Arg(1)->Arg(2)->ArgName("twarc1_twarc2")->Unit(benchmark::kMillisecond)->UseRealTime();

// The same file through python3's json.loads, line by line: wall time of the child.
void BM_PythonJsonLoads(benchmark::State &state)
{
    const ImportFormat format = formatOf(state);
    const SyntheticFile &file = syntheticFile(format, envMegabytes("CASCADE_BENCH_IMPORT_MB", 512));
    const std::vector<std::string> argv{python(), "-c", kPythonScript, QFile::encodeName(file.path).toStdString()};
    for (auto _ : state) {
        const ChildRun run = runChild(argv);
        if (!run.ok()) {
            state.SkipWithError("python3 failed");
            return;
        }
        state.SetIterationTime(run.seconds);
    }
    state.SetBytesProcessed(state.iterations() * file.bytes);
    state.SetLabel(importFormatName(format));
    state.counters["file_MB"] = double(file.bytes) / 1e6;
    state.counters["MB/s"] = benchmark::Counter(double(file.bytes) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_PythonJsonLoads)->Arg(1)->Arg(2)->ArgName("twarc1_twarc2")->Unit(benchmark::kMillisecond)->UseManualTime();

std::string cascadeBinary()
{
    const QByteArray v = qgetenv("CASCADE_BENCH_CLI");
    if (!v.isEmpty())
        return v.toStdString();
    // build/tests/bench/bench_import -> build/app/cascade
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return (self.parent_path().parent_path().parent_path() / "app" / "cascade").string();
}

// Peak resident memory of `cascade import` (a child: its ru_maxrss) on a 2 GB input,
// beside the heap of the case importFiles() builds from it in this process. Runs only
// with CASCADE_BENCH_RSS=1; the input is deleted afterwards.
void BM_ImportPeakRss(benchmark::State &state)
{
    if (qEnvironmentVariable("CASCADE_BENCH_RSS") != QLatin1String("1")) {
        state.SkipWithError("set CASCADE_BENCH_RSS=1 to write a 2 GB input and run it");
        return;
    }
    const ImportFormat format = formatOf(state);
    const std::int64_t megabytes = envMegabytes("CASCADE_BENCH_RSS_MB", 2048);
    const std::string cli = cascadeBinary();
    if (!QFileInfo::exists(QString::fromStdString(cli))) {
        state.SkipWithError(("no " + cli + ": build the cascade target (or set CASCADE_BENCH_CLI)").c_str());
        return;
    }
    const SyntheticFile file = writeSynthetic(templateFor(format),
                                              tempDir().filePath(QStringLiteral("rss-%1.jsonl").arg(QLatin1String(importFormatName(format)))),
                                              megabytes * 1'000'000);
    const QString out = tempDir().filePath(QStringLiteral("rss.cascade.json"));
    ChildRun run;
    double caseHeap = 0;
    ImportReport report;
    for (auto _ : state) {
        run = runChild({cli, "import", "--format", importFormatName(format), QFile::encodeName(file.path).toStdString(),
                        "-o", QFile::encodeName(out).toStdString()});
        if (!run.ok()) {
            state.SkipWithError("cascade import failed");
            break;
        }
        state.SetIterationTime(run.seconds);
        state.PauseTiming();
        ImportOptions options;
        options.format = format;
        const double before = heapInUse();
        ImportResult r = importFiles({file.path}, options);
        caseHeap = heapInUse() - before;
        report = r.report;
        state.ResumeTiming();
    }
    QFile::remove(file.path);
    QFile::remove(out);
    state.SetLabel(importFormatName(format));
    state.counters["file_MB"] = double(file.bytes) / 1e6;
    state.counters["posts"] = double(report.postsImported);
    state.counters["actors"] = double(report.actorsImported);
    state.counters["peak_RSS_MB"] = run.peakResidentBytes / 1e6;
    state.counters["case_heap_MB"] = caseHeap / 1e6;
    state.counters["RSS_minus_heap_MB"] = (run.peakResidentBytes - caseHeap) / 1e6;
    state.counters["MB/s"] = double(file.bytes) / 1e6 / std::max(run.seconds, 1e-9);
}
BENCHMARK(BM_ImportPeakRss)->Arg(1)->Arg(2)->ArgName("twarc1_twarc2")->Iterations(1)->Unit(benchmark::kSecond)->UseManualTime();

} // namespace

BENCHMARK_MAIN();
