// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/cascadepage.h"

#include "app/document/casedocument.h"
#include "app/inspector/clickablelabel.h"
#include "app/inspector/depthprofilechart.h"
#include "app/inspector/measureinfo.h"
#include "app/inspector/pagesection.h"
#include "app/presentation/displayformat.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cascade {

namespace {

constexpr int kBranchesShown = 5;

QString elided(const QString &text, int characters)
{
    const QString s = text.simplified();
    return s.size() <= characters ? s : s.left(characters - 1) + QChar(0x2026);
}

} // namespace

CascadePage::CascadePage(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_header(new QLabel(this)), m_seed(new ClickableLabel(QString(), this)),
      m_status(new QLabel(this)), m_grid(new QGridLayout), m_chart(new DepthProfileChart(this)), m_branchBox(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    m_seed->setToolTip(tr("Select the actor who wrote the root post"));
    connect(m_seed, &ClickableLabel::clicked, this, [this] {
        if (m_tree && !m_tree->empty())
            emit actorRequested(m_document->caseData().events[static_cast<std::size_t>(m_tree->root())].author);
    });
    layout->addWidget(m_seed);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    addPageSection(this, layout, tr("Shape of the tree"));
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    layout->addLayout(m_grid);
    addRow(tr("Size"), tr("Events in the tree, the root included."));
    addRow(tr("Depth"), tr("The longest chain of relays from the root, in steps."));
    addRow(tr("Width"), tr("The most relays hanging from one event of the tree."));
    addRow(tr("Structural virality"),
           tr("The mean distance between two events of the tree (Goel, Anderson, Hofman and Watts 2016): "
              "2(n-1)/n for a broadcast of n events, higher when relays of relays carry it. It changes with the "
              "credit rule, which decides who each relay hangs from."));
    addRow(tr("Shape"), tr("Broadcast: everyone relayed the root directly. Viral: some relayed a relay."));
    addRow(tr("Inferred edges"), tr("Relays the credit rule hangs from an earlier relayer rather than from what the data say."));
    addRow(tr("First relay"), tr("The time of the first relay."));
    addRow(tr("Last relay"), tr("The time of the last relay, as of the cursor."));
    addRow(tr("Half-life"), tr("From the root post to the relay that made half of its relays."));

    addPageSection(this, layout, tr("Relays per generation"));
    m_chart->setAccessibleName(tr("Relays per generation"));
    layout->addWidget(m_chart);
    addPageSection(this, layout, tr("Biggest branches"));
    layout->addLayout(m_branchBox);
    layout->addStretch(1);
    clear();
}

QLabel *CascadePage::addRow(const QString &title, const QString &definition)
{
    const int row = m_grid->rowCount();
    auto *name = new QLabel(title, this);
    name->setToolTip(definition);
    auto *value = new QLabel(this);
    value->setToolTip(definition);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grid->addWidget(name, row, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(value, row, 1, Qt::AlignLeft | Qt::AlignTop);
    m_values.emplace_back(title, value);
    return value;
}

QString CascadePage::valueText(const QString &title) const
{
    for (const auto &[t, label] : m_values)
        if (t == title)
            return label->text();
    return {};
}

QString CascadePage::headerText() const
{
    return m_header->text();
}

void CascadePage::clear()
{
    m_tree.reset();
    m_measures = {};
    m_profile.clear();
    m_branches.clear();
    m_header->setText(tr("<b>Cascade</b>"));
    m_seed->setText(QString());
    m_status->setText(tr("Reconstructing the cascades\u2026"));
    for (const auto &[t, label] : m_values)
        label->setText(QStringLiteral("\u2013"));
    m_chart->setProfile({});
    qDeleteAll(m_branchLabels);
    m_branchLabels.clear();
}

void CascadePage::setTree(std::shared_ptr<const CascadeTree> tree)
{
    if (!tree) {
        clear();
        return;
    }
    m_tree = std::move(tree);
    showCursor();
}

void CascadePage::showCursor()
{
    if (!m_tree || m_tree->empty())
        return;
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    const auto &events = c.events;
    const Event &root = events[static_cast<std::size_t>(m_tree->root())];
    const std::int32_t nodes = m_tree->nodesBefore(m_document->snapshot().position());
    m_measures = m_tree->measures(nodes);
    m_profile = m_tree->depthProfile(nodes);
    m_branches = m_tree->branches(nodes, kBranchesShown);

    m_header->setText(tr("<b>Cascade</b> of the post of %1, %2:<br>\u201c%3\u201d")
                          .arg(DisplayFormat::handle(c, root.author).toHtmlEscaped(), DisplayFormat::dateTime(root.time, zone),
                               elided(root.text, 160).toHtmlEscaped()));
    m_seed->setText(tr("Seed: <a href=\"#\">%1</a> %2")
                        .arg(DisplayFormat::handle(c, root.author).toHtmlEscaped(),
                             c.actors[static_cast<std::size_t>(root.author)].name.toHtmlEscaped()));
    if (nodes == 0)
        m_status->setText(tr("The root post comes after the cursor."));
    else
        m_status->setText(tr("As of %1. Credit: %2.")
                              .arg(DisplayFormat::dateTime(m_document->cursor(), zone),
                                   creditRuleTitle(m_tree->rule)));
    std::int32_t inferred = 0;
    for (std::int32_t i = 1; i < nodes; ++i)
        inferred += m_tree->inferred[static_cast<std::size_t>(i)];
    const bool relayed = nodes > 1;
    const TimeMs first = relayed ? events[static_cast<std::size_t>(m_tree->events[1])].time : root.time;
    const TimeMs last = nodes > 0 ? events[static_cast<std::size_t>(m_tree->events[static_cast<std::size_t>(nodes - 1)])].time : root.time;
    const std::int32_t relays = std::max(0, nodes - 1);
    const TimeMs half = relayed ? events[static_cast<std::size_t>(m_tree->events[static_cast<std::size_t>((relays + 1) / 2)])].time - root.time : 0;
    const QString none = QStringLiteral("\u2013");
    const QStringList values = {
        DisplayFormat::count(m_measures.size),
        DisplayFormat::count(m_measures.depth),
        DisplayFormat::count(m_measures.width),
        relayed ? DisplayFormat::fixed(m_measures.structuralVirality, 2) : none,
        !relayed ? tr("not relayed yet") : DisplayFormat::cascadeShape(m_measures.shape),
        relayed ? tr("%1 of %2").arg(DisplayFormat::count(inferred), DisplayFormat::count(relays)) : none,
        relayed ? DisplayFormat::dateTime(first, zone) : none,
        relayed ? DisplayFormat::dateTime(last, zone) : none,
        relayed ? DisplayFormat::duration(half) : none,
    };
    for (std::size_t i = 0; i < m_values.size() && i < static_cast<std::size_t>(values.size()); ++i)
        m_values[i].second->setText(values[static_cast<qsizetype>(i)]);
    m_chart->setProfile(m_profile);

    qDeleteAll(m_branchLabels);
    m_branchLabels.clear();
    for (const CascadeTree::Branch &b : m_branches) {
        const Event &opener = events[static_cast<std::size_t>(b.opener)];
        auto *label = new ClickableLabel(tr("%1 at %2: %n event(s)", nullptr, b.size)
                                             .arg(DisplayFormat::handle(c, opener.author).toHtmlEscaped(),
                                                  DisplayFormat::clock(opener.time, zone, false)),
                                         this);
        label->setToolTip(tr("Select the actor who opened this branch"));
        const ActorId author = opener.author;
        connect(label, &ClickableLabel::clicked, this, [this, author] { emit actorRequested(author); });
        m_branchBox->addWidget(label);
        m_branchLabels.append(label);
    }
    if (m_branches.empty()) {
        auto *label = new ClickableLabel(tr("No branch yet."), this);
        label->setEnabled(false);
        m_branchBox->addWidget(label);
        m_branchLabels.append(label);
    }
}

} // namespace cascade
