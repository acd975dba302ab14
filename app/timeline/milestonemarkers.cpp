// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/milestonemarkers.h"

#include "app/presentation/displayformat.h"
#include "app/presentation/timelabels.h"

#include <QBrush>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>

namespace cascade {

namespace {
constexpr double kPadding = 4;   // inside a title box, left and right
constexpr double kGap = 6;       // between two titles on a row
constexpr double kMinWidth = 44; // an elided title narrower than this says nothing
constexpr double kLineZ = 3;
constexpr double kBoxZ = 6;
const QColor kInk(0x33, 0x33, 0x33);
} // namespace

void placeLabels(std::vector<LabelSlot> &labels, double minX, double maxX, int maxRows, double gap, double minWidth)
{
    // Per row: the index of its last label, or -1.
    std::vector<int> last(static_cast<std::size_t>(std::max(maxRows, 0)), -1);
    auto rowEnd = [&](int r) {
        const int i = last[static_cast<std::size_t>(r)];
        if (i < 0)
            return minX - gap;
        const LabelSlot &s = labels[static_cast<std::size_t>(i)];
        return s.left + s.shownWidth;
    };
    for (std::size_t i = 0; i < labels.size(); ++i) {
        LabelSlot &s = labels[i];
        s.shownWidth = std::min(s.width, maxX - minX);
        s.left = std::clamp(s.x, minX, maxX - s.shownWidth);
        s.row = -1;
        for (int r = 0; r < maxRows && s.row < 0; ++r)
            if (rowEnd(r) + gap <= s.left)
                s.row = r;
        if (s.row >= 0) {
            last[static_cast<std::size_t>(s.row)] = static_cast<int>(i);
            continue;
        }
        // No room: shorten the previous title of the row where that leaves the most room.
        int best = -1;
        double bestRoom = 0;
        for (int r = 0; r < maxRows; ++r) {
            const LabelSlot &p = labels[static_cast<std::size_t>(last[static_cast<std::size_t>(r)])];
            const double room = s.left - gap - p.left;
            if (room > bestRoom) {
                bestRoom = room;
                best = r;
            }
        }
        if (best >= 0 && bestRoom >= minWidth) {
            labels[static_cast<std::size_t>(last[static_cast<std::size_t>(best)])].shownWidth = bestRoom;
            s.row = best;
            last[static_cast<std::size_t>(best)] = static_cast<int>(i);
        }
    }
}

MilestoneMarkers::MilestoneMarkers(QGraphicsScene *scene, const QFont &font) : m_scene(scene), m_font(font) {}

MilestoneMarkers::~MilestoneMarkers()
{
    setMilestones({}, QTimeZone::utc());
}

double MilestoneMarkers::rowHeight() const
{
    return QFontMetricsF(m_font).height() + 5;
}

void MilestoneMarkers::setMilestones(const std::vector<Milestone> &milestones, const QTimeZone &zone)
{
    for (Marker &m : m_markers) {
        delete m.line;
        delete m.box; // owns the text
    }
    m_markers.clear();
    for (const Milestone &milestone : milestones) {
        Marker m;
        m.milestone = milestone;
        m.line = new QGraphicsLineItem;
        QPen pen(kInk, 1.2, Qt::DashLine);
        pen.setCosmetic(true);
        m.line->setPen(pen);
        m.line->setZValue(kLineZ);
        m.box = new QGraphicsRectItem;
        m.box->setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
        m.box->setBrush(QColor(0xFF, 0xFF, 0xF4));
        m.box->setZValue(kBoxZ);
        QString tip = QStringLiteral("<b>%1</b> &mdash; %2").arg(DisplayFormat::milestoneTitle(milestone).toHtmlEscaped(),
                                                              formatShortTime(milestone.time, zone).toHtmlEscaped());
        const QString caption = DisplayFormat::milestoneCaption(milestone);
        if (!caption.isEmpty())
            tip += QStringLiteral("<br>") + caption.toHtmlEscaped();
        m.box->setToolTip(tip);
        m.line->setToolTip(tip);
        m.text = new QGraphicsSimpleTextItem(m.box);
        m.text->setFont(m_font);
        m.text->setBrush(kInk);
        m_scene->addItem(m.line);
        m_scene->addItem(m.box);
        m_markers.push_back(m);
    }
}

int MilestoneMarkers::layout(const TimeAxis &axis, const QRectF &plot)
{
    const QFontMetricsF metrics(m_font);
    std::vector<LabelSlot> labels;
    std::vector<Marker *> placed;
    for (Marker &m : m_markers) {
        const bool inView = m.milestone.time >= axis.viewStart && m.milestone.time <= axis.viewEnd;
        m.line->setVisible(inView);
        m.box->setVisible(false);
        if (!inView)
            continue;
        LabelSlot slot;
        slot.x = axis.mapTimeToX(m.milestone.time);
        slot.width = metrics.horizontalAdvance(DisplayFormat::milestoneTitle(m.milestone)) + 2 * kPadding;
        labels.push_back(slot);
        placed.push_back(&m);
    }
    placeLabels(labels, plot.left(), plot.right(), kMaxRows, kGap, kMinWidth);
    int rows = 0;
    const double h = rowHeight();
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const LabelSlot &s = labels[i];
        Marker &m = *placed[i];
        double top = plot.top();
        if (s.row >= 0) {
            rows = std::max(rows, s.row + 1);
            const double y = plot.top() - (s.row + 1) * h;
            top = y + h - 2;
            const QString text = metrics.elidedText(DisplayFormat::milestoneTitle(m.milestone), Qt::ElideRight, s.shownWidth - 2 * kPadding);
            m.text->setText(text);
            m.box->setRect(0, 0, s.shownWidth, h - 3);
            m.box->setPos(s.left, y);
            m.text->setPos(kPadding, (h - 3 - metrics.height()) / 2);
            m.box->setVisible(!text.isEmpty());
        }
        m.line->setLine(s.x, top, s.x, plot.bottom());
    }
    return rows;
}

std::optional<TimeMs> MilestoneMarkers::milestoneAt(const QPointF &scenePos) const
{
    for (const Marker &m : m_markers)
        if (m.box->isVisible() && m.box->sceneBoundingRect().contains(scenePos))
            return m.milestone.time;
    return std::nullopt;
}

QList<MilestoneMarkers::Shown> MilestoneMarkers::shown() const
{
    QList<Shown> list;
    for (const Marker &m : m_markers) {
        if (!m.line->isVisible())
            continue;
        Shown s;
        s.title = m.milestone.title;
        if (m.box->isVisible()) {
            s.text = m.text->text();
            s.box = m.box->sceneBoundingRect();
        }
        s.lineX = m.line->line().x1();
        list.push_back(s);
    }
    return list;
}

} // namespace cascade
