// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/milestone.h"
#include "core/model/note.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeZone;

namespace cascade {

struct Case;

// The story's editors: a milestone (a beat of the story, one slide), a note pinned to
// an actor and a moment, the case's properties. Each says what is wrong under its
// fields and keeps OK disabled until it is put right.

class MilestoneDialog : public QDialog
{
    Q_OBJECT
public:
    MilestoneDialog(const Milestone &initial, const QTimeZone &zone, bool adding, QWidget *parent = nullptr);
    Milestone value() const;
    QString problem() const { return m_problem; }

    QDateTimeEdit *timeEdit() const { return m_time; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *captionEdit() const { return m_caption; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    Milestone m_initial;
    QString m_problem;
    QDateTimeEdit *m_time;
    QLineEdit *m_title;
    QPlainTextEdit *m_caption;
    QPlainTextEdit *m_notes;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const Case &c, const Note &initial, const QTimeZone &zone, bool adding, QWidget *parent = nullptr);
    Note value() const { return m_value; }
    QString problem() const { return m_problem; }

    QLineEdit *actorEdit() const { return m_actor; }
    QCheckBox *pinnedBox() const { return m_pinned; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    const Case &m_case;
    Note m_value;
    QString m_problem;
    QLineEdit *m_actor;
    QCheckBox *m_pinned;
    QDateTimeEdit *m_time;
    QPlainTextEdit *m_text;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

// The title, summary, language and display time zone (chosen from the zones the system
// knows, with completion; never free text).
class CasePropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CasePropertiesDialog(const Case &c, QWidget *parent = nullptr);
    // `c` with the dialog's title, summary, language and zone.
    void applyTo(Case &c) const;
    QString problem() const { return m_problem; }

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QLineEdit *languageEdit() const { return m_language; }
    QComboBox *zoneBox() const { return m_zone; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();
    // The zone of the list the box names (any case), or an empty string.
    QString chosenZone() const;

    QString m_problem;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QLineEdit *m_language;
    QComboBox *m_zone;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace cascade
