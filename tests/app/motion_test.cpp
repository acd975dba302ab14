// SPDX-License-Identifier: GPL-3.0-or-later
// Training decks as trainers use them: the replay video (app/export/videoexport.h) read
// back by ffprobe, and the PowerPoint deck (app/export/pptxdeck.h) opened by LibreOffice
// Impress and turned into a PDF, whose pages and text are checked.
#include "app/document/casedocument.h"
#include "app/export/pptxdeck.h"
#include "app/export/replayplan.h"
#include "app/export/slidecomposer.h"
#include "app/export/videoexport.h"
#include "app/graph/flashanimator.h"
#include "core/model/case.h"
#include "tests/app/clirun.h"
#include "tests/app/exporttestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <zip.h>

#include <cmath>
#include <map>

using namespace cascade;
using cascade::testing::haitiCase;
using cascade::testing::runTool;

namespace {

const QString kHaiti = QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json");

ReplayPacing wholeCase(const Case &c, double seconds, int fps)
{
    ReplayPacing p;
    p.from = c.events.front().time;
    p.to = c.events.back().time;
    p.seconds = seconds;
    p.fps = fps;
    return p;
}

// The latest milestone at or before t, by a plain scan (the oracle).
int latestMilestone(const Case &c, TimeMs t)
{
    int best = -1;
    for (int i = 0; i < static_cast<int>(c.milestones.size()); ++i)
        if (c.milestones[static_cast<std::size_t>(i)].time <= t
            && (best < 0 || c.milestones[static_cast<std::size_t>(i)].time >= c.milestones[static_cast<std::size_t>(best)].time))
            best = i;
    return best;
}

// ffprobe's key=value lines for the first video stream, frames counted by decoding.
QMap<QString, QString> probe(const QString &file)
{
    const QString out = runTool(QStringLiteral("ffprobe"),
                                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                                 QStringLiteral("-count_frames"), QStringLiteral("-show_entries"),
                                 QStringLiteral("stream=codec_name,width,height,pix_fmt,nb_read_frames,r_frame_rate"),
                                 QStringLiteral("-of"), QStringLiteral("default=nw=1"), file});
    QMap<QString, QString> values;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    return values;
}

QByteArray zipEntry(const QString &archive, const char *name)
{
    int err = 0;
    zip_t *z = zip_open(QFile::encodeName(archive).constData(), ZIP_RDONLY, &err);
    EXPECT_NE(z, nullptr) << "libzip cannot open " << archive.toStdString();
    if (!z)
        return {};
    QByteArray bytes;
    zip_stat_t st;
    if (zip_stat(z, name, 0, &st) == 0) {
        zip_file_t *f = zip_fopen(z, name, 0);
        bytes.resize(static_cast<qsizetype>(st.size));
        if (f && zip_fread(f, bytes.data(), st.size) != static_cast<zip_int64_t>(st.size))
            bytes.clear();
        if (f)
            zip_fclose(f);
    }
    zip_close(z);
    return bytes;
}

// The deck converted to PDF by LibreOffice Impress (headless, its profile in `scratch`):
// the PDF's path, in scratch/pdf/.
QString libreOfficePdf(const QString &deck, const QString &scratch)
{
    const QString out = scratch + QStringLiteral("/pdf");
    runTool(QStringLiteral("soffice"),
            {QStringLiteral("-env:UserInstallation=file://") + scratch + QStringLiteral("/profile"), QStringLiteral("--headless"),
             QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), out, deck},
            180000);
    return out + QLatin1Char('/') + QFileInfo(deck).completeBaseName() + QStringLiteral(".pdf");
}

class MotionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_document = std::make_unique<CaseDocument>();
        m_document->reset(haitiCase(), QString());
        m_composer = std::make_unique<SlideComposer>(m_document.get());
        ASSERT_TRUE(m_dir.isValid());
    }
    void TearDown() override
    {
        m_composer.reset();
        m_document.reset();
    }
    const Case &c() const { return m_document->caseData(); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    ReplayOptions replay(QSize size, double seconds, int fps) const
    {
        ReplayOptions o;
        o.slide.size = size;
        o.pacing = wholeCase(c(), seconds, fps);
        return o;
    }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<SlideComposer> m_composer;
    QTemporaryDir m_dir;
};

} // namespace

