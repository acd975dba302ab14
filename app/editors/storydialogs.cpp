// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/storydialogs.h"

#include "app/editors/editorwidgets.h"
#include "core/model/case.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cascade {

namespace {

QPlainTextEdit *makeTextBox(const QString &text, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QDialogButtonBox *makeButtons(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void finish(QDialog *dialog, QFormLayout *form, QLabel *message, QDialogButtonBox *buttons)
{
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(dialog->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 36);
}

} // namespace

MilestoneDialog::MilestoneDialog(const Milestone &initial, const QTimeZone &zone, bool adding, QWidget *parent)
    : QDialog(parent), m_initial(initial), m_time(makeTimeEdit(initial.time, zone, this)),
      m_title(new QLineEdit(initial.title, this)), m_caption(makeTextBox(initial.caption, 4, this)),
      m_notes(makeTextBox(initial.speakerNotes, 5, this)), m_message(makeMessageLabel(this)), m_buttons(makeButtons(this))
{
    setWindowTitle(adding ? tr("Add a milestone") : tr("Edit the milestone"));
    m_title->setPlaceholderText(tr("The beat of the story, e.g. The Air Force answers"));
    m_caption->setPlaceholderText(tr("What the room should see on this slide"));
    m_notes->setPlaceholderText(tr("What you want to say at this beat: shown only in the presenter view"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Caption:"), m_caption);
    form->addRow(tr("Speaker &notes:"), m_notes);
    finish(this, form, m_message, m_buttons);
    connect(m_title, &QLineEdit::textChanged, this, &MilestoneDialog::check);
    check();
}

Milestone MilestoneDialog::value() const
{
    Milestone m = m_initial;
    m.time = timeOf(m_time);
    m.title = m_title->text().trimmed();
    m.caption = m_caption->toPlainText().trimmed();
    m.speakerNotes = m_notes->toPlainText().trimmed();
    return m;
}

void MilestoneDialog::check()
{
    m_problem = m_title->text().trimmed().isEmpty() ? tr("Give the milestone a title: it heads its slide.") : QString();
    showProblem(m_message, m_buttons, m_problem);
}

NoteDialog::NoteDialog(const Case &c, const Note &initial, const QTimeZone &zone, bool adding, QWidget *parent)
    : QDialog(parent), m_case(c), m_value(initial),
      m_actor(new QLineEdit(initial.actor == kNoActor ? QString() : c.actors[static_cast<std::size_t>(initial.actor)].handle, this)),
      m_pinned(new QCheckBox(tr("Pinned to a moment"), this)), m_time(makeTimeEdit(initial.time.value_or(c.startTime()), zone, this)),
      m_text(makeTextBox(initial.text, 4, this)), m_message(makeMessageLabel(this)), m_buttons(makeButtons(this))
{
    setWindowTitle(adding ? tr("Add a note") : tr("Edit the note"));
    m_actor->setPlaceholderText(tr("@handle (empty: a note on the whole case)"));
    m_pinned->setChecked(initial.time.has_value());
    m_time->setEnabled(initial.time.has_value());
    m_text->setPlaceholderText(tr("What the trainer wants to remember or show here"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Actor:"), m_actor);
    form->addRow(QString(), m_pinned);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("T&ext:"), m_text);
    finish(this, form, m_message, m_buttons);
    connect(m_actor, &QLineEdit::textChanged, this, &NoteDialog::check);
    connect(m_pinned, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(m_pinned, &QCheckBox::toggled, this, &NoteDialog::check);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &NoteDialog::check);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteDialog::check);
    check();
}

void NoteDialog::check()
{
    m_problem.clear();
    const QString typed = m_actor->text().trimmed();
    m_value.actor = typed.isEmpty() ? kNoActor : m_case.findActor(typed);
    if (!typed.isEmpty() && m_value.actor == kNoActor)
        m_problem = tr("No actor \"%1\" in the case: a note can only be pinned to an actor of the case.").arg(typed);
    m_value.time = m_pinned->isChecked() ? std::optional<TimeMs>(timeOf(m_time)) : std::nullopt;
    m_value.text = m_text->toPlainText().trimmed();
    if (m_problem.isEmpty() && m_value.text.isEmpty())
        m_problem = tr("The note is empty.");
    showProblem(m_message, m_buttons, m_problem);
}

CasePropertiesDialog::CasePropertiesDialog(const Case &c, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(c.title, this)), m_summary(makeTextBox(c.summary, 5, this)),
      m_language(new QLineEdit(c.language, this)), m_zone(new QComboBox(this)), m_message(makeMessageLabel(this)),
      m_buttons(makeButtons(this))
{
    setWindowTitle(tr("Case properties"));
    m_language->setPlaceholderText(tr("the main language of the texts, e.g. fr or en"));
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromLatin1(id);
    if (!zones.contains(QStringLiteral("UTC")))
        zones.prepend(QStringLiteral("UTC"));
    m_zone->setEditable(true);
    m_zone->addItems(zones);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setCurrentText(c.displayZone);
    m_zone->setToolTip(tr("Times are shown in this zone, in the window and on the slides; the data stays in UTC"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Time &zone:"), m_zone);
    finish(this, form, m_message, m_buttons);
    connect(m_zone, &QComboBox::currentTextChanged, this, &CasePropertiesDialog::check);
    connect(m_language, &QLineEdit::textChanged, this, &CasePropertiesDialog::check);
    check();
}

void CasePropertiesDialog::applyTo(Case &c) const
{
    c.title = m_title->text().trimmed();
    c.summary = m_summary->toPlainText().trimmed();
    c.language = m_language->text().trimmed();
    const QString zone = chosenZone();
    if (!zone.isEmpty())
        c.displayZone = zone; // as the system spells it
}

QString CasePropertiesDialog::chosenZone() const
{
    const int index = m_zone->findText(m_zone->currentText().trimmed(), Qt::MatchFixedString);
    if (index < 0)
        return {};
    const QString zone = m_zone->itemText(index);
    return QTimeZone(zone.toUtf8()).isValid() ? zone : QString();
}

void CasePropertiesDialog::check()
{
    static const QRegularExpression languageTag(QStringLiteral("^([A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*)?$"));
    const QString zone = chosenZone();
    if (zone.isEmpty())
        m_problem = tr("\"%1\" is not a time zone this system knows: choose one from the list (e.g. America/Port-au-Prince).")
                        .arg(m_zone->currentText().trimmed());
    else if (!languageTag.match(m_language->text().trimmed()).hasMatch())
        m_problem = tr("The language is a tag such as fr, en or pt-BR.");
    else
        m_problem.clear();
    showProblem(m_message, m_buttons, m_problem);
}

} // namespace cascade
