// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/exportdialog.h"

#include "app/document/casedocument.h"
#include "app/export/slidecomposer.h"
#include "app/export/pptxdeck.h"
#include "app/export/slideexport.h"
#include "app/graph/graphtheme.h"
#include "app/presentation/displayformat.h"
#include "core/layout/layoutresult.h"
#include "core/model/case.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace cascade {

namespace {

constexpr int kPreviewWidth = 640;
constexpr int kCustomSize = -1;

} // namespace

ExportDialog::ExportDialog(CaseDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_composer(std::make_unique<SlideComposer>(document)),
      m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export slides"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    buildUi();
    fillMoments();
    connect(m_document, &CaseDocument::caseReset, this, [this] {
        if (m_exporting) { // the video in progress stops; its composer goes once it has
            m_resetPending = true;
            return;
        }
        m_composer = std::make_unique<SlideComposer>(m_document);
        fillMoments();
    });
    connect(m_document, &CaseDocument::selectionChanged, this, &ExportDialog::controlsChanged);
    // The first moment is the window's cursor: follow it while the dialog is open.
    connect(m_document, &CaseDocument::cursorChanged, this, [this](TimeMs t) {
        m_moment->setItemText(0, tr("The cursor (%1)").arg(DisplayFormat::clock(t, m_document->displayZone(), false)));
        if (m_moment->currentIndex() == 0)
            controlsChanged();
    });
    controlsChanged();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildUi()
{
    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), int(Format::Png));
    m_format->addItem(tr("SVG (vector, text kept as text)"), int(Format::Svg));
    m_format->addItem(tr("PDF, this slide"), int(Format::PdfSlide));
    m_format->addItem(tr("PDF deck: title, every milestone, closing page"), int(Format::PdfDeck));
    m_format->addItem(tr("Filmstrip PNG: every milestone"), int(Format::Filmstrip));
    m_format->addItem(tr("PowerPoint deck: every milestone, editable titles, speaker notes"), int(Format::Pptx));
    m_format->addItem(tr("Replay video, MP4 (H.264: PowerPoint, Impress, browsers, phones)"), int(Format::VideoMp4));
    m_format->addItem(tr("Replay video, WebM (VP9)"), int(Format::VideoWebM));
    m_format->addItem(tr("Replay as an animated GIF (for tools that play no video)"), int(Format::VideoGif));

    m_size = new QComboBox(this);
    for (const SlideSizePreset &p : slideSizePresets())
        m_size->addItem(p.name, p.size);
    m_size->addItem(tr("Custom"), kCustomSize);
    m_size->setCurrentIndex(1); // Full HD
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 16384);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1920);
    m_height->setValue(1080);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("x"), this));
    sizeRow->addWidget(m_height);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(1);
    m_scale->setSuffix(QStringLiteral(" x"));
    m_scale->setToolTip(tr("Pixels per slide pixel: 2 gives an image twice as wide and high, at 192 dpi."));

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Print (high contrast on white)"), QStringLiteral("print"));

    m_moment = new QComboBox(this);
    m_frame = new QComboBox(this);
    m_frame->addItem(tr("The actors shown at that moment"), int(SlideOptions::Frame::Shown));
    m_frame->addItem(tr("The whole case (the same frame on every slide)"), int(SlideOptions::Frame::Whole));
    m_title = new QLineEdit(this);
    m_caption = new QPlainTextEdit(this);
    m_caption->setFixedHeight(m_caption->fontMetrics().lineSpacing() * 4 + 12);
    m_caption->setTabChangesFocus(true);

    m_pseudonymise = new QCheckBox(tr("Pseudonyms for accounts under"), this);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(1, 1'000'000'000);
    m_threshold->setValue(1000);
    m_threshold->setSuffix(tr(" followers"));
    m_threshold->setEnabled(false);
    m_pseudonymise->setToolTip(tr("Shown as \"follower 1\", \"follower 2\"... on every slide and in every text."));
    auto *privacyRow = new QHBoxLayout;
    privacyRow->addWidget(m_pseudonymise);
    privacyRow->addWidget(m_threshold, 1);

    m_showActor = new QCheckBox(tr("The selected actor's measures and path"), this);

    m_duration = new QDoubleSpinBox(this);
    m_duration->setRange(1, 3600);
    m_duration->setDecimals(1);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" s"));
    m_fps = new QSpinBox(this);
    m_fps->setRange(1, 120);
    m_fps->setValue(30);
    m_fps->setSuffix(tr(" fps"));
    m_pacing = new QComboBox(this);
    m_pacing->addItem(tr("The same time for each milestone"), int(ReplayPacing::Mode::Milestones));
    m_pacing->addItem(tr("In proportion to the case's time"), int(ReplayPacing::Mode::RealTime));
    m_pacing->setToolTip(tr("The video holds 2.5 s at each milestone in either case."));
    auto *videoRow = new QHBoxLayout;
    videoRow->addWidget(m_duration);
    videoRow->addWidget(m_fps);
    videoRow->addWidget(m_pacing, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_size);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("Sc&ale:"), m_scale);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Moment:"), m_moment);
    form->addRow(tr("F&rame:"), m_frame);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Caption:"), m_caption);
    auto *privacyLabel = new QLabel(tr("&Privacy:"), this);
    privacyLabel->setBuddy(m_pseudonymise);
    form->addRow(privacyLabel, privacyRow);
    form->addRow(QString(), m_showActor);
    auto *videoLabel = new QLabel(tr("&Video:"), this);
    videoLabel->setBuddy(m_duration);
    form->addRow(videoLabel, videoRow);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setMinimumSize(kPreviewWidth, kPreviewWidth * 9 / 16);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::StyledPanel);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("Copy to C&lipboard"), QDialogButtonBox::ActionRole);
    m_export = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    // accepted() is left unconnected: the dialog stays open after an export (a trainer
    // often exports several).

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_previewLabel, 1);
    right->addWidget(m_info);
    auto *top = new QHBoxLayout;
    top->addLayout(left);
    top->addLayout(right, 1);
    auto *main = new QVBoxLayout(this);
    main->addLayout(top, 1);
    main->addWidget(buttons);

    const auto changed = [this] { controlsChanged(); };
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_size, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_size->currentData();
        const bool custom = v.toInt() == kCustomSize && v.typeId() == QMetaType::Int;
        if (!custom) {
            m_filling = true;
            m_width->setValue(v.toSize().width());
            m_height->setValue(v.toSize().height());
            m_filling = false;
        }
        controlsChanged();
    });
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (m_filling)
                return;
            // Typing a size is choosing a custom one, unless it is a preset's.
            const QSize s(m_width->value(), m_height->value());
            int preset = m_size->count() - 1;
            for (int i = 0; i + 1 < m_size->count(); ++i)
                if (m_size->itemData(i).toSize() == s)
                    preset = i;
            m_filling = true;
            m_size->setCurrentIndex(preset);
            m_filling = false;
            controlsChanged();
        });
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_theme, &QComboBox::currentIndexChanged, this, changed);
    connect(m_frame, &QComboBox::currentIndexChanged, this, changed);
    connect(m_moment, &QComboBox::currentIndexChanged, this, &ExportDialog::momentChosen);
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_caption, &QPlainTextEdit::textChanged, this, changed);
    connect(m_pseudonymise, &QCheckBox::toggled, this, [this](bool on) {
        m_threshold->setEnabled(on);
        controlsChanged();
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, changed);
    connect(m_showActor, &QCheckBox::toggled, this, changed);
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_fps, &QSpinBox::valueChanged, this, changed);
    connect(m_pacing, &QComboBox::currentIndexChanged, this, changed);
}

