// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/slideexport.h"

#include "app/document/casedocument.h"
#include "app/export/slidecomposer.h"
#include "app/export/slidepng.h"
#include "app/graph/graphtheme.h"
#include "app/presentation/displayformat.h"
#include "core/model/case.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "SlideExport").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlideExport)
};

bool open(QSaveFile &file, QString *error)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    QString why = file.errorString();
    const QFileInfo info(file.fileName());
    if (!info.absoluteDir().exists())
        why = Text::tr("the folder \"%1\" does not exist").arg(QDir::toNativeSeparators(info.absolutePath()));
    return exportFailed(error, file.fileName(), why);
}

bool commit(QSaveFile &file, QString *error)
{
    if (file.commit())
        return true;
    return exportFailed(error, file.fileName(), file.errorString());
}

} // namespace

bool exportFailed(QString *error, const QString &path, const QString &why)
{
    if (error)
        *error = exportError(path, why);
    return false;
}

QString exportError(const QString &path, const QString &why)
{
    return Text::tr("cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), why);
}

bool writeExportFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return exportFailed(error, path, file.errorString());
    }
    return commit(file, error);
}

namespace {

bool writeImage(const QImage &image, const QString &path, QString *error)
{
    if (image.isNull())
        return exportFailed(error, path, Text::tr("the image is too large to allocate"));
    // Our own encoder: QImageWriter's libpng spends most of its time choosing filters,
    // which flat slides do not need (see slidepng.h).
    const QByteArray png = encodeSlidePng(image);
    if (png.isEmpty())
        return exportFailed(error, path, Text::tr("the image could not be encoded"));
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    if (file.write(png) != png.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return exportFailed(error, path, why);
    }
    return commit(file, error);
}

// A PDF page of the slide's shape: its logical size at 96 dpi (1280 x 720 -> 13.33 x 7.5 in).
void setUpPdf(QPdfWriter &writer, const SlideOptions &o, const QString &title)
{
    const QSizeF points(o.size.width() * 0.75, o.size.height() * 0.75);
    writer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, // the size as given, wide or tall
                                     QMarginsF(0, 0, 0, 0)));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Cascade " CASCADE_VERSION));
}

QRect pdfTarget(const QPdfWriter &writer)
{
    return QRect(0, 0, writer.width(), writer.height());
}

} // namespace

std::optional<SlideFormat> slideFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return SlideFormat::Png;
    if (suffix == QLatin1String("svg"))
        return SlideFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return SlideFormat::Pdf;
    return std::nullopt;
}

bool writeSlidePng(SlideComposer &composer, const SlideOptions &o, const QString &path, QString *error)
{
    return writeImage(composer.render(o), path, error);
}

bool writeSlideSvg(SlideComposer &composer, const SlideOptions &o, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(o.size);
        svg.setViewBox(QRect(QPoint(0, 0), o.size));
        svg.setResolution(96);
        // QSvgGenerator writes these two into the XML as they are: escape them.
        svg.setTitle(composer.slideText(o.title).toHtmlEscaped());
        svg.setDescription(composer.slideText(o.caption).toHtmlEscaped());
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return exportFailed(error, path, Text::tr("the SVG generator could not start"));
        }
        composer.paint(&painter, QRect(QPoint(0, 0), o.size), o);
        painter.end();
    }
    return commit(file, error);
}

bool writeSlidePdf(SlideComposer &composer, const SlideOptions &o, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    {
        QPdfWriter writer(&file);
        setUpPdf(writer, o, composer.slideText(o.title));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return exportFailed(error, path, Text::tr("the PDF writer could not start"));
        }
        composer.paint(&painter, pdfTarget(writer), o);
        painter.end();
    }
    return commit(file, error);
}

bool writeSlide(SlideComposer &composer, const SlideOptions &o, const QString &path, QString *error)
{
    const std::optional<SlideFormat> format = slideFormatForPath(path);
    if (!format)
        return exportFailed(error, path, Text::tr("unknown format (use .png, .svg or .pdf)"));
    switch (*format) {
    case SlideFormat::Png:
        return writeSlidePng(composer, o, path, error);
    case SlideFormat::Svg:
        return writeSlideSvg(composer, o, path, error);
    case SlideFormat::Pdf:
        return writeSlidePdf(composer, o, path, error);
    }
    return false;
}

bool writeDeckPdf(SlideComposer &composer, const std::vector<SlideOptions> &slides, const SlideOptions &deck,
                  const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    {
        QPdfWriter writer(&file);
        const Case &c = composer.document()->caseData();
        composer.prepare(deck);
        setUpPdf(writer, deck, composer.slideText(DisplayFormat::caseTitle(c)));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return exportFailed(error, path, Text::tr("the PDF writer could not start"));
        }
        const QRect target = pdfTarget(writer);
        composer.paintTitlePage(&painter, target, deck);
        for (const SlideOptions &slide : slides) {
            writer.newPage();
            SlideOptions o = slide;
            o.size = deck.size;
            composer.paint(&painter, target, o);
        }
        writer.newPage();
        composer.paintClosingPage(&painter, target, deck);
        painter.end();
    }
    return commit(file, error);
}

QImage renderFilmstrip(SlideComposer &composer, const std::vector<SlideOptions> &moments, const SlideOptions &o)
{
    QImage image(o.pixelSize(), QImage::Format_RGB32);
    if (image.isNull())
        return {};
    const int dpm = static_cast<int>(std::lround(o.dotsPerInch() / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(GraphTheme::byName(o.theme).background);
    QPainter painter(&image);
    composer.paintFilmstrip(&painter, image.rect(), moments, o);
    painter.end();
    return image;
}

bool writeFilmstripPng(SlideComposer &composer, const std::vector<SlideOptions> &moments, const SlideOptions &o,
                       const QString &path, QString *error)
{
    return writeImage(renderFilmstrip(composer, moments, o), path, error);
}

void copySlideToClipboard(SlideComposer &composer, const SlideOptions &o)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setImage(composer.render(o));
}

} // namespace cascade
