// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline panel driven like a user would: mouse on the chart, keys for the
// transport, zoom by Shift+drag, on the bundled Haiti case and a generated case.
#include "app/document/casedocument.h"
#include "app/presentation/displayformat.h"
#include "app/presentation/timelabels.h"
#include "app/timeline/timelinepanel.h"
#include "app/timeline/timelinewidget.h"
#include "app/timeline/transport.h"
#include "app/timeline/transportbar.h"
#include "app/timeline/zoomstack.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <algorithm>
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

class TimelineTest : public ::testing::Test
{
protected:
    void SetUp() override { open(haitiCase()); }

    void open(const Case &c, QSize size = QSize(1200, 330))
    {
        m_panel.reset();
        m_document = std::make_unique<CaseDocument>();
        m_document->reset(c, QString());
        m_panel = std::make_unique<TimelinePanel>(m_document.get());
        m_panel->resize(size);
        m_panel->show();
        m_panel->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->timeline()->setFocus();
        QApplication::processEvents();
        QApplication::processEvents();
    }

    TimelineWidget *chart() const { return m_panel->timeline(); }
    QWidget *surface() const { return chart()->viewport(); }
    Transport *transport() const { return m_panel->transport(); }

    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(chart(), k, modifiers);
        QApplication::processEvents();
    }

    void send(QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons,
              Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QMouseEvent event(type, pos, surface()->mapToGlobal(pos), button, buttons, modifiers);
        QApplication::sendEvent(surface(), &event);
    }

    // The time under x according to the view range and the plot rectangle (the test's
    // own linear mapping, not TimeAxis).
    TimeMs expectedTimeAt(double x) const
    {
        const QRectF plot = chart()->plotRect();
        const TimeAxis &axis = chart()->timeAxis();
        const double fraction = (x - plot.left()) / plot.width();
        return axis.viewStart + static_cast<TimeMs>(fraction * static_cast<double>(axis.viewEnd - axis.viewStart));
    }

    TimeMs localTime(int hour, int minute, int second = 0) const
    {
        const QTimeZone zone("America/Port-au-Prince");
        return fromDateTime(QDateTime(QDate(2010, 1, 17), QTime(hour, minute, second), zone));
    }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<TimelinePanel> m_panel;
};

TEST_F(TimelineTest, BarsAddUpToTheEventsOfEachKind)
{
    const Case &c = haitiCase();
    ASSERT_FALSE(c.events.empty());
    EXPECT_EQ(chart()->shownEventCount(), static_cast<std::int64_t>(c.events.size()));
    for (int k = 0; k < kEventKindCount; ++k) {
        const auto kind = static_cast<EventKind>(k);
        const auto expected = std::count_if(c.events.begin(), c.events.end(), [kind](const Event &e) { return e.kind == kind; });
        EXPECT_EQ(chart()->shownEventCount(kind), expected) << eventKindName(kind);
    }
    // Each bucket holds exactly the events in its time range.
    for (const HistogramBucket &b : chart()->buckets()) {
        const auto inside = std::count_if(c.events.begin(), c.events.end(),
                                          [&b](const Event &e) { return e.time >= b.start && e.time < b.end; });
        EXPECT_EQ(b.total(), inside);
        EXPECT_EQ(b.end - b.start, chart()->bucketWidth());
    }
}