void ExportDialog::fillMoments()
{
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    m_filling = true;
    m_moment->clear();
    m_moment->addItem(tr("The cursor (%1)").arg(DisplayFormat::clock(m_document->cursor(), zone, false)), -1);
    for (std::size_t i = 0; i < c.milestones.size(); ++i)
        m_moment->addItem(QStringLiteral("%1. %2 (%3)")
                              .arg(i + 1)
                              .arg(DisplayFormat::milestoneTitle(c.milestones[i]), DisplayFormat::clock(c.milestones[i].time, zone, false)),
                          static_cast<int>(i));
    // Start at the milestone the cursor is at, if any.
    int current = 0;
    for (std::size_t i = 0; i < c.milestones.size(); ++i)
        if (c.milestones[i].time == m_document->cursor())
            current = static_cast<int>(i) + 1;
    m_moment->setCurrentIndex(current);
    m_filling = false;
    momentChosen();
}

void ExportDialog::momentChosen()
{
    if (m_filling)
        return;
    const Case &c = m_document->caseData();
    const int milestone = m_moment->currentData().toInt();
    m_filling = true;
    if (milestone >= 0 && static_cast<std::size_t>(milestone) < c.milestones.size()) {
        m_title->setText(DisplayFormat::milestoneTitle(c.milestones[static_cast<std::size_t>(milestone)]));
        m_caption->setPlainText(DisplayFormat::milestoneCaption(c.milestones[static_cast<std::size_t>(milestone)]));
    } else {
        m_title->setText(DisplayFormat::caseTitle(c));
        m_caption->setPlainText(QString());
    }
    m_filling = false;
    controlsChanged();
}

