// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/actorpage.h"

#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/inspector/actoreventsmodel.h"
#include "app/inspector/clickablelabel.h"
#include "app/inspector/measureinfo.h"
#include "app/inspector/pagesection.h"
#include "app/inspector/sparkline.h"
#include "app/presentation/displayformat.h"
#include "core/analysis/cascadetree.h"
#include "core/timeline/histogram.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cascade {

namespace {

constexpr int kSparklineBuckets = 60;

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(share * 100.0, 'f', share >= 0.1 ? 0 : 1));
}

} // namespace

ActorPage::ActorPage(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_handle(new QLabel(this)), m_role(new QLabel(this)),
      m_name(new QLabel(this)), m_note(new QLabel(this)), m_asOf(new QLabel(this)), m_status(new QLabel(this)),
      m_sparkline(new Sparkline(this)), m_rule(new QComboBox(this)), m_brokerageSentence(new QLabel(this)), m_rulesAgree(new QLabel(this)),
      m_path(new QLabel(this)), m_eventsTitle(nullptr), m_events(new QListView(this)),
      m_eventsModel(new ActorEventsModel(document, this)), m_whatIf(new QPushButton(this)),
      m_whatIfResult(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(4);

    // Who it is.
    QFont big = m_handle->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_handle->setFont(big);
    // The case's own texts: plain text, whatever they contain (docs/reliability.md).
    for (QLabel *label : {m_handle, m_name, m_note, m_brokerageSentence})
        label->setTextFormat(Qt::PlainText);
    m_handle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_handle, 1);
    top->addWidget(m_role, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(top);
    m_name->setWordWrap(true);
    layout->addWidget(m_name);
    m_note->setWordWrap(true);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    auto *asOfRow = new QHBoxLayout;
    m_asOf->setWordWrap(true);
    asOfRow->addWidget(m_asOf, 1);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    asOfRow->addWidget(m_status, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(asOfRow);

    m_sparkline->setToolTip(tr("Its activity over the whole case: bars for the events it authored, the line for "
                               "what it received (reposts, replies, quotes, mentions, contacts). Click to move "
                               "the cursor."));
    connect(m_sparkline, &Sparkline::timeClicked, m_document, &CaseDocument::setCursor);
    layout->addWidget(m_sparkline);
    layout->addSpacing(4);
    m_whatIf->setCheckable(true);
    m_whatIf->setToolTip(tr("Removes its events, and the events that depended on them, and shows which actors the "
                            "message no longer reaches, or reaches later. The graph greys what is lost."));
    connect(m_whatIf, &QPushButton::toggled, this, &ActorPage::whatIfToggled);
    layout->addWidget(m_whatIf);
    m_whatIfResult->setWordWrap(true);
    m_whatIfResult->setTextFormat(Qt::RichText);
    m_whatIfResult->setFrameShape(QFrame::StyledPanel);
    m_whatIfResult->setMargin(4);
    m_whatIfResult->setAutoFillBackground(true);
    m_whatIfResult->setBackgroundRole(QPalette::Base);
    m_whatIfResult->hide();
    layout->addWidget(m_whatIfResult);

    addPageSection(this, layout, tr("Audience and attention"));
    QGridLayout *grid = addGrid(layout);
    for (Measure m : {Measure::Followers, Measure::Posts, Measure::RepostsReceived, Measure::RepliesReceived,
                      Measure::QuotesReceived, Measure::MentionsReceived, Measure::Exposure})
        addMeasureRow(grid, m);

    QLabel *cascades = addPageSection(this, layout, tr("Cascades"));
    for (int r = 0; r < kCreditRuleCount; ++r) {
        const auto rule = static_cast<CreditRule>(r);
        m_rule->addItem(creditRuleTitle(rule), r);
        m_rule->setItemData(r, creditRuleExplanation(rule), Qt::ToolTipRole);
    }
    m_rule->setToolTip(tr("Who a repost is credited to. Platform data credit the original author; the other rules "
                          "credit the relayer the reposter got it from."));
    auto *ruleRow = new QHBoxLayout;
    auto *ruleLabel = new QLabel(tr("Credit:"), this);
    ruleLabel->setToolTip(m_rule->toolTip());
    ruleRow->addWidget(ruleLabel);
    ruleRow->addWidget(m_rule, 1);
    layout->addLayout(ruleRow);
    m_rulesAgree->setWordWrap(true);
    m_rulesAgree->setTextFormat(Qt::PlainText);
    m_rulesAgree->setForegroundRole(QPalette::PlaceholderText);
    m_rulesAgree->setText(tr("On this case the three rules give the same numbers: every relay relays the original "
                             "message, and no relayer had been in touch with an earlier relayer of it."));
    m_rulesAgree->hide();
    layout->addWidget(m_rulesAgree);
    (void)cascades;
    connect(m_rule, &QComboBox::activated, this, [this](int i) {
        emit creditRuleRequested(static_cast<CreditRule>(m_rule->itemData(i).toInt()));
    });
    grid = addGrid(layout);
    for (Measure m : {Measure::CascadeSize, Measure::CascadeShare, Measure::Children, Measure::Subtree})
        addMeasureRow(grid, m);
    m_cascadeBox = new QVBoxLayout;
    m_cascadeBox->setSpacing(2);
    layout->addLayout(m_cascadeBox);
    m_cascadeMore = new QLabel(this);
    m_cascadeMore->setForegroundRole(QPalette::PlaceholderText);
    m_cascadeMore->setToolTip(tr("The Cascades tab lists every cascade; type the handle in its filter."));
    m_cascadeMore->hide();
    layout->addWidget(m_cascadeMore);
    connect(m_document->cascades(), &CascadeCache::ready, this, &ActorPage::showCascades);

    addPageSection(this, layout, tr("Position in the network (time ignored)"));
    grid = addGrid(layout);
    for (Measure m : {Measure::PageRank, Measure::Betweenness, Measure::CoreNumber})
        addMeasureRow(grid, m);

    addPageSection(this, layout, tr("Timing"));
    grid = addGrid(layout);
    m_arrival = addRow(grid, tr("Earliest arrival"),
                       tr("When the origin's message first reached it, along a path that respects time."));
    addMeasureRow(grid, Measure::Latency);
    addMeasureRow(grid, Measure::Closeness);

    addPageSection(this, layout, tr("Brokerage between groups"));
    grid = addGrid(layout);
    addMeasureRow(grid, Measure::Brokerage);
    m_dominant = addRow(grid, tr("Main kind"), tr("The kind of brokerage it does most often (Gould and Fernandez)."));
    m_brokerageCounts = addRow(grid, tr("By kind"), QString());
    QString kinds;
    for (int r = 0; r < kBrokerageRoleCount; ++r) {
        const auto role = static_cast<BrokerageRole>(r);
        kinds += QStringLiteral("<b>%1</b>: %2<br>").arg(brokerageRoleTitle(role), brokerageRoleExplanation(role).toHtmlEscaped());
    }
    m_brokerageCounts->setToolTip(kinds);
    m_brokerageSentence->setWordWrap(true);
    layout->addWidget(m_brokerageSentence);

    addPageSection(this, layout, tr("Path from the origin"));
    m_path->setWordWrap(true);
    m_path->setTextFormat(Qt::RichText);
    m_path->setToolTip(tr("The earliest chain of messages, in time order, by which the origin's message reached it."));
    layout->addWidget(m_path);

    m_eventsTitle = addPageSection(this, layout, tr("Its events"));
    m_events->setModel(m_eventsModel);
    m_events->setUniformItemSizes(true);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_events->setTextElideMode(Qt::ElideRight);
    m_events->setToolTip(tr("Click an event to move the cursor to it."));
    auto pick = [this](const QModelIndex &index) {
        const EventId e = m_eventsModel->eventAt(index.row());
        if (e != kNoEvent)
            m_document->setSelectedEvent(e);
    };
    connect(m_events, &QListView::clicked, this, pick);
    connect(m_events, &QListView::activated, this, pick);
    layout->addWidget(m_events);

    layout->addStretch(1);

    // One value column for every section, so that values line up down the page.
    for (QLabel *title : m_rowTitles)
        m_titleWidth = std::max(m_titleWidth, title->fontMetrics().horizontalAdvance(title->text()) + 2);
    fitTitleColumn();
}

void ActorPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTitleColumn();
}

void ActorPage::fitTitleColumn()
{
    const int column = std::min(m_titleWidth, width() / 2);
    for (QGridLayout *g : m_grids)
        if (g->columnMinimumWidth(0) != column)
            g->setColumnMinimumWidth(0, column);
}

QGridLayout *ActorPage::addGrid(QVBoxLayout *layout)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_grids.push_back(grid);
    return grid;
}

