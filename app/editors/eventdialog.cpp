// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/eventdialog.h"

#include "app/editors/editorwidgets.h"
#include "app/presentation/displayformat.h"
#include "core/model/case.h"
#include "core/model/caseedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

namespace cascade {

namespace {

QString handlesOf(const Case &c, const std::vector<ActorId> &actors)
{
    QStringList handles;
    for (ActorId a : actors)
        handles << c.actors[static_cast<std::size_t>(a)].handle;
    return handles.join(QStringLiteral(", "));
}

QString kindText(EventKind kind)
{
    switch (kind) {
    case EventKind::Post: return QObject::tr("Post");
    case EventKind::Repost: return QObject::tr("Repost");
    case EventKind::Reply: return QObject::tr("Reply");
    case EventKind::Quote: return QObject::tr("Quote");
    case EventKind::Offline: return QObject::tr("Offline contact");
    }
    return {};
}

} // namespace

EventDialog::EventDialog(const Case &c, const QTimeZone &zone, EventId self, const Event &initial, QWidget *parent)
    : QDialog(parent), m_case(c), m_self(self), m_value(initial), m_form(new QFormLayout), m_kind(new QComboBox(this)),
      m_author(new QLineEdit(initial.author == kNoActor ? QString() : c.actors[static_cast<std::size_t>(initial.author)].handle, this)),
      m_time(makeTimeEdit(initial.time, zone, this)),
      m_parent(new QLineEdit(initial.parent == kNoEvent ? QString() : c.events[static_cast<std::size_t>(initial.parent)].key, this)),
      m_text(new QPlainTextEdit(initial.text, this)), m_gloss(new QLineEdit(initial.gloss, this)),
      m_channel(new QComboBox(this)), m_reached(new QLineEdit(handlesOf(c, initial.reached), this)),
      m_mentions(new QLineEdit(handlesOf(c, initial.mentions), this)), m_source(new QComboBox(this)),
      m_confidence(new QDoubleSpinBox(this)), m_inferred(new QCheckBox(tr("Reconstructed, not observed in the data"), this)),
      m_message(makeMessageLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(self == kNoEvent ? tr("Add an event") : tr("Edit event %1").arg(initial.key));
    for (int k = 0; k < kEventKindCount; ++k)
        m_kind->addItem(kindText(static_cast<EventKind>(k)), k);
    m_kind->setCurrentIndex(static_cast<int>(initial.kind));
    // Handles complete as they are typed (the first thousands: a completer over a
    // hundred thousand handles would cost more than it helps).
    QStringList handles;
    for (std::size_t i = 0; i < c.actors.size() && i < 20000; ++i)
        handles << c.actors[i].handle;
    auto *completer = new QCompleter(handles, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_author->setCompleter(completer);
    m_author->setPlaceholderText(tr("@handle"));
    m_parent->setPlaceholderText(tr("the id of the event it answers or relays, e.g. e12"));
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    m_gloss->setPlaceholderText(tr("A translation or explanation for the trainer"));
    m_channel->setEditable(true);
    m_channel->addItems({QStringLiteral("press-release"), QStringLiteral("phone"), QStringLiteral("email"),
                         QStringLiteral("meeting"), QStringLiteral("other")});
    m_channel->setCurrentText(initial.channel.isEmpty() ? QStringLiteral("phone") : initial.channel);
    m_reached->setPlaceholderText(tr("@handles, separated by commas"));
    m_mentions->setPlaceholderText(tr("@handles, separated by commas"));
    m_source->addItem(tr("None"), kNoSource);
    for (std::size_t s = 0; s < c.sources.size(); ++s)
        m_source->addItem(DisplayFormat::sourceTitle(c.sources[s]), static_cast<int>(s));
    m_source->setCurrentIndex(std::max(0, m_source->findData(initial.provenance.source)));
    m_confidence->setRange(0.0, 1.0);
    m_confidence->setSingleStep(0.05);
    m_confidence->setDecimals(2);
    m_confidence->setValue(initial.provenance.confidence);
    m_inferred->setChecked(initial.provenance.inferred);

    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Author:"), m_author);
    m_form->addRow(tr("&Time:"), m_time);
    m_form->addRow(tr("&Relays:"), m_parent);
    m_form->addRow(tr("&Channel:"), m_channel);
    m_form->addRow(tr("R&eached:"), m_reached);
    m_form->addRow(tr("T&ext:"), m_text);
    m_form->addRow(tr("&Gloss:"), m_gloss);
    m_form->addRow(tr("&Mentions:"), m_mentions);
    m_form->addRow(tr("&Source:"), m_source);
    m_form->addRow(tr("C&onfidence:"), m_confidence);
    m_form->addRow(tr("Inferred:"), m_inferred);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::kindChanged);
    for (QLineEdit *edit : {m_author, m_parent, m_reached, m_mentions, m_gloss})
        connect(edit, &QLineEdit::textChanged, this, &EventDialog::check);
    connect(m_text, &QPlainTextEdit::textChanged, this, &EventDialog::check);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &EventDialog::check);
    connect(m_channel, &QComboBox::currentTextChanged, this, &EventDialog::check);
    connect(m_source, &QComboBox::currentIndexChanged, this, &EventDialog::check);
    connect(m_confidence, &QDoubleSpinBox::valueChanged, this, &EventDialog::check);
    connect(m_inferred, &QCheckBox::toggled, this, &EventDialog::check);
    kindChanged();
}

