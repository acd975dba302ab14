// SPDX-License-Identifier: GPL-3.0-or-later
// The actor inspector driven like a user would, on the bundled Haiti 2010 case: what it
// shows for @AnnCurry is checked against core/analysis at the cursor, a click on one of
// her events moves the cursor, the What-if button on the follower who tipped her shows
// the Air Force reached later, and with nothing selected it shows the case summary.
#include "app/document/casedocument.h"
#include "app/inspector/actoreventsmodel.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorpage.h"
#include "app/inspector/actortablemodel.h"
#include "app/inspector/casesummarypage.h"
#include "app/inspector/clickablelabel.h"
#include "app/inspector/edgepage.h"
#include "app/inspector/latestjob.h"
#include "app/inspector/measureinfo.h"
#include "app/inspector/sparkline.h"
#include "app/presentation/displayformat.h"
#include "core/analysis/actormeasures.h"
#include "core/analysis/cascades.h"
#include "core/analysis/casesummary.h"
#include "core/analysis/centrality.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "core/model/interaction.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QScrollArea>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using namespace cascade;

namespace {

const Case &haitiCase()
{
    static const Case c = [] {
        ReadResult r = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
        EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
        return r.ok() ? std::move(*r.value) : Case{};
    }();
    return c;
}

// The digits of a shown number ("1,000,000" -> 1000000).
std::int64_t digitsOf(const QString &text)
{
    QString digits;
    for (QChar ch : text)
        if (ch.isDigit())
            digits += ch;
    return digits.isEmpty() ? -1 : digits.toLongLong();
}

// A shown decimal number (its first token), whatever the locale's decimal point.
double decimalOf(const QString &text)
{
    QString token = text.section(QLatin1Char(' '), 0, 0);
    token.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = token.toDouble(&ok);
    EXPECT_TRUE(ok) << text.toStdString();
    return value;
}

class InspectorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_document = std::make_unique<CaseDocument>();
        m_document->reset(haitiCase(), QString());
        m_inspector = std::make_unique<ActorInspector>(m_document.get());
        m_inspector->resize(420, 1400);
        m_inspector->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_inspector.get()));
    }
    void TearDown() override
    {
        m_inspector.reset();
        m_document.reset();
    }

    const Case &c() const { return m_document->caseData(); }
    ActorId actor(const char *handle) const
    {
        const ActorId a = c().actorByHandle(QLatin1String(handle));
        EXPECT_NE(a, kNoActor) << handle;
        return a;
    }
    EventId event(const char *key) const
    {
        const EventId e = c().eventByKey(QLatin1String(key));
        EXPECT_NE(e, kNoEvent) << key;
        return e;
    }
    // The follower who told Ann Curry about @usairforce: the author of the event that
    // prompted her targeted tweet (the case file's prompted_by link).
    ActorId tipper() const
    {
        const Event &targeted = c().events[static_cast<std::size_t>(event("e07"))];
        EXPECT_EQ(targeted.promptedBy.size(), 1u);
        return targeted.promptedBy.empty() ? kNoActor : c().events[static_cast<std::size_t>(targeted.promptedBy[0])].author;
    }
    TimeMs localTime(int hour, int minute) const
    {
        return fromDateTime(QDateTime(QDate(2010, 1, 17), QTime(hour, minute), m_document->displayZone()));
    }
    // "HH:mm" of a core time in the display zone, computed independently of the app.
    QString hhmm(TimeMs t) const
    {
        return toDateTime(t, m_document->displayZone()).toString(QStringLiteral("HH:mm"));
    }
    // The expected single-line path from core's path steps.
    QString expectedPath(const TemporalPath &path) const
    {
        QStringList parts;
        for (const PathStep &s : path.steps)
            parts << c().actors[static_cast<std::size_t>(s.actor)].handle + QLatin1Char(' ') + hhmm(s.time);
        return parts.join(QStringLiteral(" \u2192 "));
    }

    ActorPage *page() const { return m_inspector->actorPage(); }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<ActorInspector> m_inspector;
};

} // namespace

