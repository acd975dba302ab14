// SPDX-License-Identifier: GPL-3.0-or-later
// The Cascades list, driven like a user would on the bundled Haiti 2010 case: the wave
// after Ann Curry's 11:52 tweet is one cascade rooted there; clicking a header sorts;
// clicking a row selects the cascade, the graph highlights its tree and the inspector
// shows its measures; the list follows the cursor and the credit rule; a click in the
// inspector selects an actor; a second case replaces the first.
#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/graph/actoritem.h"
#include "app/graph/edgeitem.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorpage.h"
#include "app/inspector/cascadepage.h"
#include "app/inspector/cascadespanel.h"
#include "app/inspector/cascadetablemodel.h"
#include "app/inspector/clickablelabel.h"
#include "app/timeline/timelinewidget.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "core/model/case.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <numeric>

using namespace cascade;

namespace {

Case haitiCase()
{
    ReadResult r = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
    EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
    return r.ok() ? std::move(*r.value) : Case{};
}

// The events whose chain of relayed events (Event::parent) leads to `root`, root included.
int eventsRelaying(const Case &c, EventId root)
{
    int n = 0;
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        EventId e = static_cast<EventId>(i);
        while (e != kNoEvent && e != root) {
            const Event &ev = c.events[static_cast<std::size_t>(e)];
            e = (ev.kind == EventKind::Repost || ev.kind == EventKind::Quote) ? ev.parent : kNoEvent;
        }
        n += e == root;
    }
    return n;
}

class CascadesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = std::make_unique<CaseDocument>();
        document->reset(haitiCase(), QString());
        window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(window.get());
        panel = new CascadesPanel(document.get());
        inspector = new ActorInspector(document.get());
        view = new GraphView(document.get());
        layout->addWidget(panel, 2);
        layout->addWidget(view, 3);
        layout->addWidget(inspector, 2);
        timeline = new TimelineWidget(document.get());
        layout->addWidget(timeline, 3);
        window->resize(1500, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        view->layoutController()->showLayout(LayoutEngineKind::Twopi);
        view->layoutController()->waitForFinished();
        ASSERT_TRUE(view->graphScene()->hasLayout());
        const Case &c = document->caseData();
        ann = c.actorByHandle(QStringLiteral("@AnnCurry"));
        msf = c.actorByHandle(QStringLiteral("@MSF_USA"));
        rt01 = c.actorByHandle(QStringLiteral("@synthetic_rt01"));
        targeted = c.eventByKey(QStringLiteral("e07"));
        ASSERT_NE(ann, kNoActor);
        ASSERT_NE(targeted, kNoEvent);
        ASSERT_EQ(c.events[static_cast<std::size_t>(targeted)].author, ann);
        QCoreApplication::processEvents();
    }

    CascadeTableModel *model() const { return panel->model(); }
    QTableView *table() const { return panel->view(); }
    void clickRow(int row)
    {
        const QRect cell = table()->visualRect(model()->index(row, CascadeTableModel::SizeColumn));
        ASSERT_TRUE(cell.isValid()) << "row " << row;
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    }
    void clickHeader(int column)
    {
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }
    std::vector<double> column(int c) const
    {
        std::vector<double> values;
        for (int r = 0; r < model()->rowCount(); ++r)
            values.push_back(model()->index(r, c).data().toString().remove(QLatin1Char(',')).toDouble());
        return values;
    }
    GraphScene *scene() const { return view->graphScene(); }

    std::unique_ptr<CaseDocument> document;
    std::unique_ptr<QWidget> window;
    CascadesPanel *panel = nullptr;
    ActorInspector *inspector = nullptr;
    GraphView *view = nullptr;
    TimelineWidget *timeline = nullptr;
    ActorId ann = kNoActor, msf = kNoActor, rt01 = kNoActor;
    EventId targeted = kNoEvent;
};

} // namespace

