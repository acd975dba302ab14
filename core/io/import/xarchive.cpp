// SPDX-License-Identifier: GPL-3.0-or-later
// X (Twitter) account archive: the unzipped folder (or its data/ folder), a single
// tweets.js / tweet.js, or the archive's .zip, whose entries are read in memory through
// libzip (nothing is extracted to disk). Every data file is a JavaScript assignment,
// `window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]`: the array after the first "=" is
// read as JSON, never evaluated. The tweets are v1.1-shaped with every number written as
// a string, and carry no user object: the author is the account owner (account.js).
#include "core/io/import/importers.h"

#include "core/io/import/importtext.h"
#include "core/io/import/linereader.h"

#include "core/io/import/jsonhelpers.inc"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <zip.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace cascade {

namespace {

using namespace importjson;

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString kPlatform = QStringLiteral("twitter");

// Why records are skipped: keys of ImportReport::skipped, translated where they are shown.
const QString kNotATweet = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "not a tweet"));
const QString kPlaceholderOwner = QStringLiteral("archive-owner");
constexpr std::size_t kAssignmentMaxBytes = 1024; // "window.YTD.tweets.part0 " is far shorter

// The part number of a tweets data file ("tweets.js" 0, "tweets-part1.js" 1, and the
// older "tweet.js", "tweet-part1.js"), or -1 for any other file name.
int tweetPart(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("^tweets?(?:-part(\\d{1,6}))?\\.js$"));
    const QRegularExpressionMatch m = re.match(fileName);
    if (!m.hasMatch())
        return -1;
    return m.capturedLength(1) > 0 ? m.captured(1).toInt() : 0;
}

// A zip entry name that leaves the archive's root: absolute, a drive letter, or a ".."
// part (with "/" or "\" as separator).
bool climbsOut(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return true;
    if (name.size() >= 2 && name[1] == QLatin1Char(':') && name[0].isLetter())
        return true;
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    const QStringList parts = name.split(separators);
    return std::any_of(parts.begin(), parts.end(), [](const QString &p) { return p == QLatin1String(".."); });
}

// A folder of a zip that may hold the archive's tweets: the root, "data/" or ".../data/".
bool tweetFolder(const QString &dir)
{
    return dir.isEmpty() || dir == QLatin1String("data/") || dir.endsWith(QLatin1String("/data/"));
}

QString zipErrorText(int code)
{
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&e));
    zip_error_fini(&e);
    return text;
}

struct ZipCloser {
    void operator()(zip_t *z) const { zip_discard(z); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipCloser>;

// One data file of the archive: a file on disk, or an entry of the zip.
struct DataFile {
    QString label; // names it in messages: its path, or "ARCHIVE.zip/data/tweets.js"
    QString path;  // on disk (folder or single file)
    zip_int64_t entry = -1;
    int part = 0;
};

// Where the archive's data files are and how to read them.
class ArchiveFiles {
public:
    ArchiveFiles(const QString &input, std::int64_t maxBytes) : m_input(input), m_maxBytes(maxBytes) { }

    bool open(QString &error);
    const std::vector<DataFile> &tweets() const { return m_tweets; }
    const std::optional<DataFile> &account() const { return m_account; }
    const QStringList &notRead() const { return m_notRead; }
    // The whole file with LineReader::kPadding zero bytes after it.
    bool read(const DataFile &f, std::vector<char> &out, QString &error) const;

private:
    bool openFolder(const QString &folder, QString &error);
    bool openZip(QString &error);
    void openSingleFile();

    QString m_input;
    std::int64_t m_maxBytes;
    ZipHandle m_zip;
    std::vector<DataFile> m_tweets;
    std::optional<DataFile> m_account;
    QStringList m_notRead; // tweet parts beside a single file given alone
};

void sortParts(std::vector<DataFile> &files)
{
    std::sort(files.begin(), files.end(), [](const DataFile &a, const DataFile &b) {
        return a.part != b.part ? a.part < b.part : a.label < b.label;
    });
}

bool ArchiveFiles::open(QString &error)
{
    const QFileInfo info(m_input);
    if (info.isDir()) {
        const QDir dir(m_input);
        if (dir.exists(QStringLiteral("data")) && QFileInfo(dir.filePath(QStringLiteral("data"))).isDir()) {
            const QDir data(dir.filePath(QStringLiteral("data")));
            const QStringList names = data.entryList(QDir::Files);
            if (std::any_of(names.begin(), names.end(), [](const QString &n) { return tweetPart(n) >= 0; }))
                return openFolder(data.path(), error);
        }
        return openFolder(m_input, error);
    }
    QFile f(m_input);
    if (!f.open(QIODevice::ReadOnly)) {
        error = Text::tr("%1: cannot read: %2").arg(m_input, f.errorString());
        return false;
    }
    const QByteArray magic = f.read(4);
    f.close();
    if (magic == QByteArray("PK\x03\x04", 4) || magic == QByteArray("PK\x05\x06", 4))
        return openZip(error);
    openSingleFile();
    return true;
}

bool ArchiveFiles::openFolder(const QString &folder, QString &error)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        const int part = tweetPart(name);
        if (part >= 0)
            m_tweets.push_back({QDir::cleanPath(dir.filePath(name)), dir.filePath(name), -1, part});
    }
    if (m_tweets.empty()) {
        error = Text::tr("%1: no tweets.js or tweet.js here nor in its data/ folder: not an X account archive")
                    .arg(m_input);
        return false;
    }
    sortParts(m_tweets);
    if (dir.exists(QStringLiteral("account.js"))) {
        const QString path = dir.filePath(QStringLiteral("account.js"));
        m_account = DataFile{QDir::cleanPath(path), path, -1, 0};
    }
    return true;
}

