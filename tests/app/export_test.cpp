// SPDX-License-Identifier: GPL-3.0-or-later
// Slides of the bundled Haiti case: real properties of each output (PNG size and dpi,
// role colours where actors are drawn, an empty frame, the title as SVG text, the
// deck's page count, pseudonyms in every text).
#include "app/document/casedocument.h"
#include "app/export/slidecomposer.h"
#include "app/export/slideexport.h"
#include "app/export/slideactorpanel.h"
#include "app/export/slidepng.h"
#include "app/graph/actoritem.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphtheme.h"
#include "app/graph/layoutcontroller.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "tests/app/exporttestutil.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace cascade;

namespace {

using cascade::testing::haitiCase;
using cascade::testing::runTool;

// The SVG's <text> elements, each as one string.
QStringList svgTexts(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return texts;
}

// Page objects of a PDF ("/Type /Page", not "/Type /Pages").
int pdfPageObjects(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return static_cast<int>(QString::fromLatin1(data).count(page));
}

int colourDistance(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

// The closest colour to `want` within `radius` pixels of `at`.
int nearestColour(const QImage &image, QPointF at, QRgb want, int radius)
{
    int best = 255;
    const int cx = static_cast<int>(std::lround(at.x()));
    const int cy = static_cast<int>(std::lround(at.y()));
    for (int y = cy - radius; y <= cy + radius; ++y)
        for (int x = cx - radius; x <= cx + radius; ++x)
            if (image.rect().contains(x, y))
                best = std::min(best, colourDistance(image.pixel(x, y), want));
    return best;
}

class ExportTest : public ::testing::Test
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
    ActorId actor(const char *handle) const { return c().actorByHandle(QString::fromLatin1(handle)); }
    SlideOptions milestone(int index, SlideOptions base = {}) const { return milestoneSlide(c(), index, base); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<SlideComposer> m_composer;
    QTemporaryDir m_dir;
};

} // namespace

TEST(SlideOptionsTest, SizesPresetsAndFileNames)
{
    EXPECT_EQ(parseSlideSize(QStringLiteral("1920x1080")), QSize(1920, 1080));
    EXPECT_EQ(parseSlideSize(QStringLiteral(" 800 X 600 ")), QSize(800, 600));
    EXPECT_FALSE(parseSlideSize(QStringLiteral("1920")));
    EXPECT_FALSE(parseSlideSize(QStringLiteral("0x100")));
    EXPECT_FALSE(parseSlideSize(QStringLiteral("20000x100")));
    ASSERT_EQ(slideSizePresets().size(), 3u);
    EXPECT_EQ(slideSizePresets()[0].size, QSize(1280, 720));
    EXPECT_EQ(slideSizePresets()[2].size, QSize(3840, 2160));
    SlideOptions o;
    o.size = QSize(1920, 1080);
    o.scale = 2;
    EXPECT_EQ(o.pixelSize(), QSize(3840, 2160));
    EXPECT_DOUBLE_EQ(o.dotsPerInch(), 192.0);
    EXPECT_EQ(slideFileStem(3, QStringLiteral("A follower's tip")), QStringLiteral("03-a-followers-tip"));
    EXPECT_EQ(slideFileStem(12, QStringLiteral("Équipe: l'avion atterrit!")), QStringLiteral("12-equipe-lavion-atterrit"));
    EXPECT_EQ(slideFileStem(1, QStringLiteral("???")), QStringLiteral("01"));
    // Every size of one shape is composed in the same design space.
    EXPECT_EQ(SlideComposer::designSize(QSize(1280, 720)), QSize(1280, 720));
    EXPECT_EQ(SlideComposer::designSize(QSize(3840, 2160)), QSize(1280, 720));
    EXPECT_EQ(SlideComposer::designSize(QSize(1024, 768)), QSize(1280, 960));
}

TEST_F(ExportTest, PngHasTheChosenPixelsAndDpi)
{
    SlideOptions o = milestone(1);
    o.size = QSize(1280, 720);
    o.scale = 2;
    const QString file = path("slide.png");
    QString error;
    ASSERT_TRUE(writeSlidePng(*m_composer, o, file, &error)) << error.toStdString();
    QImageReader reader(file);
    EXPECT_EQ(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(2560, 1440));
    // 192 dpi = 7559 dots per metre, as stored in the pHYs chunk.
    EXPECT_EQ(image.dotsPerMeterX(), 7559);
    EXPECT_EQ(image.dotsPerMeterY(), 7559);

    o.size = QSize(1000, 1000);
    o.scale = 0.5;
    ASSERT_TRUE(writeSlidePng(*m_composer, o, file, &error)) << error.toStdString();
    const QImage square(file);
    EXPECT_EQ(square.size(), QSize(500, 500));
    EXPECT_EQ(square.dotsPerMeterX(), 1890); // 48 dpi
}

TEST(SlidePngTest, DecodesToTheSamePixelsWithTheDpi)
{
    // An image with flat areas, gradients, noise and an odd width.
    QImage image(333, 121, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, x < 100 ? qRgb(250, 250, 248) : x < 200 ? qRgb(x, y * 2, 255 - x) : qRgb((x * 7919 + y * 104729) % 256, (x * y) % 256, 17));
    image.setDotsPerMeterX(7559);
    image.setDotsPerMeterY(3780);
    const QByteArray png = encodeSlidePng(image);
    ASSERT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
    QImage decoded;
    ASSERT_TRUE(decoded.loadFromData(png, "PNG"));
    ASSERT_EQ(decoded.size(), image.size());
    EXPECT_EQ(decoded.dotsPerMeterX(), 7559);
    EXPECT_EQ(decoded.dotsPerMeterY(), 3780);
    int different = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            different += (decoded.pixel(x, y) & 0xFFFFFF) != (image.pixel(x, y) & 0xFFFFFF) ? 1 : 0;
    EXPECT_EQ(different, 0);
    // A premultiplied source is converted, not misread.
    QImage translucent(4, 4, QImage::Format_ARGB32_Premultiplied);
    translucent.fill(qRgb(10, 200, 30));
    QImage back;
    ASSERT_TRUE(back.loadFromData(encodeSlidePng(translucent), "PNG"));
    EXPECT_EQ(back.pixel(2, 2) & 0xFFFFFF, qRgb(10, 200, 30) & 0xFFFFFF);
}

TEST_F(ExportTest, RoleColoursAreWhereTheActorsAreDrawn)
{
    // After the landing every actor of the story has appeared.
    SlideOptions o = milestone(static_cast<int>(c().milestones.size()) - 1);
    o.size = QSize(1920, 1080);
    o.scale = 2;
    const QImage image = m_composer->render(o);
    ASSERT_EQ(image.size(), QSize(3840, 2160));
    for (const char *handle : {"@MSF_USA", "@AnnCurry", "@unknown_follower", "@usairforce"}) {
        const ActorId a = actor(handle);
        ASSERT_NE(a, kNoActor) << handle;
        ASSERT_TRUE(m_composer->scene()->isActorShown(a)) << handle;
        const QRgb role = c().roles[static_cast<std::size_t>(c().actors[static_cast<std::size_t>(a)].role)].rgb;
        const QPointF at = m_composer->actorPoint(a, o);
        EXPECT_LE(nearestColour(image, at, role, 1), 12) << handle << " at " << at.x() << "," << at.y();
    }
    // Before the Air Force is reached it is not drawn: no military colour at its place.
    SlideOptions early = milestone(0, o);
    const QImage before = m_composer->render(early);
    const ActorId airForce = actor("@usairforce");
    EXPECT_FALSE(m_composer->scene()->isActorShown(airForce));
    const QRgb military = c().roles[static_cast<std::size_t>(c().actors[static_cast<std::size_t>(airForce)].role)].rgb;
    EXPECT_GT(nearestColour(before, m_composer->actorPoint(airForce, early), military, 1), 40);
}

TEST_F(ExportTest, FrameAndGraphMarginStayBackgroundInEveryTheme)
{
    for (const QString &theme : GraphTheme::names()) {
        for (QSize size : {QSize(1280, 720), QSize(900, 1200)}) {
            for (int m : {2, static_cast<int>(c().milestones.size()) - 1}) {
                SlideOptions o = milestone(m);
                o.frame = size.width() < size.height() ? SlideOptions::Frame::Whole : SlideOptions::Frame::Shown;
                o.theme = theme;
                o.size = size;
                o.pseudonymiseBelow = theme == QLatin1String("dark") ? 1000 : 0;
                const QImage image = m_composer->render(o);
                ASSERT_FALSE(image.isNull());
                const QRgb background = GraphTheme::byName(theme).background.rgb();
                const SlideGeometry g = m_composer->geometry(o);
                const qreal k = image.width() / static_cast<qreal>(g.design.width());
                // The frame: nothing painted within the margin (1 px spared for rounding).
                const int margin = static_cast<int>(std::floor(SlideComposer::kFrameMargin * k)) - 1;
                int stray = 0;
                for (int y = 0; y < image.height(); ++y)
                    for (int x = 0; x < image.width(); ++x) {
                        const bool inFrame = x < margin || y < margin || x >= image.width() - margin || y >= image.height() - margin;
                        if (inFrame && image.pixel(x, y) != background)
                            ++stray;
                    }
                EXPECT_EQ(stray, 0) << theme.toStdString() << " " << size.width() << "x" << size.height();
                // The graph: the framed content (labels included) lies inside the painted area
                // with room to spare, and nothing is drawn around it: nothing reaches the clip.
                EXPECT_TRUE(g.graph.contains(g.contentDrawn.adjusted(0.5, 0.5, -0.5, -0.5)));
                EXPECT_TRUE(g.sceneSource.contains(g.sceneContent));
                const QRect drawn = QRectF(g.graphDrawn.topLeft() * k, g.graphDrawn.bottomRight() * k).toAlignedRect();
                const QRect inner = QRectF(g.contentDrawn.topLeft() * k, g.contentDrawn.bottomRight() * k).toAlignedRect().adjusted(-1, -1, 1, 1);
                int ring = 0;
                for (int y = drawn.top() + 1; y < drawn.bottom(); ++y)
                    for (int x = drawn.left() + 1; x < drawn.right(); ++x)
                        if (!inner.contains(x, y) && image.rect().contains(x, y) && image.pixel(x, y) != background)
                            ++ring;
                EXPECT_EQ(ring, 0) << theme.toStdString() << " " << size.width() << "x" << size.height() << " milestone " << m
                                   << ": the graph spills out of its content bounds";
            }
        }
    }
}

TEST_F(ExportTest, ShownFrameFollowsTheStoryWholeFrameStaysPut)
{
    SlideOptions first = milestone(0);
    SlideOptions last = milestone(static_cast<int>(c().milestones.size()) - 1);
    // The retweet wave drawn as one glyph frames the last slide closer still.
    const qreal grouped = m_composer->geometry(last).graphScale;
    m_composer->scene()->setCrowdsEnabled(false);
    const SlideGeometry early = m_composer->geometry(first);
    const SlideGeometry late = m_composer->geometry(last);
    EXPECT_GT(grouped, 1.2 * late.graphScale);
    // Early on, few actors are shown: the camera comes closer (up to its limit).
    EXPECT_GT(early.graphScale, 1.5 * late.graphScale);
    EXPECT_LE(early.graphScale, 1.6);
    EXPECT_TRUE(late.sceneContent.contains(early.sceneContent));
    // Every shown actor is inside the framed content.
    m_composer->prepare(first);
    for (ActorId a = 0; a < static_cast<ActorId>(c().actors.size()); ++a)
        if (m_composer->scene()->isActorShown(a)) {
            const QPointF at = early.graphDrawn.topLeft() +
                               (m_composer->scene()->actorItem(a)->scenePos() - early.sceneSource.topLeft()) * early.graphScale;
            EXPECT_TRUE(early.contentDrawn.contains(at)) << c().actors[static_cast<std::size_t>(a)].handle.toStdString();
        }
    // The whole frame is the same rectangle at every moment.
    first.frame = last.frame = SlideOptions::Frame::Whole;
    EXPECT_EQ(m_composer->geometry(first).sceneContent, m_composer->geometry(last).sceneContent);
    EXPECT_TRUE(m_composer->geometry(first).sceneContent.contains(m_composer->scene()->contentBounds()));
}

TEST_F(ExportTest, SvgKeepsTitleCaptionAndLabelsAsText)
{
    SlideOptions o = milestone(2);
    o.title = QStringLiteral("The tip that changed everything");
    o.size = QSize(1280, 720);
    const QString file = path("slide.svg");
    QString error;
    ASSERT_TRUE(writeSlideSvg(*m_composer, o, file, &error)) << error.toStdString();
    const QStringList texts = svgTexts(file);
    EXPECT_TRUE(texts.contains(o.title)) << texts.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("@AnnCurry")));
    EXPECT_TRUE(texts.join(QLatin1Char(' ')).contains(QStringLiteral("identity unknown")));
    // And the picture is vector: shapes, no embedded raster of the graph.
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    EXPECT_FALSE(svg.contains("<image"));
    EXPECT_TRUE(svg.contains("<path") || svg.contains("<polyline") || svg.contains("<rect"));
}