void ExportDialog::setLayout(const LayoutResult &layout)
{
    m_composer->setLayout(layout);
    schedulePreview();
}

ExportDialog::Format ExportDialog::format() const
{
    return static_cast<Format>(m_format->currentData().toInt());
}

SlideOptions ExportDialog::options() const
{
    SlideOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    o.theme = m_theme->currentData().toString();
    const int milestone = m_moment->currentData().toInt();
    const Case &c = m_document->caseData();
    if (milestone >= 0 && static_cast<std::size_t>(milestone) < c.milestones.size()) {
        o.time = c.milestones[static_cast<std::size_t>(milestone)].time;
        o.milestone = milestone;
    } else {
        o.time = m_document->cursor();
    }
    o.frame = static_cast<SlideOptions::Frame>(m_frame->currentData().toInt());
    o.title = m_title->text();
    o.caption = m_caption->toPlainText();
    o.pseudonymiseBelow = m_pseudonymise->isChecked() ? m_threshold->value() : 0;
    o.showActor = m_showActor->isChecked() && m_document->selectedActor() != kNoActor;
    return o;
}

bool ExportDialog::isVideo() const
{
    return format() == Format::VideoMp4 || format() == Format::VideoWebM || format() == Format::VideoGif;
}

ReplayOptions ExportDialog::replayOptions() const
{
    ReplayOptions r;
    r.slide = options();
    r.slide.scale = 1;
    r.slide.showActor = false;
    const Case &c = m_document->caseData();
    if (!c.events.empty()) {
        r.pacing.from = c.events.front().time;
        r.pacing.to = c.events.back().time;
    }
    if (!c.milestones.empty()) {
        r.pacing.from = std::min(r.pacing.from, c.milestones.front().time);
        r.pacing.to = std::max(r.pacing.to, c.milestones.back().time);
    }
    r.pacing.seconds = m_duration->value();
    r.pacing.fps = m_fps->value();
    r.pacing.mode = static_cast<ReplayPacing::Mode>(m_pacing->currentData().toInt());
    r.format = format() == Format::VideoWebM ? VideoFormat::WebM : format() == Format::VideoGif ? VideoFormat::Gif : VideoFormat::Mp4;
    return r;
}

