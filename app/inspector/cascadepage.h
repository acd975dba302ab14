// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascadetree.h"
#include "core/model/ids.h"

#include <QWidget>

#include <memory>
#include <vector>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace cascade {

class CaseDocument;
class ClickableLabel;
class DepthProfileChart;

// The inspector's page for the selected cascade, as of the cursor: its root post and
// seed, size, depth, width, structural virality and shape with their definitions, the
// inferred edges, first and last relay, half-life, the depth profile (relays per
// generation) as a small chart, and its biggest branches and who opened them (click one
// to select that actor). Everything is read from the tree of the document's
// reconstruction (CascadeCache), cut at the cursor: cheap, so it follows the cursor.
class CascadePage : public QWidget
{
    Q_OBJECT
public:
    explicit CascadePage(CaseDocument *document, QWidget *parent = nullptr);

    // Shows a cascade's whole tree cut at the cursor (nullptr: "being reconstructed").
    void setTree(std::shared_ptr<const CascadeTree> tree);
    void showCursor();
    void clear();

    // What is shown, for tests and screenshots.
    const TreeMeasures &measures() const { return m_measures; }
    const std::vector<std::int32_t> &depthProfile() const { return m_profile; }
    const std::vector<CascadeTree::Branch> &branches() const { return m_branches; }
    QString valueText(const QString &title) const;
    QString headerText() const;
    QList<ClickableLabel *> branchLabels() const { return m_branchLabels; }

signals:
    void actorRequested(cascade::ActorId actor);

private:
    QLabel *addRow(const QString &title, const QString &definition);

    CaseDocument *m_document;
    std::shared_ptr<const CascadeTree> m_tree;
    TreeMeasures m_measures;
    std::vector<std::int32_t> m_profile;
    std::vector<CascadeTree::Branch> m_branches;

    QLabel *m_header;
    ClickableLabel *m_seed;
    QLabel *m_status;
    QGridLayout *m_grid;
    std::vector<std::pair<QString, QLabel *>> m_values;
    DepthProfileChart *m_chart;
    QVBoxLayout *m_branchBox;
    QList<ClickableLabel *> m_branchLabels;
};

} // namespace cascade