TEST_F(CascadesTest, TheWaveAfterTheTargetedTweetIsOneCascadeRootedInIt)
{
    ASSERT_TRUE(model()->isCurrent());
    const int row = model()->rowOf(targeted);
    ASSERT_GE(row, 0);
    const CascadeAsOf *cascade = model()->cascadeAt(row);
    const int expected = eventsRelaying(document->caseData(), targeted);
    EXPECT_GE(expected, 30); // the hundreds of retweets, as the case samples them
    EXPECT_EQ(cascade->tree.size, expected);
    EXPECT_EQ(cascade->seed, ann);
    EXPECT_GE(cascade->tree.depth, 1);
    // Largest first by default: it is the first row.
    EXPECT_EQ(row, 0);
    EXPECT_EQ(model()->index(0, CascadeTableModel::SeedColumn).data().toString(), QStringLiteral("@AnnCurry"));
    EXPECT_TRUE(model()->index(0, CascadeTableModel::RootColumn).data().toString().startsWith(QStringLiteral("@Usairforce")));
    EXPECT_TRUE(panel->statusText().contains(QString::number(model()->rowCount()))) << panel->statusText().toStdString();

    // Under the platform's own attribution every relay hangs from the root: a broadcast
    // whose virality is 2(n-1)/n, of the same size.
    document->setCreditRule(CreditRule::RootOnly);
    QCoreApplication::processEvents();
    ASSERT_TRUE(model()->isCurrent());
    const CascadeAsOf *root = model()->cascadeAt(model()->rowOf(targeted));
    EXPECT_EQ(root->tree.size, expected);
    EXPECT_EQ(root->tree.depth, 1);
    EXPECT_EQ(root->tree.width, expected - 1);
    EXPECT_NEAR(root->tree.structuralVirality, 2.0 * (expected - 1) / expected, 1e-12);
    EXPECT_EQ(model()->index(model()->rowOf(targeted), CascadeTableModel::ShapeColumn).data().toString(), QStringLiteral("broadcast"));
}

TEST_F(CascadesTest, ClickingAHeaderSortsAndTheSelectionStays)
{
    ASSERT_GE(model()->rowCount(), 2);
    clickRow(0);
    ASSERT_EQ(document->selectedCascade(), targeted);
    for (int c : {CascadeTableModel::DepthColumn, CascadeTableModel::ViralityColumn, CascadeTableModel::SizeColumn}) {
        clickHeader(c);
        const Qt::SortOrder first = table()->horizontalHeader()->sortIndicatorOrder();
        std::vector<double> v = column(c);
        if (first == Qt::AscendingOrder)
            EXPECT_TRUE(std::is_sorted(v.begin(), v.end())) << c;
        else
            EXPECT_TRUE(std::is_sorted(v.rbegin(), v.rend())) << c;
        clickHeader(c);
        v = column(c);
        if (first == Qt::AscendingOrder)
            EXPECT_TRUE(std::is_sorted(v.rbegin(), v.rend())) << c;
        else
            EXPECT_TRUE(std::is_sorted(v.begin(), v.end())) << c;
        // The selected row follows its cascade.
        const QModelIndexList rows = table()->selectionModel()->selectedRows();
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(model()->rootAt(rows.front().row()), targeted);
    }
}

