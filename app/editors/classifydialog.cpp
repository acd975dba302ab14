// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/classifydialog.h"

#include "app/editors/editorwidgets.h"
#include "app/presentation/displayformat.h"
#include "core/classify/rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cascade {

namespace {

constexpr int kMaxPreviewRows = 2000;

} // namespace

ClassifyDialog::ClassifyDialog(const Case &c, QWidget *parent)
    : QDialog(parent), m_case(c), m_table(new QTableWidget(0, ColumnCount, this)), m_preview(new QTableWidget(0, 4, this)),
      m_reclassify(new QCheckBox(tr("Also reclassify actors that already have a role"), this)), m_summary(new QLabel(this)),
      m_message(makeMessageLabel(this)), m_apply(new QPushButton(tr("&Apply"), this))
{
    setWindowTitle(tr("Classify actors by rules"));
    m_table->setHorizontalHeaderLabels({tr("Handle like"), tr("Name or note has"), tr("Followers from"), tr("Followers to"),
                                        tr("Platform"), tr("Verified"), tr("Role")});
    m_table->horizontalHeaderItem(HandleColumn)->setToolTip(tr("A pattern with * and ?, ignoring case and '@', e.g. *_press"));
    m_table->horizontalHeaderItem(WordsColumn)->setToolTip(tr("Words separated by commas: any of them matches"));
    // A table cell has no placeholder: the header's tooltip says what to type.
    m_table->horizontalHeaderItem(VerifiedColumn)
        ->setToolTip(tr("The platform's verification, separated by commas: blue, government, or * for any"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setSectionResizeMode(WordsColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setHorizontalHeaderLabels({tr("Actor"), tr("Role now"), tr("New role"), tr("Rule")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reclassify->setToolTip(tr("Off: actors classified already (by hand or by a roster) keep their role"));

    auto *add = new QPushButton(tr("Add &Rule"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    auto *up = new QPushButton(tr("Move &Up"), this);
    auto *down = new QPushButton(tr("Move Do&wn"), this);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        side->addWidget(b);
    side->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("For each actor, the first rule whose conditions all hold gives its role. The rules are "
                                    "saved in the case, to apply again after the next import."),
                                 this));
    layout->addLayout(top, 2);
    layout->addWidget(m_reclassify);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 3);
    layout->addWidget(buttons);
    m_summary->setWordWrap(true);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('m')) * 70, fontMetrics().height() * 34);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ClassifyDialog::addRule);
    connect(remove, &QPushButton::clicked, this, [this] { removeRule(m_table->currentRow()); });
    connect(up, &QPushButton::clicked, this, [this] { moveRule(m_table->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveRule(m_table->currentRow(), 1); });
    connect(m_table, &QTableWidget::itemChanged, this, &ClassifyDialog::update);
    connect(m_reclassify, &QCheckBox::toggled, this, &ClassifyDialog::update);
    for (const ClassificationRule &rule : c.rules)
        appendRule(rule);
    if (c.rules.empty())
        addRule();
    update();
}

void ClassifyDialog::appendRule(const ClassificationRule &rule)
{
    const QSignalBlocker block(m_table);
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, HandleColumn, new QTableWidgetItem(rule.handle));
    m_table->setItem(r, WordsColumn, new QTableWidgetItem(rule.words.join(QStringLiteral(", "))));
    m_table->setItem(r, MinColumn, new QTableWidgetItem(rule.minFollowers ? QString::number(*rule.minFollowers) : QString()));
    m_table->setItem(r, MaxColumn, new QTableWidgetItem(rule.maxFollowers ? QString::number(*rule.maxFollowers) : QString()));
    m_table->setItem(r, PlatformColumn, new QTableWidgetItem(rule.platform));
    m_table->setItem(r, VerifiedColumn, new QTableWidgetItem(rule.verified.join(QStringLiteral(", "))));
    QComboBox *role = makeRoleBox(m_case, m_case.roleById(rule.role), m_table);
    role->removeItem(role->count() - 1); // a rule gives a role: not "No role"
    if (m_case.roleById(rule.role) == kNoRole)
        role->setCurrentIndex(-1);
    role->setProperty("ruleExtra", rule.extra);
    connect(role, &QComboBox::currentIndexChanged, this, &ClassifyDialog::update);
    m_table->setCellWidget(r, RoleColumn, role);
}

void ClassifyDialog::addRule()
{
    ClassificationRule rule;
    rule.role = m_case.roles.empty() ? QString() : m_case.roles.front().id;
    appendRule(rule);
    m_table->setCurrentCell(m_table->rowCount() - 1, HandleColumn);
    update();
}

void ClassifyDialog::removeRule(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_table->removeRow(row);
    update();
}

void ClassifyDialog::moveRule(int row, int by)
{
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_table->rowCount())
        return;
    std::vector<ClassificationRule> rules = m_rules;
    std::swap(rules[static_cast<std::size_t>(row)], rules[static_cast<std::size_t>(to)]);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const ClassificationRule &rule : rules)
        appendRule(rule);
    m_table->setCurrentCell(to, HandleColumn);
    update();
}