void ExportDialog::controlsChanged()
{
    if (m_filling)
        return;
    const Format f = format();
    if (f == Format::VideoGif && m_lastFormat != Format::VideoGif) {
        // A GIF's defaults: smaller, at a rate its frame delays keep exactly.
        m_filling = true;
        m_width->setValue(960);
        m_height->setValue(540);
        m_size->setCurrentIndex(m_size->count() - 1);
        for (int i = 0; i + 1 < m_size->count(); ++i)
            if (m_size->itemData(i).toSize() == QSize(960, 540))
                m_size->setCurrentIndex(i);
        m_fps->setValue(10);
        m_filling = false;
    }
    m_lastFormat = f;
    const bool video = isVideo();
    const bool deck = f == Format::PdfDeck || f == Format::Pptx;
    m_scale->setEnabled(f == Format::Png || f == Format::Filmstrip);
    const bool slide = f != Format::Filmstrip;
    m_moment->setEnabled(slide && !deck && !video);
    m_frame->setEnabled(slide);
    m_title->setEnabled(!deck && !video);
    m_caption->setEnabled(slide && !deck && !video);
    for (QWidget *w : std::initializer_list<QWidget *>{m_duration, m_fps, m_pacing})
        w->setEnabled(video);
    const bool selection = m_document->selectedActor() != kNoActor;
    m_showActor->setEnabled(selection && slide && !video);
    if (!selection)
        m_showActor->setToolTip(tr("Select an actor in the window first."));
    else
        m_showActor->setToolTip(QString());
    m_copy->setEnabled(f == Format::Png || f == Format::Svg || f == Format::PdfSlide || f == Format::Filmstrip);

    const SlideOptions o = options();
    QString info;
    switch (f) {
    case Format::Png:
    case Format::Filmstrip:
        info = tr("%1 x %2 pixels, %3 dpi").arg(o.pixelSize().width()).arg(o.pixelSize().height()).arg(o.dotsPerInch());
        break;
    case Format::Svg:
        info = tr("%1 x %2, vector; text stays text").arg(o.size.width()).arg(o.size.height());
        break;
    case Format::PdfSlide:
        info = tr("One vector page");
        break;
    case Format::PdfDeck:
        info = tr("%n page(s): a title page, one per milestone, a closing page", nullptr,
                  deckPageCount(static_cast<int>(m_document->caseData().milestones.size())));
        break;
    case Format::Pptx:
        info = tr("%n slide(s), one per milestone: the picture, the title and caption as text, the speaker notes", nullptr,
                  std::max(1, static_cast<int>(m_document->caseData().milestones.size())));
        break;
    case Format::VideoMp4:
    case Format::VideoWebM:
    case Format::VideoGif: {
        // Rough figures from the Haiti replay on two cores (docs/performance.md): about
        // 13 ms and 1.3 kB per million pixels of a frame.
        const ReplayOptions r = replayOptions();
        const double frames = std::max(1.0, std::round(r.pacing.seconds * r.pacing.fps));
        const double megapixels = static_cast<double>(o.size.width()) * o.size.height() / 1e6;
        const double seconds = frames * megapixels * 0.0065 + 1;
        const double megabytes = frames * megapixels * (f == Format::VideoGif ? 0.02 : f == Format::VideoWebM ? 0.001 : 0.0013);
        info = tr("%1 frames of %2 x %3 (%4 s at %5 fps): about %6 MB, about %7 s to make. "
                  "Preview: the first and the last frame.")
                   .arg(static_cast<int>(frames))
                   .arg(o.size.width())
                   .arg(o.size.height())
                   .arg(r.pacing.seconds)
                   .arg(r.pacing.fps)
                   .arg(std::max(0.1, megabytes), 0, 'f', 1)
                   .arg(std::ceil(seconds));
        if (o.size.width() % 2 || o.size.height() % 2)
            info += QLatin1Char(' ') + tr("A video's sides must be even numbers of pixels.");
        break;
    }
    }
    m_info->setText(info);
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    SlideOptions o = options();
    o.scale = static_cast<qreal>(kPreviewWidth) / std::max(1, o.size.width());
    if (o.size.height() * o.scale > kPreviewWidth)
        o.scale = static_cast<qreal>(kPreviewWidth) / std::max(1, o.size.height());
    if (format() == Format::Filmstrip) {
        std::vector<SlideOptions> moments = milestoneSlides(m_document->caseData(), o);
        if (moments.empty())
            moments.push_back(o);
        SlideOptions strip = o;
        m_preview = renderFilmstrip(*m_composer, moments, strip);
    } else if (isVideo()) {
        // The first and the last frame, side by side.
        const ReplayOptions r = replayOptions();
        const std::vector<ReplayFrame> frames = replayFrames(m_document->caseData(), r.pacing);
        SlideOptions half = o;
        half.scale = o.scale / 2;
        const QImage first = m_composer->render(replaySlide(m_document->caseData(), frames.front(), half));
        const QImage last = m_composer->render(replaySlide(m_document->caseData(), frames.back(), half));
        m_preview = QImage(first.width() + last.width() + 8, std::max(first.height(), last.height()), QImage::Format_RGB32);
        m_preview.fill(palette().window().color());
        QPainter painter(&m_preview);
        painter.drawImage(0, 0, first);
        painter.drawImage(first.width() + 8, 0, last);
    } else {
        m_preview = m_composer->render(o);
    }
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
}

bool ExportDialog::exportTo(const QString &path, QString *error)
{
    const SlideOptions o = options();
    switch (format()) {
    case Format::Png:
        return writeSlidePng(*m_composer, o, path, error);
    case Format::Svg:
        return writeSlideSvg(*m_composer, o, path, error);
    case Format::PdfSlide:
        return writeSlidePdf(*m_composer, o, path, error);
    case Format::PdfDeck: {
        const std::vector<SlideOptions> slides = milestoneSlides(m_document->caseData(), o);
        return writeDeckPdf(*m_composer, slides.empty() ? std::vector<SlideOptions>{o} : slides, o, path, error);
    }
    case Format::Filmstrip: {
        std::vector<SlideOptions> moments = milestoneSlides(m_document->caseData(), o);
        if (moments.empty())
            moments.push_back(o);
        return writeFilmstripPng(*m_composer, moments, o, path, error);
    }
    case Format::Pptx: {
        const std::vector<SlideOptions> slides = milestoneSlides(m_document->caseData(), o);
        return writeDeckPptx(*m_composer, slides.empty() ? std::vector<SlideOptions>{o} : slides, path, error);
    }
    case Format::VideoMp4:
    case Format::VideoWebM:
    case Format::VideoGif:
        return exportVideo(path, error);
    }
    return false;
}