TEST_F(CascadesTest, SelectingACascadeHighlightsItsTreeAndShowsItsMeasures)
{
    clickRow(model()->rowOf(targeted));
    ASSERT_EQ(document->selectedCascade(), targeted);
    EXPECT_EQ(document->selectedActor(), kNoActor);
    QCoreApplication::processEvents();
    ASSERT_EQ(inspector->page(), ActorInspector::Page::Cascade);
    CascadePage *page = inspector->cascadePage();
    const CascadeAsOf *row = model()->cascadeAt(model()->rowOf(targeted));
    EXPECT_EQ(page->valueText(QStringLiteral("Size")), QString::number(row->tree.size));
    EXPECT_EQ(page->valueText(QStringLiteral("Depth")), QString::number(row->tree.depth));
    EXPECT_EQ(page->valueText(QStringLiteral("Structural virality")), QString::number(row->tree.structuralVirality, 'f', 2));
    const std::vector<std::int32_t> &profile = page->depthProfile();
    ASSERT_FALSE(profile.empty());
    EXPECT_EQ(profile[0], 1);
    EXPECT_EQ(std::accumulate(profile.begin(), profile.end(), 0), row->tree.size);
    EXPECT_EQ(static_cast<int>(profile.size()) - 1, row->tree.depth);
    EXPECT_TRUE(page->headerText().contains(QStringLiteral("@AnnCurry")));

    // The graph: the seed marked, the relayers and the links of the tree highlighted,
    // everyone else pushed back.
    EXPECT_TRUE(scene()->actorItem(ann)->hasState(ActorItem::Selected));
    EXPECT_TRUE(scene()->actorItem(rt01)->hasState(ActorItem::OnPath));
    EXPECT_FALSE(scene()->actorItem(rt01)->hasState(ActorItem::Dimmed));
    EXPECT_TRUE(scene()->actorItem(msf)->hasState(ActorItem::Dimmed)); // not in this cascade
    ASSERT_NE(scene()->edgeItem(ann, rt01), nullptr);
    EXPECT_TRUE(scene()->edgeItem(ann, rt01)->hasState(EdgeItem::OnPath));
    int treeLinks = 0;
    for (const EdgeItem *e : scene()->edgeItems())
        treeLinks += e->hasState(EdgeItem::OnPath);
    EXPECT_GE(treeLinks, row->tree.width);

    // The timeline: the cascade's volume over the bars, every one of its events counted
    // once, and never more than the bar it is drawn over.
    const std::vector<std::int32_t> &volume = timeline->cascadeVolume();
    ASSERT_EQ(volume.size(), timeline->buckets().size());
    EXPECT_EQ(std::accumulate(volume.begin(), volume.end(), 0), row->tree.size);
    for (std::size_t i = 0; i < volume.size(); ++i)
        EXPECT_LE(volume[i], timeline->buckets()[i].total()) << i;

    // Back before the wave's last relays: the list, the page and the graph follow.
    // (The list's rows are replaced when it follows: keep what is compared.)
    const std::int32_t wholeSize = row->tree.size;
    row = nullptr;
    const Case &c = document->caseData();
    const TimeMs early = c.events[static_cast<std::size_t>(targeted)].time + 5 * kMsPerMinute;
    document->setCursor(early);
    QCoreApplication::processEvents();
    const CascadeAsOf *earlier = model()->cascadeAt(model()->rowOf(targeted));
    ASSERT_NE(earlier, nullptr);
    EXPECT_LT(earlier->tree.size, wholeSize);
    EXPECT_EQ(page->valueText(QStringLiteral("Size")), QString::number(earlier->tree.size));
    int shownMembers = 0;
    for (ActorId a = 0; a < static_cast<ActorId>(c.actors.size()); ++a)
        shownMembers += scene()->actorItem(a)->hasState(ActorItem::OnPath) || scene()->actorItem(a)->hasState(ActorItem::Selected);
    EXPECT_LE(shownMembers, earlier->tree.size);

    // A click on a branch selects the actor who opened it; the cascade is deselected.
    ASSERT_FALSE(page->branchLabels().isEmpty());
    const CascadeTree::Branch branch = page->branches().front();
    QTest::mouseClick(page->branchLabels().front(), Qt::LeftButton);
    EXPECT_EQ(document->selectedActor(), c.events[static_cast<std::size_t>(branch.opener)].author);
    EXPECT_EQ(document->selectedCascade(), kNoEvent);
    EXPECT_EQ(inspector->page(), ActorInspector::Page::Actor);
    EXPECT_TRUE(table()->selectionModel()->selectedRows().isEmpty());
    EXPECT_TRUE(timeline->cascadeVolume().empty());
}