void ArchiveFiles::openSingleFile()
{
    const QFileInfo info(m_input);
    m_tweets.push_back({m_input, m_input, -1, 0});
    const QDir dir = info.dir();
    if (tweetPart(info.fileName()) >= 0) {
        for (const QString &name : dir.entryList(QDir::Files))
            if (name != info.fileName() && tweetPart(name) >= 0)
                m_notRead.push_back(name);
    }
    if (dir.exists(QStringLiteral("account.js")) && info.fileName() != QLatin1String("account.js")) {
        const QString path = dir.filePath(QStringLiteral("account.js"));
        m_account = DataFile{QDir::cleanPath(path), path, -1, 0};
    }
}

bool ArchiveFiles::openZip(QString &error)
{
    int code = 0;
    m_zip.reset(zip_open(QFile::encodeName(m_input).constData(), ZIP_RDONLY, &code));
    if (!m_zip) {
        error = Text::tr("%1: not a readable zip archive: %2").arg(m_input, zipErrorText(code));
        return false;
    }
    const zip_int64_t count = zip_get_num_entries(m_zip.get(), 0);
    // Tweets and account files by folder; the shallowest folder holding tweets wins.
    std::map<QString, std::vector<DataFile>> tweetsByFolder;
    std::map<QString, DataFile> accountByFolder;
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(m_zip.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
        if (!raw) {
            error = Text::tr("%1: entry %2 of the zip has no readable name: %3")
                        .arg(m_input, QString::number(i), QString::fromUtf8(zip_strerror(m_zip.get())));
            return false;
        }
        const QString name = QString::fromUtf8(raw);
        if (climbsOut(name)) {
            error = Text::tr("%1: the zip entry \"%2\" points outside the archive (an absolute path or \"..\"); "
                             "the archive is refused")
                        .arg(m_input, name);
            return false;
        }
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        const QString folder = name.left(slash + 1);
        const QString file = name.mid(slash + 1);
        if (!tweetFolder(folder))
            continue;
        const QString label = m_input + QLatin1Char('/') + name;
        if (const int part = tweetPart(file); part >= 0)
            tweetsByFolder[folder].push_back({label, {}, i, part});
        else if (file == QLatin1String("account.js"))
            accountByFolder[folder] = DataFile{label, {}, i, 0};
    }
    if (tweetsByFolder.empty()) {
        error = Text::tr("%1: the zip holds no data/tweets.js or data/tweet.js: not an X account archive").arg(m_input);
        return false;
    }
    auto best = tweetsByFolder.begin();
    for (auto it = tweetsByFolder.begin(); it != tweetsByFolder.end(); ++it)
        if (it->first.count(QLatin1Char('/')) < best->first.count(QLatin1Char('/')))
            best = it;
    m_tweets = best->second;
    sortParts(m_tweets);
    if (const auto a = accountByFolder.find(best->first); a != accountByFolder.end())
        m_account = a->second;
    return true;
}

