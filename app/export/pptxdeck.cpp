// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/pptxdeck.h"

#include "app/document/casedocument.h"
#include "app/export/slidecomposer.h"
#include "app/export/slideexport.h"
#include "app/export/slidepng.h"
#include "app/graph/graphtheme.h"
#include "app/presentation/displayformat.h"
#include "core/model/case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFontInfo>
#include <QXmlStreamWriter>

#include <zip.h>

#include <cmath>
#include <deque>
#include <functional>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "SlideExport").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlideExport)
};

const QString kA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString kP = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString kRel = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kOfficeRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString kType = QStringLiteral("application/vnd.openxmlformats-officedocument.");

constexpr qint64 kEmuPerUnit = 9525; // a design unit is a pixel at 96 dpi: 914400 / 96

// One XML part, written with QXmlStreamWriter.
QByteArray xml(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.writeStartDocument(QStringLiteral("1.0"), true);
    body(w);
    w.writeEndDocument();
    return bytes;
}

void namespaces(QXmlStreamWriter &w)
{
    w.writeNamespace(kA, QStringLiteral("a"));
    w.writeNamespace(kR, QStringLiteral("r"));
    w.writeNamespace(kP, QStringLiteral("p"));
}

struct Relationship {
    QString id, type, target;
};

QByteArray relationships(const std::vector<Relationship> &rels)
{
    return xml([&](QXmlStreamWriter &w) {
        w.writeDefaultNamespace(kRel);
        w.writeStartElement(kRel, QStringLiteral("Relationships"));
        for (const Relationship &r : rels) {
            w.writeStartElement(kRel, QStringLiteral("Relationship"));
            w.writeAttribute(QStringLiteral("Id"), r.id);
            w.writeAttribute(QStringLiteral("Type"), r.type.startsWith(QLatin1String("http")) ? r.type : kOfficeRel + r.type);
            w.writeAttribute(QStringLiteral("Target"), r.target);
            w.writeEndElement();
        }
        w.writeEndElement();
    });
}

void element(QXmlStreamWriter &w, const QString &ns, const QString &name, std::initializer_list<std::pair<QString, QString>> attributes)
{
    w.writeStartElement(ns, name);
    for (const auto &[key, value] : attributes)
        w.writeAttribute(key, value);
    w.writeEndElement();
}

QString num(qint64 v)
{
    return QString::number(v);
}

// <a:xfrm> of a rectangle in design units.
void transform(QXmlStreamWriter &w, const QRectF &r)
{
    w.writeStartElement(kA, QStringLiteral("xfrm"));
    element(w, kA, QStringLiteral("off"), {{QStringLiteral("x"), num(std::llround(r.x() * kEmuPerUnit))}, {QStringLiteral("y"), num(std::llround(r.y() * kEmuPerUnit))}});
    element(w, kA, QStringLiteral("ext"), {{QStringLiteral("cx"), num(std::llround(r.width() * kEmuPerUnit))}, {QStringLiteral("cy"), num(std::llround(r.height() * kEmuPerUnit))}});
    w.writeEndElement();
}

void emptyGroup(QXmlStreamWriter &w)
{
    w.writeStartElement(kP, QStringLiteral("nvGrpSpPr"));
    element(w, kP, QStringLiteral("cNvPr"), {{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("name"), QString()}});
    element(w, kP, QStringLiteral("cNvGrpSpPr"), {});
    element(w, kP, QStringLiteral("nvPr"), {});
    w.writeEndElement();
    w.writeStartElement(kP, QStringLiteral("grpSpPr"));
    w.writeStartElement(kA, QStringLiteral("xfrm"));
    for (const char *name : {"off", "ext", "chOff", "chExt"}) {
        const bool size = name[0] == 'e' || name[2] == 'E';
        element(w, kA, QLatin1String(name), {{size ? QStringLiteral("cx") : QStringLiteral("x"), QStringLiteral("0")},
                                             {size ? QStringLiteral("cy") : QStringLiteral("y"), QStringLiteral("0")}});
    }
    w.writeEndElement();
    w.writeEndElement();
}