QLabel *ActorPage::addRow(QGridLayout *grid, const QString &title, const QString &tip)
{
    const int row = grid->rowCount();
    auto *label = new QLabel(title, this);
    label->setToolTip(tip);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_rowTitles.push_back(label);
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setToolTip(tip);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Top-aligned only: a wrapping label takes the cell's whole width.
    grid->addWidget(label, row, 0, Qt::AlignTop);
    grid->addWidget(value, row, 1, Qt::AlignTop);
    return value;
}

void ActorPage::addMeasureRow(QGridLayout *grid, Measure m)
{
    const MeasureInfo &info = measureInfo(m);
    m_values[static_cast<std::size_t>(m)] = addRow(grid, info.title, info.explanation);
}

void ActorPage::setValue(Measure m, const QString &text)
{
    if (QLabel *label = m_values[static_cast<std::size_t>(m)])
        label->setText(text);
}

QString ActorPage::valueText(Measure m) const
{
    const QLabel *label = m_values[static_cast<std::size_t>(m)];
    return label ? label->text() : QString();
}

QString ActorPage::arrivalText() const
{
    return m_arrival->text();
}

QString ActorPage::pathText() const
{
    return m_pathLine;
}

QString ActorPage::brokerageText() const
{
    return m_dominant->text() + QLatin1Char('\n') + m_brokerageCounts->text() + QLatin1Char('\n')
           + m_brokerageSentence->text();
}