TEST_F(InspectorTest, AnnCurryShowsTheCoreMeasuresAtTheCursor)
{
    const ActorId curry = actor("@AnnCurry");
    m_document->setSelectedActor(curry);
    ASSERT_EQ(m_inspector->page(), ActorInspector::Page::Actor);
    ASSERT_EQ(m_inspector->shownActor(), curry);
    ASSERT_TRUE(page()->measuresCurrent());

    const TimeMs cursor = m_document->cursor();
    const ActorDetail d = actorDetail(m_document->analysis(), curry, cursor);
    const ActorMeasures &m = d.measures;
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Followers)), 1000000);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Followers)), m.followers);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Posts)), m.counts.posts());
    EXPECT_EQ(digitsOf(page()->valueText(Measure::RepostsReceived)), m.counts.repostsReceived());
    EXPECT_EQ(digitsOf(page()->valueText(Measure::RepliesReceived)), m.counts.repliesReceived());
    EXPECT_EQ(digitsOf(page()->valueText(Measure::QuotesReceived)), m.counts.quotesReceived());
    EXPECT_EQ(digitsOf(page()->valueText(Measure::MentionsReceived)), m.counts.mentionsReceived());
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Exposure)), m.counts.exposure);
    EXPECT_TRUE(page()->valueText(Measure::Exposure).startsWith(QChar(0x2264))) << "an upper bound";
    EXPECT_EQ(digitsOf(page()->valueText(Measure::CascadeSize).section(QLatin1Char('('), 0, 0)),
              m.cascade.seededTotalSize);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Children)), m.cascade.directChildren);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Subtree)), m.cascade.downstream);
    EXPECT_NEAR(decimalOf(page()->valueText(Measure::PageRank)), m.pageRank, m.pageRank * 0.01);
    EXPECT_NEAR(decimalOf(page()->valueText(Measure::Betweenness)), m.betweenness, m.betweenness * 0.01);
    EXPECT_FALSE(page()->valueText(Measure::Betweenness).contains(QLatin1String("estimated")));
    EXPECT_EQ(page()->valueText(Measure::CoreNumber).toInt(), m.coreNumber);
    EXPECT_NEAR(decimalOf(page()->valueText(Measure::Closeness)), m.closeness, m.closeness * 0.01);
    EXPECT_GT(m.closeness, 0);

    // Earliest arrival and latency from the origin.
    ASSERT_TRUE(m.reached);
    EXPECT_EQ(page()->arrivalText(), hhmm(m.arrival));
    EXPECT_EQ(page()->valueText(Measure::Latency), DisplayFormat::duration(m.latency));

    // Brokerage: the dominant label is liaison, the counts and the sentence are core's.
    ASSERT_TRUE(m.brokerage.hasDominant());
    EXPECT_EQ(m.brokerage.dominant(), BrokerageRole::Liaison);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Brokerage)), m.brokerage.total());
    const QString brokerage = page()->brokerageText();
    EXPECT_TRUE(brokerage.contains(QStringLiteral("<b>liaison</b>"))) << brokerage.toStdString();
    EXPECT_TRUE(brokerage.contains(QStringLiteral("liaison %1").arg(m.brokerage.count(BrokerageRole::Liaison))))
        << brokerage.toStdString();
    EXPECT_TRUE(brokerage.endsWith(d.brokerageText)) << brokerage.toStdString();

    // Her path from the origin: MSF's tweet, then her own quote of it.
    EXPECT_EQ(page()->pathText(), expectedPath(d.pathFromOrigin));
    EXPECT_EQ(page()->pathText(), QStringLiteral("@MSF_USA 10:00 \u2192 @AnnCurry 10:45"));

    // Every measure row explains itself on hover.
    for (int i = 0; i < kMeasureCount; ++i)
        EXPECT_FALSE(measureInfo(static_cast<Measure>(i)).explanation.isEmpty());
    const QList<QLabel *> labels = page()->findChildren<QLabel *>();
    const auto exposureLabel = std::find_if(labels.begin(), labels.end(), [](QLabel *l) {
        return l->text() == measureInfo(Measure::Exposure).title;
    });
    ASSERT_NE(exposureLabel, labels.end());
    EXPECT_TRUE((*exposureLabel)->toolTip().contains(QLatin1String("upper bound")));
}

