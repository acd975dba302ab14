// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/rolesdialog.h"

#include "app/editors/editorwidgets.h"
#include "app/presentation/displayformat.h"
#include "core/model/caseedit.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cascade {

namespace {

constexpr int kOriginalRole = Qt::UserRole;
constexpr int kColour = Qt::UserRole + 1;

QIcon swatch(QRgb rgb)
{
    QPixmap p(14, 14);
    p.fill(QColor::fromRgb(rgb | 0xff000000u));
    return QIcon(p);
}

} // namespace

RolesDialog::RolesDialog(const Case &c, Ask ask, QWidget *parent)
    : QDialog(parent), m_case(c), m_ask(std::move(ask)), m_actorsOfRole(c.roles.size()), m_movedTo(c.roles.size()),
      m_table(new QTableWidget(0, 4, this)), m_add(new QPushButton(tr("&Add"), this)),
      m_delete(new QPushButton(tr("&Delete..."), this)), m_up(new QPushButton(tr("Move &Up"), this)),
      m_down(new QPushButton(tr("Move Do&wn"), this)), m_colour(new QPushButton(tr("&Colour..."), this)),
      m_message(makeMessageLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Roles"));
    for (const Actor &a : c.actors)
        if (a.role >= 0 && a.role < static_cast<RoleId>(c.roles.size()))
            ++m_actorsOfRole[static_cast<std::size_t>(a.role)];
    m_table->setHorizontalHeaderLabels({tr("Colour"), tr("Name"), tr("Id"), tr("Actors")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (std::size_t r = 0; r < c.roles.size(); ++r) {
        m_movedTo[r] = static_cast<RoleId>(r);
        appendRow(c.roles[r], static_cast<RoleId>(r), m_actorsOfRole[r]);
    }
    m_table->resizeColumnsToContents();
    m_table->setMinimumWidth(m_table->fontMetrics().horizontalAdvance(QLatin1Char('m')) * 34);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_delete, m_up, m_down, m_colour})
        side->addWidget(b);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The order is the order of the legends and lists. Double-click a name or an id to change it."), this));
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &RolesDialog::addRole);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteRow(m_table->currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(m_table->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(m_table->currentRow(), 1); });
    connect(m_colour, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0)
            return;
        const QColor chosen = QColorDialog::getColor(
            QColor::fromRgb(m_table->item(r, ColourColumn)->data(kColour).toUInt() | 0xff000000u), this, tr("Colour of the role"));
        if (chosen.isValid())
            setRowColor(r, chosen);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &RolesDialog::check);
    connect(m_table, &QTableWidget::currentCellChanged, this, &RolesDialog::updateButtons);
    check();
    updateButtons();
}

void RolesDialog::appendRow(const Role &role, RoleId original, int actors)
{
    const QSignalBlocker block(m_table);
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto *colour = new QTableWidgetItem(swatch(role.rgb), QString());
    colour->setData(kOriginalRole, original);
    colour->setData(kColour, static_cast<uint>(role.rgb));
    colour->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(r, ColourColumn, colour);
    m_table->setItem(r, NameColumn, new QTableWidgetItem(role.label));
    m_table->setItem(r, IdColumn, new QTableWidgetItem(role.id));
    auto *count = new QTableWidgetItem(DisplayFormat::count(actors));
    count->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(r, ActorsColumn, count);
}

void RolesDialog::setRowColor(int row, const QColor &color)
{
    QTableWidgetItem *item = m_table->item(row, ColourColumn);
    item->setData(kColour, static_cast<uint>(color.rgb() & 0xffffffu));
    item->setIcon(swatch(color.rgb()));
    check();
}

void RolesDialog::addRole()
{
    int n = m_table->rowCount() + 1;
    QString id;
    do
        id = QStringLiteral("role-%1").arg(n++);
    while (!m_table->findItems(id, Qt::MatchFixedString).isEmpty());
    Role role;
    role.id = id;
    role.label = tr("New role %1").arg(n - 1);
    role.rgb = 0x8a6d3b;
    appendRow(role, kNoRole, 0);
    m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
    m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    check();
}

