// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the canonical text of a case file and saves it atomically.
#include "core/io/casefile.h"

#include "core/io/atomicfile.h"
#include "core/io/jsontext.h"

#include <QCoreApplication>

#include <functional>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "CaseWriter").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseWriter)
};

// Builds the canonical text; hands full chunks to `flush` so that large cases are
// written without holding the whole text in memory.
class CaseWriter {
public:
    using Flush = std::function<bool(const std::string &)>;
    CaseWriter(const Case &c, std::string &out, Flush flush = {}) : m_case(c), m_out(out), m_flush(std::move(flush)) { }

    bool run();

private:
    static constexpr std::size_t kChunk = std::size_t(4) << 20;

    bool maybeFlush()
    {
        if (!m_flush || m_out.size() < kChunk)
            return true;
        if (!m_flush(m_out))
            return false;
        m_out.clear();
        return true;
    }
    void key(const char *name)
    {
        m_out.push_back('"');
        m_out.append(name);
        m_out.append("\": ");
    }
    void member(const char *name, const QString &value, bool first = false)
    {
        if (!first)
            m_out.append(", ");
        key(name);
        json::appendString(m_out, value);
    }
    // ", NAME: [...]" when the list is not empty.
    void stringList(const char *name, const QStringList &values)
    {
        if (values.isEmpty())
            return;
        m_out.append(", ");
        key(name);
        m_out.push_back('[');
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                m_out.append(", ");
            json::appendString(m_out, values[i]);
        }
        m_out.push_back(']');
    }
    // "translations": {"fr": {"caption": "...", "title": "..."}}, languages and fields in
    // sorted order (a std::map's), empty texts left out; nothing when there is none.
    void translations(const Translations &t, const char *separator = ", ")
    {
        bool any = false;
        for (const auto &[tag, texts] : t) {
            bool open = false;
            for (const auto &[field, text] : texts) {
                if (text.isEmpty())
                    continue;
                if (!any) {
                    m_out.append(separator);
                    key("translations");
                    m_out.push_back('{');
                    any = true;
                } else if (!open) {
                    m_out.append(", ");
                }
                if (!open) {
                    json::appendString(m_out, tag);
                    m_out.append(": {");
                    open = true;
                } else {
                    m_out.append(", ");
                }
                json::appendString(m_out, field);
                m_out.append(": ");
                json::appendString(m_out, text);
            }
            if (open)
                m_out.push_back('}');
        }
        if (any)
            m_out.push_back('}');
    }
    void optionalMember(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            member(name, value);
    }
    void handle(ActorId a) { json::appendString(m_out, m_case.actors[static_cast<std::size_t>(a)].handle); }
    void handleList(const char *name, const std::vector<ActorId> &actors)
    {
        if (actors.empty())
            return;
        m_out.append(", ");
        key(name);
        m_out.push_back('[');
        for (std::size_t i = 0; i < actors.size(); ++i) {
            if (i)
                m_out.append(", ");
            handle(actors[i]);
        }
        m_out.push_back(']');
    }
    void time(const char *name, TimeMs t, bool first = false)
    {
        if (!first)
            m_out.append(", ");
        key(name);
        m_out.push_back('"');
        appendIsoUtc(m_out, t);
        m_out.push_back('"');
    }
    void extra(const QByteArray &members)
    {
        if (members.isEmpty())
            return;
        m_out.append(", ");
        m_out.append(members.constData(), static_cast<std::size_t>(members.size()));
    }
    void topExtra(const QByteArray &members)
    {
        // Unknown top-level members, one per line: split the minified list at its
        // top-level commas.
        if (members.isEmpty())
            return;
        int depth = 0;
        bool inString = false;
        std::size_t start = 0;
        const std::string_view s(members.constData(), static_cast<std::size_t>(members.size()));
        for (std::size_t i = 0; i <= s.size(); ++i) {
            const char c = i < s.size() ? s[i] : ',';
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"')
                inString = true;
            else if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            else if (c == ',' && depth == 0) {
                m_out.append(",\n  ");
                m_out.append(s.substr(start, i - start));
                start = i + 1;
            }
        }
    }
    template <typename T, typename F>
    bool array(const char *name, const std::vector<T> &items, F writeItem)
    {
        m_out.append(",\n  ");
        key(name);
        if (items.empty()) {
            m_out.append("[]");
            return true;
        }
        m_out.append("[\n");
        for (std::size_t i = 0; i < items.size(); ++i) {
            m_out.append("    {");
            writeItem(items[i]);
            m_out.append(i + 1 < items.size() ? "},\n" : "}\n");
            if (!maybeFlush())
                return false;
        }
        m_out.append("  ]");
        return true;
    }

    void writeRole(const Role &r)
    {
        member("id", r.id, true);
        member("label", r.label);
        m_out.append(", ");
        key("color");
        char color[10];
        std::snprintf(color, sizeof color, "\"#%06X\"", r.rgb & 0xFFFFFFu);
        m_out.append(color);
        translations(r.translations);
        extra(r.extra);
    }
    void writeSource(const Source &s)
    {
        member("id", s.id, true);
        optionalMember("title", s.title);
        optionalMember("url", s.url);
        optionalMember("note", s.note);
        translations(s.translations);
        extra(s.extra);
    }
    void writeActor(const Actor &a)
    {
        member("handle", a.handle, true);
        optionalMember("name", a.name);
        if (a.role != kNoRole)
            member("role", m_case.roles[static_cast<std::size_t>(a.role)].id);
        if (a.followers != 0) {
            m_out.append(", ");
            key("followers");
            json::appendNumber(m_out, a.followers);
        }
        optionalMember("platform", a.platform);
        optionalMember("platform_id", a.platformId);
        optionalMember("verified", a.verified);
        if (a.synthetic) {
            m_out.append(", ");
            key("synthetic");
            m_out.append("true");
        }
        optionalMember("note", a.note);
        extra(a.extra);
    }
    void writeEvent(const Event &e)
    {
        member("id", e.key, true);
        time("time", e.time);
        m_out.append(", ");
        key("kind");
        m_out.push_back('"');
        m_out.append(eventKindName(e.kind));
        m_out.push_back('"');
        m_out.append(", ");
        key("author");
        handle(e.author);
        if (e.parent != kNoEvent)
            member("parent", m_case.events[static_cast<std::size_t>(e.parent)].key);
        handleList("mentions", e.mentions);
        handleList("reached", e.reached);
        if (!e.promptedBy.empty()) {
            m_out.append(", ");
            key("prompted_by");
            m_out.push_back('[');
            for (std::size_t i = 0; i < e.promptedBy.size(); ++i) {
                if (i)
                    m_out.append(", ");
                json::appendString(m_out, m_case.events[static_cast<std::size_t>(e.promptedBy[i])].key);
            }
            m_out.push_back(']');
        }
        optionalMember("text", e.text);
        optionalMember("lang", e.lang);
        optionalMember("gloss", e.gloss);
        stringList("urls", e.urls);
        optionalMember("channel", e.channel);
        if (e.provenance.source != kNoSource)
            member("source", m_case.sources[static_cast<std::size_t>(e.provenance.source)].id);
        if (e.provenance.confidence != 1.0f) {
            m_out.append(", ");
            key("confidence");
            json::appendNumber(m_out, e.provenance.confidence);
        }
        if (e.provenance.inferred) {
            m_out.append(", ");
            key("inferred");
            m_out.append("true");
        }
        extra(e.extra);
    }
    void writeMilestone(const Milestone &m)
    {
        time("time", m.time, true);
        member("title", m.title);
        optionalMember("caption", m.caption);
        optionalMember("speaker_notes", m.speakerNotes);
        translations(m.translations);
        extra(m.extra);
    }
    void writeNote(const Note &n)
    {
        member("text", n.text, true);
        if (n.actor != kNoActor) {
            m_out.append(", ");
            key("actor");
            handle(n.actor);
        }
        if (n.time)
            time("time", *n.time);
        extra(n.extra);
    }
    void writeRule(const ClassificationRule &r)
    {
        member("role", r.role, true);
        optionalMember("handle", r.handle);
        stringList("words", r.words);
        for (const auto &[name, value] : {std::pair{"min_followers", r.minFollowers}, std::pair{"max_followers", r.maxFollowers}}) {
            if (!value)
                continue;
            m_out.append(", ");
            key(name);
            m_out.append(std::to_string(*value));
        }
        optionalMember("platform", r.platform);
        stringList("verified", r.verified);
        extra(r.extra);
    }
    void writeLayouts()
    {
        m_out.append(",\n  ");
        key("layouts");
        if (m_case.layouts.empty()) {
            m_out.append("{}");
            return;
        }
        m_out.append("{");
        bool firstLayout = true;
        for (const auto &[engine, layout] : m_case.layouts) {
            m_out.append(firstLayout ? "\n    " : ",\n    ");
            firstLayout = false;
            json::appendString(m_out, engine);
            m_out.append(": {");
            key("seed");
            json::appendNumber(m_out, static_cast<std::int64_t>(layout.seed));
            m_out.append(", ");
            key("positions");
            m_out.push_back('{');
            bool first = true;
            for (std::size_t a = 0; a < layout.positions.size() && a < m_case.actors.size(); ++a) {
                const auto &p = layout.positions[a];
                if (!p.valid)
                    continue;
                m_out.append(first ? "\n      " : ",\n      ");
                first = false;
                handle(static_cast<ActorId>(a));
                m_out.append(": [");
                json::appendNumber(m_out, p.x);
                m_out.append(", ");
                json::appendNumber(m_out, p.y);
                m_out.push_back(']');
            }
            m_out.append(first ? "}" : "\n    }");
            std::vector<ActorId> pinned;
            for (std::size_t a = 0; a < layout.positions.size() && a < m_case.actors.size(); ++a)
                if (layout.positions[a].pinned)
                    pinned.push_back(static_cast<ActorId>(a));
            handleList("pinned", pinned);
            extra(layout.extra);
            m_out.push_back('}');
        }
        m_out.append("\n  }");
    }

    const Case &m_case;
    std::string &m_out;
    Flush m_flush;
};

