// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/import/importresult.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace cascade {

class CaseDocument;
class CaseImporter;

// File > Import: builds a case from collected data (core/io/import/importer.h) on a
// worker thread. The inputs are files or folders (an X archive is a folder or a zip),
// each shown with the format its content tells (or why none fits); a format can be
// forced for all of them. A preview shows the first lines of the selected input. The
// imported case opens as a new unsaved case, or is added to the open case as one undo
// step. The report, or the error naming file and line, is shown at the end; a failed or
// cancelled import leaves the open case untouched.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(CaseDocument *document, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setInputs(const QStringList &paths);
    QStringList inputs() const { return m_inputs; }
    // Asked before an import replaces the open case (save the changes?); false stops it.
    void setConfirmReplace(std::function<bool()> confirm) { m_confirmReplace = std::move(confirm); }

    // Starts the import of the inputs with the chosen options (as the Import button does).
    void startImport();
    bool isImporting() const;
    void cancelImport();
    CaseImporter *importer() const { return m_importer; }

    // What the last import showed: the report (empty after a failure), the error
    // (empty after a success; "cancelled" after a cancel).
    QString reportText() const { return m_report; }
    QString errorText() const { return m_error; }

    // The controls, for tests.
    QTreeWidget *inputList() const { return m_list; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *ruleBox() const { return m_rule; }
    QCheckBox *addToCaseBox() const { return m_addToCase; }
    QPlainTextEdit *previewView() const { return m_preview; }
    QPlainTextEdit *reportView() const { return m_reportView; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }

    // The first lines of an input as the preview shows them (a few KB at most).
    static QString previewText(const QString &path);

signals:
    // An import ended (applied, failed or cancelled); reportText() and errorText() tell.
    void importFinished();

public slots:
    void reject() override;

private:
    void buildUi();
    void addFiles();
    void addFolder();
    void removeSelected();
    void refreshList();
    void showPreview();
    void setBusy(bool busy);
    void importFinishedInWorker();
    void showOutcome(const QString &status, const QString &text, bool failed);

    CaseDocument *m_document;
    CaseImporter *m_importer;
    QStringList m_inputs;
    std::function<bool()> m_confirmReplace;
    bool m_addingToCase = false; // the running import's choice
    QString m_report;
    QString m_error;

    QTreeWidget *m_list = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_remove = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_rule = nullptr;
    QCheckBox *m_addToCase = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPlainTextEdit *m_reportView = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace cascade
