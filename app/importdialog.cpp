// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/importdialog.h"

#include "app/document/addimportcommand.h"
#include "app/document/casedocument.h"
#include "app/document/caseimporter.h"
#include "app/inspector/measureinfo.h"
#include "core/io/import/importer.h"
#include "core/model/casemerge.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cascade {

namespace {

constexpr qint64 kPreviewBytes = 8 * 1024;
constexpr int kPreviewLines = 24;
constexpr int kPreviewLineChars = 400;

constexpr ImportFormat kFormats[] = {ImportFormat::Twarc,    ImportFormat::Twarc2, ImportFormat::XArchive, ImportFormat::Bluesky,
                                     ImportFormat::Mastodon, ImportFormat::Tags,   ImportFormat::NodeXL};

QString formatTitle(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return ImportDialog::tr("Detect from the content");
    case ImportFormat::Twarc:
        return ImportDialog::tr("twarc / Twitter API v1.1");
    case ImportFormat::Twarc2:
        return ImportDialog::tr("twarc2 / Twitter API v2");
    case ImportFormat::XArchive:
        return ImportDialog::tr("X account archive");
    case ImportFormat::Bluesky:
        return ImportDialog::tr("Bluesky (API JSON)");
    case ImportFormat::Mastodon:
        return ImportDialog::tr("Mastodon (API JSON)");
    case ImportFormat::Tags:
        return ImportDialog::tr("TAGS (CSV)");
    case ImportFormat::NodeXL:
        return ImportDialog::tr("NodeXL (edges CSV or GraphML)");
    }
    return {};
}

// The file of a folder the preview shows: an X archive's tweets, else the first file.
QString previewFileOf(const QString &folder)
{
    const QDir dir(folder);
    for (const char *name : {"data/tweets.js", "data/tweet.js", "tweets.js", "tweet.js", "data/tweets-part1.js"})
        if (QFileInfo(dir.filePath(QLatin1String(name))).isFile())
            return dir.filePath(QLatin1String(name));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    return files.isEmpty() ? QString() : dir.filePath(files.constFirst());
}

} // namespace

ImportDialog::ImportDialog(CaseDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_importer(new CaseImporter(this))
{
    setWindowTitle(tr("Import collected data"));
    buildUi();
    connect(m_importer, &CaseImporter::progress, m_progress, &QProgressBar::setValue);
    connect(m_importer, &CaseImporter::finished, this, &ImportDialog::importFinishedInWorker);
    setBusy(false);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::buildUi()
{
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Input"), tr("Format found in the content")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setTextElideMode(Qt::ElideMiddle); // long paths keep their file name
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 6);
    m_addFiles = new QPushButton(tr("Add &Files..."), this);
    m_addFolder = new QPushButton(tr("Add F&older..."), this);
    m_addFolder->setToolTip(tr("A folder such as an unpacked X archive (a zip is added as a file)."));
    m_remove = new QPushButton(tr("&Remove"), this);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_addFiles);
    listButtons->addWidget(m_addFolder);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    m_format = new QComboBox(this);
    m_format->addItem(formatTitle(ImportFormat::Auto), int(ImportFormat::Auto));
    for (ImportFormat f : kFormats)
        m_format->addItem(formatTitle(f), int(f));
    m_format->setToolTip(tr("Detected from each input's first records; a format chosen here is used for every input."));

    m_rule = new QComboBox(this);
    for (CreditRule r : {CreditRule::MostRecent, CreditRule::First, CreditRule::RootOnly}) {
        m_rule->addItem(creditRuleTitle(r), int(r));
        m_rule->setItemData(m_rule->count() - 1, creditRuleExplanation(r), Qt::ToolTipRole);
    }
    m_rule->setCurrentIndex(m_rule->findData(int(m_document->creditRule())));
    m_rule->setToolTip(tr("The cascade rule the report's count of relays credited to an intermediate relayer uses."));

    m_addToCase = new QCheckBox(tr("&Add to the open case (one undo step) instead of opening a new case"), this);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    // Wrapped: a JSON Lines record is one line of several kilobytes.
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_preview->setFont(mono);
    m_preview->setPlaceholderText(tr("The first lines of the selected input."));
    m_reportView = new QPlainTextEdit(this);
    m_reportView->setReadOnly(true);
    m_reportView->setFont(mono);
    m_reportView->setPlaceholderText(tr("The import report: records read, posts and actors imported, what was skipped and why."));

    auto *form = new QFormLayout;
    form->addRow(tr("For&mat:"), m_format);
    form->addRow(tr("Credit r&ule:"), m_rule);
    form->addRow(QString(), m_addToCase);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setToolTip(tr("Stops the import: the open case stays as it is."));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    // accepted() and rejected() are left unconnected: Import keeps the dialog open with
    // the report, Cancel stops an import, Close closes.
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);

    auto *inputsLabel = new QLabel(tr("I&nputs:"), this);
    inputsLabel->setBuddy(m_list);
    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(m_preview);
    auto *reportLabel = new QLabel(tr("R&eport:"), this);
    reportLabel->setBuddy(m_reportView);

    auto *main = new QVBoxLayout(this);
    main->addWidget(inputsLabel);
    main->addLayout(listRow, 2);
    main->addLayout(form);
    main->addWidget(previewLabel);
    main->addWidget(m_preview, 2);
    main->addWidget(reportLabel);
    main->addWidget(m_reportView, 3);
    main->addWidget(m_status);
    main->addWidget(m_progress);
    main->addWidget(buttons);
    resize(820, 720);

    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ImportDialog::showPreview);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { setBusy(isImporting()); });
}

void ImportDialog::setInputs(const QStringList &paths)
{
    m_inputs = paths;
    refreshList();
}