bool ArchiveFiles::read(const DataFile &f, std::vector<char> &out, QString &error) const
{
    if (f.entry < 0) {
        out = readPaddedFile(f.path, m_maxBytes, &error);
        return error.isEmpty();
    }
    const auto index = static_cast<zip_uint64_t>(f.entry);
    auto tooLarge = [&f, this] {
        return Text::tr("%1: larger than %2 bytes unpacked, the limit for a single JSON document")
            .arg(f.label, QString::number(m_maxBytes));
    };
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip.get(), index, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) != 0
        && st.size > static_cast<zip_uint64_t>(m_maxBytes)) {
        error = tooLarge();
        return false;
    }
    zip_file_t *file = zip_fopen_index(m_zip.get(), index, 0);
    if (!file) {
        error = Text::tr("%1: cannot read from the zip: %2").arg(f.label, QString::fromUtf8(zip_strerror(m_zip.get())));
        return false;
    }
    out.clear();
    if ((st.valid & ZIP_STAT_SIZE) != 0)
        out.reserve(static_cast<std::size_t>(st.size) + LineReader::kPadding);
    constexpr std::size_t kChunk = std::size_t(1) << 20;
    bool ok = true;
    while (true) {
        const std::size_t had = out.size();
        out.resize(had + kChunk);
        const zip_int64_t n = zip_fread(file, out.data() + had, kChunk);
        if (n < 0) {
            error = Text::tr("%1: cannot read from the zip: %2").arg(f.label, QString::fromUtf8(zip_file_strerror(file)));
            ok = false;
            break;
        }
        out.resize(had + static_cast<std::size_t>(n));
        if (static_cast<std::int64_t>(out.size()) > m_maxBytes) {
            error = tooLarge(); // the entry's header understated its size
            ok = false;
            break;
        }
        if (n == 0)
            break;
    }
    zip_fclose(file);
    if (!ok) {
        out.clear();
        return false;
    }
    out.resize(out.size() + LineReader::kPadding, 0);
    return true;
}

// The JSON array of a data file: where it lies and what the assignment named.
struct JsArray {
    std::size_t begin = 0; // the "["
    std::size_t end = 0;   // past the "]" (a trailing ";" and white space left out)
    std::int64_t line = 1; // of the "["
    QString global;        // "tweets" for "window.YTD.tweets.part0", empty for another name
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Finds `NAME = [` at the start of `text`; false with `error` (without the file's name).
bool locateArray(std::string_view text, JsArray &out, QString &error, std::int64_t &errorLine)
{
    std::size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    const std::size_t eq = text.find('=', pos);
    std::string_view lhs = eq == std::string_view::npos || eq - pos > kAssignmentMaxBytes ? std::string_view()
                                                                                           : text.substr(pos, eq - pos);
    while (!lhs.empty() && isSpace(lhs.back()))
        lhs.remove_suffix(1);
    const bool name = !lhs.empty() && std::all_of(lhs.begin(), lhs.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '.';
    });
    errorLine = 0;
    if (!name) {
        error = Text::tr("not an X archive data file: it does not start with an assignment such as "
                         "\"window.YTD.tweets.part0 = [\"");
        return false;
    }
    if (lhs.substr(0, 10) == "Grailbird.") {
        error = Text::tr("a file of the legacy archive (Grailbird, data/js/tweets/) is not read: "
                         "use a newer archive, whose data/ folder holds tweets.js");
        return false;
    }
    if (lhs.substr(0, 11) == "window.YTD.") {
        std::string_view global = lhs.substr(11);
        if (const std::size_t dot = global.find('.'); dot != std::string_view::npos)
            global = global.substr(0, dot);
        out.global = toQString(global);
    }
    std::size_t b = eq + 1;
    while (b < text.size() && isSpace(text[b]))
        ++b;
    if (b >= text.size() || text[b] != '[') {
        errorLine = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(std::min(b, text.size())), '\n');
        error = Text::tr("not an X archive data file: \"=\" is not followed by a JSON array");
        return false;
    }
    std::size_t e = text.size();
    while (e > b && isSpace(text[e - 1]))
        --e;
    if (e > b && text[e - 1] == ';')
        --e;
    while (e > b && isSpace(text[e - 1]))
        --e;
    out.begin = b;
    out.end = e;
    out.line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(b), '\n');
    return true;
}

