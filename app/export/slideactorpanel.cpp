// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/slideactorpanel.h"

#include "app/document/casedocument.h"
#include "app/inspector/measureinfo.h"
#include "app/presentation/displayformat.h"
#include "core/analysis/actormeasures.h"
#include "core/model/case.h"
#include "core/model/pseudonyms.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "SlideActorPanel").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlideActorPanel)
};

constexpr qreal kPad = 10;

QFont withBold(QFont f, bool bold)
{
    f.setBold(bold);
    return f;
}

QFont scaled(QFont f, qreal factor)
{
    f.setPixelSize(std::max(6, static_cast<int>(std::lround(f.pixelSize() * factor))));
    return f;
}

} // namespace

std::vector<SlidePathLine> slidePathLines(const Case &c, const TemporalPath &path, const Pseudonyms &pseudonyms,
                                          const QTimeZone &zone)
{
    std::vector<SlidePathLine> lines;
    if (!path.reached)
        return lines;
    const bool days = !path.steps.empty() && DisplayFormat::spansSeveralDays(path.steps.front().time, path.steps.back().time, zone);
    for (const PathStep &s : path.steps)
        lines.push_back({DisplayFormat::clock(s.time, zone, days), pseudonyms.label(s.actor), pathStepText(s.how),
                         DisplayFormat::roleColor(c, s.actor)});
    return lines;
}

