// SPDX-License-Identifier: GPL-3.0-or-later
// SlideComposer's other pages: the deck's title and closing pages, and the filmstrip.
#include "app/export/slidecomposer.h"

#include "app/document/casedocument.h"
#include "app/export/slideactorpanel.h"
#include "app/graph/graphlegend.h"
#include "app/graph/graphscene.h"
#include "app/inspector/measureinfo.h"
#include "app/presentation/displayformat.h"
#include "core/analysis/actormeasures.h"
#include "core/analysis/casesummary.h"
#include "core/model/case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "SlideComposer").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlideComposer)
};

constexpr qreal kMargin = SlideComposer::kFrameMargin;

// Draws word-wrapped text in at most `maxLines` lines (the last elided); returns the
// height used.
qreal drawWrapped(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, int maxLines)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font);
    QString shown = text;
    const qreal limit = std::min(rect.height(), maxLines * fm.lineSpacing()) + 1;
    auto heightOf = [&](const QString &t) {
        return fm.boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, t).height();
    };
    if (heightOf(shown) > limit) {
        while (shown.size() > 1 && heightOf(shown + QChar(0x2026)) > limit)
            shown.chop(std::max<qsizetype>(1, shown.size() / 40));
        shown = shown.trimmed() + QChar(0x2026);
    }
    const qreal h = std::min(heightOf(shown), limit);
    painter->setFont(font);
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, shown);
    return h;
}

} // namespace

