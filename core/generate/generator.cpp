// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/generator.h"

#include "core/generate/generatortexts.h"
#include "core/generate/population.h"
#include "core/generate/random.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <utility>
#include <vector>

// Same bits on every platform (see random.cpp).
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace cascade {

namespace {

namespace texts = generatortexts;
using Activity = Population::Activity;

constexpr double kRootShare = 0.15;     // of events: posts that start a cascade
constexpr double kOfflineShare = 0.015; // of events: offline contacts
constexpr double kRepostShare = 0.68;   // of cascade events
constexpr double kReplyShare = 0.19;    // of cascade events; quotes are the rest
constexpr double kMentionRate = 0.2;    // posts, replies and quotes that name someone
constexpr double kUrlRate = 0.05;       // root posts with a link
constexpr double kFrenchRate = 0.2;
constexpr std::int64_t kStoryMinEvents = 20;
constexpr std::int64_t kStoryMinActors = 3;
constexpr std::int64_t kTwoTargetsMinEvents = 1000;

constexpr TimeMs kRootSpan = 6 * kMsPerDay + 12 * kMsPerHour;
// Delays are log-normal: per hop in a cascade (the burst decays over hours), and from an
// event to the offline contact it prompts.
constexpr double kHopMedianMs = 12.0 * kMsPerMinute;
constexpr double kHopSigma = 1.4;
constexpr double kPromptMedianMs = 90.0 * kMsPerMinute;
constexpr double kPromptSigma = 1.0;
constexpr double kMaxDelayMs = 1.0 * kMsPerDay;

// Activity (out of 10) by hour since the case start (08:00 UTC): quiet nights.
constexpr int kHourWeight[24] = {9, 10, 10, 9, 9, 9, 10, 10, 9, 8, 8, 7, 6, 4, 3, 2, 1, 1, 1, 1, 1, 2, 4, 7};

TimeMs caseStart()
{
    return daysFromCivil(2024, 3, 1) * kMsPerDay + 8 * kMsPerHour;
}

// An event before it gets its key, text and final id. `index` is its place in generation
// order; `parent` holds generation indexes too, and for an offline contact the event
// that prompted it (or -1).
struct Draft {
    TimeMs time = 0;
    std::int32_t index = 0;
    std::int32_t parent = -1;
    ActorId author = kNoActor;
    EventKind kind = EventKind::Post;
};

// What a new event needs to know about the cascade event it reacts to: the cascade's
// root and the message it would answer (the event itself, or what a repost relays).
struct Member {
    std::int32_t root;
    std::int32_t message;
    ActorId rootAuthor;
    ActorId messageAuthor;
    TimeMs messageDelay; // message time - root time
};

class Generator {
public:
    explicit Generator(const GeneratorOptions &options)
        : m_options(options), m_rng(options.seed), m_total(static_cast<std::int32_t>(options.events))
    {
    }
    Case run();

private:
    void growCascades(std::int32_t count);
    void assignTimes(std::int32_t count);
    void addStory(std::int32_t first);
    void materialize();
    void fillMessage(Event &e, std::int32_t index);
    void fillOffline(Event &e, std::int32_t index);
    void addMilestones();
    void addNotes();

    TimeMs delay(double medianMs, double sigma);
    TimeMs dailyTime();
    const QString &handle(ActorId a) const { return m_case.actors[static_cast<std::size_t>(a)].handle; }

    GeneratorOptions m_options;
    Random m_rng;
    std::int32_t m_total;
    TimeMs m_start = caseStart();
    Case m_case;
    std::optional<Population> m_people;
    std::vector<Draft> m_drafts;        // generation order, then time order
    std::vector<std::int32_t> m_root;   // by generation index: cascade root, -1 offline
    std::vector<std::int32_t> m_size;   // by generation index of a root: cascade size
    std::vector<EventId> m_newId;       // generation index -> EventId
    std::int32_t m_largest = -1;        // root of the largest cascade
    std::int32_t m_address = -1, m_answer = -1, m_call = -1; // the story's events
    QString m_english = QStringLiteral("en");
    QString m_french = QStringLiteral("fr");
};

Case Generator::run()
{
    m_case = makeEmptyCase();
    m_case.title = QStringLiteral("Synthetic case %1 (%2 actors, %3 events)")
                       .arg(m_options.seed)
                       .arg(m_options.actors)
                       .arg(m_options.events);
    m_case.summary = QStringLiteral(
        "Invented by the synthetic case generator for tests and benchmarks: heavy-tailed "
        "cascades of posts, reposts, replies and quotes, with mentions and offline contacts.");
    m_case.language = m_english;
    m_case.sources.push_back({QStringLiteral("synthetic"), QStringLiteral("Synthetic case generator"), QString(),
                              QStringLiteral("cascade generate --actors %1 --events %2 --seed %3")
                                  .arg(m_options.actors)
                                  .arg(m_options.events)
                                  .arg(m_options.seed),
                              {}});
    const bool story = m_options.events >= kStoryMinEvents && m_options.actors >= kStoryMinActors;
    m_people.emplace(m_rng, m_case, m_options.actors, story, m_options.events >= kTwoTargetsMinEvents);
    const std::int32_t core = m_case.targets.empty() ? m_total : m_total - 3;
    m_drafts.resize(static_cast<std::size_t>(m_total));
    m_root.assign(static_cast<std::size_t>(m_total), -1);
    m_size.assign(static_cast<std::size_t>(m_total), 0);
    growCascades(core);
    assignTimes(core);
    if (core != m_total)
        addStory(core);
    materialize();
    addMilestones();
    addNotes();
    m_case.invalidateIndex(); // looked up roles while the actors were being added
    return std::move(m_case);
}

TimeMs Generator::delay(double medianMs, double sigma)
{
    return static_cast<TimeMs>(std::clamp(m_rng.logNormal(medianMs, sigma), 1000.0, kMaxDelayMs));
}

TimeMs Generator::dailyTime()
{
    for (;;) {
        const auto t = static_cast<TimeMs>(m_rng.below(kRootSpan));
        if (static_cast<int>(m_rng.below(10)) < kHourWeight[t / kMsPerHour % 24])
            return m_start + t;
    }
}

// Simon's model: each event starts a cascade (kRootShare), is an offline contact
// (kOfflineShare), or joins the cascade of a uniformly drawn earlier cascade event, so a
// cascade grows in proportion to its size: a few huge cascades, many of one post. The
// parent is the drawn message or the root. Times are kept relative to the root for now.
void Generator::growCascades(std::int32_t count)
{
    std::vector<Member> members;
    members.reserve(static_cast<std::size_t>(count));
    const bool offline = m_options.actors >= 2;
    for (std::int32_t i = 0; i < count; ++i) {
        Draft &d = m_drafts[static_cast<std::size_t>(i)];
        d.index = i;
        const double u = m_rng.uniform();
        if (members.empty() || u < kRootShare) {
            d.kind = EventKind::Post;
            d.author = m_people->pick(m_rng, Activity::Post);
            m_root[static_cast<std::size_t>(i)] = i;
            members.push_back({i, i, d.author, d.author, 0});
            continue;
        }
        if (offline && u < kRootShare + kOfflineShare) {
            d.kind = EventKind::Offline;
            d.author = m_people->pick(m_rng, Activity::Offline);
            if (m_rng.chance(0.5))
                d.parent = static_cast<std::int32_t>(m_rng.below(static_cast<std::uint64_t>(i)));
            continue;
        }
        const Member drawn = members[m_rng.below(members.size())];
        const double v = m_rng.uniform();
        double rootChance;
        if (v < kRepostShare) {
            d.kind = EventKind::Repost;
            rootChance = 0.55;
        } else if (v < kRepostShare + kReplyShare) {
            d.kind = EventKind::Reply;
            rootChance = 0.3;
        } else {
            d.kind = EventKind::Quote;
            rootChance = 0.5;
        }
        const bool toRoot = m_rng.chance(rootChance);
        d.parent = toRoot ? drawn.root : drawn.message;
        const ActorId parentAuthor = toRoot ? drawn.rootAuthor : drawn.messageAuthor;
        const TimeMs parentDelay = toRoot ? 0 : drawn.messageDelay;
        d.author = m_people->pickOther(m_rng, Activity::Relay, parentAuthor);
        if (d.author == kNoActor) // a single active account relays itself
            d.author = m_people->pick(m_rng, Activity::Relay);
        d.time = parentDelay + delay(kHopMedianMs, kHopSigma);
        m_root[static_cast<std::size_t>(i)] = drawn.root;
        if (d.kind == EventKind::Repost)
            members.push_back({drawn.root, d.parent, drawn.rootAuthor, parentAuthor, parentDelay});
        else
            members.push_back({drawn.root, i, drawn.rootAuthor, d.author, d.time});
    }
}

// Roots get a time of day over the week (the largest cascade late in it, so that the
// targets are reached late); cascade events follow their root by their delay, offline
// contacts the event that prompted them. Parents are strictly earlier.
void Generator::assignTimes(std::int32_t count)
{
    for (std::int32_t i = 0; i < count; ++i)
        if (m_root[static_cast<std::size_t>(i)] >= 0)
            ++m_size[static_cast<std::size_t>(m_root[static_cast<std::size_t>(i)])];
    if (count > 0)
        m_largest = static_cast<std::int32_t>(std::max_element(m_size.begin(), m_size.end()) - m_size.begin());
    for (std::int32_t i = 0; i < count; ++i) {
        Draft &d = m_drafts[static_cast<std::size_t>(i)];
        const std::int32_t root = m_root[static_cast<std::size_t>(i)];
        if (i == m_largest)
            d.time = m_start + 4 * kMsPerDay + static_cast<TimeMs>(m_rng.below(20 * kMsPerHour));
        else if (root == i || (root < 0 && d.parent < 0))
            d.time = dailyTime();
        else if (root >= 0)
            d.time += m_drafts[static_cast<std::size_t>(root)].time;
        else
            d.time = m_drafts[static_cast<std::size_t>(d.parent)].time + delay(kPromptMedianMs, kPromptSigma);
    }
    if (m_largest >= 0)
        m_case.origin = m_drafts[static_cast<std::size_t>(m_largest)].author;
}

// The targets' part, after the Haiti 2010 pattern: after the largest cascade's peak a
// journalist quotes its root naming the targets, the first target replies, and the last
// one calls the origin.
void Generator::addStory(std::int32_t first)
{
    std::vector<TimeMs> times;
    for (std::int32_t i = 0; i < first; ++i)
        if (m_root[static_cast<std::size_t>(i)] == m_largest)
            times.push_back(m_drafts[static_cast<std::size_t>(i)].time);
    const auto middle = times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2);
    std::nth_element(times.begin(), middle, times.end());
    const TimeMs peak = *middle;

    m_address = first;
    m_answer = first + 1;
    m_call = first + 2;
    Draft *d = &m_drafts[static_cast<std::size_t>(first)];
    d[0] = {peak + 30 * kMsPerMinute + static_cast<TimeMs>(m_rng.below(3 * kMsPerHour)), m_address, m_largest,
            m_people->messenger(m_case.origin), EventKind::Quote};
    d[1] = {d[0].time + 20 * kMsPerMinute + static_cast<TimeMs>(m_rng.below(70 * kMsPerMinute)), m_answer,
            m_address, m_case.targets.front(), EventKind::Reply};
    d[2] = {d[1].time + kMsPerHour + static_cast<TimeMs>(m_rng.below(2 * kMsPerHour)), m_call, m_address,
            m_case.targets.back(), EventKind::Offline};
    m_root[static_cast<std::size_t>(m_address)] = m_largest;
    m_root[static_cast<std::size_t>(m_answer)] = m_largest;
    m_size[static_cast<std::size_t>(m_largest)] += 2;
}

// Sorts the drafts by time and builds the events in that order, keys "e0000001"...
void Generator::materialize()
{
    std::sort(m_drafts.begin(), m_drafts.end(), [](const Draft &a, const Draft &b) {
        return a.time < b.time || (a.time == b.time && a.index < b.index);
    });
    const std::size_t n = m_drafts.size();
    m_newId.assign(n, kNoEvent);
    for (std::size_t p = 0; p < n; ++p)
        m_newId[static_cast<std::size_t>(m_drafts[p].index)] = static_cast<EventId>(p);

    int width = 7;
    for (std::size_t limit = 10'000'000; n >= limit; limit *= 10)
        ++width;
    char16_t key[24] = {u'e'};
    m_case.events.resize(n);
    for (std::size_t p = 0; p < n; ++p) {
        const Draft &d = m_drafts[p];
        Event &e = m_case.events[p];
        std::size_t v = p + 1;
        for (int i = width; i >= 1; --i, v /= 10)
            key[i] = static_cast<char16_t>(u'0' + v % 10);
        e.key = QString(reinterpret_cast<const QChar *>(key), width + 1);
        e.time = d.time;
        e.kind = d.kind;
        e.author = d.author;
        e.provenance = Provenance{0, 1.0f, false};
        if (d.kind == EventKind::Offline) {
            if (d.parent >= 0)
                e.promptedBy.push_back(m_newId[static_cast<std::size_t>(d.parent)]);
            fillOffline(e, d.index);
            continue;
        }
        if (d.parent >= 0)
            e.parent = m_newId[static_cast<std::size_t>(d.parent)];
        if (d.kind != EventKind::Repost) // a repost has no text of its own
            fillMessage(e, d.index);
    }
}

void Generator::fillMessage(Event &e, std::int32_t index)
{
    e.lang = m_english;
    if (index == m_address) {
        e.mentions = m_case.targets;
        e.text = QStringLiteral("Can anyone at ") + handle(m_case.targets.front())
            + QStringLiteral(" help these planes land? 🙏");
        return;
    }
    const ActorId parentAuthor = e.parent != kNoEvent ? m_case.events[static_cast<std::size_t>(e.parent)].author
                                                      : kNoActor;
    if (index == m_answer) {
        if (m_case.origin != parentAuthor)
            e.mentions.push_back(m_case.origin);
        e.text = QStringLiteral("Working on it. We are in touch with the team.");
        return;
    }
    const auto kind = e.kind == EventKind::Post ? texts::TextKind::Post
        : e.kind == EventKind::Reply           ? texts::TextKind::Reply
                                               : texts::TextKind::Quote;
    const bool french = m_rng.chance(kFrenchRate);
    const texts::Text &t = texts::pickText(m_rng, kind, french);
    e.text = t.text;
    e.gloss = t.gloss;
    if (french)
        e.lang = m_french;
    if (e.kind == EventKind::Post && m_rng.chance(kUrlRate))
        e.urls.append(QStringLiteral("https://example.org/report/") + e.key);
    if (!m_rng.chance(kMentionRate))
        return;
    // Name 1 to 3 others: never the author, nor the parent's author (the parent link
    // already says it), nor anyone twice.
    const double v = m_rng.uniform();
    const int count = 1 + (v < 0.25) + (v < 0.05);
    for (int k = 0, tries = 0; k < count && tries < 16; ++tries) {
        const ActorId a = m_people->pickOther(m_rng, Activity::Mention, e.author, parentAuthor);
        if (a == kNoActor)
            break;
        if (std::find(e.mentions.begin(), e.mentions.end(), a) == e.mentions.end()) {
            e.mentions.push_back(a);
            ++k;
        }
    }
}

void Generator::fillOffline(Event &e, std::int32_t index)
{
    const std::vector<QString> &channels = texts::offlineChannels();
    e.lang = m_english;
    if (index == m_call) {
        e.channel = channels[1]; // phone
        e.reached.push_back(m_case.origin);
        e.text = QStringLiteral("Call to arrange the landing of the cargo flights");
        return;
    }
    const std::size_t channel = m_rng.below(channels.size());
    e.channel = channels[channel];
    e.text = texts::offlineText(channel);
    const double v = m_rng.uniform();
    const int count = 1 + (v < 0.4) + (v < 0.1);
    for (int k = 0; k < count; ++k) {
        const ActorId a = m_people->pickOther(m_rng, Activity::Offline, e.author);
        if (a != kNoActor && std::find(e.reached.begin(), e.reached.end(), a) == e.reached.end())
            e.reached.push_back(a);
    }
    // Reach someone in any case: the next actor that is neither the author nor a target.
    const auto n = static_cast<ActorId>(m_case.actors.size());
    for (ActorId k = 1; e.reached.empty() && k < n; ++k) {
        const ActorId a = (e.author + k) % n;
        if (!m_people->isTarget(a))
            e.reached.push_back(a);
    }
}

// At the peaks (the median event time) of the largest cascades, three with a story and
// five without, and at the story's beats.
void Generator::addMilestones()
{
    std::vector<std::pair<std::int32_t, std::int32_t>> bySize; // (-size, root)
    for (std::size_t i = 0; i < m_size.size(); ++i)
        if (m_size[i] > 0)
            bySize.push_back({-m_size[i], static_cast<std::int32_t>(i)});
    const std::size_t peaks = std::min<std::size_t>(m_address >= 0 ? 3 : 5, bySize.size());
    std::partial_sort(bySize.begin(), bySize.begin() + static_cast<std::ptrdiff_t>(peaks), bySize.end());
    std::vector<std::int32_t> seen(peaks, 0);
    for (std::size_t p = 0; p < m_drafts.size(); ++p) {
        const std::int32_t root = m_root[static_cast<std::size_t>(m_drafts[p].index)];
        for (std::size_t k = 0; k < peaks; ++k) {
            const std::int32_t size = -bySize[k].first;
            if (root != bySize[k].second || ++seen[k] != (size + 1) / 2)
                continue;
            const ActorId author = m_case.events[static_cast<std::size_t>(m_newId[root])].author;
            m_case.milestones.push_back(
                {m_drafts[p].time, QStringLiteral("Cascade from %1 peaks").arg(handle(author)),
                 QStringLiteral("%1 events relay or answer %2's post; half of them by now.").arg(size).arg(handle(author)),
                 {}});
        }
    }
    if (m_address >= 0) {
        const Event &address = m_case.events[static_cast<std::size_t>(m_newId[m_address])];
        const Event &answer = m_case.events[static_cast<std::size_t>(m_newId[m_answer])];
        m_case.milestones.push_back({address.time, QStringLiteral("%1 names the target").arg(handle(address.author)),
                                     QStringLiteral("A quote of %1's post addresses %2.")
                                         .arg(handle(m_case.origin), handle(m_case.targets.front())),
                                     {}});
        m_case.milestones.push_back({answer.time, QStringLiteral("%1 answers").arg(handle(answer.author)),
                                     QStringLiteral("The target replies to %1.").arg(handle(address.author)), {}});
    }
    std::stable_sort(m_case.milestones.begin(), m_case.milestones.end(),
                     [](const Milestone &a, const Milestone &b) { return a.time < b.time; });
}

void Generator::addNotes()
{
    m_case.notes.push_back({kNoActor, std::nullopt,
                            QStringLiteral("Synthetic case (seed %1): every actor, event and text is invented.")
                                .arg(m_options.seed),
                            {}});
    if (m_largest >= 0)
        m_case.notes.push_back({m_case.origin, m_case.events[static_cast<std::size_t>(m_newId[m_largest])].time,
                                QStringLiteral("Author of the largest cascade (%1 events): the origin.")
                                    .arg(m_size[static_cast<std::size_t>(m_largest)]),
                                {}});
    if (m_answer >= 0) {
        const Event &answer = m_case.events[static_cast<std::size_t>(m_newId[m_answer])];
        m_case.notes.push_back(
            {answer.author, answer.time, QStringLiteral("A target: takes no part until it is addressed."), {}});
    }
}

} // namespace

QString checkGeneratorOptions(const GeneratorOptions &options)
{
    if (options.actors < 1 || options.actors > kMaxGeneratedActors)
        return QStringLiteral("the number of actors must be between 1 and %1 (got %2)")
            .arg(kMaxGeneratedActors)
            .arg(options.actors);
    if (options.events < 0 || options.events > kMaxGeneratedEvents)
        return QStringLiteral("the number of events must be between 0 and %1 (got %2)")
            .arg(kMaxGeneratedEvents)
            .arg(options.events);
    return {};
}

Case generateCase(const GeneratorOptions &options)
{
    if (const QString problem = checkGeneratorOptions(options); !problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());
    return Generator(options).run();
}

} // namespace cascade