TEST_F(CascadesTest, TheActorPageListsTheCascadesItSeededAndOpensThem)
{
    document->setSelectedActor(ann);
    QCoreApplication::processEvents();
    ASSERT_EQ(inspector->page(), ActorInspector::Page::Actor);
    ActorPage *page = inspector->actorPage();
    ASSERT_FALSE(page->cascadeRoots().empty());
    // Seeded first, biggest first: the wave after the targeted tweet.
    EXPECT_EQ(page->cascadeRoots().front(), targeted);
    const QString first = page->cascadeLabels().front()->text();
    EXPECT_TRUE(first.contains(QStringLiteral("Seeded")) && first.contains(QStringLiteral("e07"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QString::number(eventsRelaying(document->caseData(), targeted)))) << first.toStdString();

    // Before the tweet, it has seeded nothing that was relayed.
    const Case &c = document->caseData();
    document->setCursor(c.events[static_cast<std::size_t>(targeted)].time - kMsPerMinute);
    QCoreApplication::processEvents();
    for (EventId root : page->cascadeRoots())
        EXPECT_NE(root, targeted);
    document->setCursor(c.endTime());
    QCoreApplication::processEvents();

    // A click opens the cascade: the list selects its row, the inspector shows it.
    ASSERT_FALSE(page->cascadeLabels().isEmpty());
    QTest::mouseClick(page->cascadeLabels().front(), Qt::LeftButton);
    QCoreApplication::processEvents();
    EXPECT_EQ(document->selectedCascade(), targeted);
    EXPECT_EQ(inspector->page(), ActorInspector::Page::Cascade);
    const QModelIndexList rows = table()->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(model()->rootAt(rows.front().row()), targeted);
}

TEST_F(CascadesTest, TypingFiltersBySeed)
{
    const int all = model()->rowCount();
    QTest::keyClicks(panel->filterBox(), QStringLiteral("anncurry"));
    QCoreApplication::processEvents();
    ASSERT_GE(model()->rowCount(), 1);
    EXPECT_LT(model()->rowCount(), all);
    for (int r = 0; r < model()->rowCount(); ++r)
        EXPECT_EQ(model()->index(r, CascadeTableModel::SeedColumn).data().toString(), QStringLiteral("@AnnCurry"));
    panel->filterBox()->clear();
    EXPECT_EQ(model()->rowCount(), all);
}

TEST_F(CascadesTest, ASecondCaseBiggerThenSmallerReplacesTheList)
{
    clickRow(0);
    ASSERT_NE(document->selectedCascade(), kNoEvent);
    GeneratorOptions options;
    options.actors = 3000;
    options.events = 20000; // above the synchronous limit: computed in the background
    options.seed = 11;
    document->reset(generateCase(options), QString());
    EXPECT_EQ(document->selectedCascade(), kNoEvent);
    EXPECT_EQ(inspector->page(), ActorInspector::Page::Summary);
    for (int i = 0; i < 200 && !model()->isCurrent(); ++i)
        QTest::qWait(20);
    ASSERT_TRUE(model()->isCurrent());
    ASSERT_GT(model()->rowCount(), 10);
    clickRow(0);
    const EventId big = document->selectedCascade();
    ASSERT_NE(big, kNoEvent);
    for (int i = 0; i < 200 && !inspector->cascadePage()->measures().size; ++i)
        QTest::qWait(20);
    EXPECT_EQ(inspector->cascadePage()->measures().size, model()->cascadeAt(0)->tree.size);
    // Switch the rule while it is computing, then open the small case over it.
    document->setCreditRule(CreditRule::First);
    document->reset(haitiCase(), QString());
    QCoreApplication::processEvents();
    ASSERT_TRUE(model()->isCurrent());
    EXPECT_EQ(model()->rootAt(0), targeted);
    EXPECT_EQ(document->selectedCascade(), kNoEvent);
}