QString ActorPage::whatIfText() const
{
    return m_whatIfResult->isHidden() ? QString() : m_whatIfResult->text();
}

QAbstractButton *ActorPage::whatIfButton() const
{
    return m_whatIf;
}

bool ActorPage::withDate() const
{
    const Case &c = m_document->caseData();
    return DisplayFormat::spansSeveralDays(c.startTime(), c.endTime(), m_document->displayZone());
}

void ActorPage::setActor(ActorId actor)
{
    m_actor = actor;
    const Case &c = m_document->caseData();
    if (actor < 0 || actor >= static_cast<ActorId>(c.actors.size())) {
        m_actor = kNoActor;
        m_eventsModel->setEvents({});
        m_sparkline->clear();
        return;
    }
    const Actor &a = c.actors[static_cast<std::size_t>(actor)];
    m_handle->setText(a.handle);
    const QString role = DisplayFormat::roleLabel(c, actor);
    const QColor color = DisplayFormat::roleColor(c, actor);
    m_role->setText(role.isEmpty() ? QString()
                                   : QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
                                         .arg(color.name(), color.lightnessF() > 0.6 ? QStringLiteral("#000000")
                                                                                    : QStringLiteral("#ffffff"),
                                              role.toHtmlEscaped()));
    QString name = a.name;
    if (a.synthetic)
        name += tr(" (synthetic account)");
    if (!a.platform.isEmpty())
        name += QStringLiteral(" · ") + a.platform;
    m_name->setText(name);
    m_note->setText(a.note);
    m_note->setVisible(!a.note.isEmpty());
    m_sparkline->setBarColor(color);
    loadActivity();
    showCursor();
}