// Line numbers of positions met in increasing order.
class LineCounter {
public:
    LineCounter(const char *start, std::int64_t line) : m_at(start), m_line(line) { }
    std::int64_t lineAt(const char *p)
    {
        if (p > m_at) {
            m_line += std::count(m_at, p, '\n');
            m_at = p;
        }
        return m_line;
    }

private:
    const char *m_at;
    std::int64_t m_line;
};

struct ArchiveMention {
    QString id;
    QString handle;
    QString name;
    std::int64_t start = -1;
    std::int64_t end = -1;
};

struct ArchiveTweet {
    QString id;
    std::string createdAt;
    QString text;
    std::int64_t displayStart = -1;
    QString replyToStatus;
    QString replyToUser;
    QString replyToHandle;
    QString quotedId;
    QString lang;
    std::vector<ArchiveMention> mentions;
    QStringList urls;
};

// Ids that stand for "unknown" in the archive.
QString cleanId(const QString &id)
{
    return id == QLatin1String("-1") || id == QLatin1String("0") ? QString() : id;
}

void readMentions(od::array list, std::vector<ArchiveMention> &out)
{
    for (auto item : list) {
        od::object m;
        if (!got(item.get_object().get(m)))
            continue;
        ArchiveMention mention;
        for (auto field : m) {
            std::string_view key;
            if (!got(field.unescaped_key().get(key)))
                continue;
            od::value v = field.value();
            if (key == "id_str" || (key == "id" && mention.id.isEmpty()))
                mention.id = idString(v);
            else if (key == "screen_name")
                mention.handle = stringValue(v);
            else if (key == "name")
                mention.name = stringValue(v);
            else if (key == "indices")
                indexPair(v, mention.start, mention.end);
        }
        mention.id = cleanId(mention.id);
        if (!mention.id.isEmpty() || !mention.handle.isEmpty())
            out.push_back(std::move(mention));
    }
}

void readEntities(od::object entities, ArchiveTweet &t)
{
    for (auto field : entities) {
        std::string_view key;
        if (!got(field.unescaped_key().get(key)))
            continue;
        od::array list;
        if (key == "user_mentions" && got(field.value().get_array().get(list)))
            readMentions(list, t.mentions);
        else if (key == "urls" && got(field.value().get_array().get(list)))
            readExpandedUrls(list, t.urls);
    }
}

void readTweet(od::object obj, ArchiveTweet &t)
{
    for (auto field : obj) {
        std::string_view key;
        if (!got(field.unescaped_key().get(key)))
            throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
        od::value v = field.value();
        od::object o;
        std::int64_t end = 0;
        if (key == "id_str") {
            t.id = idString(v);
        } else if (key == "id") {
            if (t.id.isEmpty())
                t.id = idString(v);
        } else if (key == "created_at") {
            t.createdAt = std::string(stringView(v));
        } else if (key == "full_text" || key == "text") {
            if (key == "full_text" || t.text.isEmpty())
                t.text = stringValue(v);
        } else if (key == "display_text_range") {
            indexPair(v, t.displayStart, end);
        } else if (key == "in_reply_to_status_id_str" || key == "in_reply_to_status_id") {
            if (t.replyToStatus.isEmpty())
                t.replyToStatus = cleanId(idString(v));
        } else if (key == "in_reply_to_user_id_str" || key == "in_reply_to_user_id") {
            if (t.replyToUser.isEmpty())
                t.replyToUser = cleanId(idString(v));
        } else if (key == "in_reply_to_screen_name") {
            t.replyToHandle = stringValue(v);
        } else if (key == "quoted_status_id_str" || key == "quoted_status_id") {
            if (t.quotedId.isEmpty())
                t.quotedId = cleanId(idString(v));
        } else if (key == "lang") {
            t.lang = stringValue(v);
        } else if (key == "entities" && got(v.get_object().get(o))) {
            readEntities(o, t);
        }
    }
}

