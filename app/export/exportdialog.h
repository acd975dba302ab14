// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/export/slideoptions.h"
#include "app/export/videoexport.h"

#include <QDialog>
#include <QImage>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace cascade {

class CaseDocument;
class SlideComposer;
struct LayoutResult;

// File > Export: a slide, a PDF or PowerPoint deck, a filmstrip or the replay video of the
// document's case, with a live preview painted by the same composer (and so the same
// GraphScene) as the files (for a video: its first and last frames, with an estimate of
// its size and of the time to make it; the video is made under a progress dialog that
// cancels).
// Choices: format, size (presets or custom) and scale, theme, the moment (the cursor or
// a milestone, which fills in title and caption), title, caption, pseudonyms for
// accounts under N followers, and the selected actor's measures and path.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Png, Svg, PdfSlide, PdfDeck, Filmstrip, Pptx, VideoMp4, VideoWebM, VideoGif };

    explicit ExportDialog(CaseDocument *document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The layout the window shows (recommended: the preview then matches the window
    // and no layout is computed). Without it the case's saved layout or an automatic one.
    void setLayout(const LayoutResult &layout);

    Format format() const;
    // The slide the controls describe (for the deck and the filmstrip: the common options).
    SlideOptions options() const;
    // The replay the video controls describe: the whole case, the duration, the frames
    // per second and the pacing over options().
    ReplayOptions replayOptions() const;
    // Whether the chosen format is a video.
    bool isVideo() const;
    // Whether the last export was a video cancelled (by its progress dialog's Cancel, or
    // because the case was replaced meanwhile).
    bool lastExportCancelled() const { return m_cancelled; }
    // Writes the chosen format to `path`; false with a message on failure.
    bool exportTo(const QString &path, QString *error = nullptr);
    // The preview as last painted (waits for none: call updatePreview() first to force it).
    QImage previewImage() const { return m_preview; }
    void updatePreview();

    // The controls, for tests and for the window to preset them.
    QComboBox *formatBox() const { return m_format; }
    QComboBox *sizeBox() const { return m_size; }
    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }
    QDoubleSpinBox *scaleBox() const { return m_scale; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *momentBox() const { return m_moment; }
    QComboBox *frameBox() const { return m_frame; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *captionEdit() const { return m_caption; }
    QCheckBox *pseudonymiseBox() const { return m_pseudonymise; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QCheckBox *actorBox() const { return m_showActor; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *exportButton() const { return m_export; }
    QDoubleSpinBox *durationBox() const { return m_duration; }
    QSpinBox *fpsBox() const { return m_fps; }
    QComboBox *pacingBox() const { return m_pacing; }
    QLabel *infoLabel() const { return m_info; }

private:
    void buildUi();
    void fillMoments();
    void momentChosen();
    void controlsChanged();
    void schedulePreview();
    void chooseFileAndExport();
    void copyToClipboard();
    bool exportVideo(const QString &path, QString *error);
    QString fileFilter() const;
    QString suggestedFileName() const;

    CaseDocument *m_document;
    std::unique_ptr<SlideComposer> m_composer;
    QImage m_preview;
    QTimer *m_previewTimer;

    QComboBox *m_format = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_moment = nullptr;
    QComboBox *m_frame = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_caption = nullptr;
    QCheckBox *m_pseudonymise = nullptr;
    QSpinBox *m_threshold = nullptr;
    QCheckBox *m_showActor = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_export = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QSpinBox *m_fps = nullptr;
    QComboBox *m_pacing = nullptr;
    bool m_filling = false;
    bool m_exporting = false;     // a video is being made (events are processed meanwhile)
    bool m_resetPending = false;  // the case was replaced meanwhile: the composer goes after
    bool m_cancelled = false;     // the last video was cancelled
    Format m_lastFormat = Format::Png;
};

} // namespace cascade