bool ExportDialog::exportVideo(const QString &path, QString *error)
{
    const ReplayOptions r = replayOptions();
    QProgressDialog progress(tr("Making the replay video..."), tr("Cancel"), 0, 1, this);
    progress.setObjectName(QStringLiteral("VideoProgress"));
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setValue(0);
    m_exporting = true;
    m_cancelled = false;
    const bool ok = writeReplayVideo(*m_composer, r, path, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done); // processes events: the window stays live, Cancel works
        m_cancelled = progress.wasCanceled() || m_resetPending;
        return !m_cancelled;
    }, error);
    m_exporting = false;
    if (m_resetPending) {
        m_resetPending = false;
        m_composer = std::make_unique<SlideComposer>(m_document);
        fillMoments();
    }
    return ok;
}

QString ExportDialog::fileFilter() const
{
    switch (format()) {
    case Format::Png:
    case Format::Filmstrip:
        return tr("PNG images (*.png)");
    case Format::Svg:
        return tr("SVG drawings (*.svg)");
    case Format::PdfSlide:
    case Format::PdfDeck:
        return tr("PDF documents (*.pdf)");
    case Format::Pptx:
        return tr("PowerPoint presentations (*.pptx)");
    case Format::VideoMp4:
        return tr("MP4 videos (*.mp4)");
    case Format::VideoWebM:
        return tr("WebM videos (*.webm)");
    case Format::VideoGif:
        return tr("Animated GIF images (*.gif)");
    }
    return {};
}

QString ExportDialog::suggestedFileName() const
{
    const SlideOptions o = options();
    QString stem;
    switch (format()) {
    case Format::PdfDeck:
        stem = slideFileStem(0, m_document->caseData().title).mid(3) + QStringLiteral("-deck");
        break;
    case Format::Filmstrip:
        stem = slideFileStem(0, m_document->caseData().title).mid(3) + QStringLiteral("-filmstrip");
        break;
    case Format::Pptx:
        stem = slideFileStem(0, m_document->caseData().title).mid(3) + QStringLiteral("-deck");
        break;
    case Format::VideoMp4:
    case Format::VideoWebM:
    case Format::VideoGif:
        stem = slideFileStem(0, m_document->caseData().title).mid(3) + QStringLiteral("-replay");
        break;
    default:
        stem = slideFileStem(o.milestone + 1, m_composer->slideText(o.title));
        break;
    }
    QString suffix = QStringLiteral(".png");
    switch (format()) {
    case Format::Svg:
        suffix = QStringLiteral(".svg");
        break;
    case Format::PdfSlide:
    case Format::PdfDeck:
        suffix = QStringLiteral(".pdf");
        break;
    case Format::Pptx:
        suffix = QStringLiteral(".pptx");
        break;
    case Format::VideoMp4:
        suffix = QStringLiteral(".mp4");
        break;
    case Format::VideoWebM:
        suffix = QStringLiteral(".webm");
        break;
    case Format::VideoGif:
        suffix = QStringLiteral(".gif");
        break;
    default:
        break;
    }
    const QString dir = m_document->filePath().isEmpty() || m_document->filePath().startsWith(QLatin1Char(':'))
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_document->filePath()).absolutePath();
    return QDir(dir).filePath(stem + suffix);
}

void ExportDialog::chooseFileAndExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggestedFileName(), fileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        if (m_cancelled)
            m_info->setText(tr("Cancelled: nothing was written."));
        else
            QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    m_info->setText(tr("Written to %1").arg(QDir::toNativeSeparators(path)));
}

void ExportDialog::copyToClipboard()
{
    const SlideOptions o = options();
    if (format() == Format::Filmstrip) {
        std::vector<SlideOptions> moments = milestoneSlides(m_document->caseData(), o);
        if (moments.empty())
            moments.push_back(o);
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setImage(renderFilmstrip(*m_composer, moments, o));
    } else {
        copySlideToClipboard(*m_composer, o);
    }
    m_info->setText(tr("Copied to the clipboard"));
}

} // namespace cascade