bool CaseWriter::run()
{
    m_out.append("{\n  ");
    key("format");
    m_out.append("\"cascade-case\",\n  ");
    key("version");
    json::appendNumber(m_out, static_cast<std::int64_t>(kCaseFormatVersion));
    auto line = [this](const char *name, const QString &value) {
        m_out.append(",\n  ");
        key(name);
        json::appendString(m_out, value);
    };
    line("title", m_case.title);
    line("summary", m_case.summary);
    line("display_zone", m_case.displayZone);
    if (!m_case.language.isEmpty())
        line("language", m_case.language);
    translations(m_case.translations, ",\n  ");
    if (m_case.origin != kNoActor) {
        m_out.append(",\n  ");
        key("origin");
        handle(m_case.origin);
    }
    if (!m_case.targets.empty()) {
        m_out.append(",\n  ");
        key("targets");
        m_out.push_back('[');
        for (std::size_t i = 0; i < m_case.targets.size(); ++i) {
            if (i)
                m_out.append(", ");
            handle(m_case.targets[i]);
        }
        m_out.push_back(']');
    }
    const bool ok = array("roles", m_case.roles, [this](const Role &r) { writeRole(r); })
        && array("sources", m_case.sources, [this](const Source &s) { writeSource(s); })
        && array("actors", m_case.actors, [this](const Actor &a) { writeActor(a); })
        && array("events", m_case.events, [this](const Event &e) { writeEvent(e); })
        && array("milestones", m_case.milestones, [this](const Milestone &m) { writeMilestone(m); })
        && array("notes", m_case.notes, [this](const Note &n) { writeNote(n); })
        && (m_case.rules.empty() || array("classification_rules", m_case.rules, [this](const ClassificationRule &r) { writeRule(r); }));
    if (!ok)
        return false;
    writeLayouts();
    topExtra(m_case.extra);
    m_out.append("\n}\n");
    return true;
}

} // namespace

std::string serializeCase(const Case &c)
{
    std::string out;
    out.reserve(256 + c.events.size() * 160 + c.actors.size() * 80);
    CaseWriter(c, out).run();
    return out;
}

bool writeCaseFile(const Case &c, const QString &path, QString *error)
{
    if (const QString broken = c.checkInvariants(); !broken.isEmpty()) {
        if (error)
            *error = Text::tr("cannot save an inconsistent case: %1").arg(broken);
        return false;
    }
    return writeFileAtomically(
        path,
        [&c](QIODevice &file) {
            std::string buffer;
            buffer.reserve(std::size_t(5) << 20);
            auto flush = [&file](const std::string &chunk) {
                return file.write(chunk.data(), static_cast<qint64>(chunk.size())) == static_cast<qint64>(chunk.size());
            };
            return CaseWriter(c, buffer, flush).run() && flush(buffer);
        },
        error);
}

} // namespace cascade
