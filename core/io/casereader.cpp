// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the native case file: the file-level checks, and the choice between the AVX2
// and the portable build of the parser (casereader.inc).
#include "core/io/casefile.h"

#include "core/io/jsontext.h"
#include "core/io/largepages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>

namespace cascade {

namespace reader_generic {
ReadResult readBuffer(char *base, std::size_t length, std::size_t capacity, const QString &name,
                      const ReadOptions &options);
}
#if defined(__x86_64__)
namespace reader_haswell {
ReadResult readBuffer(char *base, std::size_t length, std::size_t capacity, const QString &name,
                      const ReadOptions &options);
}
#endif

namespace {

// The texts of this file, for Qt Linguist (the context "CaseReader", as those of
// casereader.inc).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseReader)
};

// Bytes simdjson may read past the end of the text (simdjson::SIMDJSON_PADDING).
constexpr std::size_t kPadding = 64;

bool cpuHasAvx2()
{
#if defined(__x86_64__)
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi")
        && __builtin_cpu_supports("pclmul");
    return has;
#else
    return false;
#endif
}

ReadResult readPadded(char *base, std::size_t length, const QString &name, const ReadOptions &options)
{
#if defined(__x86_64__)
    if (cpuHasAvx2() && qEnvironmentVariableIsEmpty("CASCADE_PORTABLE_READER"))
        return reader_haswell::readBuffer(base, length, length + kPadding, name, options);
#endif
    return reader_generic::readBuffer(base, length, length + kPadding, name, options);
}

// The readers' lookup tables address their keys with 32 bits: 4 GiB is the most any
// ReadOptions::maxFileBytes can allow.
std::int64_t fileLimit(const ReadOptions &options)
{
    return std::min<std::int64_t>(options.maxFileBytes, (std::int64_t(1) << 32) - 1);
}

ReadResult tooLarge(const QString &name, std::int64_t size, const ReadOptions &options)
{
    ReadResult result;
    result.problems.push_back({name, 1, 1, {},
                               Text::tr("file is %1, larger than the limit of %2 for case files")
                                   .arg(json::formatByteSize(size), json::formatByteSize(fileLimit(options)))});
    return result;
}

ReadResult fileError(const QString &name, const QString &message)
{
    ReadResult result;
    result.problems.push_back({name, 1, 1, {}, message});
    return result;
}

} // namespace

QString CaseFileProblem::toString() const
{
    QString s = file;
    if (line > 0)
        s += QLatin1Char(':') + QString::number(line) + QLatin1Char(':') + QString::number(column);
    s += QStringLiteral(": ");
    if (!path.isEmpty())
        s += path + QStringLiteral(": ");
    return s + message;
}

QString ReadResult::errorText() const
{
    QStringList lines;
    for (const CaseFileProblem &p : problems)
        lines << p.toString();
    if (cancelled)
        lines << QStringLiteral("cancelled"); // the project's mark of a cancel, as the importers': not translated
    return lines.join(QLatin1Char('\n'));
}

ReadResult readCaseBytes(QByteArrayView data, const QString &name, const ReadOptions &options)
{
    if (data.size() > fileLimit(options))
        return tooLarge(name, data.size(), options);
    const auto length = static_cast<std::size_t>(data.size());
    LargeBuffer buffer(length + kPadding);
    if (!buffer.data())
        return fileError(name, Text::tr("not enough memory to read the case"));
    if (length)
        std::memcpy(buffer.data(), data.data(), length);
    std::memset(buffer.data() + length, 0, kPadding);
    return readPadded(buffer.data(), length, name, options);
}

ReadResult readCaseFile(const QString &path, const ReadOptions &options)
{
    if (QFileInfo(path).isDir())
        return fileError(path, Text::tr("is a folder, not a case file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, Text::tr("cannot open: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size > fileLimit(options))
        return tooLarge(path, size, options);
    const auto length = static_cast<std::size_t>(size);
    LargeBuffer buffer(length + kPadding);
    if (!buffer.data())
        return fileError(path, Text::tr("not enough memory to read the file"));
    std::size_t done = 0;
    while (done < length) {
        const qint64 n = file.read(buffer.data() + done, static_cast<qint64>(length - done));
        if (n <= 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    if (done != length)
        return fileError(path, Text::tr("read error: %1").arg(file.errorString()));
    std::memset(buffer.data() + length, 0, kPadding);
    return readPadded(buffer.data(), length, path, options);
}

} // namespace cascade
