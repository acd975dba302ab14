// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/classify/roster.h"
#include "core/model/case.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cascade {

// Case > Classify: the case's classification rules (core/classify/rules.h), edited in a
// table (handle pattern, words in the name or note, follower range, platform, role; the
// first rule that matches an actor gives its role), with the changes they would make
// shown below as they are typed (each actor with its role now and the rule's). Apply
// saves the rules in the case and makes the changes, as one undo step.
class ClassifyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClassifyDialog(const Case &c, QWidget *parent = nullptr);

    // The rules as the table gives them, and the first problem of one of them.
    std::vector<ClassificationRule> rules() const { return m_rules; }
    QString problem() const { return m_problem; }
    const std::vector<ActorClassification> &changes() const { return m_changes; }
    // The case with the rules saved and the changes made.
    Case edited() const;

    void addRule();
    void removeRule(int row);
    void moveRule(int row, int by);

    QTableWidget *rulesTable() const { return m_table; }
    QTableWidget *previewTable() const { return m_preview; }
    QCheckBox *reclassifyBox() const { return m_reclassify; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *applyButton() const { return m_apply; }

    enum Column { HandleColumn, WordsColumn, MinColumn, MaxColumn, PlatformColumn, VerifiedColumn, RoleColumn, ColumnCount };

private:
    void appendRule(const ClassificationRule &rule);
    void update();

    const Case &m_case;
    std::vector<ClassificationRule> m_rules;
    std::vector<ActorClassification> m_changes;
    QString m_problem;
    QTableWidget *m_table;
    QTableWidget *m_preview;
    QCheckBox *m_reclassify;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_apply;
};

} // namespace cascade
