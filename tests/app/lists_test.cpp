// SPDX-License-Identifier: GPL-3.0-or-later
// The actors and events lists driven like a user would, on the bundled Haiti 2010 case:
// selecting an event row moves the cursor and selects its author, the lists follow the
// document's selection without feeding it back, the actors table sorts by a measure,
// Ctrl+F focuses the search box and typing filters the rows.
#include "app/caseoverview.h"
#include "app/document/casedocument.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorspanel.h"
#include "app/inspector/actortablemodel.h"
#include "app/inspector/eventspanel.h"
#include "app/inspector/eventtablemodel.h"
#include "core/analysis/actormeasures.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QUrl>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

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

// A window holding both lists side by side, as the main window's docks would.
class ListsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_document = std::make_unique<CaseDocument>();
        m_document->reset(haitiCase(), QString());
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        m_actors = new ActorsPanel(m_document.get(), m_window.get());
        m_events = new EventsPanel(m_document.get(), m_window.get());
        layout->addWidget(m_actors);
        layout->addWidget(m_events);
        m_window->resize(1400, 700);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void TearDown() override
    {
        m_window.reset();
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
    // Clicks the centre of a row's first cell.
    static void clickRow(QTableView *view, int row)
    {
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }
    QString actorsCell(int row, int column) const
    {
        return m_actors->proxy()->index(row, column).data().toString();
    }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<QWidget> m_window;
    ActorsPanel *m_actors = nullptr;
    EventsPanel *m_events = nullptr;
};

} // namespace

TEST_F(ListsTest, SelectingAnEventRowMovesTheCursorAndSelectsItsAuthor)
{
    const EventId tip = event("e06");
    const Event &e = c().events[static_cast<std::size_t>(tip)];
    QSignalSpy selection(m_document.get(), &CaseDocument::selectionChanged);
    clickRow(m_events->view(), m_events->model()->rowOf(tip));
    EXPECT_EQ(m_document->selectedEvent(), tip);
    EXPECT_EQ(m_document->cursor(), e.time);
    EXPECT_EQ(m_document->selectedActor(), e.author);
    EXPECT_EQ(selection.count(), 1) << "no feedback from the lists following the selection";
    // The actors table follows: the author's row is selected.
    const QModelIndexList rows = m_actors->view()->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(m_actors->actorAtRow(rows.front().row()), e.author);

    // Keyboard: Down selects the next event and moves the cursor along.
    QTest::keyClick(m_events->view(), Qt::Key_Down);
    EXPECT_EQ(m_document->selectedEvent(), tip + 1);
    EXPECT_EQ(m_document->cursor(), c().events[static_cast<std::size_t>(tip + 1)].time);
}