TEST(ReplayPlan, EveryFrameAtItsTimeWithAHoldAtEachMilestone)
{
    const Case &c = haitiCase();
    ASSERT_GE(c.milestones.size(), 3u);
    for (const ReplayPacing::Mode mode : {ReplayPacing::Mode::Milestones, ReplayPacing::Mode::RealTime}) {
        ReplayPacing p = wholeCase(c, 30, 30);
        p.mode = mode;
        const std::vector<ReplayFrame> frames = replayFrames(c, p);
        ASSERT_EQ(frames.size(), 900u);
        EXPECT_EQ(frames.back().time, p.to);
        for (std::size_t i = 0; i < frames.size(); ++i) {
            EXPECT_GE(frames[i].time, p.from);
            EXPECT_LE(frames[i].time, p.to);
            if (i > 0) {
                EXPECT_GE(frames[i].time, frames[i - 1].time) << i;
            }
            EXPECT_EQ(frames[i].milestone, latestMilestone(c, frames[i].time)) << i;
        }
        // Holds: 2.5 s each, unless they would take more than half the video.
        std::vector<TimeMs> beats;
        for (const Milestone &m : c.milestones)
            if (m.time >= p.from && m.time <= p.to && std::find(beats.begin(), beats.end(), m.time) == beats.end())
                beats.push_back(m.time);
        std::sort(beats.begin(), beats.end());
        const long hold = std::min(std::lround(2.5 * 30), 900L / (2 * static_cast<long>(beats.size())));
        std::map<TimeMs, long> held;
        for (const ReplayFrame &f : frames)
            if (f.hold)
                ++held[f.time];
        ASSERT_EQ(held.size(), beats.size());
        for (const TimeMs b : beats)
            EXPECT_EQ(held[b], hold);
        // The moving frames of each stretch: the same share, or in proportion to the
        // stretch's length in the case.
        std::vector<TimeMs> ends = beats;
        if (ends.back() != p.to)
            ends.push_back(p.to);
        std::vector<long> moving(ends.size(), 0);
        for (const ReplayFrame &f : frames)
            if (!f.hold)
                ++moving[static_cast<std::size_t>(std::lower_bound(ends.begin(), ends.end(), f.time) - ends.begin())];
        const long total = 900 - hold * static_cast<long>(beats.size());
        long stretches = 0;
        for (std::size_t s = 0; s < ends.size(); ++s)
            stretches += ends[s] > (s == 0 ? p.from : ends[s - 1]);
        TimeMs start = p.from;
        for (std::size_t s = 0; s < ends.size(); ++s) {
            const double exact = mode == ReplayPacing::Mode::Milestones
                                     ? static_cast<double>(total) / static_cast<double>(stretches)
                                     : static_cast<double>(total) * static_cast<double>(ends[s] - start) / static_cast<double>(p.to - p.from);
            if (ends[s] > start) {
                EXPECT_LE(std::abs(static_cast<double>(moving[s]) - exact), 1.0) << "stretch " << s;
            }
            start = ends[s];
        }
    }
}

TEST(ReplayPlan, ShortAndDegenerateRanges)
{
    const Case &c = haitiCase();
    ReplayPacing p = wholeCase(c, 0.1, 10);
    std::vector<ReplayFrame> frames = replayFrames(c, p);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames.front().time, p.to);
    // One instant: every frame there.
    p = wholeCase(c, 2, 10);
    p.from = p.to = c.milestones[2].time;
    frames = replayFrames(c, p);
    ASSERT_EQ(frames.size(), 20u);
    for (const ReplayFrame &f : frames) {
        EXPECT_EQ(f.time, p.to);
        EXPECT_EQ(f.milestone, latestMilestone(c, p.to));
    }
    // From milestone 2 to milestone 4: the card of milestone 2 from the first frame.
    p = wholeCase(c, 4, 10);
    p.from = c.milestones[1].time;
    p.to = c.milestones[3].time;
    frames = replayFrames(c, p);
    ASSERT_EQ(frames.size(), 40u);
    EXPECT_EQ(frames.front().milestone, 1);
    EXPECT_TRUE(frames.front().hold);
    EXPECT_EQ(frames.back().milestone, 3);
}