TEST_F(ExportTest, TheActorPanelOfASlideShowsItsTextsWhole)
{
    // "Journa..." and "Potential exposure (upper bo..." were what the panel showed: on
    // a full-HD slide every title, role and measure name is whole (SVG text, so what
    // is written is what is shown).
    m_document->setSelectedActor(actor("@AnnCurry"));
    SlideOptions o = milestone(4);
    o.showActor = true;
    o.size = QSize(1920, 1080);
    const QString file = path("actor.svg");
    QString error;
    ASSERT_TRUE(writeSlideSvg(*m_composer, o, file, &error)) << error.toStdString();
    const QStringList texts = svgTexts(file);
    const QString all = texts.join(QStringLiteral(" | "));
    for (const QString &text : texts)
        EXPECT_FALSE(text.contains(QChar(0x2026))) << "cut: " << text.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Journalist"))) << all.toStdString();
    // The full measure name where it fits, else the table's short header, never a cut one.
    EXPECT_TRUE(all.contains(QStringLiteral("Potential exposure (upper bound)")) || texts.contains(QStringLiteral("Exposure (max)")))
        << all.toStdString();
    EXPECT_FALSE(all.contains(QStringLiteral("Brokered pairs"))) << all.toStdString();
}

TEST_F(ExportTest, DeckHasMilestonesPlusTwoPages)
{
    SlideOptions base;
    base.size = QSize(1280, 720);
    const std::vector<SlideOptions> slides = milestoneSlides(c(), base);
    ASSERT_EQ(slides.size(), c().milestones.size());
    const QString file = path("deck.pdf");
    QString error;
    ASSERT_TRUE(writeDeckPdf(*m_composer, slides, base, file, &error)) << error.toStdString();
    const int expected = static_cast<int>(c().milestones.size()) + 2;
    EXPECT_EQ(deckPageCount(static_cast<int>(slides.size())), expected);
    EXPECT_EQ(pdfPageObjects(file), expected);
    const QString info = runTool(QStringLiteral("pdfinfo"), {file});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(expected)))) << info.toStdString();
    // 1280 x 720 at 96 dpi: a 960 x 540 pt page (13.33 x 7.5 in, wide).
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+960 x 540 pts")))) << info.toStdString();
    const QString text = runTool(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(text.contains(c().title)) << "title page";
    for (const Milestone &m : c().milestones)
        EXPECT_TRUE(text.contains(m.title)) << m.title.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("How the message travelled"))) << "closing page";
}