void ActorPage::loadActivity()
{
    // The actor's events and a per-bucket tally of what it did and received: a display
    // binning of event times (the measures themselves come from core).
    const TimeIndex &index = m_document->timeIndex();
    std::vector<EventId> own;
    if (index.empty()) {
        m_eventsModel->setEvents({});
        m_sparkline->clear();
        return;
    }
    const TimeMs start = index.startTime();
    const TimeMs span = std::max<TimeMs>(index.endTime() - start, 1);
    const TimeMs width = std::max<TimeMs>(niceBucketWidth(span, kSparklineBuckets), 1);
    const auto buckets = static_cast<std::size_t>(span / width + 1);
    std::vector<int> authored(buckets), received(buckets);
    for (EventId e = 0; e < index.eventCount(); ++e) {
        const auto bucket = static_cast<std::size_t>((index.time(e) - start) / width);
        if (index.author(e) == m_actor) {
            own.push_back(e);
            ++authored[bucket];
        }
        for (const TimeIndex::Link &link : index.links(e))
            if (link.to == m_actor && index.author(e) != m_actor)
                ++received[bucket];
    }
    m_eventsTitle->setText(tr("Its events (%1)").arg(DisplayFormat::count(static_cast<std::int64_t>(own.size()))));
    // As tall as its rows, up to eight.
    const int rows = std::clamp(static_cast<int>(own.size()), 1, 8);
    const int rowHeight = std::max(m_events->sizeHintForRow(0), m_events->fontMetrics().height() + 2);
    m_events->setFixedHeight(rows * rowHeight + 2 * m_events->frameWidth() + 4);
    m_eventsModel->setEvents(std::move(own));
    m_sparkline->setSeries(start, width, std::move(authored), std::move(received));
}

void ActorPage::showCursor()
{
    if (m_actor == kNoActor)
        return;
    const TimeMs cursor = m_document->cursor();
    const QTimeZone zone = m_document->displayZone();
    const bool dated = withDate();
    const Snapshot &snapshot = m_document->snapshot();
    const ActorCounts &counts = snapshot.counts(m_actor);
    const TimeIndex &index = m_document->timeIndex();

    m_asOf->setText(tr("As of %1 (%2)").arg(DisplayFormat::dateTime(cursor, zone), DisplayFormat::zoneName(zone)));
    if (!snapshot.isVisible(m_actor)) {
        const int appears = index.appearance(m_actor);
        const QString when = appears == TimeIndex::kNever || appears <= 0
                                 ? tr("never appears in the case")
                                 : tr("appears at %1").arg(DisplayFormat::clock(index.time(appears - 1), zone, dated));
        m_asOf->setText(m_asOf->text() + QStringLiteral("<br><i>%1</i>").arg(tr("Not active yet: it %1.").arg(when)));
    }
    m_sparkline->setCursorTime(cursor);
    m_eventsModel->cursorMoved(m_shownCursor, cursor);
    m_shownCursor = cursor;

    setValue(Measure::Followers, DisplayFormat::count(index.followers(m_actor)));
    setValue(Measure::Posts, DisplayFormat::count(counts.posts()));
    setValue(Measure::RepostsReceived, DisplayFormat::count(counts.repostsReceived()));
    setValue(Measure::RepliesReceived, DisplayFormat::count(counts.repliesReceived()));
    setValue(Measure::QuotesReceived, DisplayFormat::count(counts.quotesReceived()));
    setValue(Measure::MentionsReceived, DisplayFormat::count(counts.mentionsReceived()));
    setValue(Measure::Exposure, QStringLiteral("\u2264 ") + DisplayFormat::count(counts.exposure));

    const TemporalReach &reach = m_document->analysis().originReach();
    const TemporalPath path = temporalPath(index, reach, m_actor, cursor);
    if (reach.source == kNoActor) {
        m_arrival->setText(tr("the case has no origin"));
        setValue(Measure::Latency, QStringLiteral("\u2014"));
    } else if (m_actor == reach.source) {
        m_arrival->setText(tr("the origin (first message %1)").arg(DisplayFormat::clock(reach.start, zone, dated)));
        setValue(Measure::Latency, tr("0 (the origin)"));
    } else if (path.reached) {
        m_arrival->setText(DisplayFormat::clock(path.arrival, zone, dated));
        setValue(Measure::Latency, DisplayFormat::duration(path.latency));
    } else {
        m_arrival->setText(tr("not reached by the cursor"));
        setValue(Measure::Latency, tr("not reached"));
    }
    showPath(path);
    showCascades();
    setHeavyCurrent(false);
}