TEST_F(InspectorTest, ValuesFollowTheCursor)
{
    const ActorId curry = actor("@AnnCurry");
    m_document->setSelectedActor(curry);
    // 11:00 local time: after her two relays of MSF's tweet, before her targeted tweet
    // and the retweet wave.
    const TimeMs eleven = localTime(11, 0);
    m_document->setCursor(eleven);
    ASSERT_TRUE(page()->measuresCurrent());
    const ActorDetail d = actorDetail(m_document->analysis(), curry, eleven);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Posts)), d.measures.counts.posts());
    EXPECT_EQ(d.measures.counts.posts(), 2);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::RepostsReceived)), 0);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Exposure)), d.measures.counts.exposure);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Brokerage)), d.measures.brokerage.total());
    EXPECT_EQ(page()->sparkline()->cursorTime(), eleven);

    // The Air Force is not reached yet at 11:00; at the end its path runs through the tip.
    const ActorId airforce = actor("@usairforce");
    m_document->setSelectedActor(airforce);
    EXPECT_EQ(page()->pathText(), QString());
    EXPECT_EQ(page()->valueText(Measure::Latency), QStringLiteral("not reached"));
    m_document->setCursor(m_document->timeIndex().endTime());
    const TemporalPath path = temporalPath(m_document->timeIndex(), m_document->analysis().originReach(), airforce);
    EXPECT_EQ(page()->pathText(), expectedPath(path));
    EXPECT_EQ(page()->pathText(), QStringLiteral("@MSF_USA 10:00 \u2192 @AnnCurry 10:55 \u2192 @unknown_follower 11:30 "
                                                 "\u2192 @AnnCurry 11:52 \u2192 @usairforce 11:52"));
}

TEST_F(InspectorTest, ClickingOneOfHerEventsMovesTheCursorThere)
{
    const ActorId curry = actor("@AnnCurry");
    m_document->setSelectedActor(curry);
    QListView *list = page()->eventsView();
    const EventId relay = event("e05");
    const int row = page()->eventsModel()->rowOf(relay);
    ASSERT_GE(row, 0);
    // Her events, in time order: exactly those she authored.
    for (int r = 0; r < page()->eventsModel()->rowCount(); ++r)
        EXPECT_EQ(c().events[static_cast<std::size_t>(page()->eventsModel()->eventAt(r))].author, curry);
    const QModelIndex index = page()->eventsModel()->index(row);
    ASSERT_FALSE(list->visualRect(index).isEmpty());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    EXPECT_EQ(m_document->cursor(), c().events[static_cast<std::size_t>(relay)].time);
    EXPECT_EQ(m_document->selectedEvent(), relay);
    EXPECT_EQ(m_document->selectedActor(), curry);
    EXPECT_EQ(m_inspector->shownActor(), curry);
    // Her later events are greyed now, the earlier ones are not.
    const EventId later = event("e07");
    EXPECT_TRUE(page()->eventsModel()->data(page()->eventsModel()->index(page()->eventsModel()->rowOf(later)),
                                            Qt::ForegroundRole).isValid());
    EXPECT_FALSE(page()->eventsModel()->data(index, Qt::ForegroundRole).isValid());
}