void ImportDialog::addFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add files to import"), QString(),
        tr("Collected data (*.jsonl *.json *.js *.csv *.tsv *.graphml *.zip);;All files (*)"));
    if (!paths.isEmpty())
        setInputs(m_inputs + paths);
}

void ImportDialog::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder to import (an X archive)"));
    if (!dir.isEmpty())
        setInputs(m_inputs + QStringList{dir});
}

void ImportDialog::removeSelected()
{
    QStringList kept;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (!m_list->topLevelItem(i)->isSelected())
            kept.push_back(m_inputs[i]);
    setInputs(kept);
}

void ImportDialog::refreshList()
{
    m_list->clear();
    for (const QString &path : m_inputs) {
        QString why;
        const ImportFormat f = detectImportFormat(path, &why);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QDir::toNativeSeparators(path));
        item->setToolTip(0, QDir::toNativeSeparators(path));
        if (f == ImportFormat::Auto) {
            item->setText(1, tr("unknown: %1").arg(why));
            item->setToolTip(1, why);
            item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
        } else {
            item->setText(1, formatTitle(f));
        }
        item->setData(1, Qt::UserRole, int(f));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_preview->clear();
    setBusy(isImporting());
}

QString ImportDialog::previewText(const QString &path)
{
    const QFileInfo info(path);
    QString file = path;
    QString heading;
    if (info.isDir()) {
        file = previewFileOf(path);
        if (file.isEmpty())
            return tr("A folder without files.");
        heading = tr("%1:").arg(QDir(path).relativeFilePath(file)) + QLatin1Char('\n');
    } else if (info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0) {
        return tr("A zip file of %1: the X archive's data/tweets.js inside is read.")
            .arg(QLocale().formattedDataSize(info.size()));
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), f.errorString());
    const QByteArray head = f.read(kPreviewBytes);
    QStringList lines = QString::fromUtf8(head).split(QLatin1Char('\n'));
    if (head.size() == kPreviewBytes && lines.size() > 1)
        lines.removeLast(); // cut off by the byte limit
    if (lines.size() > kPreviewLines)
        lines.resize(kPreviewLines);
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.size() > kPreviewLineChars)
            line = line.left(kPreviewLineChars) + QStringLiteral(" ...");
    }
    return heading + lines.join(QLatin1Char('\n'));
}

void ImportDialog::showPreview()
{
    const int row = m_list->currentIndex().row();
    m_preview->setPlainText(row >= 0 && row < m_inputs.size() ? previewText(m_inputs[row]) : QString());
}

bool ImportDialog::isImporting() const
{
    return m_importer->isImporting();
}

void ImportDialog::setBusy(bool busy)
{
    m_import->setEnabled(!busy && !m_inputs.isEmpty());
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_addFiles, m_addFolder, m_format, m_rule, m_addToCase})
        w->setEnabled(!busy);
    m_remove->setEnabled(!busy && !m_list->selectedItems().isEmpty());
    m_list->setEnabled(!busy);
}

void ImportDialog::startImport()
{
    if (m_inputs.isEmpty() || isImporting())
        return;
    m_addingToCase = m_addToCase->isChecked();
    if (!m_addingToCase && m_confirmReplace && !m_confirmReplace())
        return;
    ImportOptions options;
    options.format = static_cast<ImportFormat>(m_format->currentData().toInt());
    options.rule = static_cast<CreditRule>(m_rule->currentData().toInt());
    m_report.clear();
    m_error.clear();
    m_reportView->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Importing %n input(s)...", nullptr, int(m_inputs.size())));
    setBusy(true);
    m_importer->import(m_inputs, options);
}

void ImportDialog::cancelImport()
{
    m_importer->cancel();
}

void ImportDialog::reject()
{
    // Closing stops an import in progress: its case would have nowhere to go.
    if (isImporting()) {
        m_importer->cancel();
        m_importer->waitForFinished();
    }
    QDialog::reject();
}

void ImportDialog::importFinishedInWorker()
{
    ImportResult result = m_importer->takeResult();
    setBusy(false);
    if (result.cancelled) {
        m_error = result.error;
        showOutcome(tr("Import cancelled: the open case is unchanged."), QString(), false);
        return;
    }
    if (!result.ok()) {
        m_error = result.error;
        showOutcome(tr("The import failed: the open case is unchanged."), result.error, true);
        return;
    }
    const qsizetype files = result.report.files.size();
    QString text = result.report.toText();
    if (m_addingToCase) {
        const CaseMergeResult merged = mergeCases(m_document->caseData(), *result.value);
        if (!merged.value) {
            m_error = merged.error;
            showOutcome(tr("The data could not be added: the open case is unchanged."), merged.error, true);
            return;
        }
        text += QStringLiteral("\nadded to the open case: ") + merged.report.toText();
        m_document->undoStack()->push(new AddImportCommand(
            m_document, std::move(*merged.value), tr("Import %n input(s)", nullptr, int(files))));
        m_report = text;
        showOutcome(tr("Added to the open case: %1 events, %2 actors (Undo takes them out).")
                        .arg(merged.report.eventsAdded)
                        .arg(merged.report.actorsAdded),
                    text, false);
    } else {
        m_document->resetUnsaved(std::move(*result.value));
        m_report = text;
        showOutcome(tr("Imported %1 events and %2 actors as a new case (not saved yet).")
                        .arg(result.report.postsImported)
                        .arg(result.report.actorsImported),
                    text, false);
    }
}

void ImportDialog::showOutcome(const QString &status, const QString &text, bool failed)
{
    m_status->setText(status);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, failed ? QColor(0xb0, 0x20, 0x20) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
    m_reportView->setPlainText(text);
    emit importFinished();
}

} // namespace cascade