TEST_F(ExportTest, PseudonymisedHandlesAreAbsentFromEveryOutput)
{
    SlideOptions o = milestone(2);
    o.size = QSize(1280, 720);
    o.pseudonymiseBelow = 1000;
    // Select the follower: its own panel (title, path) must hide it too.
    const ActorId follower = actor("@unknown_follower");
    m_document->setSelectedActor(follower);
    o.showActor = true;
    const QString hidden = QStringLiteral("unknown_follower");
    const QString hiddenName = c().actors[static_cast<std::size_t>(follower)].name; // "Ann Curry's follower (identity unknown)"
    ASSERT_FALSE(hiddenName.isEmpty());
    // Every hidden account's handle, as a whole word.
    auto leaks = [this](const QString &text) {
        QStringList found;
        const Pseudonyms everyone(c(), 1000);
        for (ActorId a = 0; a < static_cast<ActorId>(c().actors.size()); ++a) {
            const QString handle = c().actors[static_cast<std::size_t>(a)].handle;
            if (everyone.isHidden(a) && text.contains(QRegularExpression(QRegularExpression::escape(handle) + QStringLiteral("(?!\\w)"))))
                found << handle;
        }
        return found;
    };

    // PNG: the text cannot be read back, but the scene's labels can.
    const QImage image = m_composer->render(o);
    ASSERT_FALSE(image.isNull());
    const Pseudonyms &p = m_composer->pseudonyms();
    ASSERT_TRUE(p.isHidden(follower));
    EXPECT_EQ(m_composer->scene()->labelOf(follower), QStringLiteral("follower 1"));
    int hiddenCount = 0;
    for (ActorId a = 0; a < static_cast<ActorId>(c().actors.size()); ++a) {
        if (!p.isHidden(a))
            continue;
        ++hiddenCount;
        EXPECT_FALSE(m_composer->scene()->labelOf(a).contains(c().actors[static_cast<std::size_t>(a)].handle));
    }
    EXPECT_GT(hiddenCount, 10);
    const SlideActorPanel panel(*m_document, follower, o.time, p);
    EXPECT_EQ(panel.title(), QStringLiteral("follower 1"));
    for (const SlidePathLine &line : panel.path())
        EXPECT_FALSE(line.actor.contains(hidden));

    // SVG: every text element.
    const QString svg = path("private.svg");
    QString error;
    ASSERT_TRUE(writeSlideSvg(*m_composer, o, svg, &error)) << error.toStdString();
    const QString svgText = svgTexts(svg).join(QLatin1Char('\n'));
    EXPECT_FALSE(svgText.contains(hidden));
    EXPECT_FALSE(svgText.contains(hiddenName));
    EXPECT_TRUE(leaks(svgText).isEmpty()) << leaks(svgText).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(svgText.contains(QStringLiteral("follower 1")));
    EXPECT_TRUE(svgText.contains(QStringLiteral("@AnnCurry"))) << "a large account keeps its handle";
    QFile raw(svg);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_FALSE(QString::fromUtf8(raw.readAll()).contains(hidden)) << "not even in the SVG's title or description";

    // PDF deck: every page's text.
    SlideOptions base;
    base.size = QSize(1280, 720);
    base.pseudonymiseBelow = 1000;
    base.showActor = true;
    const QString pdf = path("private.pdf");
    ASSERT_TRUE(writeDeckPdf(*m_composer, milestoneSlides(c(), base), base, pdf, &error)) << error.toStdString();
    const QString pdfText = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    EXPECT_FALSE(pdfText.contains(hidden));
    EXPECT_FALSE(pdfText.contains(hiddenName));
    EXPECT_TRUE(leaks(pdfText).isEmpty()) << leaks(pdfText).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(pdfText.contains(QStringLiteral("@synthetic_rt02"))) << "3,438 followers: not hidden";
    EXPECT_TRUE(pdfText.contains(QStringLiteral("follower 1")));
}