TEST_F(TimelineTest, AxisLabelsAreInTheDisplayZoneAndNameIt)
{
    EXPECT_TRUE(chart()->timeAxisTitle().contains(QStringLiteral("America/Port-au-Prince")))
        << chart()->timeAxisTitle().toStdString();
    // The vertical titles are read whole beside the plot (they are cut when longer).
    for (const QString &title : {chart()->exposureAxisTitle(), chart()->countAxisTitle()}) {
        EXPECT_FALSE(title.isEmpty());
        EXPECT_LE(QFontMetrics(chart()->font()).horizontalAdvance(title), chart()->plotRect().height()) << title.toStdString();
    }
    // The bar width is named, and follows the zoom.
    EXPECT_TRUE(chart()->timeAxisTitle().endsWith(QStringLiteral("one bar per ") + DisplayFormat::duration(chart()->bucketWidth())))
        << chart()->timeAxisTitle().toStdString();
    const QStringList labels = chart()->timeLabels();
    ASSERT_GE(labels.size(), 3);
    EXPECT_TRUE(labels.front().startsWith(QStringLiteral("17 Jan "))) << labels.front().toStdString();
    // The case runs from 09:30 to 14:40 local time (14:30 to 19:40 UTC): every tick is
    // a local wall-clock time within it.
    static const QRegularExpression clock(QStringLiteral("(\\d\\d):(\\d\\d)$"));
    for (const QString &label : labels) {
        const auto m = clock.match(label);
        ASSERT_TRUE(m.hasMatch()) << label.toStdString();
        const int minutes = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        EXPECT_GE(minutes, 9 * 60 + 20) << label.toStdString();
        EXPECT_LE(minutes, 14 * 60 + 50) << label.toStdString();
    }
}