TEST(FlashAnimator, OnAManualClockFlashesFadeWithTheFramesNotTheWallClock)
{
    std::map<int, qreal> strength;
    FlashAnimator flashes([&](FlashAnimator::Kind, int id, qreal s) { strength[id] = s; });
    flashes.setDurationMs(900);
    flashes.setManualTime(1000);
    flashes.start(FlashAnimator::Kind::Actor, 7);
    EXPECT_EQ(strength[7], 1.0);
    flashes.setManualTime(1450);
    EXPECT_NEAR(strength[7], 0.5, 1e-9);
    QTest::qWait(100); // the wall clock does not move it
    EXPECT_NEAR(strength[7], 0.5, 1e-9);
    flashes.start(FlashAnimator::Kind::Actor, 7); // again: full
    EXPECT_EQ(strength[7], 1.0);
    flashes.setManualTime(2350);
    EXPECT_EQ(strength[7], 0.0);
    EXPECT_FALSE(flashes.isRunning());
}

TEST_F(MotionTest, AnMp4ReplayIsH264OfTheSizeWithFpsTimesDurationFrames)
{
    const QString file = path("replay.mp4");
    QString error;
    int lastDone = 0, total = 0;
    ASSERT_TRUE(writeReplayVideo(*m_composer, replay({640, 360}, 3, 10), file,
                                 [&](int done, int all) {
                                     EXPECT_EQ(done, lastDone + 1);
                                     lastDone = done;
                                     total = all;
                                     return true;
                                 },
                                 &error))
        << error.toStdString();
    EXPECT_EQ(lastDone, 30);
    EXPECT_EQ(total, 30);
    const QMap<QString, QString> v = probe(file);
    EXPECT_EQ(v.value(QStringLiteral("codec_name")), QStringLiteral("h264"));
    EXPECT_EQ(v.value(QStringLiteral("width")), QStringLiteral("640"));
    EXPECT_EQ(v.value(QStringLiteral("height")), QStringLiteral("360"));
    EXPECT_EQ(v.value(QStringLiteral("pix_fmt")), QStringLiteral("yuv420p"));
    EXPECT_EQ(v.value(QStringLiteral("r_frame_rate")), QStringLiteral("10/1"));
    EXPECT_EQ(v.value(QStringLiteral("nb_read_frames")), QStringLiteral("30"));
}

TEST_F(MotionTest, AWebMReplayIsVp9)
{
    const QString file = path("replay.webm");
    QString error;
    ReplayOptions o = replay({480, 270}, 2, 12);
    o.format = VideoFormat::WebM;
    o.slide.theme = QStringLiteral("dark");
    ASSERT_TRUE(writeReplayVideo(*m_composer, o, file, {}, &error)) << error.toStdString();
    const QMap<QString, QString> v = probe(file);
    EXPECT_EQ(v.value(QStringLiteral("codec_name")), QStringLiteral("vp9"));
    EXPECT_EQ(v.value(QStringLiteral("width")), QStringLiteral("480"));
    EXPECT_EQ(v.value(QStringLiteral("height")), QStringLiteral("270"));
    EXPECT_EQ(v.value(QStringLiteral("nb_read_frames")), QStringLiteral("24"));
}

