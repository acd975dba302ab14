// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/rosterdialog.h"

#include "app/document/casedocument.h"
#include "app/document/classifyactorscommand.h"
#include "app/presentation/displayformat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cascade {

namespace {

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

QTableWidgetItem *roleItem(const Case &c, RoleId role)
{
    const QString label = DisplayFormat::labelOfRole(c, role);
    QTableWidgetItem *i = item(label.isEmpty() ? RosterDialog::tr("(none)") : label);
    const QRgb rgb = role == kNoRole ? kNoRoleRgb : c.roles[static_cast<std::size_t>(role)].rgb;
    i->setData(Qt::DecorationRole, QColor::fromRgb(static_cast<QRgb>(rgb | 0xff000000u)));
    return i;
}

} // namespace

RosterDialog::RosterDialog(CaseDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_file(new QLabel(this)), m_summary(new QLabel(this)),
      m_changes(new QTableWidget(0, 4, this)), m_problems(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Apply a Roster"));
    setObjectName(QStringLiteral("RosterDialog"));
    auto *intro = new QLabel(tr("A roster is a CSV file with a header row: <b>handle</b> (with or without @) and/or "
                                "<b>platform_id</b>, <b>role</b> (a role's id or label), and optionally <b>name</b> "
                                "and <b>note</b>. Names and notes only fill what an actor lacks."),
                             this);
    intro->setWordWrap(true);
    auto *choose = new QPushButton(tr("&Choose File..."), this);
    connect(choose, &QPushButton::clicked, this, &RosterDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    m_file->setText(tr("No roster chosen"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("RosterSummary"));

    m_changes->setObjectName(QStringLiteral("RosterChanges"));
    m_changes->setHorizontalHeaderLabels({tr("Actor"), tr("Role now"), tr("Roster role"), tr("Line")});
    m_changes->verticalHeader()->hide();
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_changes->setSortingEnabled(true);
    m_problems->setObjectName(QStringLiteral("RosterProblems"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumBlockCount(10000);
    m_problems->setPlaceholderText(tr("Every line of the roster could be used."));
    m_problems->setMaximumHeight(fontMetrics().lineSpacing() * 7);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &RosterDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(new QLabel(tr("Lines not used:"), this));
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(640, 520);

    // Another case opened, or an undo: what the roster changes is no longer what is shown.
    connect(m_document, &CaseDocument::caseReset, this, &RosterDialog::rematch);
}

void RosterDialog::chooseFile()
{
    const QString dir = m_roster ? QFileInfo(m_roster->path).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a roster"), dir,
                                                      tr("Rosters (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadRoster(path);
}

bool RosterDialog::loadRoster(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_error.clear();
    m_roster = readRoster(path, m_document->caseData().roles, &m_error);
    if (!m_roster) {
        m_match = {};
        showMatch();
        return false;
    }
    rematch();
    return true;
}

void RosterDialog::rematch()
{
    if (!m_roster)
        return;
    // Roles are resolved against the case's palette: read again, the roster may name
    // roles the new case lacks (or has).
    const QString path = m_roster->path;
    m_roster = readRoster(path, m_document->caseData().roles, &m_error);
    m_match = m_roster ? matchRoster(m_document->caseData(), *m_roster) : RosterMatch{};
    showMatch();
}

void RosterDialog::showMatch()
{
    const Case &c = m_document->caseData();
    m_changes->setSortingEnabled(false);
    m_changes->setRowCount(0);
    m_problems->clear();
    if (!m_roster) {
        m_summary->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(m_error.toHtmlEscaped()));
        m_apply->setEnabled(false);
        return;
    }
    std::int64_t roleChanges = 0;
    m_changes->setRowCount(static_cast<int>(m_match.changes.size()));
    int row = 0;
    for (const ActorClassification &ch : m_match.changes) {
        roleChanges += ch.from != ch.to ? 1 : 0;
        const Actor &a = c.actors[static_cast<std::size_t>(ch.actor)];
        QString who = a.handle;
        if (ch.name)
            who += QStringLiteral("  (") + *ch.name + QLatin1Char(')');
        m_changes->setItem(row, 0, item(who));
        m_changes->setItem(row, 1, roleItem(c, ch.from));
        m_changes->setItem(row, 2, roleItem(c, ch.to));
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, static_cast<qlonglong>(ch.line));
        line->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_changes->setItem(row, 3, line);
        ++row;
    }
    m_changes->setSortingEnabled(true);
    m_changes->resizeColumnsToContents();

    std::vector<RosterProblem> problems = m_roster->problems;
    problems.insert(problems.end(), m_match.problems.begin(), m_match.problems.end());
    std::stable_sort(problems.begin(), problems.end(),
                     [](const RosterProblem &x, const RosterProblem &y) { return x.line < y.line; });
    QStringList lines;
    for (const RosterProblem &p : problems)
        lines << p.toString();
    m_problems->setPlainText(lines.join(QLatin1Char('\n')));

    const auto others = static_cast<std::int64_t>(m_match.changes.size()) - roleChanges;
    m_summary->setText(tr("Role changes: %1 \u00b7 names or notes filled: %2 \u00b7 had that role already: %3 \u00b7 "
                          "not in this case: %4 \u00b7 lines not used: %5")
                           .arg(DisplayFormat::count(roleChanges), DisplayFormat::count(others),
                                DisplayFormat::count(m_match.alreadyClassified), DisplayFormat::count(m_match.notInCase),
                                DisplayFormat::count(static_cast<std::int64_t>(problems.size()))));
    m_apply->setEnabled(!m_match.changes.empty());
}

void RosterDialog::apply()
{
    if (!m_roster || m_match.changes.empty())
        return;
    const QString text = tr("Apply Roster %1").arg(QFileInfo(m_roster->path).fileName());
    // The dialog closes first: pushing rebuilds the views, and this dialog's rematch
    // would show the roster as already applied.
    disconnect(m_document, &CaseDocument::caseReset, this, &RosterDialog::rematch);
    m_document->undoStack()->push(new ClassifyActorsCommand(m_document, m_match.changes, text));
    accept();
}

} // namespace cascade