TEST_F(InspectorTest, WhatIfOnTheFollowerShowsTheAirForceReachedLater)
{
    const ActorId follower = tipper();
    ASSERT_NE(follower, kNoActor);
    EXPECT_TRUE(c().actors[static_cast<std::size_t>(follower)].name.contains(QLatin1String("follower")));
    const ActorId airforce = actor("@usairforce");
    m_document->setSelectedActor(follower);
    QAbstractButton *button = page()->whatIfButton();
    ASSERT_TRUE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(m_document->whatIfActor(), follower);
    EXPECT_TRUE(button->isChecked());
    EXPECT_TRUE(m_inspector->whatIfAction()->isChecked());

    const WhatIfResult w = whatIfRemoved(m_document->timeIndex(), m_document->analysis().originReach(), follower,
                                         m_document->analysis().targets());
    ASSERT_EQ(w.targets.size(), 1u);
    const TargetOutcome &o = w.targets[0];
    ASSERT_EQ(o.target, airforce);
    ASSERT_TRUE(o.lost() || o.addedLatency() > 0);
    const QString text = page()->whatIfText();
    EXPECT_TRUE(text.contains(QLatin1String("@usairforce"))) << text.toStdString();
    if (o.lost())
        EXPECT_TRUE(text.contains(QLatin1String("no longer reached"))) << text.toStdString();
    else
        EXPECT_TRUE(text.contains(DisplayFormat::duration(o.addedLatency()) + QLatin1String(" later")))
            << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("%1 actors</b> no longer reached").arg(w.noLongerReached.size())))
        << text.toStdString();

    // The summary keeps showing it when the selection is cleared; clicking again turns it off.
    m_document->setSelectedActor(kNoActor);
    EXPECT_TRUE(m_inspector->summaryPage()->text().size() > 0);
    m_document->setSelectedActor(follower);
    QTest::mouseClick(page()->whatIfButton(), Qt::LeftButton);
    EXPECT_EQ(m_document->whatIfActor(), kNoActor);
    EXPECT_FALSE(page()->whatIfButton()->isChecked());
    EXPECT_TRUE(page()->whatIfText().isEmpty());
}

TEST_F(InspectorTest, NothingSelectedShowsTheCaseSummary)
{
    ASSERT_EQ(m_inspector->page(), ActorInspector::Page::Summary);
    EXPECT_TRUE(m_inspector->summaryPage()->isVisible());
    EXPECT_FALSE(page()->isVisible());
    const CaseSummary s = summarizeCase(m_document->analysis(), m_document->cursor());
    const QString text = m_inspector->summaryPage()->text();
    EXPECT_TRUE(text.contains(QLatin1String("@MSF_USA"))) << text.toStdString();
    ASSERT_EQ(s.targets.size(), 1u);
    EXPECT_TRUE(text.contains(QLatin1String("<b>Target</b>: @usairforce"))) << text.toStdString();
    EXPECT_TRUE(text.contains(DisplayFormat::duration(s.targets[0].responseDelay))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("America/Port-au-Prince")));

    // The critical actors, in core's order; the follower is among them.
    CaseSummaryPage *summary = m_inspector->summaryPage();
    const QList<ClickableLabel *> &entries = summary->criticalEntries();
    ASSERT_EQ(entries.size(), static_cast<int>(s.criticalActors.size()));
    ASSERT_GT(entries.size(), 0);
    int followerRow = -1;
    for (int i = 0; i < entries.size(); ++i) {
        const ActorId a = s.criticalActors[static_cast<std::size_t>(i)].actor;
        EXPECT_EQ(summary->criticalActorAt(i), a);
        EXPECT_TRUE(entries[i]->text().contains(c().actors[static_cast<std::size_t>(a)].handle));
        EXPECT_TRUE(entries[i]->isVisible());
        if (a == tipper())
            followerRow = i;
    }
    ASSERT_GE(followerRow, 0);
    EXPECT_TRUE(entries[followerRow]->text().contains(QLatin1String("150 followers")));

    // Clicking a critical actor inspects it.
    QTest::mouseClick(entries[followerRow], Qt::LeftButton);
    EXPECT_EQ(m_document->selectedActor(), tipper());
    EXPECT_EQ(m_inspector->page(), ActorInspector::Page::Actor);
}

