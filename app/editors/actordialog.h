// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/actor.h"
#include "core/model/ids.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cascade {

struct Case;

// Adds or edits one actor: handle, display name, role, follower count, platform and
// platform id, note, the synthetic flag. What is wrong with the values (an empty or
// taken handle, a follower count that is not a number) is said under the fields as the
// person types, and OK stays disabled until it is put right.
class ActorDialog : public QDialog
{
    Q_OBJECT
public:
    // `self`: the actor edited, or kNoActor for a new one (`initial` then gives defaults).
    ActorDialog(const Case &c, ActorId self, const Actor &initial, QWidget *parent = nullptr);

    // The actor as the fields give it (meaningful when problem() is empty).
    Actor value() const;
    // Why the values cannot be applied, or an empty string.
    QString problem() const { return m_problem; }

    QLineEdit *handleEdit() const { return m_handle; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *followersEdit() const { return m_followers; }
    QComboBox *platformBox() const { return m_platform; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QCheckBox *syntheticBox() const { return m_synthetic; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    const Case &m_case;
    ActorId m_self;
    Actor m_initial;
    QString m_problem;
    QLineEdit *m_handle;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_followers;
    QComboBox *m_platform;
    QLineEdit *m_platformId;
    QPlainTextEdit *m_note;
    QCheckBox *m_synthetic;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace cascade