// A link to a post ("https://twitter.com/bob/status/1000"): the archive's only trace of
// a quote. Returns the handle and the id.
std::optional<std::pair<QString, QString>> statusLink(const QString &url)
{
    static const QRegularExpression re(
        QStringLiteral("^https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/([A-Za-z0-9_]{1,50})/status(?:es)?/(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(url);
    if (!m.hasMatch())
        return std::nullopt;
    QString handle = m.captured(1);
    if (handle.compare(QLatin1String("i"), Qt::CaseInsensitive) == 0)
        handle.clear(); // twitter.com/i/status/ID names no author
    return std::make_pair(handle, m.captured(2));
}

class XArchiveImporter {
public:
    XArchiveImporter(ImportInput &in, std::int64_t maxBytes) : m_in(in), m_files(in.path, maxBytes) { }

    bool run();

private:
    bool readOwner();
    bool readTweets(const DataFile &f);
    void emitTweet(ImportInput &in, const ArchiveTweet &t, std::int64_t line);
    bool failIn(const QString &message)
    {
        m_in.error = message;
        return false;
    }

    ImportInput &m_in;
    ArchiveFiles m_files;
    od::parser m_parser;
    ActorRecord m_owner;
};

bool XArchiveImporter::run()
{
    QString error;
    if (!m_files.open(error))
        return failIn(error);
    if (!readOwner())
        return false;
    m_in.builder.addActor(m_owner);
    if (!m_files.notRead().isEmpty())
        m_in.builder.report().warnings.push_back(
            Text::tr("%1: only this file is read, not %2 beside it; give the folder to read every part")
                .arg(m_in.path, m_files.notRead().join(QStringLiteral(", "))));
    for (const DataFile &f : m_files.tweets())
        if (!readTweets(f))
            return false;
    return true;
}

// The owner from account.js; a placeholder (with a warning) when it is absent or names none.
bool XArchiveImporter::readOwner()
{
    m_owner.platform = kPlatform;
    m_owner.seenAt = std::numeric_limits<TimeMs>::max(); // the handle at the archive's making is the newest
    QString problem;
    if (const std::optional<DataFile> &f = m_files.account(); !f) {
        problem = Text::tr("%1: no account.js beside the tweets").arg(m_in.path);
    } else {
        std::vector<char> data;
        QString error;
        if (!m_files.read(*f, data, error))
            return failIn(error);
        const std::string_view text(data.data(), data.size() - LineReader::kPadding);
        JsArray array;
        std::int64_t line = 0;
        if (!locateArray(text, array, error, line)) {
            problem = Text::tr("%1: %2").arg(f->label, error);
        } else {
            try {
                requireJson(text.substr(array.begin, array.end - array.begin));
                od::document doc = m_parser.iterate(data.data() + array.begin, array.end - array.begin,
                                                    data.size() - array.begin);
                for (auto item : doc.get_array()) {
                    od::object wrapper;
                    if (!got(item.get_object().get(wrapper)))
                        continue;
                    od::value account;
                    if (!got(wrapper["account"].get(account)))
                        continue;
                    od::object a;
                    if (!got(account.get_object().get(a)))
                        continue;
                    for (auto field : a) {
                        std::string_view key = field.unescaped_key();
                        od::value v = field.value();
                        if (key == "accountId")
                            m_owner.id = cleanId(idString(v));
                        else if (key == "username")
                            m_owner.handle = stringValue(v);
                        else if (key == "accountDisplayName")
                            m_owner.name = stringValue(v);
                    }
                    if (!m_owner.id.isEmpty())
                        break;
                }
            } catch (const simdjson::simdjson_error &) {
                m_owner = ActorRecord{kPlatform, {}, {}, {}, {}, m_owner.seenAt};
                problem = Text::tr("%1: not valid JSON after \"=\" (%2)")
                              .arg(f->label, jsonProblem(text.substr(array.begin, array.end - array.begin)));
            }
            if (problem.isEmpty() && m_owner.id.isEmpty())
                problem = Text::tr("%1: names no accountId").arg(f->label);
        }
    }
    if (!problem.isEmpty()) {
        m_owner.id = kPlaceholderOwner;
        m_owner.handle = kPlaceholderOwner;
        m_owner.name = Text::tr("Owner of the archive (unknown)");
        m_in.builder.report().warnings.push_back(
            Text::tr("%1: the owner of the archive is unknown; its tweets are credited to the placeholder @%2")
                .arg(problem, kPlaceholderOwner));
    }
    return true;
}

bool XArchiveImporter::readTweets(const DataFile &f)
{
    std::vector<char> data;
    QString error;
    if (!m_files.read(f, data, error))
        return failIn(error);
    ImportInput in{f.label, m_in.builder, {}, m_in.invalidLinesNoted};
    const std::string_view text(data.data(), data.size() - LineReader::kPadding);
    JsArray array;
    std::int64_t line = 0;
    if (!locateArray(text, array, error, line)) {
        in.fail(line, error);
        return failIn(in.error);
    }
    if (!array.global.isEmpty() && array.global != QLatin1String("tweets") && array.global != QLatin1String("tweet")) {
        in.fail(array.line,
                Text::tr("holds window.YTD.%1, not tweets (window.YTD.tweets or window.YTD.tweet)").arg(array.global));
        return failIn(in.error);
    }
    const char *start = data.data() + array.begin;
    const std::string_view json(start, array.end - array.begin);
    LineCounter lines(start, array.line);
    if (const std::optional<json::SyntaxProblem> problem = jsonSyntaxProblem(json)) {
        in.fail(lines.lineAt(start + problem->offset), Text::tr("not valid JSON after \"=\" (%1)").arg(describeJsonProblem(problem)));
        m_in.invalidLinesNoted = in.invalidLinesNoted;
        return failIn(in.error);
    }
    try {
        od::document doc = m_parser.iterate(start, json.size(), data.size() - array.begin);
        od::array items = doc.get_array();
        std::int64_t n = 0;
        for (auto item : items) {
            const char *at = nullptr;
            const std::int64_t itemLine = doc.current_location().get(at) == simdjson::SUCCESS ? lines.lineAt(at) : 0;
            if (++n % ImportInput::kProgressItems == 0 && at
                && !m_in.reportProgress(at - data.data(), static_cast<std::int64_t>(data.size() - LineReader::kPadding)))
                return failIn(QStringLiteral("cancelled"));
            od::value record = item.value();
            ++m_in.builder.report().recordsRead;
            od::object wrapper;
            if (!got(record.get_object().get(wrapper))) {
                in.skipWithNote(kNotATweet, itemLine, Text::tr("an item that is not an object"));
                continue;
            }
            ArchiveTweet t;
            bool found = false;
            for (auto field : wrapper) {
                std::string_view key = field.unescaped_key();
                od::object o;
                if (key == "tweet" && got(field.value().get_object().get(o))) {
                    readTweet(o, t);
                    found = true;
                }
            }
            if (!found || t.id.isEmpty()) {
                in.skipWithNote(kNotATweet, itemLine,
                                found ? Text::tr("a tweet without id_str") : Text::tr("an item without \"tweet\""));
                continue;
            }
            emitTweet(in, t, itemLine);
        }
    } catch (const simdjson::simdjson_error &) {
        // Valid JSON the parser still refused (a number beyond what it reads, say).
        in.fail(array.line, Text::tr("not valid JSON after \"=\" (%1)").arg(jsonProblem(json)));
        m_in.invalidLinesNoted = in.invalidLinesNoted;
        return failIn(in.error);
    }
    m_in.invalidLinesNoted = in.invalidLinesNoted;
    return true;
}

void XArchiveImporter::emitTweet(ImportInput &in, const ArchiveTweet &t, std::int64_t line)
{
    const std::optional<TimeMs> time = importtext::parseTwitterTime(t.createdAt);
    if (!time) {
        in.skipWithNote(kReasonImpossibleDate, line,
                        Text::tr("tweet %1 has the date \"%2\"").arg(t.id, QString::fromStdString(t.createdAt)));
        return;
    }
    // The accounts the tweet names, with the handle they had then: the newest wins.
    for (const ArchiveMention &m : t.mentions)
        if (!m.id.isEmpty())
            m_in.builder.addActor({kPlatform, m.id, m.handle, m.name, {}, *time});
    if (!t.replyToUser.isEmpty())
        m_in.builder.addActor({kPlatform, t.replyToUser, t.replyToHandle, {}, {}, *time});

    PostRecord p;
    p.platform = kPlatform;
    p.id = t.id;
    p.time = *time;
    p.authorId = m_owner.id;
    p.lang = t.lang == QLatin1String("und") ? QString() : t.lang;
    p.urls = t.urls;
    p.url = QStringLiteral("https://twitter.com/%1/status/%2").arg(m_owner.handle, t.id);
    p.text = importtext::decodeEntities(t.text);
    p.completeness = 1; // an API copy of the same tweet knows more (the retweeted post, the author's profile)
    // A reply, else a retweet (only its "RT @x:" text tells), else a quote (a link to a
    // post, or quoted_status_id_str), else a post.
    const QString rtHandle = importtext::retweetedHandle(t.text);
    std::int64_t leadingEnd = -1;
    bool skipRetweeted = false;
    std::optional<std::pair<QString, QString>> quoted;
    for (const QString &url : t.urls) {
        quoted = statusLink(url);
        if (quoted && quoted->second != t.id)
            break;
        quoted.reset();
    }
    if (!t.replyToStatus.isEmpty()) {
        p.kind = EventKind::Reply;
        p.parentId = t.replyToStatus;
        p.parentAuthor = {t.replyToUser, t.replyToHandle};
        // Older tweets count the reply's "@x" as text (display_text_range from 0).
        leadingEnd = t.displayStart > 0 ? t.displayStart
                                        : static_cast<std::int64_t>(importtext::leadingMentionsLength(t.text));
    } else if (!rtHandle.isEmpty()) {
        // No retweeted id: the original counts as missing and its author is linked by a mention.
        p.kind = EventKind::Repost;
        p.parentId = QStringLiteral("unknown-retweeted-by-") + t.id;
        p.parentAuthor = {{}, rtHandle};
        p.repostedHandle = rtHandle;
        skipRetweeted = true;
    } else if (!t.quotedId.isEmpty()) {
        p.kind = EventKind::Quote;
        p.parentId = t.quotedId;
    } else if (quoted) {
        p.kind = EventKind::Quote;
        p.parentId = quoted->second;
        if (!quoted->first.isEmpty())
            p.parentAuthor = {{}, quoted->first};
    }
    for (const ArchiveMention &m : t.mentions) {
        if (leadingEnd >= 0 && m.end >= 0 && m.end <= leadingEnd)
            continue;
        if (skipRetweeted && m.start == 3) {
            skipRetweeted = false; // the automatic "RT @x:" mention names the retweeted author
            p.parentAuthor = {m.id, m.handle.isEmpty() ? rtHandle : m.handle};
            continue;
        }
        p.mentions.push_back({m.id, m.handle});
    }
    m_in.builder.addPost(std::move(p));
}

} // namespace

bool zipHoldsXArchive(const QString &path)
{
    int code = 0;
    const ZipHandle zip(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code));
    if (!zip)
        return false;
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(zip.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
        if (!raw)
            continue;
        const QString name = QString::fromUtf8(raw);
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        if (tweetPart(name.mid(slash + 1)) >= 0 && tweetFolder(name.left(slash + 1)))
            return true;
    }
    return false;
}

bool importXArchiveWithLimit(ImportInput &in, std::int64_t maxFileBytes)
{
    return XArchiveImporter(in, maxFileBytes).run();
}

bool importXArchive(ImportInput &in)
{
    return importXArchiveWithLimit(in, kMaxJsonDocumentBytes);
}

} // namespace cascade