struct TextStyle {
    qreal pixels = 17; // design units
    bool bold = false;
    QColor colour;
    QString family;
    QString anchor = QStringLiteral("t");
};

// A text box: one paragraph per line of `text`.
void textBox(QXmlStreamWriter &w, int id, const QString &name, const QRectF &rect, const QString &text, const TextStyle &style,
             const QString &placeholder = {})
{
    w.writeStartElement(kP, QStringLiteral("sp"));
    w.writeStartElement(kP, QStringLiteral("nvSpPr"));
    element(w, kP, QStringLiteral("cNvPr"), {{QStringLiteral("id"), num(id)}, {QStringLiteral("name"), name}});
    if (placeholder.isEmpty()) {
        element(w, kP, QStringLiteral("cNvSpPr"), {{QStringLiteral("txBox"), QStringLiteral("1")}});
        element(w, kP, QStringLiteral("nvPr"), {});
    } else {
        w.writeStartElement(kP, QStringLiteral("cNvSpPr"));
        element(w, kA, QStringLiteral("spLocks"), {{QStringLiteral("noGrp"), QStringLiteral("1")}});
        w.writeEndElement();
        w.writeStartElement(kP, QStringLiteral("nvPr"));
        element(w, kP, QStringLiteral("ph"), {{QStringLiteral("type"), placeholder}, {QStringLiteral("idx"), QStringLiteral("1")}});
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(kP, QStringLiteral("spPr"));
    transform(w, rect);
    w.writeStartElement(kA, QStringLiteral("prstGeom"));
    w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    element(w, kA, QStringLiteral("avLst"), {});
    w.writeEndElement();
    element(w, kA, QStringLiteral("noFill"), {});
    w.writeEndElement();
    w.writeStartElement(kP, QStringLiteral("txBody"));
    w.writeStartElement(kA, QStringLiteral("bodyPr"));
    w.writeAttribute(QStringLiteral("wrap"), QStringLiteral("square"));
    for (const char *inset : {"lIns", "tIns", "rIns", "bIns"})
        w.writeAttribute(QLatin1String(inset), QStringLiteral("0"));
    w.writeAttribute(QStringLiteral("anchor"), style.anchor);
    element(w, kA, QStringLiteral("normAutofit"), {});
    w.writeEndElement();
    element(w, kA, QStringLiteral("lstStyle"), {});
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        w.writeStartElement(kA, QStringLiteral("p"));
        const auto runProperties = [&](const QString &tag) {
            w.writeStartElement(kA, tag);
            w.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-US"));
            if (style.pixels > 0)
                w.writeAttribute(QStringLiteral("sz"), num(std::llround(style.pixels * 75))); // 1/100 pt; a unit is 0.75 pt
            if (style.bold)
                w.writeAttribute(QStringLiteral("b"), QStringLiteral("1"));
            if (style.colour.isValid()) {
                w.writeStartElement(kA, QStringLiteral("solidFill"));
                element(w, kA, QStringLiteral("srgbClr"), {{QStringLiteral("val"), style.colour.name().mid(1).toUpper()}});
                w.writeEndElement();
            }
            if (!style.family.isEmpty())
                element(w, kA, QStringLiteral("latin"), {{QStringLiteral("typeface"), style.family}});
            w.writeEndElement();
        };
        if (!line.isEmpty()) {
            w.writeStartElement(kA, QStringLiteral("r"));
            runProperties(QStringLiteral("rPr"));
            w.writeTextElement(kA, QStringLiteral("t"), line);
            w.writeEndElement();
        }
        runProperties(QStringLiteral("endParaRPr"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

QByteArray theme()
{
    return xml([](QXmlStreamWriter &w) {
        w.writeNamespace(kA, QStringLiteral("a"));
        w.writeStartElement(kA, QStringLiteral("theme"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Cascade"));
        w.writeStartElement(kA, QStringLiteral("themeElements"));
        w.writeStartElement(kA, QStringLiteral("clrScheme"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Cascade"));
        const std::pair<const char *, const char *> colours[] = {
            {"dk1", "1C1C1C"}, {"lt1", "FFFFFF"}, {"dk2", "44546A"}, {"lt2", "E7E6E6"}, {"accent1", "0072B2"},
            {"accent2", "D55E00"}, {"accent3", "009E73"}, {"accent4", "CC79A7"}, {"accent5", "E69F00"},
            {"accent6", "56B4E9"}, {"hlink", "0563C1"}, {"folHlink", "954F72"}};
        for (const auto &[name, value] : colours) {
            w.writeStartElement(kA, QLatin1String(name));
            element(w, kA, QStringLiteral("srgbClr"), {{QStringLiteral("val"), QLatin1String(value)}});
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(kA, QStringLiteral("fontScheme"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Cascade"));
        for (const char *font : {"majorFont", "minorFont"}) {
            w.writeStartElement(kA, QLatin1String(font));
            element(w, kA, QStringLiteral("latin"), {{QStringLiteral("typeface"), QStringLiteral("DejaVu Sans")}});
            element(w, kA, QStringLiteral("ea"), {{QStringLiteral("typeface"), QString()}});
            element(w, kA, QStringLiteral("cs"), {{QStringLiteral("typeface"), QString()}});
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(kA, QStringLiteral("fmtScheme"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("Cascade"));
        const auto solid = [&] {
            w.writeStartElement(kA, QStringLiteral("solidFill"));
            element(w, kA, QStringLiteral("schemeClr"), {{QStringLiteral("val"), QStringLiteral("phClr")}});
            w.writeEndElement();
        };
        w.writeStartElement(kA, QStringLiteral("fillStyleLst"));
        for (int i = 0; i < 3; ++i)
            solid();
        w.writeEndElement();
        w.writeStartElement(kA, QStringLiteral("lnStyleLst"));
        for (int i = 0; i < 3; ++i) {
            w.writeStartElement(kA, QStringLiteral("ln"));
            w.writeAttribute(QStringLiteral("w"), num(6350 * (i + 1)));
            solid();
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(kA, QStringLiteral("effectStyleLst"));
        for (int i = 0; i < 3; ++i) {
            w.writeStartElement(kA, QStringLiteral("effectStyle"));
            element(w, kA, QStringLiteral("effectLst"), {});
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeStartElement(kA, QStringLiteral("bgFillStyleLst"));
        for (int i = 0; i < 3; ++i)
            solid();
        w.writeEndElement();
        w.writeEndElement(); // fmtScheme
        w.writeEndElement(); // themeElements
        w.writeEndElement(); // theme
    });
}

void colourMap(QXmlStreamWriter &w)
{
    element(w, kP, QStringLiteral("clrMap"),
            {{QStringLiteral("bg1"), QStringLiteral("lt1")}, {QStringLiteral("tx1"), QStringLiteral("dk1")},
             {QStringLiteral("bg2"), QStringLiteral("lt2")}, {QStringLiteral("tx2"), QStringLiteral("dk2")},
             {QStringLiteral("accent1"), QStringLiteral("accent1")}, {QStringLiteral("accent2"), QStringLiteral("accent2")},
             {QStringLiteral("accent3"), QStringLiteral("accent3")}, {QStringLiteral("accent4"), QStringLiteral("accent4")},
             {QStringLiteral("accent5"), QStringLiteral("accent5")}, {QStringLiteral("accent6"), QStringLiteral("accent6")},
             {QStringLiteral("hlink"), QStringLiteral("hlink")}, {QStringLiteral("folHlink"), QStringLiteral("folHlink")}});
}

void masterColours(QXmlStreamWriter &w)
{
    w.writeStartElement(kP, QStringLiteral("clrMapOvr"));
    element(w, kA, QStringLiteral("masterClrMapping"), {});
    w.writeEndElement();
}

// A part of the package, kept until the zip is written.
struct Part {
    QString name;
    QByteArray bytes;
    bool store = false; // already compressed (PNG)
};

// The parts zipped with libzip in memory; empty with `why` on failure.
QByteArray zipParts(const std::deque<Part> &parts, QString *why)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!buffer) {
        *why = QString::fromUtf8(zip_error_strerror(&err));
        zip_error_fini(&err);
        return {};
    }
    zip_source_keep(buffer);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    QByteArray out;
    if (!archive) {
        *why = QString::fromUtf8(zip_error_strerror(&err));
    } else {
        bool ok = true;
        for (const Part &part : parts) {
            zip_source_t *data = zip_source_buffer(archive, part.bytes.constData(), static_cast<zip_uint64_t>(part.bytes.size()), 0);
            const zip_int64_t index = data ? zip_file_add(archive, part.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8) : -1;
            if (index < 0) {
                if (data)
                    zip_source_free(data);
                ok = false;
                break;
            }
            zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), part.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        }
        if (!ok || zip_close(archive) < 0) {
            *why = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
        } else if (zip_source_open(buffer) == 0) {
            zip_stat_t stat;
            zip_stat_init(&stat);
            if (zip_source_stat(buffer, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
                out.resize(static_cast<qsizetype>(stat.size));
                if (zip_source_read(buffer, out.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
                    out.clear();
            }
            zip_source_close(buffer);
            if (out.isEmpty())
                *why = Text::tr("the archive could not be read back");
        }
    }
    zip_source_free(buffer);
    zip_error_fini(&err);
    return out;
}

} // namespace

bool writeDeckPptx(SlideComposer &composer, const std::vector<SlideOptions> &slides, const QString &path, QString *error,
                   const std::vector<QString> &clips)
{
    if (slides.empty())
        return exportFailed(error, path, Text::tr("a deck needs at least one slide"));
    const Case &c = composer.document()->caseData();
    std::deque<Part> parts;
    const int n = static_cast<int>(slides.size());
    const QSize design = SlideComposer::designSize(slides.front().size);
    const QString family = QFontInfo(SlideComposer::font(17)).family();
    const QString layoutType = QStringLiteral("slideLayout");
    bool hasClips = false;

    for (int i = 0; i < n; ++i) {
        SlideOptions o = slides[static_cast<std::size_t>(i)];
        o.size = slides.front().size; // one shape for the deck
        const bool last = i == n - 1;
        o.showSources = last && o.showSources;
        o.paintText = false;
        const SlideGeometry g = composer.geometry(o);
        const QImage picture = composer.render(o);
        if (picture.isNull())
            return exportFailed(error, path, Text::tr("the image is too large to allocate"));
        const QString number = QString::number(i + 1);
        parts.push_back({QStringLiteral("ppt/media/slide%1.png").arg(number), encodeSlidePng(picture), true});
        const QString clipPath = static_cast<std::size_t>(i) < clips.size() ? clips[static_cast<std::size_t>(i)] : QString();
        const bool clip = !clipPath.isEmpty();
        if (clip) {
            QFile file(clipPath);
            if (!file.open(QIODevice::ReadOnly))
                return exportFailed(error, path, Text::tr("cannot read the clip \"%1\": %2").arg(clipPath, file.errorString()));
            parts.push_back({QStringLiteral("ppt/media/beat%1.mp4").arg(number), file.readAll(), true});
            hasClips = true;
        }
        const GraphTheme theme = GraphTheme::byName(o.theme);
        const QString title = composer.slideText(o.title);
        const QString caption = composer.slideText(o.caption);
        const QString notes = o.milestone >= 0 && o.milestone < static_cast<int>(c.milestones.size())
                                  ? composer.slideText(DisplayFormat::milestoneNotes(c.milestones[static_cast<std::size_t>(o.milestone)]))
                                  : QString();
        parts.push_back({QStringLiteral("ppt/slides/slide%1.xml").arg(number), xml([&](QXmlStreamWriter &w) {
                             namespaces(w);
                             w.writeStartElement(kP, QStringLiteral("sld"));
                             w.writeStartElement(kP, QStringLiteral("cSld"));
                             w.writeStartElement(kP, QStringLiteral("spTree"));
                             emptyGroup(w);
                             // The picture, the whole slide.
                             w.writeStartElement(kP, QStringLiteral("pic"));
                             w.writeStartElement(kP, QStringLiteral("nvPicPr"));
                             w.writeStartElement(kP, QStringLiteral("cNvPr"));
                             w.writeAttribute(QStringLiteral("id"), QStringLiteral("2"));
                             w.writeAttribute(QStringLiteral("name"), clip ? QStringLiteral("Replay") : QStringLiteral("Graph"));
                             w.writeAttribute(QStringLiteral("descr"), title);
                             if (clip) // a click plays the clip
                                 element(w, kA, QStringLiteral("hlinkClick"), {{QStringLiteral("r:id"), QString()}, {QStringLiteral("action"), QStringLiteral("ppaction://media")}});
                             w.writeEndElement();
                             w.writeStartElement(kP, QStringLiteral("cNvPicPr"));
                             element(w, kA, QStringLiteral("picLocks"), {{QStringLiteral("noChangeAspect"), QStringLiteral("1")}});
                             w.writeEndElement();
                             w.writeStartElement(kP, QStringLiteral("nvPr"));
                             if (clip) {
                                 // The clip: linked as a video (Office 2007) and embedded as
                                 // media (PowerPoint 2010 and later, Impress).
                                 element(w, kA, QStringLiteral("videoFile"), {{QStringLiteral("r:link"), QStringLiteral("rId4")}});
                                 w.writeStartElement(kP, QStringLiteral("extLst"));
                                 w.writeStartElement(kP, QStringLiteral("ext"));
                                 w.writeAttribute(QStringLiteral("uri"), QStringLiteral("{DAA4B4D4-6D71-4841-9C94-3DE22A7D1F8E}"));
                                 const QString p14 = QStringLiteral("http://schemas.microsoft.com/office/powerpoint/2010/main");
                                 w.writeNamespace(p14, QStringLiteral("p14"));
                                 w.writeStartElement(p14, QStringLiteral("media"));
                                 w.writeAttribute(QStringLiteral("r:embed"), QStringLiteral("rId5"));
                                 w.writeEndElement();
                                 w.writeEndElement();
                                 w.writeEndElement();
                             }
                             w.writeEndElement(); // nvPr
                             w.writeEndElement();
                             w.writeStartElement(kP, QStringLiteral("blipFill"));
                             element(w, kA, QStringLiteral("blip"), {{QStringLiteral("r:embed"), QStringLiteral("rId2")}});
                             w.writeStartElement(kA, QStringLiteral("stretch"));
                             element(w, kA, QStringLiteral("fillRect"), {});
                             w.writeEndElement();
                             w.writeEndElement();
                             w.writeStartElement(kP, QStringLiteral("spPr"));
                             transform(w, QRectF(QPointF(0, 0), QSizeF(g.design)));
                             w.writeStartElement(kA, QStringLiteral("prstGeom"));
                             w.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
                             element(w, kA, QStringLiteral("avLst"), {});
                             w.writeEndElement();
                             w.writeEndElement();
                             w.writeEndElement(); // pic
                             textBox(w, 3, QStringLiteral("Title"), g.title, title,
                                     {g.titlePixels, true, theme.text, family, QStringLiteral("ctr")});
                             if (!g.caption.isEmpty() && !caption.isEmpty())
                                 textBox(w, 4, QStringLiteral("Caption"), g.caption, caption, {g.captionPixels, false, theme.text, family});
                             if (!g.sources.isEmpty())
                                 textBox(w, 5, QStringLiteral("Sources"), g.sources, composer.sourcesText(),
                                         {12, false, theme.mutedText, family, QStringLiteral("ctr")});
                             w.writeEndElement(); // spTree
                             w.writeEndElement(); // cSld
                             masterColours(w);
                             w.writeEndElement();
                         })});
        std::vector<Relationship> slideRels = {
            {QStringLiteral("rId1"), layoutType, QStringLiteral("../slideLayouts/slideLayout1.xml")},
            {QStringLiteral("rId2"), QStringLiteral("image"), QStringLiteral("../media/slide%1.png").arg(number)},
            {QStringLiteral("rId3"), QStringLiteral("notesSlide"), QStringLiteral("../notesSlides/notesSlide%1.xml").arg(number)}};
        if (clip) {
            const QString target = QStringLiteral("../media/beat%1.mp4").arg(number);
            slideRels.push_back({QStringLiteral("rId4"), QStringLiteral("video"), target});
            slideRels.push_back({QStringLiteral("rId5"), QStringLiteral("http://schemas.microsoft.com/office/2007/relationships/media"), target});
        }
        parts.push_back({QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(number), relationships(slideRels)});
        parts.push_back({QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(number), xml([&](QXmlStreamWriter &w) {
                             namespaces(w);
                             w.writeStartElement(kP, QStringLiteral("notes"));
                             w.writeStartElement(kP, QStringLiteral("cSld"));
                             w.writeStartElement(kP, QStringLiteral("spTree"));
                             emptyGroup(w);
                             textBox(w, 2, QStringLiteral("Notes"), QRectF(48, 500, 624, 400), notes, {0, false, {}, {}},
                                     QStringLiteral("body"));
                             w.writeEndElement();
                             w.writeEndElement();
                             masterColours(w);
                             w.writeEndElement();
                         })});
        parts.push_back({QStringLiteral("ppt/notesSlides/_rels/notesSlide%1.xml.rels").arg(number),
                         relationships({{QStringLiteral("rId1"), QStringLiteral("notesMaster"), QStringLiteral("../notesMasters/notesMaster1.xml")},
                                        {QStringLiteral("rId2"), QStringLiteral("slide"), QStringLiteral("../slides/slide%1.xml").arg(number)}})});
    }

    // The master, its one blank layout, the notes master and their themes.
    const auto blankTree = [](QXmlStreamWriter &w) {
        w.writeStartElement(kP, QStringLiteral("cSld"));
        w.writeStartElement(kP, QStringLiteral("spTree"));
        emptyGroup(w);
        w.writeEndElement();
        w.writeEndElement();
    };
    parts.push_back({QStringLiteral("ppt/slideMasters/slideMaster1.xml"), xml([&](QXmlStreamWriter &w) {
                         namespaces(w);
                         w.writeStartElement(kP, QStringLiteral("sldMaster"));
                         blankTree(w);
                         colourMap(w);
                         w.writeStartElement(kP, QStringLiteral("sldLayoutIdLst"));
                         element(w, kP, QStringLiteral("sldLayoutId"), {{QStringLiteral("id"), QStringLiteral("2147483649")}, {QStringLiteral("r:id"), QStringLiteral("rId1")}});
                         w.writeEndElement();
                         w.writeEndElement();
                     })});
    parts.push_back({QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"),
                     relationships({{QStringLiteral("rId1"), layoutType, QStringLiteral("../slideLayouts/slideLayout1.xml")},
                                    {QStringLiteral("rId2"), QStringLiteral("theme"), QStringLiteral("../theme/theme1.xml")}})});
    parts.push_back({QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), xml([&](QXmlStreamWriter &w) {
                         namespaces(w);
                         w.writeStartElement(kP, QStringLiteral("sldLayout"));
                         w.writeAttribute(QStringLiteral("type"), QStringLiteral("blank"));
                         w.writeAttribute(QStringLiteral("preserve"), QStringLiteral("1"));
                         blankTree(w);
                         masterColours(w);
                         w.writeEndElement();
                     })});
    parts.push_back({QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"),
                     relationships({{QStringLiteral("rId1"), QStringLiteral("slideMaster"), QStringLiteral("../slideMasters/slideMaster1.xml")}})});
    parts.push_back({QStringLiteral("ppt/notesMasters/notesMaster1.xml"), xml([&](QXmlStreamWriter &w) {
                         namespaces(w);
                         w.writeStartElement(kP, QStringLiteral("notesMaster"));
                         blankTree(w);
                         colourMap(w);
                         w.writeEndElement();
                     })});
    parts.push_back({QStringLiteral("ppt/notesMasters/_rels/notesMaster1.xml.rels"),
                     relationships({{QStringLiteral("rId1"), QStringLiteral("theme"), QStringLiteral("../theme/theme2.xml")}})});
    parts.push_back({QStringLiteral("ppt/theme/theme1.xml"), theme()});
    parts.push_back({QStringLiteral("ppt/theme/theme2.xml"), theme()});

    // The presentation: its slides, their size.
    std::vector<Relationship> presentationRels = {
        {QStringLiteral("rId1"), QStringLiteral("slideMaster"), QStringLiteral("slideMasters/slideMaster1.xml")},
        {QStringLiteral("rId2"), QStringLiteral("notesMaster"), QStringLiteral("notesMasters/notesMaster1.xml")},
        {QStringLiteral("rId3"), QStringLiteral("theme"), QStringLiteral("theme/theme1.xml")}};
    for (int i = 0; i < n; ++i)
        presentationRels.push_back({QStringLiteral("rId%1").arg(i + 4), QStringLiteral("slide"), QStringLiteral("slides/slide%1.xml").arg(i + 1)});
    parts.push_back({QStringLiteral("ppt/presentation.xml"), xml([&](QXmlStreamWriter &w) {
                         namespaces(w);
                         w.writeStartElement(kP, QStringLiteral("presentation"));
                         w.writeStartElement(kP, QStringLiteral("sldMasterIdLst"));
                         element(w, kP, QStringLiteral("sldMasterId"), {{QStringLiteral("id"), QStringLiteral("2147483648")}, {QStringLiteral("r:id"), QStringLiteral("rId1")}});
                         w.writeEndElement();
                         w.writeStartElement(kP, QStringLiteral("notesMasterIdLst"));
                         element(w, kP, QStringLiteral("notesMasterId"), {{QStringLiteral("r:id"), QStringLiteral("rId2")}});
                         w.writeEndElement();
                         w.writeStartElement(kP, QStringLiteral("sldIdLst"));
                         for (int i = 0; i < n; ++i)
                             element(w, kP, QStringLiteral("sldId"), {{QStringLiteral("id"), num(256 + i)}, {QStringLiteral("r:id"), QStringLiteral("rId%1").arg(i + 4)}});
                         w.writeEndElement();
                         element(w, kP, QStringLiteral("sldSz"), {{QStringLiteral("cx"), num(design.width() * kEmuPerUnit)}, {QStringLiteral("cy"), num(design.height() * kEmuPerUnit)}});
                         element(w, kP, QStringLiteral("notesSz"), {{QStringLiteral("cx"), QStringLiteral("6858000")}, {QStringLiteral("cy"), QStringLiteral("9144000")}});
                         w.writeEndElement();
                     })});
    parts.push_back({QStringLiteral("ppt/_rels/presentation.xml.rels"), relationships(presentationRels)});

    // The package: what each part is, where the presentation starts, who wrote it.
    parts.push_back({QStringLiteral("docProps/core.xml"), xml([&](QXmlStreamWriter &w) {
                         const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
                         const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
                         const QString terms = QStringLiteral("http://purl.org/dc/terms/");
                         const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
                         w.writeNamespace(cp, QStringLiteral("cp"));
                         w.writeNamespace(dc, QStringLiteral("dc"));
                         w.writeNamespace(terms, QStringLiteral("dcterms"));
                         w.writeNamespace(xsi, QStringLiteral("xsi"));
                         w.writeStartElement(cp, QStringLiteral("coreProperties"));
                         w.writeTextElement(dc, QStringLiteral("title"), composer.slideText(DisplayFormat::caseTitle(c)));
                         w.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("Cascade"));
                         w.writeStartElement(terms, QStringLiteral("created"));
                         w.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
                         w.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                         w.writeEndElement();
                         w.writeEndElement();
                     })});
    parts.push_back({QStringLiteral("docProps/app.xml"), xml([&](QXmlStreamWriter &w) {
                         const QString ep = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
                         w.writeDefaultNamespace(ep);
                         w.writeStartElement(ep, QStringLiteral("Properties"));
                         w.writeTextElement(ep, QStringLiteral("Application"), QStringLiteral("Cascade"));
                         w.writeTextElement(ep, QStringLiteral("Slides"), num(n));
                         w.writeTextElement(ep, QStringLiteral("Notes"), num(n));
                         w.writeEndElement();
                     })});
    parts.push_back({QStringLiteral("_rels/.rels"),
                     relationships({{QStringLiteral("rId1"), QStringLiteral("officeDocument"), QStringLiteral("ppt/presentation.xml")},
                                    {QStringLiteral("rId2"), QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"), QStringLiteral("docProps/core.xml")},
                                    {QStringLiteral("rId3"), QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}})});
    parts.push_front({QStringLiteral("[Content_Types].xml"), xml([&](QXmlStreamWriter &w) {
                          const QString ct = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
                          w.writeDefaultNamespace(ct);
                          w.writeStartElement(ct, QStringLiteral("Types"));
                          element(w, ct, QStringLiteral("Default"), {{QStringLiteral("Extension"), QStringLiteral("rels")}, {QStringLiteral("ContentType"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")}});
                          element(w, ct, QStringLiteral("Default"), {{QStringLiteral("Extension"), QStringLiteral("xml")}, {QStringLiteral("ContentType"), QStringLiteral("application/xml")}});
                          element(w, ct, QStringLiteral("Default"), {{QStringLiteral("Extension"), QStringLiteral("png")}, {QStringLiteral("ContentType"), QStringLiteral("image/png")}});
                          if (hasClips)
                              element(w, ct, QStringLiteral("Default"), {{QStringLiteral("Extension"), QStringLiteral("mp4")}, {QStringLiteral("ContentType"), QStringLiteral("video/mp4")}});
                          const auto over = [&](const QString &part, const QString &type) {
                              element(w, ct, QStringLiteral("Override"), {{QStringLiteral("PartName"), part}, {QStringLiteral("ContentType"), type}});
                          };
                          const QString pml = kType + QStringLiteral("presentationml.");
                          over(QStringLiteral("/ppt/presentation.xml"), pml + QStringLiteral("presentation.main+xml"));
                          over(QStringLiteral("/ppt/slideMasters/slideMaster1.xml"), pml + QStringLiteral("slideMaster+xml"));
                          over(QStringLiteral("/ppt/slideLayouts/slideLayout1.xml"), pml + QStringLiteral("slideLayout+xml"));
                          over(QStringLiteral("/ppt/notesMasters/notesMaster1.xml"), pml + QStringLiteral("notesMaster+xml"));
                          for (int i = 1; i <= n; ++i) {
                              over(QStringLiteral("/ppt/slides/slide%1.xml").arg(i), pml + QStringLiteral("slide+xml"));
                              over(QStringLiteral("/ppt/notesSlides/notesSlide%1.xml").arg(i), pml + QStringLiteral("notesSlide+xml"));
                          }
                          over(QStringLiteral("/ppt/theme/theme1.xml"), kType + QStringLiteral("theme+xml"));
                          over(QStringLiteral("/ppt/theme/theme2.xml"), kType + QStringLiteral("theme+xml"));
                          over(QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
                          over(QStringLiteral("/docProps/app.xml"), kType + QStringLiteral("extended-properties+xml"));
                          w.writeEndElement();
                      })});

    QString why;
    const QByteArray zipped = zipParts(parts, &why);
    if (zipped.isEmpty())
        return exportFailed(error, path, why);
    return writeExportFile(path, zipped, error);
}

} // namespace cascade
