// SPDX-License-Identifier: GPL-3.0-or-later
// A structure-aware round-trip property: generate a case (core/generate), change it at
// random in ways that keep it valid (texts with quotes, control characters, NUL, markup
// and characters outside the BMP; handles, numbers, flags, mentions, milestones, notes,
// layouts, unknown members), write it, read it with both readers: the same case, and
// writing it again gives the same bytes.
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "core/io/jsontext.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

using namespace cascade;

namespace {

class Mutator {
public:
    explicit Mutator(std::uint64_t seed) : m_random(seed) { }

    void mutate(Case &c)
    {
        const int changes = pick(1, 40);
        for (int i = 0; i < changes; ++i)
            change(c);
        std::stable_sort(c.milestones.begin(), c.milestones.end(),
                         [](const Milestone &a, const Milestone &b) { return a.time < b.time; });
        c.invalidateIndex();
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_random); }
    template <typename T>
    T &any(std::vector<T> &v) { return v[static_cast<std::size_t>(pick(0, int(v.size()) - 1))]; }

    QString text()
    {
        static const char32_t kPieces[] = {U'a', U'Z', U'0', U' ', U'"', U'\\', U'/', U'\n', U'\t', U'\r', U'\x01',
                                           U'\x1f', U'\0', U'\x7f', U'<', U'>', U'&', U'\'', U'{', U']', U'\u00e9',
                                           U'\u2028', U'\u6f22', U'\U0001F681', U'\uFEFF', U'\uFFFD'};
        QString s;
        const int n = pick(0, 24);
        for (int i = 0; i < n; ++i) {
            const char32_t cp = kPieces[pick(0, int(std::size(kPieces)) - 1)];
            s += QString::fromUcs4(&cp, 1);
        }
        if (pick(0, 5) == 0)
            s += QStringLiteral("<img src=x><a href=\"file:///etc/passwd\">x</a>");
        return s;
    }

    void addUnknown(QByteArray &extra)
    {
        std::string member = extra.isEmpty() ? "" : ",";
        json::appendString(member, QStringLiteral("x_%1").arg(m_unknown++));
        member += ':';
        switch (pick(0, 3)) {
        case 0:
            json::appendString(member, text());
            break;
        case 1:
            member += std::to_string(pick(-1000000, 1000000));
            break;
        case 2:
            member += "[1,{\"a\":null},true]";
            break;
        default:
            member += "{}";
        }
        extra.append(member.data(), qsizetype(member.size()));
    }

    void change(Case &c)
    {
        switch (pick(0, 13)) {
        case 0:
            c.title = text();
            c.summary = text();
            break;
        case 1: {
            Actor &a = any(c.actors);
            a.name = text();
            a.note = text();
            a.platform = text();
            a.platformId = text();
            a.verified = text();
            break;
        }
        case 2: // a new handle, kept unique by a counter
            any(c.actors).handle = text() + QStringLiteral("#%1").arg(m_handles++);
            break;
        case 3: {
            Actor &a = any(c.actors);
            a.followers = std::uniform_int_distribution<std::int64_t>(0, std::int64_t(1) << 62)(m_random);
            a.synthetic = !a.synthetic;
            break;
        }
        case 4: {
            Event &e = any(c.events);
            e.text = text();
            e.gloss = text();
            e.lang = text();
            break;
        }
        case 5: {
            Event &e = any(c.events);
            e.urls.push_back(text());
            e.channel = text();
            break;
        }
        case 6: {
            Event &e = any(c.events);
            e.provenance.confidence = std::uniform_real_distribution<float>(0.0f, 1.0f)(m_random);
            e.provenance.inferred = !e.provenance.inferred;
            break;
        }
        case 7:
            any(c.events).mentions.push_back(static_cast<ActorId>(pick(0, int(c.actors.size()) - 1)));
            break;
        case 8:
            c.milestones.push_back({c.events.empty() ? 0 : any(c.events).time, text(), text(), {}});
            break;
        case 9: {
            Note note;
            note.text = text();
            if (pick(0, 1))
                note.actor = static_cast<ActorId>(pick(0, int(c.actors.size()) - 1));
            if (pick(0, 1) && !c.events.empty())
                note.time = any(c.events).time;
            c.notes.push_back(note);
            break;
        }
        case 10: {
            SavedLayout layout;
            layout.engine = pick(0, 1) ? QStringLiteral("twopi") : text() + QStringLiteral("-engine");
            layout.seed = std::uniform_int_distribution<std::uint64_t>(0, std::uint64_t(1) << 62)(m_random);
            layout.positions.resize(c.actors.size());
            for (SavedLayout::Position &p : layout.positions) {
                p.valid = pick(0, 3) != 0;
                if (p.valid) {
                    p.x = SavedLayout::roundedCoordinate(std::uniform_real_distribution<double>(-1e5, 1e5)(m_random));
                    p.y = SavedLayout::roundedCoordinate(std::uniform_real_distribution<double>(-1e5, 1e5)(m_random));
                    p.pinned = pick(0, 4) == 0;
                }
            }
            c.layouts[layout.engine] = layout;
            break;
        }
        case 11:
            switch (pick(0, 2)) {
            case 0:
                addUnknown(c.extra);
                break;
            case 1:
                addUnknown(any(c.actors).extra);
                break;
            default:
                addUnknown(any(c.events).extra);
            }
            break;
        case 12: {
            Role &r = any(c.roles);
            r.label = text() + QLatin1Char('.');
            r.rgb = static_cast<std::uint32_t>(pick(0, 0xFFFFFF));
            break;
        }
        default:
            c.language = text();
            c.displayZone = pick(0, 1) ? QStringLiteral("Europe/Paris") : QStringLiteral("UTC");
        }
    }

    std::mt19937_64 m_random;
    int m_unknown = 0;
    int m_handles = 0;
};

ReadResult readBack(const std::string &text, std::int64_t splitBytes)
{
    ReadOptions options;
    options.splitBytes = splitBytes;
    options.chunkBytes = 700;
    return readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("mutated.json"), options);
}

} // namespace

TEST(CaseRoundTripProperty, RandomValidChangesSurviveWritingAndReading)
{
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        Case c = generateCase({static_cast<std::int64_t>(5 + seed % 17), static_cast<std::int64_t>(10 + seed * 7), seed});
        Mutator(seed * 7919).mutate(c);
        ASSERT_EQ(c.checkInvariants(), QString()) << "seed " << seed;
        const std::string text = serializeCase(c);
        for (std::int64_t split : {std::int64_t(-1), std::int64_t(0)}) {
            const ReadResult back = readBack(text, split);
            ASSERT_TRUE(back.ok()) << "seed " << seed << ", split " << split << ": " << back.errorText().toStdString();
            EXPECT_TRUE(*back.value == c) << "seed " << seed << ", split " << split;
            EXPECT_EQ(serializeCase(*back.value), text) << "seed " << seed << ", split " << split;
        }
    }
}
