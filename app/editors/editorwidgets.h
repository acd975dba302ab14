// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <QString>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QTimeZone;
class QWidget;

namespace cascade {

struct Case;

// The pieces the case editors share: the role and platform choosers, the time field in
// the case's zone, the line that says what is wrong.

// The case's roles in palette order, each with its colour, then "No role"; item data is
// the RoleId.
QComboBox *makeRoleBox(const Case &c, RoleId current, QWidget *parent);
// The platforms the case uses and the common ones; editable (any name).
QComboBox *makePlatformBox(const Case &c, const QString &current, QWidget *parent);
// A date and time field in `zone` (the case's display zone, named in its suffix), to the
// second, limited to the times an editor accepts.
QDateTimeEdit *makeTimeEdit(TimeMs time, const QTimeZone &zone, QWidget *parent);
TimeMs timeOf(const QDateTimeEdit *edit);
// A word-wrapped label for problems, hidden while there is none.
QLabel *makeMessageLabel(QWidget *parent);
// Shows `problem` in `label` (hides it when empty) and enables OK only when it is empty.
void showProblem(QLabel *label, QDialogButtonBox *buttons, const QString &problem);

} // namespace cascade
