// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harnesses for the importers and the format detector (scripts/fuzz;
// docs/reliability.md). Built once per target from this file, CASCADE_FUZZ_FORMAT naming
// the format forced on every input ("twarc", "twarc2", "bluesky", "mastodon", "tags",
// "nodexl"), or unset for the detector. The importers read files, so each input is
// written to one file in a temporary folder first. Whatever the input, a property that
// fails aborts:
// - an import returns either a case or an error ("FILE...: message"), never both; the
//   report's figures are not negative, every skip reason counts at least one record,
//   no more records are skipped than were read, and the posts and actors imported are
//   those of the case;
// - a Bluesky or Mastodon file, one JSON document, imports only when it is valid JSON
//   (json::diagnoseJson): a broken document is refused whole, never imported in part
//   (tests/core/import_brokenjson_test.cpp breaks each fixture at every structural byte);
// - a case it returns is valid (Case::checkInvariants) and survives a round trip
//   through the case writer and reader (the same case, the same bytes written again);
// - detector: the same answer twice; a reason when it finds no format; a detected
//   format that has an importer imports under the properties above.
#include "core/io/casefile.h"
#include "core/io/import/importer.h"
#include "core/io/jsondiagnose.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_import: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

// The one file every input is written to (a memory-backed folder where there is one).
QString inputPath()
{
    static std::unique_ptr<QTemporaryDir> dir;
    if (!dir) {
        const QString shm = QStringLiteral("/dev/shm");
        dir = std::make_unique<QTemporaryDir>((QDir(shm).exists() ? shm : QDir::tempPath()) + QStringLiteral("/cascade-fuzz-XXXXXX"));
        if (!dir->isValid())
            fail("cannot make a temporary folder");
    }
#ifdef CASCADE_FUZZ_INPUT_NAME
    return dir->filePath(QStringLiteral(CASCADE_FUZZ_INPUT_NAME)); // a format known by its file name
#else
    return dir->filePath(QStringLiteral("input"));
#endif
}

QString writeInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = inputPath();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) != static_cast<qint64>(size))
        fail("cannot write the input file", f.errorString());
    return path;
}

void checkImport(const cascade::ImportResult &r, const QString &path)
{
    const cascade::ImportReport &report = r.report;
    if (report.recordsRead < 0 || report.postsImported < 0 || report.actorsImported < 0 || report.duplicates < 0)
        fail("a negative figure in the report", report.toText());
    for (const auto &[reason, count] : report.skipped)
        if (reason.isEmpty() || count < 1)
            fail("a skip reason without a name or a record", report.toText());
    if (report.skippedTotal() > report.recordsRead)
        fail("more records skipped than read", report.toText());
    if (!r.ok()) {
        if (r.error.isEmpty())
            fail("a failed import without an error");
        if (!r.error.startsWith(path))
            fail("an import error that does not name the file", r.error);
        return;
    }
    if (!r.error.isEmpty())
        fail("an import with both a case and an error", r.error);
    const cascade::Case &c = *r.value;
    if (c.events.empty())
        fail("an imported case without events", report.toText());
    if (const QString broken = c.checkInvariants(); !broken.isEmpty())
        fail("the imported case is not valid", broken);
    if (report.postsImported != static_cast<std::int64_t>(c.events.size())
        || report.actorsImported != static_cast<std::int64_t>(c.actors.size()))
        fail("the report's posts or actors are not the case's", report.toText());
    const std::string text = cascade::serializeCase(c);
    const cascade::ReadResult back = cascade::readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("fuzz.json"));
    if (!back.ok())
        fail("the imported case, written, cannot be read back", back.errorText() + QStringLiteral("\n--\n") + QString::fromStdString(text));
    if (!(*back.value == c))
        fail("the imported case read back differs", QString::fromStdString(text));
    if (cascade::serializeCase(*back.value) != text)
        fail("writing the imported case read back gives other bytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = writeInput(data, size);
    cascade::ImportOptions options;
#ifdef CASCADE_FUZZ_FORMAT
    const auto format = cascade::importFormatFromName(QStringLiteral(CASCADE_FUZZ_FORMAT));
    if (!format)
        fail("unknown CASCADE_FUZZ_FORMAT");
    options.format = *format;
#else
    QString why, whyAgain;
    const cascade::ImportFormat format = cascade::detectImportFormat(path, &why);
    if (cascade::detectImportFormat(path, &whyAgain) != format || why != whyAgain)
        fail("the detector gives two answers for one file");
    if (format == cascade::ImportFormat::Auto) {
        if (why.isEmpty())
            fail("no format found and no reason given");
        return 0;
    }
    if (format == cascade::ImportFormat::XArchive)
        return 0; // its importer is fuzzed elsewhere
    options.format = cascade::ImportFormat::Auto; // the import detects it again
#endif
    const cascade::ImportResult result = cascade::importFiles({path}, options);
    checkImport(result, path);
#ifdef CASCADE_FUZZ_FORMAT
    const std::string_view name(CASCADE_FUZZ_FORMAT);
    if ((name == "bluesky" || name == "mastodon") && result.ok()
        && cascade::json::diagnoseJson(std::string_view(reinterpret_cast<const char *>(data), size), 256))
        fail("a file that is not JSON was imported", result.report.toText());
#endif
    return 0;
}
