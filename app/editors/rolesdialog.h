// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cascade {

// Case > Roles: the case's palette of roles, in the order legends and lists show them.
// Add, rename (double-click the name), recolour, move up and down, delete; deleting a
// role that actors have asks where they go (another role, or none). OK applies the
// whole palette as one undo step.
class RolesDialog : public QDialog
{
    Q_OBJECT
public:
    // How a question is asked (see CaseEditor::Ask): the index of the choice, -1 to cancel.
    using Ask = std::function<int(const QString &question, const QStringList &choices)>;
    RolesDialog(const Case &c, Ask ask, QWidget *parent = nullptr);

    // The case with the dialog's palette (meaningful when problem() is empty).
    Case edited() const;
    QString problem() const { return m_problem; }
    bool changed() const;

    QTableWidget *table() const { return m_table; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *colourButton() const { return m_colour; }

    // The row's colour (the Colour... button asks the colour dialog, then calls this).
    void setRowColor(int row, const QColor &color);
    void addRole();
    void deleteRow(int row);
    void moveRow(int row, int by);

private:
    enum Column { ColourColumn, NameColumn, IdColumn, ActorsColumn };
    void appendRow(const Role &role, RoleId original, int actors);
    void check();
    void updateButtons();

    const Case &m_case;
    Ask m_ask;
    std::vector<int> m_actorsOfRole;   // by original role
    std::vector<RoleId> m_movedTo;     // by original role: where its actors go (itself while kept)
    QString m_problem;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_colour;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace cascade