TEST_F(MotionTest, ACancelledOrFailedVideoLeavesNoFileAndAnOlderOneUntouched)
{
    const QString file = path("replay.mp4");
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the trainer's previous video");
    }
    QString error;
    int calls = 0;
    EXPECT_FALSE(writeReplayVideo(*m_composer, replay({320, 180}, 5, 10), file, [&](int done, int) {
        ++calls;
        return done < 7;
    }, &error));
    EXPECT_EQ(calls, 7);
    EXPECT_EQ(error, QStringLiteral("cancelled"));
    QFile old(file);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("the trainer's previous video"));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("replay.mp4")})
        << "no temporary file left";

    // An odd size, a missing folder: the message names the file and says why.
    EXPECT_FALSE(writeReplayVideo(*m_composer, replay({321, 180}, 1, 10), path("odd.mp4"), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("odd.mp4")) && error.contains(QStringLiteral("even"))) << error.toStdString();
    const QString missing = path("no/such/folder/replay.mp4");
    EXPECT_FALSE(writeReplayVideo(*m_composer, replay({320, 180}, 1, 10), missing, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("replay.mp4"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
    // The composer still makes slides after all that.
    EXPECT_FALSE(m_composer->render(milestoneSlide(c(), 0, {})).isNull());
}

TEST_F(MotionTest, LibreOfficeOpensTheDeckOnePagePerMilestoneWithEveryTitle)
{
    SlideOptions base;
    base.size = QSize(1280, 720);
    const std::vector<SlideOptions> slides = milestoneSlides(c(), base);
    const QString deck = path("deck.pptx");
    QString error;
    ASSERT_TRUE(writeDeckPptx(*m_composer, slides, deck, &error)) << error.toStdString();

    // The titles are text of the slides, the speaker notes the slides' notes.
    const QString first = QString::fromUtf8(zipEntry(deck, "ppt/slides/slide1.xml"));
    EXPECT_TRUE(first.contains(c().milestones[0].title.toHtmlEscaped())) << first.left(400).toStdString();
    for (std::size_t i = 0; i < c().milestones.size(); ++i) {
        const QString notes = c().milestones[i].speakerNotes;
        if (!notes.isEmpty()) {
            const QString xml = QString::fromUtf8(zipEntry(deck, QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(i + 1).toUtf8().constData()));
            EXPECT_TRUE(xml.contains(notes.left(30).toHtmlEscaped())) << i;
        }
    }

    const QString pdf = libreOfficePdf(deck, m_dir.path());
    ASSERT_TRUE(QFile::exists(pdf)) << "LibreOffice did not convert the deck";
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(c().milestones.size())))) << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+960(\\.\\d+)? x 540")))) << info.toStdString();
    for (int page = 1; page <= static_cast<int>(c().milestones.size()); ++page) {
        const QString text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                                   QString::number(page), pdf, QStringLiteral("-")}).simplified();
        const Milestone &m = c().milestones[static_cast<std::size_t>(slides[static_cast<std::size_t>(page - 1)].milestone)];
        EXPECT_TRUE(text.contains(m.title)) << page << ": " << text.toStdString();
        EXPECT_TRUE(text.contains(m.caption.left(40).simplified())) << page << ": " << text.toStdString();
        const bool last = page == static_cast<int>(c().milestones.size());
        EXPECT_EQ(text.contains(QStringLiteral("Sources:")), last) << page;
    }
}