TEST_F(ExportTest, FilmstripAndClipboard)
{
    SlideOptions o;
    o.size = QSize(1600, 900);
    o.scale = 1.5;
    const std::vector<SlideOptions> moments = milestoneSlides(c(), o);
    const QString file = path("strip.png");
    QString error;
    ASSERT_TRUE(writeFilmstripPng(*m_composer, moments, o, file, &error)) << error.toStdString();
    const QImage strip(file);
    EXPECT_EQ(strip.size(), QSize(2400, 1350));
    EXPECT_EQ(strip.dotsPerMeterX(), static_cast<int>(std::lround(144 / 0.0254)));
    // The journalist's colour is in the picture (her actor is in every tile after the first).
    const QRgb journalist = c().roles[static_cast<std::size_t>(c().actors[static_cast<std::size_t>(actor("@AnnCurry"))].role)].rgb;
    bool found = false;
    for (int y = 0; y < strip.height() && !found; y += 2)
        for (int x = 0; x < strip.width() && !found; x += 2)
            found = colourDistance(strip.pixel(x, y), journalist) <= 8;
    EXPECT_TRUE(found);

    SlideOptions slide = milestone(3);
    slide.size = QSize(640, 360);
    copySlideToClipboard(*m_composer, slide);
    const QImage copied = QGuiApplication::clipboard()->image();
    EXPECT_EQ(copied.size(), QSize(640, 360));
}

