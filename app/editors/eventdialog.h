// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/event.h"
#include "core/model/ids.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimeZone;

namespace cascade {

struct Case;

// Adds or edits one event: a post, a repost, a reply, a quote, or an offline contact
// (press release, phone call, email, meeting) with the actors it reached. Handles are
// typed as a person types them (case and '@' do not matter); the time is in the case's
// display zone. What is wrong (an unknown handle, a relay before what it relays, a
// contact that reaches nobody) is said under the fields, and OK waits for it.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    // `self`: the event edited, or kNoEvent for a new one (`initial` gives its kind,
    // author, time and parent).
    EventDialog(const Case &c, const QTimeZone &zone, EventId self, const Event &initial, QWidget *parent = nullptr);

    Event value() const { return m_value; }
    QString problem() const { return m_problem; }

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *authorEdit() const { return m_author; }
    QDateTimeEdit *timeEdit() const { return m_time; }
    QLineEdit *parentEdit() const { return m_parent; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *reachedEdit() const { return m_reached; }
    QLineEdit *mentionsEdit() const { return m_mentions; }
    QDoubleSpinBox *confidenceBox() const { return m_confidence; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void kindChanged();
    void check();
    // The actors named in a comma- or space-separated list; the first unknown handle
    // goes to `unknown`.
    std::vector<ActorId> actorsIn(const QString &text, QString *unknown) const;

    const Case &m_case;
    EventId m_self;
    Event m_value;
    QString m_problem;
    QFormLayout *m_form;
    QComboBox *m_kind;
    QLineEdit *m_author;
    QDateTimeEdit *m_time;
    QLineEdit *m_parent;
    QPlainTextEdit *m_text;
    QLineEdit *m_gloss;
    QComboBox *m_channel;
    QLineEdit *m_reached;
    QLineEdit *m_mentions;
    QComboBox *m_source;
    QDoubleSpinBox *m_confidence;
    QCheckBox *m_inferred;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace cascade
