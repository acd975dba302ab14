// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/classify/roster.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cascade {

class CaseDocument;

// File > Apply Roster: reads a roster CSV (core/classify/roster.h), shows what it would
// change in the open case (each actor with its role now and the roster's), and the lines
// it cannot use, each with its line number and why; Apply makes the change one undo step.
// When the open case changes under the dialog, the roster is matched again.
class RosterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RosterDialog(CaseDocument *document, QWidget *parent = nullptr);

    // Reads and matches a roster; false (and the error shown) when it cannot be read.
    bool loadRoster(const QString &path);
    // Pushes the change onto the document's undo stack and closes (as Apply does).
    void apply();

    const std::optional<Roster> &roster() const { return m_roster; }
    const RosterMatch &match() const { return m_match; }
    QString errorText() const { return m_error; }

    // The controls, for tests.
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *changesTable() const { return m_changes; }
    QPlainTextEdit *problemsView() const { return m_problems; }
    QPushButton *applyButton() const { return m_apply; }

private:
    void chooseFile();
    void rematch();
    void showMatch();

    CaseDocument *m_document;
    std::optional<Roster> m_roster;
    RosterMatch m_match;
    QString m_error;
    QLabel *m_file;
    QLabel *m_summary;
    QTableWidget *m_changes;
    QPlainTextEdit *m_problems;
    QPushButton *m_apply;
};

} // namespace cascade