void RolesDialog::deleteRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const auto original = static_cast<RoleId>(m_table->item(row, ColourColumn)->data(kOriginalRole).toInt());
    if (original != kNoRole && m_actorsOfRole[static_cast<std::size_t>(original)] > 0) {
        // Its actors go to another role of the palette, or to none.
        QStringList choices;
        std::vector<RoleId> targets;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            const auto other = static_cast<RoleId>(m_table->item(r, ColourColumn)->data(kOriginalRole).toInt());
            if (r == row || other == kNoRole)
                continue;
            choices << m_table->item(r, NameColumn)->text();
            targets.push_back(other);
        }
        choices << tr("No role");
        targets.push_back(kNoRole);
        const int count = m_actorsOfRole[static_cast<std::size_t>(original)];
        const int choice = m_ask(tr("%n actor(s) have the role %1. Which role do they take?", nullptr, count)
                                     .arg(m_table->item(row, NameColumn)->text()),
                                 choices);
        if (choice < 0)
            return;
        const RoleId to = targets[static_cast<std::size_t>(choice)];
        for (RoleId &moved : m_movedTo)
            if (moved == original)
                moved = to;
        if (to != kNoRole) {
            m_actorsOfRole[static_cast<std::size_t>(to)] += count;
            for (int r = 0; r < m_table->rowCount(); ++r)
                if (m_table->item(r, ColourColumn)->data(kOriginalRole).toInt() == to)
                    m_table->item(r, ActorsColumn)->setText(DisplayFormat::count(m_actorsOfRole[static_cast<std::size_t>(to)]));
        }
        m_actorsOfRole[static_cast<std::size_t>(original)] = 0;
    } else if (original != kNoRole) {
        for (RoleId &moved : m_movedTo)
            if (moved == original)
                moved = kNoRole;
    }
    m_table->removeRow(row);
    check();
}

void RolesDialog::moveRow(int row, int by)
{
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    const QSignalBlocker block(m_table);
    for (int col = 0; col < m_table->columnCount(); ++col) {
        QTableWidgetItem *a = m_table->takeItem(row, col);
        QTableWidgetItem *b = m_table->takeItem(to, col);
        m_table->setItem(row, col, b);
        m_table->setItem(to, col, a);
    }
    m_table->setCurrentCell(to, NameColumn);
    check();
}

Case RolesDialog::edited() const
{
    Case c = m_case;
    std::vector<Role> roles;
    std::vector<RoleId> newRoleOf(m_case.roles.size(), kNoRole);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto original = static_cast<RoleId>(m_table->item(r, ColourColumn)->data(kOriginalRole).toInt());
        Role role = original == kNoRole ? Role{} : m_case.roles[static_cast<std::size_t>(original)];
        role.id = m_table->item(r, IdColumn)->text().trimmed();
        role.label = m_table->item(r, NameColumn)->text().trimmed();
        role.rgb = m_table->item(r, ColourColumn)->data(kColour).toUInt();
        if (original != kNoRole)
            newRoleOf[static_cast<std::size_t>(original)] = static_cast<RoleId>(roles.size());
        roles.push_back(std::move(role));
    }
    // The actors of a deleted role follow it to the role chosen for them.
    for (std::size_t old = 0; old < m_movedTo.size(); ++old)
        if (m_movedTo[old] != static_cast<RoleId>(old))
            newRoleOf[old] = m_movedTo[old] == kNoRole ? kNoRole : newRoleOf[static_cast<std::size_t>(m_movedTo[old])];
    replaceRoles(c, std::move(roles), newRoleOf);
    return c;
}

bool RolesDialog::changed() const
{
    return edited() != m_case;
}

void RolesDialog::check()
{
    std::vector<Role> roles;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Role role;
        role.id = m_table->item(r, IdColumn)->text().trimmed();
        role.label = m_table->item(r, NameColumn)->text().trimmed();
        roles.push_back(role);
    }
    m_problem = paletteProblem(roles);
    showProblem(m_message, m_buttons, m_problem);
    updateButtons();
}

void RolesDialog::updateButtons()
{
    const int r = m_table->currentRow();
    m_delete->setEnabled(r >= 0);
    m_up->setEnabled(r > 0);
    m_down->setEnabled(r >= 0 && r + 1 < m_table->rowCount());
    m_colour->setEnabled(r >= 0);
}

} // namespace cascade