TEST_F(ListsTest, EventRowsShowTimeInTheDisplayZoneKindAuthorAndText)
{
    const EventId quote = event("e04");
    const Event &e = c().events[static_cast<std::size_t>(quote)];
    EventTableModel *model = m_events->model();
    const int row = model->rowOf(quote);
    // The retweet wave has seconds, so every row shows them (one width for the column).
    const QString expectedTime = toDateTime(e.time, m_document->displayZone()).toString(QStringLiteral("HH:mm:ss"));
    EXPECT_EQ(expectedTime, QStringLiteral("10:45:00"));
    EXPECT_EQ(model->index(row, EventTableModel::TimeColumn).data().toString(), expectedTime);
    EXPECT_EQ(model->index(row, EventTableModel::KindColumn).data().toString(), QStringLiteral("quote"));
    EXPECT_EQ(model->index(row, EventTableModel::AuthorColumn).data().toString(), QStringLiteral("@AnnCurry"));
    EXPECT_EQ(model->index(row, EventTableModel::TextColumn).data().toString(), e.text);
    EXPECT_TRUE(model->index(row, EventTableModel::TextColumn).data(Qt::ToolTipRole).toString().contains(e.gloss.toHtmlEscaped()));
    EXPECT_TRUE(model->headerData(EventTableModel::TimeColumn, Qt::Horizontal).toString().contains(QLatin1String("Port-au-Prince")));
    // Events after the cursor are greyed.
    m_document->setCursor(e.time);
    EXPECT_FALSE(model->index(row, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(model->index(row + 1, 0).data(Qt::ForegroundRole).isValid());
}

TEST_F(ListsTest, ListsFollowTheDocumentSelection)
{
    const EventId targeted = event("e07");
    QSignalSpy selection(m_document.get(), &CaseDocument::selectionChanged);
    m_document->setSelectedEvent(targeted);
    EXPECT_EQ(selection.count(), 1);
    const QModelIndexList eventRows = m_events->view()->selectionModel()->selectedRows();
    ASSERT_EQ(eventRows.size(), 1);
    EXPECT_EQ(m_events->model()->eventAt(eventRows.front().row()), targeted);

    const ActorId airforce = actor("@usairforce");
    m_document->setSelectedActor(airforce);
    EXPECT_EQ(selection.count(), 2);
    EXPECT_TRUE(m_events->view()->selectionModel()->selectedRows().isEmpty());
    const QModelIndexList actorRows = m_actors->view()->selectionModel()->selectedRows();
    ASSERT_EQ(actorRows.size(), 1);
    EXPECT_EQ(m_actors->actorAtRow(actorRows.front().row()), airforce);
    EXPECT_EQ(m_document->selectedActor(), airforce);

    m_document->setSelectedActor(kNoActor);
    EXPECT_TRUE(m_actors->view()->selectionModel()->selectedRows().isEmpty());
}

TEST_F(ListsTest, ClickingAnActorRowSelectsIt)
{
    m_actors->sortBy(Measure::Followers, Qt::DescendingOrder);
    ASSERT_EQ(actorsCell(0, ActorTableModel::HandleColumn), QStringLiteral("@AnnCurry"));
    clickRow(m_actors->view(), 1);
    EXPECT_EQ(m_document->selectedActor(), m_actors->actorAtRow(1));
    EXPECT_EQ(m_document->selectedEvent(), kNoEvent);
}

TEST_F(ListsTest, ActorsTableSortsByAnyMeasure)
{
    const MeasuresTable table = measureActors(m_document->analysis(), m_document->cursor());
    ActorFilterProxy *proxy = m_actors->proxy();
    ASSERT_TRUE(m_actors->model()->measuresCurrent());
    // Clicking the reposts header sorts by it; twice gives the largest first.
    QHeaderView *header = m_actors->view()->horizontalHeader();
    const int reposts = ActorTableModel::columnOf(Measure::RepostsReceived);
    m_actors->sortBy(Measure::Followers, Qt::AscendingOrder);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(reposts) + header->sectionSize(reposts) / 2, header->height() / 2));
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(reposts) + header->sectionSize(reposts) / 2, header->height() / 2));
    ASSERT_EQ(header->sortIndicatorSection(), reposts);
    ASSERT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // Ann Curry's tweet was reposted by the 36-account wave.
    EXPECT_EQ(actorsCell(0, ActorTableModel::HandleColumn), QStringLiteral("@AnnCurry"));
    EXPECT_EQ(actorsCell(0, reposts).toInt(), table.rows[static_cast<std::size_t>(actor("@AnnCurry"))].counts.repostsReceived());

    // Every measure column sorts by core's value.
    for (Measure m : {Measure::PageRank, Measure::Exposure, Measure::Betweenness, Measure::Subtree, Measure::Closeness}) {
        m_actors->sortBy(m, Qt::DescendingOrder);
        ASSERT_EQ(proxy->rowCount(), static_cast<int>(table.rows.size()));
        for (int row = 1; row < proxy->rowCount(); ++row) {
            const double before = measureValue(table.rows[static_cast<std::size_t>(m_actors->actorAtRow(row - 1))], m);
            const double after = measureValue(table.rows[static_cast<std::size_t>(m_actors->actorAtRow(row))], m);
            EXPECT_GE(before, after) << measureName(m) << " row " << row;
        }
    }
    // By latency, ascending: the origin first, then the earliest reached.
    m_actors->sortBy(Measure::Latency, Qt::AscendingOrder);
    EXPECT_EQ(actorsCell(0, ActorTableModel::HandleColumn), QStringLiteral("@MSF_USA"));
    // The dominant brokerage label is shown for Ann Curry.
    const int curryRow = proxy->mapFromSource(m_actors->model()->index(actor("@AnnCurry"), 0)).row();
    EXPECT_EQ(actorsCell(curryRow, ActorTableModel::BrokerRoleColumn), QStringLiteral("liaison"));
}