TEST_F(InspectorTest, BackgroundWorkShowsTheLatestCursorOnly)
{
    m_inspector->setSynchronousLimit(-1); // everything in the background, as for a large case
    const ActorId curry = actor("@AnnCurry");
    QSignalSpy updated(m_inspector.get(), &ActorInspector::updated);
    m_document->setSelectedActor(curry);
    EXPECT_TRUE(m_inspector->isUpdating());
    EXPECT_FALSE(page()->measuresCurrent());
    // The cheap values are there at once.
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Followers)), 1000000);
    // Scrub: only the last position's result may be shown.
    for (int minute : {0, 10, 20, 30, 40, 50})
        m_document->setCursor(localTime(12, minute));
    const TimeMs last = localTime(13, 0);
    m_document->setCursor(last);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_inspector->isUpdating(); }, 20000));
    ASSERT_TRUE(page()->measuresCurrent());
    EXPECT_GE(updated.count(), 1);
    const ActorDetail d = actorDetail(m_document->analysis(), curry, last);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Children)), d.measures.cascade.directChildren);
    EXPECT_EQ(digitsOf(page()->valueText(Measure::Brokerage)), d.measures.brokerage.total());
    EXPECT_NEAR(decimalOf(page()->valueText(Measure::PageRank)), d.measures.pageRank, d.measures.pageRank * 0.01);

    // The what-if also runs in the background.
    QSignalSpy whatIf(m_inspector.get(), &ActorInspector::whatIfUpdated);
    QTest::mouseClick(page()->whatIfButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return whatIf.count() > 0; }, 20000));
    EXPECT_TRUE(page()->whatIfText().contains(QLatin1String("@usairforce")));
}