void EventDialog::kindChanged()
{
    const auto kind = static_cast<EventKind>(m_kind->currentData().toInt());
    const bool relay = kind == EventKind::Repost || kind == EventKind::Reply || kind == EventKind::Quote;
    const bool offline = kind == EventKind::Offline;
    m_form->setRowVisible(m_parent, relay);
    m_form->setRowVisible(m_channel, offline);
    m_form->setRowVisible(m_reached, offline);
    m_form->setRowVisible(m_mentions, !offline);
    check();
}

std::vector<ActorId> EventDialog::actorsIn(const QString &text, QString *unknown) const
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    std::vector<ActorId> actors;
    for (const QString &typed : text.split(separators, Qt::SkipEmptyParts)) {
        const ActorId a = m_case.findActor(typed);
        if (a == kNoActor) {
            if (unknown->isEmpty())
                *unknown = typed;
            continue;
        }
        if (std::find(actors.begin(), actors.end(), a) == actors.end())
            actors.push_back(a);
    }
    return actors;
}

void EventDialog::check()
{
    Event e = m_value;
    e.kind = static_cast<EventKind>(m_kind->currentData().toInt());
    const bool relay = e.kind == EventKind::Repost || e.kind == EventKind::Reply || e.kind == EventKind::Quote;
    const bool offline = e.kind == EventKind::Offline;
    m_problem.clear();
    const QString author = m_author->text().trimmed();
    e.author = author.isEmpty() ? kNoActor : m_case.findActor(author);
    if (!author.isEmpty() && e.author == kNoActor)
        m_problem = tr("No actor \"%1\" in the case: add the actor first, or check the handle.").arg(author);
    e.time = timeOf(m_time);
    e.parent = kNoEvent;
    if (relay) {
        const QString parent = m_parent->text().trimmed();
        e.parent = m_case.eventByKey(parent);
        if (!parent.isEmpty() && e.parent == kNoEvent && m_problem.isEmpty())
            m_problem = tr("No event \"%1\" in the case.").arg(parent);
    }
    QString unknown;
    e.reached = offline ? actorsIn(m_reached->text(), &unknown) : std::vector<ActorId>{};
    e.mentions = offline ? std::vector<ActorId>{} : actorsIn(m_mentions->text(), &unknown);
    if (!unknown.isEmpty() && m_problem.isEmpty())
        m_problem = tr("No actor \"%1\" in the case.").arg(unknown);
    e.channel = offline ? m_channel->currentText().trimmed() : QString();
    e.text = m_text->toPlainText();
    e.gloss = m_gloss->text().trimmed();
    e.provenance.source = static_cast<SourceId>(m_source->currentData().toInt());
    e.provenance.confidence = static_cast<float>(m_confidence->value());
    e.provenance.inferred = m_inferred->isChecked();
    m_value = e;
    if (m_problem.isEmpty())
        m_problem = eventProblem(m_case, m_self, e);
    showProblem(m_message, m_buttons, m_problem);
}

} // namespace cascade