TEST_F(MotionTest, AnUnwritableDeckIsReported)
{
    QString error;
    const QString missing = path("no/such/folder/deck.pptx");
    EXPECT_FALSE(writeDeckPptx(*m_composer, milestoneSlides(c(), {}), missing, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
    EXPECT_FALSE(writeDeckPptx(*m_composer, {}, path("empty.pptx"), &error));
}

TEST(MotionCli, VideoAndPptxFromTheCommandLine)
{
    QTemporaryDir dir;
    const QString mp4 = dir.filePath(QStringLiteral("r.mp4"));
    test::CliResult r = test::runCascade({QStringLiteral("video"), kHaiti, QStringLiteral("-o"), mp4, QStringLiteral("--duration"),
                                          QStringLiteral("1.5"), QStringLiteral("--fps"), QStringLiteral("8"), QStringLiteral("--size"),
                                          QStringLiteral("320x180"), QStringLiteral("--milestone"), QStringLiteral("2"),
                                          QStringLiteral("--milestone"), QStringLiteral("4")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("12 frames"))) << r.out.toStdString();
    EXPECT_EQ(probe(mp4).value(QStringLiteral("nb_read_frames")), QStringLiteral("12"));

    const auto usage = [&](QStringList extra, const char *says) {
        const test::CliResult u = test::runCascade(QStringList{QStringLiteral("video"), kHaiti} + extra);
        EXPECT_EQ(u.exitCode, 2) << says;
        EXPECT_TRUE(u.err.contains(QLatin1String(says))) << u.err.toStdString();
    };
    usage({QStringLiteral("-o"), dir.filePath(QStringLiteral("r.avi"))}, ".mp4, .webm or .gif");
    usage({QStringLiteral("-o"), mp4, QStringLiteral("--size"), QStringLiteral("321x180")}, "even");
    usage({QStringLiteral("-o"), mp4, QStringLiteral("--milestone"), QStringLiteral("9")}, "out of range");
    usage({QStringLiteral("-o"), mp4, QStringLiteral("--fps"), QStringLiteral("0")}, "--fps");
    usage({QStringLiteral("-o"), mp4, QStringLiteral("--from"), QStringLiteral("2010-01-17T12:00:00")}, "offset");

    const QString pptx = dir.filePath(QStringLiteral("deck.pptx"));
    r = test::runCascade({QStringLiteral("storyboard"), kHaiti, QStringLiteral("-o"), dir.filePath(QStringLiteral("slides")),
                          QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--pptx"), pptx});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("deck.pptx: %1 slides").arg(haitiCase().milestones.size()))) << r.out.toStdString();
    EXPECT_FALSE(zipEntry(pptx, "ppt/presentation.xml").isEmpty());
    EXPECT_TRUE(zipEntry(pptx, "ppt/media/beat1.mp4").isEmpty()); // no clips unless asked

    // --clips: each slide embeds its beat's replay, which ffprobe reads from the deck.
    const QString withClips = dir.filePath(QStringLiteral("clips.pptx"));
    r = test::runCascade({QStringLiteral("storyboard"), kHaiti, QStringLiteral("-o"), dir.filePath(QStringLiteral("slides")),
                          QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--pptx"), withClips, QStringLiteral("--clips")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("clips.pptx: %1 slides, each with its replay clip").arg(haitiCase().milestones.size())))
        << r.out.toStdString();
    for (std::size_t i = 1; i <= haitiCase().milestones.size(); ++i) {
        const QByteArray clip = zipEntry(withClips, QStringLiteral("ppt/media/beat%1.mp4").arg(i).toUtf8().constData());
        ASSERT_FALSE(clip.isEmpty()) << i;
        const QString file = dir.filePath(QStringLiteral("beat%1.mp4").arg(i));
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(clip);
        out.close();
        const QMap<QString, QString> v = probe(file);
        EXPECT_EQ(v.value(QStringLiteral("codec_name")), QStringLiteral("h264")) << i;
        EXPECT_EQ(v.value(QStringLiteral("width")), QStringLiteral("640")) << i;
        EXPECT_EQ(v.value(QStringLiteral("nb_read_frames")), QStringLiteral("180")) << i; // 6 s at 30 fps
        const QString slide = QString::fromUtf8(zipEntry(withClips, QStringLiteral("ppt/slides/slide%1.xml").arg(i).toUtf8().constData()));
        EXPECT_TRUE(slide.contains(QStringLiteral("videoFile"))) << i;
        const QString rels = QString::fromUtf8(zipEntry(withClips, QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(i).toUtf8().constData()));
        EXPECT_TRUE(rels.contains(QStringLiteral("../media/beat%1.mp4").arg(i))) << rels.toStdString();
    }
    EXPECT_TRUE(QString::fromUtf8(zipEntry(withClips, "[Content_Types].xml")).contains(QStringLiteral("video/mp4")));
    // LibreOffice opens the deck with its clips: still one page per milestone.
    const QString info = runTool(QStringLiteral("pdfinfo"), {libreOfficePdf(withClips, dir.path())});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(haitiCase().milestones.size())))) << info.toStdString();
    // --clips alone is a usage error.
    const test::CliResult alone = test::runCascade({QStringLiteral("storyboard"), kHaiti, QStringLiteral("-o"), dir.filePath(QStringLiteral("s2")),
                                                    QStringLiteral("--clips")});
    EXPECT_EQ(alone.exitCode, 2);
    EXPECT_TRUE(alone.err.contains(QStringLiteral("--clips goes with --pptx"))) << alone.err.toStdString();
}

TEST_F(MotionTest, AGifReplayHasOnePaletteFrameAtEachStep)
{
    const QString file = path("replay.gif");
    QString error;
    ReplayOptions o = replay({480, 270}, 2, 10);
    o.format = VideoFormat::Gif;
    ASSERT_TRUE(writeReplayVideo(*m_composer, o, file, {}, &error)) << error.toStdString();
    const QMap<QString, QString> v = probe(file);
    EXPECT_EQ(v.value(QStringLiteral("codec_name")), QStringLiteral("gif"));
    EXPECT_EQ(v.value(QStringLiteral("width")), QStringLiteral("480"));
    EXPECT_EQ(v.value(QStringLiteral("height")), QStringLiteral("270"));
    EXPECT_EQ(v.value(QStringLiteral("nb_read_frames")), QStringLiteral("20"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.read(6), QByteArray("GIF89a"));
}