TEST_F(InspectorTest, AnEdgeShowsTheEventsBehindItAndTheCreditRule)
{
    const ActorId curry = actor("@AnnCurry"), airforce = actor("@usairforce");
    m_inspector->showEdge(curry, airforce);
    ASSERT_EQ(m_inspector->page(), ActorInspector::Page::Edge);
    EdgePage *edge = m_inspector->edgePage();
    // Every interaction between them (core/model/interaction.h), in either direction.
    std::vector<EventId> expected;
    for (const Interaction &i : deriveInteractions(c()))
        if (((i.from == curry && i.to == airforce) || (i.from == airforce && i.to == curry))
            && (expected.empty() || expected.back() != i.event))
            expected.push_back(i.event);
    ASSERT_FALSE(expected.empty());
    ASSERT_EQ(edge->entries().size(), static_cast<int>(expected.size())) << edge->text().toStdString();
    for (int i = 0; i < edge->entries().size(); ++i)
        EXPECT_EQ(edge->eventAt(i), expected[static_cast<std::size_t>(i)]);
    const QString text = m_inspector->edgePage()->text();
    EXPECT_TRUE(text.contains(QLatin1String("@AnnCurry mentions @usairforce"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("inferred by the case author"))) << text.toStdString();
    // One row per event: the Air Force's answer is a reply that also mentions her.
    EXPECT_TRUE(text.contains(QLatin1String("@usairforce replies to and mentions @AnnCurry"))) << text.toStdString();
    EXPECT_TRUE(text.contains(creditRuleTitle(CreditRule::MostRecent)));

    // The rule is switchable from the page, and the inspector says so.
    QSignalSpy changed(m_inspector.get(), &ActorInspector::creditRuleChanged);
    m_inspector->creditRuleActions().at(static_cast<int>(CreditRule::RootOnly))->trigger();
    EXPECT_EQ(m_inspector->creditRule(), CreditRule::RootOnly);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_TRUE(m_inspector->edgePage()->text().contains(creditRuleTitle(CreditRule::RootOnly)));

    // Events after the cursor are greyed; clicking one moves the cursor to it.
    m_document->setCursor(c().events[static_cast<std::size_t>(expected[0])].time);
    EXPECT_FALSE(edge->entries().front()->isDimmed());
    EXPECT_TRUE(edge->entries().back()->isDimmed());
    QTest::mouseClick(edge->entries().back(), Qt::LeftButton);
    EXPECT_EQ(m_document->cursor(), c().events[static_cast<std::size_t>(expected.back())].time);
    EXPECT_EQ(m_document->selectedEvent(), expected.back());
    // A selection replaces the edge.
    EXPECT_EQ(m_inspector->page(), ActorInspector::Page::Actor);

    // With an actor selected, the edge page offers the way back to it.
    m_document->setSelectedActor(curry);
    m_inspector->showEdge(curry, airforce);
    ASSERT_EQ(m_inspector->page(), ActorInspector::Page::Edge);
    ASSERT_TRUE(edge->backButton()->isVisible());
    QTest::mouseClick(edge->backButton(), Qt::LeftButton);
    EXPECT_EQ(m_inspector->page(), ActorInspector::Page::Actor);
    EXPECT_EQ(m_inspector->shownActor(), curry);
}

TEST_F(InspectorTest, CreditRuleChangesTheCascadeCredit)
{
    // The cascade values shown are core's under whichever rule is chosen.
    const ActorId curry = actor("@AnnCurry");
    m_document->setSelectedActor(curry);
    for (CreditRule rule : {CreditRule::MostRecent, CreditRule::First, CreditRule::RootOnly}) {
        m_inspector->setCreditRule(rule);
        MeasureOptions options;
        options.creditRule = rule;
        const ActorDetail d = actorDetail(m_document->analysis(), curry, m_document->cursor(), options);
        EXPECT_EQ(digitsOf(page()->valueText(Measure::Children)), d.measures.cascade.directChildren)
            << creditRuleName(rule);
        EXPECT_EQ(digitsOf(page()->valueText(Measure::Subtree)), d.measures.cascade.downstream) << creditRuleName(rule);
    }
}

TEST_F(InspectorTest, SaysWhenTheThreeCreditRulesAgreeOnTheCase)
{
    // On the bundled case every relay relays the original and no relayer had heard from
    // an earlier one: Analysis > Credit Rule changes nothing, and the page says why.
    ASSERT_TRUE(creditRulesAgree(c(), reconstructCascades(c(), CreditRule::MostRecent)));
    m_document->setSelectedActor(actor("@AnnCurry"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_inspector->isUpdating(); }, 20000));
    EXPECT_TRUE(page()->creditRulesAgreeShown());

    // A generated case where relayers heard from each other: the rules differ, no note.
    GeneratorOptions options;
    options.actors = 200;
    options.events = 2000;
    options.seed = 3;
    Case generated = generateCase(options);
    ASSERT_FALSE(creditRulesAgree(generated, reconstructCascades(generated, CreditRule::MostRecent)));
    m_document->reset(std::move(generated), QString());
    m_document->setSelectedActor(ActorId{0});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_inspector->isUpdating(); }, 20000));
    EXPECT_EQ(m_inspector->shownActor(), ActorId{0});
    EXPECT_FALSE(page()->creditRulesAgreeShown());

    // And back to a case where they agree.
    m_document->reset(Case(haitiCase()), QString());
    m_document->setSelectedActor(actor("@AnnCurry"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_inspector->isUpdating(); }, 20000));
    EXPECT_TRUE(page()->creditRulesAgreeShown());
}

