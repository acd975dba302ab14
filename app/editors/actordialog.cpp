// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/actordialog.h"

#include "app/editors/editorwidgets.h"
#include "core/model/case.h"
#include "core/model/caseedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cascade {

ActorDialog::ActorDialog(const Case &c, ActorId self, const Actor &initial, QWidget *parent)
    : QDialog(parent), m_case(c), m_self(self), m_initial(initial), m_handle(new QLineEdit(initial.handle, this)),
      m_name(new QLineEdit(initial.name, this)), m_role(makeRoleBox(c, initial.role, this)),
      m_followers(new QLineEdit(QString::number(initial.followers), this)),
      m_platform(makePlatformBox(c, initial.platform, this)), m_platformId(new QLineEdit(initial.platformId, this)),
      m_note(new QPlainTextEdit(initial.note, this)), m_synthetic(new QCheckBox(tr("Stands for unknown real accounts"), this)),
      m_message(makeMessageLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(self == kNoActor ? tr("Add an actor") : tr("Edit %1").arg(initial.handle));
    m_handle->setPlaceholderText(tr("@name"));
    m_name->setPlaceholderText(tr("Display name"));
    m_followers->setToolTip(tr("Declared audience when the data was collected; 0 when unknown"));
    m_note->setPlaceholderText(tr("Who this is, how you know (for example: press officer, identity unknown)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_synthetic->setChecked(initial.synthetic);

    auto *form = new QFormLayout;
    form->addRow(tr("&Handle:"), m_handle);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Followers:"), m_followers);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("Platform &id:"), m_platformId);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("Synthetic:"), m_synthetic);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_handle, m_name, m_followers, m_platformId})
        connect(edit, &QLineEdit::textChanged, this, &ActorDialog::check);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ActorDialog::check);
    connect(m_platform, &QComboBox::currentTextChanged, this, &ActorDialog::check);
    check();
}

Actor ActorDialog::value() const
{
    Actor a = m_initial;
    a.handle = m_handle->text();
    a.name = m_name->text().trimmed();
    a.role = static_cast<RoleId>(m_role->currentData().toInt());
    a.followers = m_followers->text().trimmed().toLongLong();
    a.platform = m_platform->currentText().trimmed();
    a.platformId = m_platformId->text().trimmed();
    a.note = m_note->toPlainText().trimmed();
    a.synthetic = m_synthetic->isChecked();
    return a;
}

void ActorDialog::check()
{
    bool number = false;
    const QString followers = m_followers->text().trimmed();
    const qlonglong n = followers.toLongLong(&number);
    if (!followers.isEmpty() && (!number || n < 0))
        m_problem = tr("The follower count must be a whole number, 0 or more (for example 12000); \"%1\" is not.").arg(followers);
    else
        m_problem = actorProblem(m_case, m_self, value());
    showProblem(m_message, m_buttons, m_problem);
}

} // namespace cascade