TEST_F(TimelineTest, PressAndDragScrubTheCursor)
{
    const QRectF plot = chart()->plotRect();
    ASSERT_GT(plot.width(), 500);
    const double y = plot.center().y();
    const double x1 = plot.left() + 0.3 * plot.width();
    send(QEvent::MouseButtonPress, QPointF(x1, y), Qt::LeftButton, Qt::LeftButton);
    EXPECT_LE(std::abs(m_document->cursor() - expectedTimeAt(x1)), chart()->bucketWidth());
    EXPECT_NEAR(chart()->cursorX(), x1, 1.0);

    for (double f : {0.4, 0.55, 0.72}) {
        const double x = plot.left() + f * plot.width();
        send(QEvent::MouseMove, QPointF(x, y), Qt::NoButton, Qt::LeftButton);
        EXPECT_LE(std::abs(m_document->cursor() - expectedTimeAt(x)), chart()->bucketWidth()) << f;
        EXPECT_NEAR(chart()->cursorX(), x, 1.0);
    }
    const double x2 = plot.left() + 0.72 * plot.width();
    send(QEvent::MouseButtonRelease, QPointF(x2, y), Qt::LeftButton, Qt::NoButton);
    const TimeMs released = m_document->cursor();
    // Moving without a button only hovers: the cursor stays, the time is shown.
    send(QEvent::MouseMove, QPointF(plot.left() + 0.1 * plot.width(), y), Qt::NoButton, Qt::NoButton);
    EXPECT_EQ(m_document->cursor(), released);
    EXPECT_TRUE(chart()->hoverText().startsWith(QStringLiteral("17 Jan "))) << chart()->hoverText().toStdString();
    // Dragging past the plot clamps to the visible range.
    send(QEvent::MouseButtonPress, QPointF(x2, y), Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, QPointF(plot.right() + 80, y), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, QPointF(plot.right() + 80, y), Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(m_document->cursor(), chart()->timeAxis().viewEnd);
}

TEST_F(TimelineTest, ScrubbingToElevenShowsElevenInTheTransportBar)
{
    const double x = chart()->timeAxis().mapTimeToX(localTime(11, 0));
    send(QEvent::MouseButtonPress, QPointF(x, chart()->plotRect().center().y()), Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, QPointF(x, chart()->plotRect().center().y()), Qt::LeftButton, Qt::NoButton);
    EXPECT_LE(std::abs(m_document->cursor() - localTime(11, 0)), chart()->timeAxis().msPerPixel() + 1);
    EXPECT_TRUE(m_panel->transportBar()->timeText().startsWith(QStringLiteral("Sun 17 Jan 2010 1")))
        << m_panel->transportBar()->timeText().toStdString();
    m_document->setCursor(localTime(11, 52));
    EXPECT_EQ(m_panel->transportBar()->timeText(), QStringLiteral("Sun 17 Jan 2010 11:52 (America/Port-au-Prince)"));
    m_document->setCursor(localTime(11, 52, 20));
    EXPECT_EQ(m_panel->transportBar()->timeText(), QStringLiteral("Sun 17 Jan 2010 11:52:20 (America/Port-au-Prince)"));
}

TEST_F(TimelineTest, SpacePlaysAndPauses)
{
    key(Qt::Key_Home);
    const TimeMs start = m_document->cursor();
    EXPECT_EQ(start, haitiCase().startTime());
    key(Qt::Key_Space);
    EXPECT_TRUE(transport()->isPlaying());
    QTest::qWait(10 * Transport::kTickInterval);
    const TimeMs advanced = m_document->cursor();
    EXPECT_GT(advanced, start);
    key(Qt::Key_Space);
    EXPECT_FALSE(transport()->isPlaying());
    const TimeMs paused = m_document->cursor();
    QTest::qWait(5 * Transport::kTickInterval);
    EXPECT_EQ(m_document->cursor(), paused);
}

TEST_F(TimelineTest, PlaybackAdvancesAtTheChosenSpeedAndStopsAtTheEnd)
{
    key(Qt::Key_Home);
    transport()->setSpeedIndex(3);
    ASSERT_EQ(transport()->casePerSecond(), 5 * kMsPerMinute);
    transport()->play();
    const TimeMs before = m_document->cursor();
    transport()->advance(1000); // one second of playback: five minutes of the case
    EXPECT_EQ(m_document->cursor(), before + 5 * kMsPerMinute);
    transport()->advance(3'600'000);
    EXPECT_EQ(m_document->cursor(), haitiCase().endTime());
    EXPECT_FALSE(transport()->isPlaying());
    // Playing again from the end starts over.
    key(Qt::Key_Space);
    EXPECT_TRUE(transport()->isPlaying());
    EXPECT_EQ(m_document->cursor(), haitiCase().startTime());
    transport()->pause();
}

TEST_F(TimelineTest, RightAndLeftStepThroughTheEventTimes)
{
    std::vector<TimeMs> times;
    for (const Event &e : haitiCase().events)
        times.push_back(e.time);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    key(Qt::Key_Home);
    EXPECT_EQ(m_document->cursor(), times.front());
    for (std::size_t i = 1; i < times.size(); ++i) {
        key(Qt::Key_Right);
        ASSERT_EQ(m_document->cursor(), times[i]) << i;
    }
    key(Qt::Key_Right); // at the end: stays
    EXPECT_EQ(m_document->cursor(), times.back());
    for (std::size_t i = times.size() - 1; i-- > 0;) {
        key(Qt::Key_Left);
        ASSERT_EQ(m_document->cursor(), times[i]) << i;
    }
    // From between two events, Left goes to the earlier one and Right to the later one.
    m_document->setCursor(times[3] + 1);
    key(Qt::Key_Left);
    EXPECT_EQ(m_document->cursor(), times[3]);
    m_document->setCursor(times[3] + 1);
    key(Qt::Key_Right);
    EXPECT_EQ(m_document->cursor(), times[4]);
}

TEST_F(TimelineTest, PageKeysGoToMilestonesAndHomeEndToTheEnds)
{
    const auto &milestones = haitiCase().milestones;
    ASSERT_GE(milestones.size(), 3u);
    key(Qt::Key_End);
    EXPECT_EQ(m_document->cursor(), haitiCase().endTime());
    key(Qt::Key_Home);
    EXPECT_EQ(m_document->cursor(), haitiCase().startTime());
    m_document->setCursor(haitiCase().startTime() - kMsPerMinute);
    for (const Milestone &m : milestones) {
        key(Qt::Key_PageDown);
        ASSERT_EQ(m_document->cursor(), m.time) << m.title.toStdString();
    }
    for (auto it = milestones.rbegin() + 1; it != milestones.rend(); ++it) {
        key(Qt::Key_PageUp);
        ASSERT_EQ(m_document->cursor(), it->time) << it->title.toStdString();
    }
}

TEST_F(TimelineTest, MovingTheCursorOnlyMovesTheCursorLine)
{
    const int rebuilds = chart()->rebuildCount();
    const TimeAxis &axis = chart()->timeAxis();
    for (int i = 0; i <= 40; ++i) {
        const TimeMs t = haitiCase().startTime() + (haitiCase().endTime() - haitiCase().startTime()) * i / 40;
        m_document->setCursor(t);
        EXPECT_NEAR(chart()->cursorX(), axis.mapTimeToX(t), 0.01);
    }
    EXPECT_EQ(chart()->rebuildCount(), rebuilds);
}

TEST_F(TimelineTest, ShiftDragZoomsInAndZoomBackRestores)
{
    const QRectF plot = chart()->plotRect();
    const TimeAxis full = chart()->timeAxis();
    const TimeMs fullBucket = chart()->bucketWidth();
    const double x1 = plot.left() + 0.45 * plot.width();
    const double x2 = plot.left() + 0.60 * plot.width();
    const TimeMs t1 = expectedTimeAt(x1);
    const TimeMs t2 = expectedTimeAt(x2);
    const TimeMs cursor = m_document->cursor();
    send(QEvent::MouseButtonPress, QPointF(x1, plot.center().y()), Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
    send(QEvent::MouseMove, QPointF(x2, plot.center().y()), Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    send(QEvent::MouseButtonRelease, QPointF(x2, plot.center().y()), Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
    QApplication::processEvents();
    EXPECT_EQ(m_document->cursor(), cursor); // zooming does not scrub
    const TimeAxis &zoomed = chart()->timeAxis();
    EXPECT_TRUE(chart()->zoomStack()->isZoomed());
    EXPECT_LE(std::abs(zoomed.viewStart - t1), static_cast<TimeMs>(full.msPerPixel()) + 1);
    EXPECT_LE(std::abs(zoomed.viewEnd - t2), static_cast<TimeMs>(full.msPerPixel()) + 1);
    EXPECT_LT(chart()->bucketWidth(), fullBucket);
    // The bars of the zoomed view are exactly the events of their buckets.
    for (const HistogramBucket &b : chart()->buckets()) {
        const auto inside = std::count_if(haitiCase().events.begin(), haitiCase().events.end(),
                                          [&b](const Event &e) { return e.time >= b.start && e.time < b.end; });
        EXPECT_EQ(b.total(), inside);
    }
    // Scrubbing in the zoomed view is finer.
    const double x = plot.left() + 0.5 * chart()->plotRect().width();
    send(QEvent::MouseButtonPress, QPointF(x, plot.center().y()), Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, QPointF(x, plot.center().y()), Qt::LeftButton, Qt::NoButton);
    EXPECT_LE(std::abs(m_document->cursor() - expectedTimeAt(x)), chart()->bucketWidth());
    EXPECT_GT(m_document->cursor(), t1);
    EXPECT_LT(m_document->cursor(), t2);

    chart()->zoomStack()->zoomOutAction()->trigger();
    EXPECT_FALSE(chart()->zoomStack()->isZoomed());
    EXPECT_EQ(chart()->timeAxis().viewStart, full.viewStart);
    EXPECT_EQ(chart()->timeAxis().viewEnd, full.viewEnd);
    EXPECT_EQ(chart()->bucketWidth(), fullBucket);
}

TEST_F(TimelineTest, WheelZoomsAroundTheMouseAndKeysZoomInAndBack)
{
    const TimeAxis full = chart()->timeAxis();
    const QRectF plot = chart()->plotRect();
    const QPointF at(plot.left() + 0.7 * plot.width(), plot.center().y());
    const TimeMs under = expectedTimeAt(at.x());
    QWheelEvent wheel(at, surface()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(surface(), &wheel);
    const TimeAxis &zoomed = chart()->timeAxis();
    EXPECT_TRUE(chart()->zoomStack()->isZoomed());
    EXPECT_NEAR(static_cast<double>(zoomed.viewEnd - zoomed.viewStart), (full.viewEnd - full.viewStart) / 1.25,
                full.msPerPixel());
    EXPECT_LE(std::abs(expectedTimeAt(at.x()) - under), static_cast<TimeMs>(full.msPerPixel()) + 1);
    chart()->zoomStack()->resetAction()->trigger();
    EXPECT_FALSE(chart()->zoomStack()->isZoomed());

    // Alt+= halves the range around the cursor, Alt+- goes back, Alt+0 shows everything.
    m_document->setCursor(localTime(12, 0));
    key(Qt::Key_Equal, Qt::AltModifier);
    EXPECT_EQ(chart()->timeAxis().viewEnd - chart()->timeAxis().viewStart, (full.viewEnd - full.viewStart) / 2);
    EXPECT_LE(chart()->timeAxis().viewStart, localTime(12, 0));
    EXPECT_GE(chart()->timeAxis().viewEnd, localTime(12, 0));
    key(Qt::Key_Equal, Qt::AltModifier);
    EXPECT_EQ(chart()->zoomStack()->depth(), 2);
    key(Qt::Key_Minus, Qt::AltModifier);
    EXPECT_EQ(chart()->zoomStack()->depth(), 1);
    key(Qt::Key_0, Qt::AltModifier);
    EXPECT_FALSE(chart()->zoomStack()->isZoomed());
    EXPECT_EQ(chart()->timeAxis().viewStart, full.viewStart);
}

TEST_F(TimelineTest, ZoomedViewFollowsTheCursor)
{
    chart()->zoomToRange(localTime(10, 0), localTime(11, 0));
    ASSERT_TRUE(chart()->zoomStack()->isZoomed());
    m_document->setCursor(localTime(12, 30));
    const TimeAxis &axis = chart()->timeAxis();
    EXPECT_LE(axis.viewStart, localTime(12, 30));
    EXPECT_GE(axis.viewEnd, localTime(12, 30));
    EXPECT_EQ(axis.viewEnd - axis.viewStart, kMsPerHour);
    EXPECT_GE(chart()->cursorX(), chart()->plotRect().left());
    EXPECT_EQ(chart()->zoomStack()->depth(), 1);
}

TEST_F(TimelineTest, MilestoneTitlesDoNotOverlapAtAnyWidth)
{
    for (int width : {1400, 1000, 700, 500}) {
        m_panel->resize(width, 330);
        QApplication::processEvents();
        QApplication::processEvents();
        const QList<TimelineWidget::MilestoneShown> shown = chart()->milestonesShown();
        ASSERT_EQ(shown.size(), static_cast<qsizetype>(haitiCase().milestones.size())) << width;
        int withText = 0;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            const auto &a = shown[i];
            if (a.text.isEmpty())
                continue;
            ++withText;
            EXPECT_GE(a.box.left(), 0) << width;
            EXPECT_LE(a.box.right(), chart()->width()) << width;
            EXPECT_GE(a.box.top(), 0) << width;
            EXPECT_LE(a.box.bottom(), chart()->plotRect().top() + 1) << width;
            for (qsizetype j = i + 1; j < shown.size(); ++j) {
                if (!shown[j].text.isEmpty()) {
                    EXPECT_FALSE(a.box.intersects(shown[j].box))
                        << width << ": " << a.text.toStdString() << " / " << shown[j].text.toStdString();
                }
            }
        }
        EXPECT_GE(withText, 4) << width;
    }
    // Wide enough, every title is shown in full.
    m_panel->resize(1400, 330);
    QApplication::processEvents();
    QApplication::processEvents();
    for (const auto &s : chart()->milestonesShown())
        EXPECT_EQ(s.text, s.title);
}

TEST_F(TimelineTest, ClickingAMilestoneTitleJumpsToIt)
{
    const auto shown = chart()->milestonesShown();
    ASSERT_FALSE(shown.isEmpty());
    const auto &target = shown[2];
    send(QEvent::MouseButtonPress, target.box.center(), Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, target.box.center(), Qt::LeftButton, Qt::NoButton);
    const auto it = std::find_if(haitiCase().milestones.begin(), haitiCase().milestones.end(),
                                 [&target](const Milestone &m) { return m.title == target.title; });
    ASSERT_NE(it, haitiCase().milestones.end());
    EXPECT_EQ(m_document->cursor(), it->time);
}

TEST_F(TimelineTest, LargeGeneratedCase)
{
    const Case big = generateCase({.actors = 20'000, .events = 100'000, .seed = 7});
    open(big, QSize(1400, 330));
    EXPECT_EQ(chart()->shownEventCount(), 100'000);
    EXPECT_GE(chart()->buckets().size(), 40u);
    EXPECT_FALSE(chart()->timeLabels().isEmpty());
    key(Qt::Key_Home);
    EXPECT_EQ(m_document->cursor(), big.startTime());
    key(Qt::Key_Right);
    EXPECT_EQ(m_document->cursor(), std::find_if(big.events.begin(), big.events.end(),
                                                 [&big](const Event &e) { return e.time > big.startTime(); })
                                        ->time);
}

TEST_F(TimelineTest, AnEmptyCaseShowsNothingAndIgnoresTheKeys)
{
    open(makeEmptyCase());
    EXPECT_EQ(chart()->shownEventCount(), 0);
    EXPECT_EQ(m_panel->transportBar()->timeText(), QStringLiteral("No events"));
    const TimeMs cursor = m_document->cursor();
    for (Qt::Key k : {Qt::Key_Space, Qt::Key_Right, Qt::Key_Left, Qt::Key_End, Qt::Key_Home, Qt::Key_PageDown})
        key(k);
    EXPECT_FALSE(transport()->isPlaying());
    EXPECT_EQ(m_document->cursor(), cursor);
    const QRectF plot = chart()->plotRect();
    send(QEvent::MouseButtonPress, plot.center(), Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, plot.center(), Qt::LeftButton, Qt::NoButton);
    EXPECT_EQ(m_document->cursor(), cursor);
    EXPECT_EQ(chart()->cursorX(), -1);
}

TEST_F(TimelineTest, RendersTheWholeChartAtTwiceTheResolution)
{
    const QImage image = chart()->renderImage(2.0);
    ASSERT_EQ(image.size(), chart()->size() * 2);
    // The cursor line (at the end of the case, near the right edge) and the exposure
    // axis are in the right half, the legend in the bottom half: every quadrant has ink.
    const int w = image.width() / 2;
    const int h = image.height() / 2;
    for (const QPoint corner : {QPoint(0, 0), QPoint(w, 0), QPoint(0, h), QPoint(w, h)}) {
        int ink = 0;
        for (int y = corner.y(); y < corner.y() + h; y += 2)
            for (int x = corner.x(); x < corner.x() + w; x += 2)
                ink += qGray(image.pixel(x, y)) < 128;
        EXPECT_GT(ink, 50) << corner.x() << "," << corner.y();
    }
    // The cursor line is drawn where cursorX() says, in its colour, at twice the scale.
    const int x = static_cast<int>(std::lround(chart()->cursorX() * 2));
    const int y = static_cast<int>(chart()->plotRect().center().y() * 2);
    bool red = false;
    for (int dx = -3; dx <= 3; ++dx) {
        const QColor c = image.pixelColor(x + dx, y);
        red = red || (c.red() > 150 && c.green() < 80 && c.blue() < 100);
    }
    EXPECT_TRUE(red);
}

} // namespace