TEST_F(ExportTest, UnwritableOutputIsReportedAndLeavesNoFile)
{
    SlideOptions o = milestone(0);
    o.size = QSize(320, 180);
    QString error;
    const QString missing = path("no/such/folder/slide.png");
    EXPECT_FALSE(writeSlide(*m_composer, o, missing, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(missing));
    EXPECT_FALSE(writeSlide(*m_composer, o, path("slide.jpg"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".png, .svg or .pdf"))) << error.toStdString();
}

TEST(SlideScaleTest, EveryScaleShowsTheSamePicture)
{
    // A generated case large enough for the compact layout, whose most prominent actors
    // get labels of constant size drawn over the graph: at 2x they must land where they
    // land at 1x (the slide's window and viewport survive the scene's painting).
    CaseDocument document;
    document.reset(generateCase(GeneratorOptions{4000, 40000, 3}), QString());
    SlideComposer composer(&document);
    composer.setLayout(LayoutController::layoutNow(document, LayoutEngineKind::Auto));
    const Case &c = document.caseData();
    ASSERT_FALSE(c.milestones.empty());
    SlideOptions o = milestoneSlide(c, static_cast<int>(c.milestones.size()) - 1, {});
    o.size = QSize(1920, 1080);
    // The scenario needs the overlay: labels too small to read at the slide's scale.
    ASSERT_TRUE(composer.scene()->layout().compact);
    ASSERT_LT(composer.geometry(o).graphScale * SlideComposer::kGraphDetail * GraphScene::labelPixelSize(), 8.0);
    const QImage one = composer.render(o);
    o.scale = 2;
    const QImage two = composer.render(o).scaled(one.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    ASSERT_EQ(one.size(), two.size());
    // Dots are drawn differently at each resolution; text is not: compare where the dark,
    // grey text pixels of the graph (its labels) are, on a coarse grid. About a fifth
    // differ from antialiasing; labels painted in the wrong place move all of them.
    const SlideGeometry g = composer.geometry(o);
    const qreal k = one.width() / static_cast<qreal>(g.design.width());
    const QRect graph = QRectF(g.graph.topLeft() * k, g.graph.size() * k).toAlignedRect();
    auto textGrid = [&graph](const QImage &full) {
        const QImage image = full.copy(graph);
        constexpr int cell = 24;
        std::vector<int> grid(static_cast<std::size_t>((image.width() / cell + 1) * (image.height() / cell + 1)), 0);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                const int hi = std::max({qRed(p), qGreen(p), qBlue(p)});
                const int lo = std::min({qRed(p), qGreen(p), qBlue(p)});
                if (hi < 110 && hi - lo < 24)
                    ++grid[static_cast<std::size_t>((y / cell) * (image.width() / cell + 1) + x / cell)];
            }
        return grid;
    };
    const std::vector<int> a = textGrid(one), b = textGrid(two);
    int total = 0, moved = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        total += a[i];
        moved += std::abs(a[i] - b[i]);
    }
    ASSERT_GT(total, 0);
    EXPECT_LT(moved, total / 2) << "text that is not where it is at 1x: " << moved << " of " << total;
}