TEST(DisplayFormatTest, DurationsTimesAndCounts)
{
    EXPECT_EQ(DisplayFormat::duration(2 * kMsPerHour + 28 * kMsPerMinute), QStringLiteral("2 h 28 min"));
    EXPECT_EQ(DisplayFormat::duration(45 * kMsPerMinute), QStringLiteral("45 min"));
    EXPECT_EQ(DisplayFormat::duration(3 * kMsPerHour), QStringLiteral("3 h"));
    EXPECT_EQ(DisplayFormat::duration(90 * kMsPerSecond), QStringLiteral("1 min 30 s"));
    EXPECT_EQ(DisplayFormat::duration(0), QStringLiteral("0 s"));
    EXPECT_EQ(DisplayFormat::duration(26 * kMsPerHour), QStringLiteral("1 d 2 h"));
    EXPECT_EQ(DisplayFormat::duration(-kMsPerHour), QStringLiteral("-1 h"));
    // The CLI's compact style, for aligned text tables.
    using DisplayFormat::DurationStyle;
    EXPECT_EQ(DisplayFormat::duration(2 * kMsPerHour + 8 * kMsPerMinute, DurationStyle::Compact), QStringLiteral("2h08m"));
    EXPECT_EQ(DisplayFormat::duration(65 * kMsPerSecond, DurationStyle::Compact), QStringLiteral("1m05s"));
    EXPECT_EQ(DisplayFormat::duration(26 * kMsPerHour, DurationStyle::Compact), QStringLiteral("1d2h"));
    EXPECT_EQ(DisplayFormat::duration(0, DurationStyle::Compact), QStringLiteral("0s"));
    EXPECT_EQ(DisplayFormat::duration(-45 * kMsPerSecond, DurationStyle::Compact), QStringLiteral("-45s"));
    // One zone name for the window, the CLI and the slides.
    EXPECT_EQ(DisplayFormat::zoneName(QTimeZone("America/Port-au-Prince")), QStringLiteral("America/Port-au-Prince"));
    EXPECT_EQ(DisplayFormat::zoneName(QTimeZone::utc()), QStringLiteral("UTC"));
    EXPECT_EQ(DisplayFormat::zoneName(QTimeZone()), QStringLiteral("UTC"));
    const QTimeZone haiti("America/Port-au-Prince");
    const TimeMs t = *parseIsoTime(std::string_view("2010-01-17T15:45:00Z"));
    EXPECT_EQ(DisplayFormat::clock(t, haiti, false), QStringLiteral("10:45"));
    EXPECT_EQ(DisplayFormat::clock(t + 30 * kMsPerSecond, haiti, false), QStringLiteral("10:45:30"));
    EXPECT_EQ(DisplayFormat::clock(t, haiti, true), QStringLiteral("17 Jan 10:45"));
    EXPECT_EQ(DisplayFormat::zoneCity(haiti), QStringLiteral("Port-au-Prince"));
    EXPECT_EQ(DisplayFormat::zoneCity(QTimeZone("America/New_York")), QStringLiteral("New York"));
    EXPECT_EQ(digitsOf(DisplayFormat::count(1000000)), 1000000);
    EXPECT_GT(DisplayFormat::count(1000000).size(), 7) << "digit groups are separated";
}

TEST(LatestJobTest, OnlyTheLatestRequestIsApplied)
{
    LatestJob job;
    job.setSynchronousLimit(-1);
    job.setDelay(0);
    std::vector<int> applied;
    std::atomic<int> started{0};
    for (int i = 0; i < 5; ++i)
        job.start(
            [i, &started](const std::atomic<bool> &cancelled) -> LatestJob::Apply {
                ++started;
                // Long enough for the later requests to arrive; honours cancel.
                for (int k = 0; k < 200 && !cancelled; ++k)
                    QThread::msleep(1);
                return [] {};
            },
            100);
    job.start([](const std::atomic<bool> &) -> LatestJob::Apply { return [] {}; }, 100);
    std::vector<int> *out = &applied;
    job.start([out](const std::atomic<bool> &) -> LatestJob::Apply { return [out] { out->push_back(7); }; }, 100);
    EXPECT_TRUE(job.isBusy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !job.isBusy(); }, 10000));
    EXPECT_EQ(applied, std::vector<int>{7});
    EXPECT_LE(started.load(), 1) << "queued requests superseded before they started never run";

    // Small inputs run at once, on this thread.
    job.setSynchronousLimit(1000);
    job.start([out](const std::atomic<bool> &) -> LatestJob::Apply { return [out] { out->push_back(8); }; }, 10);
    EXPECT_EQ(applied, (std::vector<int>{7, 8}));
    EXPECT_FALSE(job.isBusy());
}

TEST(LatestJobTest, CancelAndWaitDropsTheResult)
{
    LatestJob job;
    job.setSynchronousLimit(-1);
    job.setDelay(0);
    std::atomic<bool> running{false};
    bool applied = false;
    job.start(
        [&running, &applied](const std::atomic<bool> &cancelled) -> LatestJob::Apply {
            running = true;
            while (!cancelled)
                QThread::msleep(1);
            return [&applied] { applied = true; };
        },
        100);
    ASSERT_TRUE(QTest::qWaitFor([&] { return running.load(); }, 10000));
    job.cancelAndWait(); // returns once the work has seen the flag
    QApplication::processEvents();
    EXPECT_FALSE(applied);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !job.isBusy(); }, 10000));
}