qreal paintSlidePath(QPainter *painter, const QRectF &rect, const std::vector<SlidePathLine> &lines,
                     const GraphTheme &theme, const QFont &font)
{
    const QFontMetricsF fm(font);
    const qreal h = fm.height() + 3;
    const auto fits = static_cast<std::size_t>(std::max<qreal>(0, std::floor(rect.height() / h)));
    if (fits == 0 || lines.empty())
        return 0;
    const bool cut = lines.size() > fits;
    const std::size_t shown = cut ? fits - 1 : lines.size();
    qreal timeWidth = 0;
    for (std::size_t i = 0; i < shown; ++i)
        timeWidth = std::max(timeWidth, fm.horizontalAdvance(lines[i].time));
    const QFont bold = withBold(font, true);
    const QFontMetricsF fmBold(bold);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    qreal y = rect.top();
    for (std::size_t i = 0; i < shown; ++i) {
        const SlidePathLine &line = lines[i];
        const qreal dotX = rect.left() + timeWidth + 10;
        painter->setFont(font);
        painter->setPen(theme.mutedText);
        painter->drawText(QRectF(rect.left(), y, timeWidth, h), Qt::AlignRight | Qt::AlignVCenter, line.time);
        // A dot in the role colour, joined to the next step.
        if (i + 1 < shown) {
            painter->setPen(QPen(theme.mutedText, 1));
            painter->drawLine(QPointF(dotX, y + h / 2), QPointF(dotX, y + 1.5 * h));
        }
        painter->setPen(QPen(theme.markerOutline, 1));
        painter->setBrush(line.role);
        painter->drawEllipse(QPointF(dotX, y + h / 2), 4.5, 4.5);
        const qreal textX = dotX + 10;
        const qreal room = rect.right() - textX;
        const QString actor = fmBold.elidedText(line.actor, Qt::ElideRight, room);
        painter->setFont(bold);
        painter->setPen(theme.text);
        painter->drawText(QRectF(textX, y, room, h), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, actor);
        const qreal used = fmBold.horizontalAdvance(actor) + 6;
        if (used < room && !line.how.isEmpty()) {
            painter->setFont(font);
            painter->setPen(theme.mutedText);
            painter->drawText(QRectF(textX + used, y, room - used, h), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                              fm.elidedText(line.how, Qt::ElideRight, room - used));
        }
        y += h;
    }
    if (cut) {
        painter->setFont(font);
        painter->setPen(theme.mutedText);
        painter->drawText(QRectF(rect.left(), y, rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                          QCoreApplication::translate("SlideActorPanel", "... %n more step(s)", nullptr,
                                                      static_cast<int>(lines.size() - shown)));
        y += h;
    }
    painter->restore();
    return y - rect.top();
}

SlideActorPanel::SlideActorPanel(const CaseDocument &document, ActorId actor, TimeMs asOf, const Pseudonyms &pseudonyms)
{
    const Case &c = document.caseData();
    const QTimeZone zone = document.displayZone();
    m_title = pseudonyms.label(actor);
    m_name = pseudonyms.name(actor);
    m_role = DisplayFormat::roleLabel(c, actor);
    m_roleColour = DisplayFormat::roleColor(c, actor);
    m_asOf = Text::tr("As of %1").arg(DisplayFormat::clock(asOf, zone, false));

    MeasureOptions options;
    options.closenessBudget = 0;
    const ActorDetail detail = actorDetail(document.analysis(), actor, asOf, options);
    const ActorMeasures &m = detail.measures;
    auto row = [this](Measure measure, const QString &value) {
        m_rows.push_back({measureInfo(measure).title, measureInfo(measure).header, value});
    };
    row(Measure::Followers, DisplayFormat::count(m.followers));
    row(Measure::RepostsReceived, DisplayFormat::count(m.counts.repostsReceived()));
    row(Measure::Exposure, DisplayFormat::count(m.counts.exposure));
    row(Measure::PageRank, DisplayFormat::score(m.pageRank));
    row(Measure::Betweenness, DisplayFormat::score(m.betweenness));
    if (actor == c.origin)
        row(Measure::Latency, Text::tr("origin"));
    else
        row(Measure::Latency, m.reached ? DisplayFormat::duration(m.latency) : Text::tr("not reached"));
    if (m.brokerage.hasDominant())
        m_rows.push_back({Text::tr("Brokers mostly as"), Text::tr("Broker"), brokerageRoleTitle(m.brokerage.dominant())});
    m_pathTitle = Text::tr("Path from the origin");
    m_path = slidePathLines(c, detail.pathFromOrigin, pseudonyms, zone);
}

QStringList SlideActorPanel::subtitleLines(qreal width, const QFontMetricsF &fm) const
{
    if (m_name.isEmpty() || m_role.isEmpty())
        return {m_name.isEmpty() ? m_role : m_name};
    const QString both = QStringLiteral("%1 · %2").arg(m_name, m_role);
    if (fm.horizontalAdvance(both) <= width)
        return {both};
    return {m_name, m_role};
}

qreal SlideActorPanel::height(qreal width, const QFont &font) const
{
    const QFontMetricsF fm(font);
    const qreal h = fm.height() + 3;
    const qreal title = QFontMetricsF(scaled(withBold(font, true), 1.25)).height();
    const int pathLines = m_path.empty() ? 1 : static_cast<int>(m_path.size());
    const auto subtitle = static_cast<qreal>(subtitleLines(width - 2 * kPad, fm).size());
    return 2 * kPad + title + (subtitle + 1) * h + static_cast<qreal>(m_rows.size()) * h + 8 + h + pathLines * h;
}

void SlideActorPanel::paint(QPainter *painter, const QRectF &rect, const GraphTheme &theme, const QFont &font) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(theme.chipBorder, 1));
    QColor box = theme.chipFill;
    box.setAlphaF(1.0);
    painter->setBrush(box);
    painter->drawRoundedRect(rect, 6, 6);

    const QFontMetricsF fm(font);
    const qreal h = fm.height() + 3;
    const QRectF inner = rect.adjusted(kPad, kPad, -kPad, -kPad);
    qreal y = inner.top();
    const QFont titleFont = scaled(withBold(font, true), 1.25);
    const qreal titleHeight = QFontMetricsF(titleFont).height();
    painter->setPen(QPen(theme.markerOutline, 1));
    painter->setBrush(m_roleColour);
    painter->drawEllipse(QPointF(inner.left() + 6, y + titleHeight / 2), 6, 6);
    painter->setFont(titleFont);
    painter->setPen(theme.text);
    painter->drawText(QRectF(inner.left() + 18, y, inner.width() - 18, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(titleFont).elidedText(m_title, Qt::ElideRight, inner.width() - 18));
    y += titleHeight;
    painter->setFont(font);
    painter->setPen(theme.mutedText);
    for (const QString &line : subtitleLines(inner.width(), fm)) {
        painter->drawText(QRectF(inner.left(), y, inner.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(line, Qt::ElideRight, inner.width()));
        y += h;
    }
    painter->drawText(QRectF(inner.left(), y, inner.width(), h), Qt::AlignLeft | Qt::AlignVCenter, m_asOf);
    y += h;
    for (const Row &r : m_rows) {
        if (y + h > inner.bottom())
            break;
        const qreal valueWidth = std::min(fm.horizontalAdvance(r.value) + 1, inner.width() / 2);
        const qreal room = inner.width() - valueWidth - 6;
        // The full label when it fits, else the table's short one, elided only as a last
        // resort.
        const QString name = fm.horizontalAdvance(r.name) <= room ? r.name : r.brief;
        painter->setPen(theme.mutedText);
        painter->drawText(QRectF(inner.left(), y, room, h), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(name, Qt::ElideRight, room));
        painter->setPen(theme.text);
        painter->drawText(QRectF(inner.right() - valueWidth, y, valueWidth, h), Qt::AlignRight | Qt::AlignVCenter,
                          fm.elidedText(r.value, Qt::ElideLeft, valueWidth));
        y += h;
    }
    y += 8;
    if (y + 2 * h <= inner.bottom() + 0.5) {
        painter->setFont(withBold(font, true));
        painter->setPen(theme.text);
        painter->drawText(QRectF(inner.left(), y, inner.width(), h), Qt::AlignLeft | Qt::AlignVCenter, m_pathTitle);
        y += h;
        if (m_path.empty()) {
            painter->setFont(font);
            painter->setPen(theme.mutedText);
            painter->drawText(QRectF(inner.left(), y, inner.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                              Text::tr("not reached from the origin yet"));
        } else {
            paintSlidePath(painter, QRectF(inner.left(), y, inner.width(), inner.bottom() - y), m_path, theme, font);
        }
    }
    painter->restore();
}

} // namespace cascade