TEST_F(ListsTest, CountsFollowTheCursor)
{
    const ActorId curry = actor("@AnnCurry");
    const int repostsColumn = ActorTableModel::columnOf(Measure::RepostsReceived);
    const QModelIndex cell = m_actors->model()->index(curry, repostsColumn);
    EXPECT_EQ(cell.data().toString().toInt(), 36);
    const TimeMs noon = fromDateTime(QDateTime(QDate(2010, 1, 17), QTime(12, 0), m_document->displayZone()));
    m_document->setCursor(noon);
    const std::vector<ActorCounts> counts = countsAt(m_document->analysis(), noon);
    EXPECT_EQ(cell.data().toString().toInt(), counts[static_cast<std::size_t>(curry)].repostsReceived());
    EXPECT_LT(counts[static_cast<std::size_t>(curry)].repostsReceived(), 36);
    // Actors not active yet are greyed; the heavy columns are current again at once
    // (a small case is computed on the GUI thread).
    const ActorId airforceReply = c().events[static_cast<std::size_t>(event("e08"))].author;
    (void)airforceReply;
    const ActorId mullen = actor("adm-mullen-office");
    EXPECT_TRUE(m_actors->model()->index(mullen, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_FALSE(m_actors->model()->index(curry, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(m_actors->model()->measuresCurrent());
    // "Active only" hides them.
    m_actors->activeOnlyBox()->click();
    const int visible = m_document->snapshot().visibleActorCount();
    EXPECT_EQ(m_actors->proxy()->rowCount(), visible);
    EXPECT_LT(visible, static_cast<int>(c().actors.size()));
}

TEST_F(ListsTest, CtrlFFocusesTheSearchBoxAndTypingFilters)
{
    m_events->view()->setFocus();
    ASSERT_FALSE(m_actors->searchBox()->hasFocus());
    QTest::keyClick(m_events->view(), Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_actors->searchBox()->hasFocus(); }));
    QTest::keyClicks(m_actors->searchBox(), QStringLiteral("synthetic"));
    int expected = 0;
    for (const Actor &a : c().actors)
        expected += a.handle.contains(QLatin1String("synthetic"), Qt::CaseInsensitive)
                    || a.name.contains(QLatin1String("synthetic"), Qt::CaseInsensitive);
    EXPECT_EQ(expected, 36);
    EXPECT_EQ(m_actors->proxy()->rowCount(), expected);
    for (int row = 0; row < m_actors->proxy()->rowCount(); ++row)
        EXPECT_TRUE(actorsCell(row, ActorTableModel::HandleColumn).contains(QLatin1String("synthetic")));

    // Enter selects the first match.
    QTest::keyClick(m_actors->searchBox(), Qt::Key_Return);
    EXPECT_EQ(m_document->selectedActor(), m_actors->actorAtRow(0));

    // The role filter narrows further; clearing the search brings everyone back.
    m_actors->searchBox()->clear();
    QComboBox *roles = m_actors->roleBox();
    const int military = roles->findText(QStringLiteral("Military"));
    ASSERT_GE(military, 0);
    roles->setCurrentIndex(military);
    emit roles->activated(military);
    int soldiers = 0;
    const RoleId militaryRole = c().roleById(QStringLiteral("military"));
    for (const Actor &a : c().actors)
        soldiers += a.role == militaryRole;
    EXPECT_EQ(m_actors->proxy()->rowCount(), soldiers);
    EXPECT_EQ(soldiers, 2);
}

TEST_F(ListsTest, ClearingTheSearchPutsTheFoundRowBackInSortOrder)
{
    const MeasuresTable table = measureActors(m_document->analysis(), m_document->cursor());
    m_actors->sortBy(Measure::Followers, Qt::DescendingOrder);
    const int rows = m_actors->proxy()->rowCount();
    m_actors->searchBox()->setFocus();
    QTest::keyClicks(m_actors->searchBox(), QStringLiteral("unknown_follower"));
    ASSERT_EQ(m_actors->proxy()->rowCount(), 1);
    QTest::keyClick(m_actors->searchBox(), Qt::Key_Return);
    const ActorId found = actor("@unknown_follower");
    ASSERT_EQ(m_document->selectedActor(), found);
    m_actors->searchBox()->clear();
    // Everyone is back, sorted as before, the found actor among them where its
    // follower count puts it, still selected.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_actors->proxy()->rowCount() == rows; }));
    QTest::qWait(50); // a pending re-sort, if any
    for (int row = 1; row < rows; ++row) {
        const double before = measureValue(table.rows[static_cast<std::size_t>(m_actors->actorAtRow(row - 1))], Measure::Followers);
        const double after = measureValue(table.rows[static_cast<std::size_t>(m_actors->actorAtRow(row))], Measure::Followers);
        EXPECT_GE(before, after) << "row " << row << ": " << c().actors[static_cast<std::size_t>(m_actors->actorAtRow(row))].handle.toStdString();
    }
    EXPECT_EQ(m_document->selectedActor(), found);
    const QModelIndexList selected = m_actors->view()->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(m_actors->actorAtRow(selected.front().row()), found);
}

TEST_F(ListsTest, TheTimeHeaderIsReadInFullInANarrowPanelForEveryCase)
{
    // "ne (Port-au-Prin" was all a narrow Lists dock showed of the Time header: the
    // column is as wide as its header, whatever the zone's name, and follows the case.
    m_window->resize(560, 700);
    QHeaderView *header = m_events->view()->horizontalHeader();
    auto headerFits = [&] {
        const QString text = m_events->model()->headerData(EventTableModel::TimeColumn, Qt::Horizontal).toString();
        const int needed = QFontMetrics(header->font()).horizontalAdvance(text)
            + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        EXPECT_GE(header->sectionSize(EventTableModel::TimeColumn), needed) << text.toStdString();
        return text;
    };
    EXPECT_TRUE(headerFits().contains(QStringLiteral("Port-au-Prince")));
    GeneratorOptions options;
    options.actors = 40;
    options.events = 200;
    options.seed = 5;
    m_document->reset(generateCase(options), QString());
    QCoreApplication::processEvents();
    const QString other = headerFits();
    m_document->reset(readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json")).value.value(), QString());
    QCoreApplication::processEvents();
    EXPECT_TRUE(headerFits().contains(QStringLiteral("Port-au-Prince"))) << "after " << other.toStdString();
}

TEST_F(ListsTest, EventsFilterBox)
{
    m_events->filterAction()->trigger();
    EXPECT_TRUE(m_events->filterBox()->hasFocus());
    QTest::keyClicks(m_events->filterBox(), QStringLiteral("usairforce"));
    m_events->applyFilterNow();
    EventTableModel *model = m_events->model();
    int expected = 0;
    for (const Event &e : c().events) {
        const Actor &a = c().actors[static_cast<std::size_t>(e.author)];
        expected += e.text.contains(QLatin1String("usairforce"), Qt::CaseInsensitive)
                    || e.gloss.contains(QLatin1String("usairforce"), Qt::CaseInsensitive)
                    || a.handle.contains(QLatin1String("usairforce"), Qt::CaseInsensitive)
                    || a.name.contains(QLatin1String("usairforce"), Qt::CaseInsensitive);
    }
    EXPECT_GT(expected, 0);
    EXPECT_LT(expected, static_cast<int>(c().events.size()));
    EXPECT_EQ(model->rowCount(), expected);
    // A selection made elsewhere shows in the filtered list when the event is listed.
    const EventId reply = event("e08");
    ASSERT_GE(model->rowOf(reply), 0);
    m_document->setSelectedEvent(reply);
    const QModelIndexList rows = m_events->view()->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(model->eventAt(rows.front().row()), reply);
    // Clicking a filtered row selects that event.
    clickRow(m_events->view(), 0);
    EXPECT_EQ(m_document->selectedEvent(), model->eventAt(0));
}

TEST_F(ListsTest, TheCreditRuleIsOneSettingSharedWithTheInspector)
{
    ActorInspector inspector(m_document.get());
    ASSERT_EQ(m_actors->model()->creditRule(), CreditRule::MostRecent);
    inspector.creditRuleActions().at(static_cast<int>(CreditRule::First))->trigger();
    EXPECT_EQ(m_document->creditRule(), CreditRule::First);
    EXPECT_EQ(m_actors->model()->creditRule(), CreditRule::First);
    ASSERT_TRUE(m_actors->model()->measuresCurrent());
    EXPECT_EQ(m_actors->model()->measures()->creditRule, CreditRule::First);
    // And back from the table's side.
    m_actors->setCreditRule(CreditRule::RootOnly);
    EXPECT_EQ(inspector.creditRule(), CreditRule::RootOnly);
    EXPECT_TRUE(inspector.creditRuleActions().at(static_cast<int>(CreditRule::RootOnly))->isChecked());
    EXPECT_EQ(m_actors->model()->measures()->creditRule, CreditRule::RootOnly);
}

TEST_F(ListsTest, TheCreditRuleSurvivesOpeningAnotherCaseAndSignalsOncePerChange)
{
    ActorInspector inspector(m_document.get());
    QSignalSpy changed(m_document.get(), &CaseDocument::creditRuleChanged);
    m_actors->setCreditRule(CreditRule::First);
    m_actors->setCreditRule(CreditRule::First);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<CreditRule>(), CreditRule::First);
    GeneratorOptions options;
    options.events = 500;
    m_document->reset(generateCase(options), QString());
    EXPECT_EQ(m_document->creditRule(), CreditRule::First);
    EXPECT_EQ(inspector.creditRule(), CreditRule::First);
    EXPECT_TRUE(inspector.creditRuleActions().at(static_cast<int>(CreditRule::First))->isChecked());
    EXPECT_EQ(changed.count(), 1);
}

TEST(ListsLargeCaseTest, ModelsAnswerForAGeneratedCaseWithoutPerRowState)
{
    GeneratorOptions options;
    options.events = 20000;
    CaseDocument document;
    document.reset(generateCase(options), QString());
    ActorsPanel actors(&document);
    EventsPanel events(&document);
    actors.model()->setSynchronousLimit(-1); // the heavy columns in the background
    EXPECT_EQ(events.model()->rowCount(), static_cast<int>(document.caseData().events.size()));
    EXPECT_EQ(actors.model()->rowCount(), static_cast<int>(document.caseData().actors.size()));
    // The last event is at the cursor (the end) and bold; rows answer on demand.
    const int last = events.model()->rowCount() - 1;
    EXPECT_EQ(events.model()->cursorRow(), last);
    EXPECT_TRUE(events.model()->index(last, 0).data(Qt::FontRole).isValid());
    document.setCursor(document.timeIndex().time(100));
    EXPECT_TRUE(events.model()->index(last, 0).data(Qt::ForegroundRole).isValid());
    ASSERT_TRUE(QTest::qWaitFor([&] { return actors.model()->measuresCurrent(); }, 60000));
    ASSERT_NE(actors.model()->measures(), nullptr);
    EXPECT_EQ(actors.model()->measures()->asOf, document.cursor());
}

TEST(CaseTab, ShowsEveryNoteAndSourceAndOpensOnlyWebLinks)
{
    // The tab used to say "Notes 9" and show none of them, and no sources at all.
    CaseDocument document;
    document.reset(haitiCase(), QString());
    CaseOverview overview(&document);
    overview.resize(400, 900);
    overview.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&overview));
    const Case &c = document.caseData();
    ASSERT_EQ(c.notes.size(), 9u);
    ASSERT_EQ(c.sources.size(), 2u);
    QTextDocument notes;
    notes.setHtml(overview.notesText());
    const QString shownNotes = notes.toPlainText().simplified();
    for (const Note &n : c.notes)
        EXPECT_TRUE(shownNotes.contains(n.text.left(60).simplified())) << n.text.left(60).toStdString();
    QTextDocument sources;
    sources.setHtml(overview.sourcesText());
    const QString shownSources = sources.toPlainText().simplified();
    for (const Source &s : c.sources)
        EXPECT_TRUE(shownSources.contains(s.title.simplified())) << s.title.toStdString();
    EXPECT_TRUE(overview.sourcesText().contains(QStringLiteral(
        "https://www.devex.com/news/the-power-of-a-tweet-doctors-without-borders-success-story-76230")));

    EXPECT_TRUE(CaseOverview::isOpenableLink(QUrl(QStringLiteral("https://www.devex.com/news/x"))));
    EXPECT_TRUE(CaseOverview::isOpenableLink(QUrl(QStringLiteral("http://example.org/"))));
    EXPECT_FALSE(CaseOverview::isOpenableLink(QUrl(QStringLiteral("file:///etc/passwd"))));
    EXPECT_FALSE(CaseOverview::isOpenableLink(QUrl(QStringLiteral("javascript:alert(1)"))));
    EXPECT_FALSE(CaseOverview::isOpenableLink(QUrl(QStringLiteral("ftp://example.org/x"))));
    EXPECT_FALSE(CaseOverview::isOpenableLink(QUrl(QStringLiteral("https://"))));

    // A second case replaces them all.
    GeneratorOptions options;
    options.actors = 50;
    options.events = 200;
    document.reset(generateCase(options), QString());
    notes.setHtml(overview.notesText());
    EXPECT_FALSE(notes.toPlainText().contains(QStringLiteral("the article is inconsistent")));
}