void SlideComposer::paintTitlePage(QPainter *painter, const QRect &target, const SlideOptions &o)
{
    prepare(o);
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    const QSize design = designSize(o.size);
    const qreal W = design.width();
    const qreal H = design.height();
    const qreal M = 2 * kMargin;
    painter->save();
    beginDesign(painter, target, design);
    painter->fillRect(QRectF(0, 0, W, H), m_theme.background);

    // An accent bar beside the title block.
    QColor accent = m_theme.highlight;
    accent.setAlphaF(1.0);
    const qreal width = W - 2 * M - 24;
    qreal y = H * 0.16;
    const qreal top = y;
    painter->setPen(m_theme.text);
    y += drawWrapped(painter, QRectF(M + 24, y, width, H), slideText(DisplayFormat::caseTitle(c)), font(44, true), 2) + 18;
    painter->setPen(m_theme.mutedText);
    y += drawWrapped(painter, QRectF(M + 24, y, width, H), slideText(DisplayFormat::caseSummary(c)), font(19), 9) + 24;
    painter->fillRect(QRectF(M, top + 6, 8, y - top - 30), accent);

    // Facts: when, from whom to whom, how much.
    const QFont factFont = font(17);
    const QFontMetricsF fm(factFont);
    QStringList facts;
    if (!c.events.empty()) {
        const TimeMs start = c.startTime(), end = c.endTime();
        const QDateTime s = toDateTime(start, zone);
        const bool days = DisplayFormat::spansSeveralDays(start, end, zone);
        const QString abbreviation = zone.abbreviation(s);
        facts << Text::tr("When: %1, %2 to %3 (%4 time%5)")
                     .arg(QLocale().toString(s, QStringLiteral("ddd d MMM yyyy")), DisplayFormat::clock(start, zone, false),
                          DisplayFormat::clock(end, zone, days), DisplayFormat::zoneCity(zone),
                          abbreviation.isEmpty() ? QString() : QStringLiteral(", ") + abbreviation);
    }
    if (c.origin != kNoActor) {
        QStringList targets;
        for (ActorId t : c.targets)
            targets << m_pseudonyms.label(t);
        facts << (targets.isEmpty() ? Text::tr("From %1").arg(m_pseudonyms.label(c.origin))
                                    : Text::tr("From %1 to %2").arg(m_pseudonyms.label(c.origin), targets.join(QStringLiteral(", "))));
    }
    facts << Text::tr("%1 actors, %2 events, %3 milestones")
                 .arg(DisplayFormat::count(static_cast<std::int64_t>(c.actors.size())),
                      DisplayFormat::count(static_cast<std::int64_t>(c.events.size())))
                 .arg(c.milestones.size());
    if (m_pseudonyms.enabled())
        facts << Text::tr("Accounts with fewer than %1 followers are shown as \"follower 1\", \"follower 2\"...")
                     .arg(DisplayFormat::count(m_pseudonyms.threshold()));
    painter->setFont(factFont);
    painter->setPen(m_theme.text);
    for (const QString &fact : facts) {
        painter->drawText(QRectF(M + 24, y, width, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(fact, Qt::ElideRight, width));
        y += fm.lineSpacing() + 4;
    }

    // Sources at the bottom, one per line.
    const QFont sourceFont = font(14);
    const QFontMetricsF sm(sourceFont);
    std::vector<QString> lines;
    for (const Source &s : c.sources)
        lines.push_back(slideText(s.url.isEmpty() ? DisplayFormat::sourceTitle(s)
                                                  : QStringLiteral("%1, %2").arg(DisplayFormat::sourceTitle(s), s.url)));
    if (!lines.empty()) {
        qreal sy = H - M - static_cast<qreal>(lines.size() + 1) * (sm.lineSpacing() + 2);
        sy = std::max(sy, y + 16);
        painter->setFont(font(14, true));
        painter->setPen(m_theme.text);
        painter->drawText(QRectF(M + 24, sy, width, sm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          lines.size() == 1 ? Text::tr("Source") : Text::tr("Sources"));
        sy += sm.lineSpacing() + 2;
        painter->setFont(sourceFont);
        painter->setPen(m_theme.mutedText);
        for (const QString &line : lines) {
            if (sy + sm.lineSpacing() > H - kMargin)
                break;
            painter->drawText(QRectF(M + 24, sy, width, sm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                              sm.elidedText(line, Qt::ElideRight, width));
            sy += sm.lineSpacing() + 2;
        }
    }
    painter->restore();
}

void SlideComposer::paintClosingPage(QPainter *painter, const QRect &target, const SlideOptions &o)
{
    prepare(o);
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    const QSize design = designSize(o.size);
    const qreal W = design.width();
    const qreal H = design.height();
    const qreal M = kMargin;
    const TimeMs end = c.endTime();
    painter->save();
    beginDesign(painter, target, design);
    painter->fillRect(QRectF(0, 0, W, H), m_theme.background);

    const QFont titleFont = font(32, true);
    const QFontMetricsF tm(titleFont);
    painter->setFont(titleFont);
    painter->setPen(m_theme.text);
    painter->drawText(QRectF(M, M, W - 2 * M, tm.height()), Qt::AlignLeft | Qt::AlignVCenter, Text::tr("How the message travelled"));
    const QFont subFont = font(16);
    const QFontMetricsF sm(subFont);
    painter->setFont(subFont);
    painter->setPen(m_theme.mutedText);
    const QString subtitle = Text::tr("As of %1, the end of the case. Several measures side by side: their rankings disagree.")
                                 .arg(DisplayFormat::dateTime(end, zone));
    painter->drawText(QRectF(M, M + tm.height() + 4, W - 2 * M, sm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      sm.elidedText(subtitle, Qt::ElideRight, W - 2 * M));
    const qreal bodyTop = M + tm.height() + 4 + sm.lineSpacing() + 28;
    qreal bottom = H - M;
    if (o.showSources && !sourcesText().isEmpty()) {
        const qreal h = QFontMetricsF(font(12)).height();
        paintSources(painter, QRectF(M, H - M - h, W - 2 * M, h));
        bottom -= h + 16;
    }

    // Left: the path from the origin to each target.
    const CaseSummary summary = summarizeCase(m_document->analysis(), end);
    const qreal pathWidth = std::min<qreal>(400, W * 0.32);
    const QFont pathFont = font(15);
    const QFontMetricsF pm(pathFont);
    qreal y = bodyTop;
    std::vector<ActorId> onPath;
    for (const TargetSummary &t : summary.targets) {
        if (y + 3 * pm.lineSpacing() > bottom)
            break;
        painter->setFont(font(17, true));
        painter->setPen(m_theme.text);
        const QString heading = t.path.reached ? Text::tr("To %1, in %2").arg(m_pseudonyms.label(t.target), DisplayFormat::duration(t.path.latency))
                                               : Text::tr("To %1: not reached").arg(m_pseudonyms.label(t.target));
        painter->drawText(QRectF(M, y, pathWidth, pm.lineSpacing() + 6), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font(17, true)).elidedText(heading, Qt::ElideRight, pathWidth));
        y += pm.lineSpacing() + 10;
        y += paintSlidePath(painter, QRectF(M, y, pathWidth, bottom - y), slidePathLines(c, t.path, m_pseudonyms, zone),
                            m_theme, pathFont) + 18;
        for (const PathStep &s : t.path.steps)
            onPath.push_back(s.actor);
    }

    // Right: the measures table, the actors on those paths first, then the largest.
    MeasureOptions options;
    options.closenessBudget = 0;
    const MeasuresTable table = measureActors(m_document->analysis(), end, options);
    std::vector<ActorId> rows;
    auto add = [&rows](ActorId a) {
        if (a != kNoActor && std::find(rows.begin(), rows.end(), a) == rows.end())
            rows.push_back(a);
    };
    for (ActorId a : onPath)
        add(a);
    for (ActorId a : rankActors(table, Measure::Exposure)) {
        if (rows.size() >= 14)
            break;
        add(a);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](ActorId x, ActorId y2) {
        return table.rows[static_cast<std::size_t>(x)].followers > table.rows[static_cast<std::size_t>(y2)].followers;
    });
    const Measure columns[] = {Measure::Followers, Measure::RepostsReceived, Measure::Exposure,
                               Measure::PageRank, Measure::Betweenness, Measure::Latency};
    const qreal tableLeft = M + pathWidth + 40;
    const qreal tableWidth = W - M - tableLeft;
    const QFont cellFont = font(14);
    const QFont headFont = font(13, true);
    const QFontMetricsF cm(cellFont);
    const QFontMetricsF hm(headFont);
    const qreal rowHeight = cm.height() + 8;
    constexpr std::size_t kColumns = std::size(columns);
    auto valueOf = [&](ActorId a, Measure measure) {
        const ActorMeasures &m = table.rows[static_cast<std::size_t>(a)];
        switch (measure) {
        case Measure::Followers: return DisplayFormat::count(m.followers);
        case Measure::RepostsReceived: return DisplayFormat::count(m.counts.repostsReceived());
        case Measure::Exposure: return DisplayFormat::count(m.counts.exposure);
        case Measure::PageRank: return DisplayFormat::score(m.pageRank);
        case Measure::Betweenness: return DisplayFormat::score(m.betweenness);
        default: return a == c.origin ? Text::tr("origin") : m.reached ? DisplayFormat::duration(m.latency) : QStringLiteral("-");
        }
    };
    // Each column as wide as its widest value or the longest word of its header (headers
    // wrap onto two lines); the actor column takes the rest.
    std::array<qreal, kColumns> width{};
    for (std::size_t i = 0; i < kColumns; ++i) {
        for (const QString &word : measureInfo(columns[i]).header.split(QLatin1Char(' ')))
            width[i] = std::max(width[i], hm.horizontalAdvance(word));
        for (ActorId a : rows)
            width[i] = std::max(width[i], cm.horizontalAdvance(valueOf(a, columns[i])));
        width[i] += 18;
    }
    qreal valuesWidth = std::accumulate(width.begin(), width.end(), 0.0);
    if (valuesWidth > tableWidth - 120) { // never past the frame: values elide instead
        for (qreal &w : width)
            w *= (tableWidth - 120) / valuesWidth;
        valuesWidth = tableWidth - 120;
    }
    const qreal actorWidth = tableWidth - valuesWidth;
    std::array<qreal, kColumns> left{};
    qreal x = tableLeft + actorWidth;
    for (std::size_t i = 0; i < kColumns; ++i) {
        left[i] = x;
        x += width[i];
    }
    const qreal tableRight = x;
    qreal ty = bodyTop;
    painter->setFont(headFont);
    painter->setPen(m_theme.text);
    const qreal headHeight = 2 * hm.lineSpacing() + 6;
    painter->drawText(QRectF(tableLeft, ty, actorWidth, headHeight), Qt::AlignLeft | Qt::AlignBottom, Text::tr("Actor"));
    for (std::size_t i = 0; i < kColumns; ++i)
        painter->drawText(QRectF(left[i], ty, width[i] - 6, headHeight), Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap,
                          measureInfo(columns[i]).header);
    ty += headHeight + 4;
    painter->setPen(QPen(m_theme.chipBorder, 1));
    painter->drawLine(QPointF(tableLeft, ty), QPointF(tableRight, ty));
    ty += 2;
    bool anyOnPath = false;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (ty + rowHeight > bottom - rowHeight)
            break;
        const ActorId a = rows[r];
        const bool path = std::find(onPath.begin(), onPath.end(), a) != onPath.end();
        anyOnPath = anyOnPath || path;
        const QRectF row(tableLeft, ty, tableRight - tableLeft, rowHeight);
        if (r % 2 == 1)
            painter->fillRect(row, m_theme.laneFill[0]);
        if (path) {
            QColor h = m_theme.highlight;
            h.setAlphaF(0.35);
            painter->fillRect(row, h);
        }
        painter->setPen(QPen(m_theme.markerOutline, 1));
        painter->setBrush(DisplayFormat::roleColor(c, a));
        painter->drawEllipse(QPointF(tableLeft + 8, ty + rowHeight / 2), 5, 5);
        QFont nameFont = cellFont;
        nameFont.setBold(path);
        painter->setFont(nameFont);
        painter->setPen(m_theme.text);
        painter->drawText(QRectF(tableLeft + 20, ty, actorWidth - 24, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(nameFont).elidedText(m_pseudonyms.label(a), Qt::ElideRight, actorWidth - 24));
        painter->setFont(cellFont);
        for (std::size_t i = 0; i < kColumns; ++i)
            painter->drawText(QRectF(left[i], ty, width[i] - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                              cm.elidedText(valueOf(a, columns[i]), Qt::ElideLeft, width[i] - 6));
        ty += rowHeight;
    }
    if (anyOnPath) {
        painter->setFont(font(13));
        painter->setPen(m_theme.mutedText);
        painter->drawText(QRectF(tableLeft, ty + 6, tableWidth, cm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                          Text::tr("Highlighted: on the path to a target. Potential exposure is an upper bound."));
    }
    painter->restore();
}

void SlideComposer::paintFilmstrip(QPainter *painter, const QRect &target, const std::vector<SlideOptions> &moments,
                                   const SlideOptions &o)
{
    SlideOptions base = o;
    base.showActor = false;
    prepare(base);
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    // A larger design space than a slide's: the tiles are small multiples.
    const QSize slideDesign = designSize(o.size);
    const QSize design(static_cast<int>(slideDesign.width() * 1.5), static_cast<int>(slideDesign.height() * 1.5));
    const qreal W = design.width();
    const qreal H = design.height();
    const qreal M = kMargin * 1.5;
    painter->save();
    beginDesign(painter, target, design);
    painter->fillRect(QRectF(0, 0, W, H), m_theme.background);

    const QFont titleFont = font(40, true);
    const QFontMetricsF tm(titleFont);
    painter->setFont(titleFont);
    painter->setPen(m_theme.text);
    const QString title = slideText(o.title.isEmpty() ? DisplayFormat::caseTitle(c) : o.title);
    painter->drawText(QRectF(M, M, W - 2 * M, tm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      tm.elidedText(title, Qt::ElideRight, W - 2 * M));
    qreal top = M + tm.height() + 24;
    qreal bottom = H - M;
    if (o.showSources && !sourcesText().isEmpty()) {
        const QFont f = font(16);
        const qreal h = QFontMetricsF(f).height();
        painter->setFont(f);
        painter->setPen(m_theme.mutedText);
        painter->drawText(QRectF(M, H - M - h, W - 2 * M, h), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(f).elidedText(sourcesText(), Qt::ElideRight, W - 2 * M));
        bottom -= h + 16;
    }
    qreal right = W - M;
    if (o.showLegend) {
        const GraphLegend legend(m_scene->legendModel(), m_theme, font(18));
        const QSizeF s = legend.size();
        legend.paint(painter, QPointF(W - M - s.width(), top));
        right = W - M - s.width() - 32;
    }

    // The grid: the number of columns that gives the graph the most room.
    const std::size_t n = std::max<std::size_t>(1, moments.size());
    const QFont tileFont = font(20, true);
    const QFontMetricsF fm(tileFont);
    const qreal gap = 24;
    const qreal header = fm.height() + 10;
    const QRectF bounds = m_scene->contentBounds();
    const qreal aspect = bounds.height() > 0 ? bounds.width() / bounds.height() : 1.6;
    std::size_t best = 1;
    qreal bestArea = -1;
    for (std::size_t cols = 1; cols <= n; ++cols) {
        const std::size_t rowsNeeded = (n + cols - 1) / cols;
        const qreal w = (right - M - (cols - 1) * gap) / cols;
        const qreal h = (bottom - top - (rowsNeeded - 1) * gap) / rowsNeeded - header;
        const qreal graphW = std::min(w, h * aspect);
        const qreal area = graphW * graphW / aspect;
        if (w > 0 && h > 0 && area > bestArea) {
            bestArea = area;
            best = cols;
        }
    }
    const std::size_t cols = best;
    const std::size_t rows = (n + cols - 1) / cols;
    const qreal tileW = (right - M - (cols - 1) * gap) / cols;
    const qreal tileH = (bottom - top - (rows - 1) * gap) / rows;
    for (std::size_t i = 0; i < moments.size(); ++i) {
        SlideOptions m = base;
        m.time = moments[i].time;
        prepare(m);
        const QRectF tile(M + (i % cols) * (tileW + gap), top + (i / cols) * (tileH + gap), tileW, tileH);
        painter->setPen(QPen(m_theme.chipBorder, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tile, 8, 8);
        const QString number = QString::number(moments[i].milestone >= 0 ? moments[i].milestone + 1 : static_cast<int>(i) + 1);
        QString text = DisplayFormat::clock(m.time, zone, false);
        if (!moments[i].title.isEmpty())
            text += QStringLiteral("  ") + slideText(moments[i].title);
        const QRectF head(tile.left() + 12, tile.top() + 6, tile.width() - 24, fm.height());
        const qreal badge = fm.height();
        QColor accent = m_theme.highlight;
        accent.setAlphaF(1.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawEllipse(QRectF(head.left(), head.top(), badge, badge));
        painter->setFont(font(15, true));
        painter->setPen(QColor(Qt::black));
        painter->drawText(QRectF(head.left(), head.top(), badge, badge), Qt::AlignCenter, number);
        painter->setFont(tileFont);
        painter->setPen(m_theme.text);
        painter->drawText(head.adjusted(badge + 8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(text, Qt::ElideRight, head.width() - badge - 8));
        // Small multiples share one frame: the whole case.
        const GraphFit fit = fitGraph(QRectF(tile.left() + 8, tile.top() + header + 4, tile.width() - 16, tile.height() - header - 12),
                                      framedContent(SlideOptions::Frame::Whole));
        paintGraph(painter, fit.source, fit.drawn);
    }
    painter->restore();
}

} // namespace cascade