TEST(CaseDocumentTest, DestroyingTheDocumentStopsTheBackgroundMeasuresFirst)
{
    auto document = std::make_unique<CaseDocument>();
    document->reset(generateCase({50000, 500000, 5}), QString());
    ActorTableModel model(document.get());
    model.setSynchronousLimit(-1);
    model.setCreditRule(CreditRule::First); // a new request, computed in the background
    // Wait until the work runs on a worker thread (not merely queued).
    ASSERT_TRUE(QTest::qWaitFor([&] { return analysisPool()->activeThreadCount() > 0; }, 5000));
    document.reset(); // while the measures of 500,000 events are being computed
    EXPECT_EQ(analysisPool()->activeThreadCount(), 0) << "the work stopped before the case was freed";
}

TEST(CaseDocumentTest, ANewCaseNeverShowsTheOldCasesSummary)
{
    CaseDocument document;
    document.reset(haitiCase(), QString());
    ActorInspector inspector(&document);
    inspector.setSynchronousLimit(-1); // every summary in the background
    document.setCursor(document.caseData().endTime());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspector.isUpdating(); }, 10000));
    ASSERT_TRUE(inspector.summaryPage()->text().contains(QStringLiteral("@usairforce")))
        << inspector.summaryPage()->text().toStdString();

    document.reset(generateCase({2000, 20000, 3}), QString());
    const QString pending = inspector.summaryPage()->text();
    EXPECT_FALSE(pending.contains(QStringLiteral("@usairforce"))) << pending.toStdString();
    EXPECT_FALSE(pending.contains(QStringLiteral("@MSF_USA"))) << pending.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspector.isUpdating(); }, 10000));
    const Case &c = document.caseData();
    EXPECT_TRUE(inspector.summaryPage()->text().contains(c.actors[static_cast<std::size_t>(c.origin)].handle))
        << inspector.summaryPage()->text().toStdString();
}

TEST(CaseDocumentTest, AboutToResetComesWhileTheOldCaseIsStillThere)
{
    std::vector<std::size_t> seen; // before the document: its destructor emits aboutToReset() too
    bool resetAfter = false;
    CaseDocument document;
    document.reset(generateCase({30, 300, 1}), QString());
    QObject::connect(&document, &CaseDocument::aboutToReset, &document,
                     [&] { seen.push_back(document.caseData().events.size()); });
    QObject::connect(&document, &CaseDocument::caseReset, &document, [&] { resetAfter = !seen.empty(); });
    document.reset(generateCase({10, 50, 2}), QString());
    EXPECT_EQ(seen, std::vector<std::size_t>{300});
    EXPECT_TRUE(resetAfter);
    EXPECT_EQ(document.caseData().events.size(), 50u);
    seen.clear();
}


TEST_F(InspectorTest, EveryActorsPageFitsANarrowPanel)
{
    // The dock's default width: nothing of the page may run off its right edge (the
    // panel scrolls vertically only).
    m_inspector->resize(330, 900);
    auto *scroll = m_inspector->findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    for (std::size_t a = 0; a < c().actors.size(); ++a) {
        m_document->setSelectedActor(static_cast<ActorId>(a));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_inspector->isUpdating(); }, 20000));
        QCoreApplication::processEvents();
        const int room = scroll->viewport()->width();
        const QWidget *page = scroll->widget();
        std::string wide;
        for (const QWidget *w : page->findChildren<QWidget *>())
            if (w->isVisibleTo(page) && w->minimumSizeHint().width() > room)
                wide += std::string(w->metaObject()->className()) + " \"" + w->property("text").toString().left(60).toStdString() + "\" "
                    + std::to_string(w->minimumSizeHint().width()) + "; ";
        EXPECT_LE(page->width(), room) << c().actors[a].handle.toStdString() << ": " << wide;
    }
}