void ClassifyDialog::update()
{
    static const QRegularExpression separators(QStringLiteral("\\s*,\\s*"));
    m_rules.clear();
    m_problem.clear();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        ClassificationRule rule;
        auto text = [&](int column) { return m_table->item(r, column) ? m_table->item(r, column)->text().trimmed() : QString(); };
        rule.handle = text(HandleColumn);
        rule.words = text(WordsColumn).split(separators, Qt::SkipEmptyParts);
        rule.platform = text(PlatformColumn);
        rule.verified = text(VerifiedColumn).split(separators, Qt::SkipEmptyParts);
        for (const auto &[column, target] : {std::pair{MinColumn, &rule.minFollowers}, std::pair{MaxColumn, &rule.maxFollowers}}) {
            const QString value = text(column);
            if (value.isEmpty())
                continue;
            bool ok = false;
            const qlonglong n = value.toLongLong(&ok);
            if (ok && n >= 0)
                *target = n;
            else if (m_problem.isEmpty())
                m_problem = tr("Rule %1: a follower count is a whole number, 0 or more; \"%2\" is not.").arg(r + 1).arg(value);
        }
        auto *role = qobject_cast<QComboBox *>(m_table->cellWidget(r, RoleColumn));
        const auto roleId = static_cast<RoleId>(role && role->currentIndex() >= 0 ? role->currentData().toInt() : kNoRole);
        rule.role = roleId == kNoRole ? QString() : m_case.roles[static_cast<std::size_t>(roleId)].id;
        if (role)
            rule.extra = role->property("ruleExtra").toByteArray();
        const QString problem = ruleProblem(m_case, rule);
        if (!problem.isEmpty() && m_problem.isEmpty())
            m_problem = tr("Rule %1: %2").arg(r + 1).arg(problem);
        m_rules.push_back(std::move(rule));
    }
    m_changes = m_problem.isEmpty() ? matchRules(m_case, m_rules, m_reclassify->isChecked()) : std::vector<ActorClassification>{};
    m_message->setText(m_problem);
    m_message->setVisible(!m_problem.isEmpty());
    m_apply->setEnabled(m_problem.isEmpty() && (!m_changes.empty() || m_rules != m_case.rules));
    m_summary->setText(m_problem.isEmpty()
                           ? (m_changes.empty() ? tr("No actor changes role.")
                                                : tr("%n actor(s) change role:", nullptr, static_cast<int>(m_changes.size())))
                           : QString());
    const int shown = std::min<int>(static_cast<int>(m_changes.size()), kMaxPreviewRows);
    m_preview->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const ActorClassification &change = m_changes[static_cast<std::size_t>(i)];
        const QStringList cells = {DisplayFormat::handle(m_case, change.actor), DisplayFormat::labelOfRole(m_case, change.from),
                                   DisplayFormat::labelOfRole(m_case, change.to), QString::number(change.line)};
        for (int col = 0; col < cells.size(); ++col)
            m_preview->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
}

Case ClassifyDialog::edited() const
{
    Case c = m_case;
    c.rules = m_rules;
    applyClassification(c, m_changes);
    return c;
}

} // namespace cascade