void ActorPage::showCascades()
{
    // Later: this may run from a label's own click (selecting its cascade moves on).
    for (ClickableLabel *label : std::as_const(m_cascadeLabels)) {
        label->hide();
        label->deleteLater();
    }
    m_cascadeLabels.clear();
    m_cascadeRoots.clear();
    m_cascadeMore->hide();
    if (m_actor == kNoActor)
        return;
    const std::shared_ptr<const CascadeReconstruction> r = m_document->cascades()->reconstruction();
    if (!r) {
        m_document->cascades()->request(); // ready() calls back
        return;
    }
    const Case &c = m_document->caseData();
    std::vector<ActorInCascade> rows = cascadesOfActor(c, *r, m_actor, m_document->snapshot().position());
    std::stable_sort(rows.begin(), rows.end(), [](const ActorInCascade &a, const ActorInCascade &b) {
        return a.seeded != b.seeded ? a.seeded : a.size > b.size;
    });
    constexpr std::size_t kShown = 6;
    const QTimeZone zone = m_document->displayZone();
    const bool dated = withDate();
    for (std::size_t i = 0; i < std::min(rows.size(), kShown); ++i) {
        const ActorInCascade &row = rows[i];
        const EventId root = r->cascades[static_cast<std::size_t>(row.cascade)].root;
        const Event &e = c.events[static_cast<std::size_t>(root)];
        const QString when = DisplayFormat::clock(e.time, zone, dated);
        QString html;
        if (row.seeded)
            html = tr("<b>Seeded</b> %1 at %2: %n node(s)", nullptr, row.size).arg(e.key.toHtmlEscaped(), when);
        else
            html = tr("<b>Widened</b> %1's %2 at %3: %n of its relay(s) relayed on", nullptr, row.relaysWidening)
                       .arg(DisplayFormat::handle(c, e.author).toHtmlEscaped(), e.key.toHtmlEscaped(), when)
                   + QStringLiteral(" (%1)").arg(tr("%n node(s)", nullptr, row.size));
        auto *label = new ClickableLabel(html, this);
        label->setToolTip(tr("Select this cascade: its tree in the graph, its measures in the inspector.<br>%1")
                              .arg(e.text.left(200).toHtmlEscaped()));
        connect(label, &ClickableLabel::clicked, this, [this, root] { m_document->setSelectedCascade(root); });
        m_cascadeBox->addWidget(label);
        m_cascadeLabels.append(label);
        m_cascadeRoots.push_back(root);
    }
    m_cascadeMore->setText(tr("and %n more in the Cascades tab", nullptr, static_cast<int>(rows.size() - std::min(rows.size(), kShown))));
    m_cascadeMore->setVisible(rows.size() > kShown);
}

void ActorPage::showPath(const TemporalPath &path)
{
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    const bool dated = withDate();
    m_pathLine.clear();
    if (c.origin == kNoActor) {
        m_path->setText(tr("The case names no origin."));
        return;
    }
    if (m_actor == c.origin) {
        m_path->setText(tr("It is the origin of the message."));
        return;
    }
    if (!path.reached) {
        m_path->setText(tr("The origin's message has not reached it by the cursor."));
        return;
    }
    QStringList line;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const PathStep &step : path.steps) {
        const QString when = DisplayFormat::clock(step.time, zone, dated);
        const QString who = DisplayFormat::handle(c, step.actor);
        line << QStringLiteral("%1 %2").arg(who, when);
        const bool self = step.actor == m_actor;
        html += QStringLiteral("<tr><td style=\"padding-right:8px\">%1</td><td style=\"padding-right:8px\">%2%3%4</td>"
                               "<td><i>%5</i></td></tr>")
                    .arg(when, self ? QStringLiteral("<b>") : QString(), who.toHtmlEscaped(),
                         self ? QStringLiteral("</b>") : QString(), pathStepText(step.how).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_pathLine = line.join(QStringLiteral(" \u2192 "));
    m_path->setText(html);
}

void ActorPage::showDetail(const ActorDetail &detail, bool betweennessEstimated)
{
    const ActorMeasures &m = detail.measures;
    setValue(Measure::Followers, DisplayFormat::count(m.followers));
    setValue(Measure::Posts, DisplayFormat::count(m.counts.posts()));
    setValue(Measure::RepostsReceived, DisplayFormat::count(m.counts.repostsReceived()));
    setValue(Measure::RepliesReceived, DisplayFormat::count(m.counts.repliesReceived()));
    setValue(Measure::QuotesReceived, DisplayFormat::count(m.counts.quotesReceived()));
    setValue(Measure::MentionsReceived, DisplayFormat::count(m.counts.mentionsReceived()));
    setValue(Measure::Exposure, QStringLiteral("\u2264 ") + DisplayFormat::count(m.counts.exposure));

    QString size = DisplayFormat::count(m.cascade.seededTotalSize);
    if (m.cascade.cascadesSeeded > 0)
        size = tr("%1 (%Ln cascade(s))", nullptr, m.cascade.cascadesSeeded).arg(size);
    setValue(Measure::CascadeSize, size);
    setValue(Measure::CascadeShare, percent(m.cascadeShare));
    setValue(Measure::Children, DisplayFormat::count(m.cascade.directChildren));
    setValue(Measure::Subtree, DisplayFormat::count(m.cascade.downstream));
    setValue(Measure::PageRank, DisplayFormat::score(m.pageRank));
    setValue(Measure::Betweenness, DisplayFormat::score(m.betweenness)
                                       + (betweennessEstimated ? tr(" (estimated from sampled sources)") : QString()));
    setValue(Measure::CoreNumber, DisplayFormat::count(m.coreNumber));
    setValue(Measure::Closeness, DisplayFormat::score(m.closeness));

    const Brokerage &b = m.brokerage;
    setValue(Measure::Brokerage, DisplayFormat::count(b.total()));
    if (b.hasDominant()) {
        m_dominant->setText(QStringLiteral("<b>%1</b>").arg(brokerageRoleTitle(b.dominant())));
        m_dominant->setToolTip(brokerageRoleExplanation(b.dominant()));
        // One kind per line, most frequent first.
        std::vector<int> kinds;
        for (int r = 0; r < kBrokerageRoleCount; ++r)
            if (b.counts[static_cast<std::size_t>(r)] > 0)
                kinds.push_back(r);
        std::stable_sort(kinds.begin(), kinds.end(), [&b](int x, int y) {
            return b.counts[static_cast<std::size_t>(x)] > b.counts[static_cast<std::size_t>(y)];
        });
        QStringList parts;
        for (int r : kinds)
            parts << QStringLiteral("%1 %2").arg(brokerageRoleTitle(static_cast<BrokerageRole>(r)),
                                                 DisplayFormat::count(b.counts[static_cast<std::size_t>(r)]));
        m_brokerageCounts->setText(parts.join(QLatin1Char('\n')));
    } else {
        m_dominant->setText(tr("none: it brokers no pair of actors"));
        m_dominant->setToolTip(QString());
        m_brokerageCounts->setText(tr("none"));
    }
    m_brokerageSentence->setText(detail.brokerageText);
    setHeavyCurrent(true);
}

void ActorPage::setHeavyCurrent(bool current)
{
    m_current = current;
    m_status->setText(current ? QString() : tr("updating\u2026"));
    for (int i = 0; i < kMeasureCount; ++i) {
        QLabel *label = m_values[static_cast<std::size_t>(i)];
        if (label && measureInfo(static_cast<Measure>(i)).heavy)
            label->setEnabled(current);
    }
    m_dominant->setEnabled(current);
    m_brokerageCounts->setEnabled(current);
    m_brokerageSentence->setEnabled(current);
}

void ActorPage::setCreditRulesAgree(bool agree)
{
    m_rulesAgree->setVisible(agree);
}

bool ActorPage::creditRulesAgreeShown() const
{
    return !m_rulesAgree->isHidden();
}

void ActorPage::setCreditRule(CreditRule rule)
{
    m_rule->setCurrentIndex(static_cast<int>(rule));
}

void ActorPage::setWhatIf(bool on, const QString &html)
{
    {
        const QSignalBlocker block(m_whatIf);
        m_whatIf->setChecked(on);
    }
    const QString handle = DisplayFormat::handle(m_document->caseData(), m_actor);
    m_whatIf->setText(on ? tr("Showing the case without %1 (click to turn off)").arg(handle)
                         : tr("What if %1 had not acted?").arg(handle));
    m_whatIfResult->setVisible(on || !html.isEmpty());
    m_whatIfResult->setText(on && html.isEmpty() ? tr("Computing what is lost\u2026") : html);
}

} // namespace cascade
