// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presentation/presentationwindow.h"

#include "app/document/casedocument.h"
#include "app/export/timestrip.h"
#include "app/graph/graphoverlay.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphtheme.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/presentation/displayformat.h"
#include "core/model/case.h"

#include <QAction>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace cascade {

// ---- the window -----------------------------------------------------------------------

PresentationWindow::PresentationWindow(CaseDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_graph(new GraphView(document, this)),
      m_card(new PresentationCard(document, this)), m_blank(new QWidget(this)), m_replay(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("PresentationWindow"));
    setWindowTitle(tr("Presenting: %1").arg(DisplayFormat::caseTitle(document->caseData())));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_graph, 1);
    layout->addWidget(m_card);
    // The keys are the presenter's: the graph takes neither focus nor keys.
    m_graph->setFocusPolicy(Qt::NoFocus);
    m_graph->overlay()->hide();
    if (m_graph->legendAction()->isChecked())
        m_graph->legendAction()->trigger();
    m_graph->setFollowStory(true);
    m_graph->layoutController()->layoutCase();
    m_graph->setPlaying(true); // new events flash as they come
    m_blank->setAutoFillBackground(true);
    QPalette black = m_blank->palette();
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->hide();

    m_replay->setEasingCurve(QEasingCurve::Linear);
    m_replay->setDuration(kReplayMs);
    connect(m_replay, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { m_document->setCursor(static_cast<TimeMs>(std::llround(v.toDouble()))); });
    // At the end, exactly on the milestone.
    connect(m_replay, &QVariantAnimation::finished, this, [this] { goToBeat(m_beat); });
    connect(m_document, &CaseDocument::cursorChanged, m_card, &PresentationCard::setTime);
    // A new case under the presentation: it ends.
    connect(m_document, &CaseDocument::aboutToReset, this, &QWidget::close);
}

PresentationWindow::~PresentationWindow()
{
    m_replay->stop();
    delete m_presenter;
}

int PresentationWindow::beatAt(const CaseDocument &document)
{
    const std::vector<Milestone> &ms = document.caseData().milestones;
    const auto after = std::upper_bound(ms.begin(), ms.end(), document.cursor(),
                                        [](TimeMs t, const Milestone &m) { return t < m.time; });
    return after == ms.begin() ? 0 : static_cast<int>(after - ms.begin()) - 1;
}

int PresentationWindow::beatCount() const
{
    return static_cast<int>(m_document->caseData().milestones.size());
}

bool PresentationWindow::replaying() const
{
    return m_replay->state() == QAbstractAnimation::Running;
}

void PresentationWindow::start(int beat)
{
    // The whole screen of the window it came from, also where no window manager makes
    // full screen so.
    if (QScreen *s = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen())
        setGeometry(s->geometry());
    showFullScreen();
    activateWindow();
    setFocus();
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        QScreen *here = screen();
        for (QScreen *s : screens)
            if (s != here) {
                showPresenterView(s);
                break;
            }
    }
    goToBeat(beat);
}

void PresentationWindow::showPresenterView(QScreen *screen)
{
    if (!m_presenter) {
        m_presenter = new PresenterView(m_document);
        m_presenter->setAttribute(Qt::WA_DeleteOnClose, false);
        m_presenter->setBeat(m_beat);
    }
    if (screen) {
        m_presenter->setScreen(screen);
        m_presenter->setGeometry(screen->availableGeometry());
        m_presenter->showFullScreen();
    } else {
        m_presenter->resize(900, 600);
        m_presenter->show();
    }
    activateWindow(); // the keys stay with the presentation
    setFocus();
}

void PresentationWindow::goToBeat(int beat)
{
    if (beatCount() == 0) {
        m_card->setBeat(0, 0, DisplayFormat::caseTitle(m_document->caseData()), tr("This case has no milestones: add some (Ctrl+M) to present it."));
        return;
    }
    m_replay->stop();
    m_beat = std::clamp(beat, 0, beatCount() - 1);
    m_document->setCursor(m_document->caseData().milestones[static_cast<std::size_t>(m_beat)].time);
    showBeat();
}

void PresentationWindow::nextBeat()
{
    if (replaying()) { // a second press: the end of the replay at once
        m_replay->stop();
        goToBeat(m_beat);
        return;
    }
    if (m_beat + 1 >= beatCount())
        return;
    const std::vector<Milestone> &ms = m_document->caseData().milestones;
    const TimeMs from = ms[static_cast<std::size_t>(m_beat)].time;
    ++m_beat;
    const TimeMs to = ms[static_cast<std::size_t>(m_beat)].time;
    showBeat(); // the card says where we are going
    // Milliseconds since 1970 are exact in a double (below 2^53).
    m_replay->setStartValue(static_cast<double>(from));
    m_replay->setEndValue(static_cast<double>(to));
    m_replay->start();
}

void PresentationWindow::previousBeat()
{
    goToBeat(m_beat - 1); // during a replay: back to the beat it started from
}

void PresentationWindow::showBeat()
{
    const std::vector<Milestone> &ms = m_document->caseData().milestones;
    if (ms.empty())
        return;
    const Milestone &m = ms[static_cast<std::size_t>(m_beat)];
    m_card->setBeat(m_beat, beatCount(), DisplayFormat::milestoneTitle(m), DisplayFormat::milestoneCaption(m));
    m_card->setTime(m_document->cursor());
    if (m_presenter)
        m_presenter->setBeat(m_beat);
    emit beatChanged(m_beat);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        m_typed += QChar(u'0' + (key - Qt::Key_0));
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_typed.isEmpty()) {
        const int n = m_typed.toInt();
        m_typed.clear();
        if (n >= 1 && n <= beatCount())
            goToBeat(n - 1);
        return;
    }
    m_typed.clear();
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter: nextBeat(); return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace: previousBeat(); return;
    case Qt::Key_Home: goToBeat(0); return;
    case Qt::Key_End: goToBeat(beatCount() - 1); return;
    case Qt::Key_B:
    case Qt::Key_Period:
        m_blank->setGeometry(rect());
        m_blank->setVisible(!m_blank->isVisible());
        m_blank->raise();
        return;
    case Qt::Key_P: showPresenterView(); return;
    case Qt::Key_Escape: close(); return;
    default: QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeChildren();
}

void PresentationWindow::placeChildren()
{
    m_card->setFixedHeight(PresentationCard::preferredHeight(height()));
    m_blank->setGeometry(rect());
}

// ---- the card -------------------------------------------------------------------------

PresentationCard::PresentationCard(CaseDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("PresentationCard"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

int PresentationCard::preferredHeight(int height)
{
    return std::max(150, height * 24 / 100);
}

void PresentationCard::setBeat(int beat, int count, const QString &title, const QString &caption)
{
    m_beat = beat;
    m_count = count;
    m_title = title;
    m_caption = caption;
    update();
}

void PresentationCard::setTime(TimeMs time)
{
    m_time = time;
    update();
}

QString PresentationCard::numberText() const
{
    return m_count ? tr("%1 / %2").arg(m_beat + 1).arg(m_count) : QString();
}

QString PresentationCard::clockText() const
{
    return DisplayFormat::clock(m_time, m_document->displayZone(), false);
}

void PresentationCard::paintEvent(QPaintEvent *)
{
    const GraphTheme theme = GraphTheme::light();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), theme.background);
    p.setPen(QPen(theme.chipBorder, 1));
    p.drawLine(QPointF(0, 0.5), QPointF(width(), 0.5));
    const qreal h = height();
    const qreal margin = std::max<qreal>(16, width() * 0.025);

    QFont strip = font();
    strip.setPixelSize(std::max(11, qRound(h * 0.075)));
    const qreal stripHeight = TimeStrip::height(strip);
    const QRectF text(margin, h * 0.08, width() - 2 * margin, h - stripHeight - h * 0.14);

    // The clock, at the right; the date under it.
    QFont clock = font();
    clock.setPixelSize(std::max(16, qRound(h * 0.2)));
    clock.setBold(true);
    const QFontMetricsF cm(clock);
    const QString time = clockText();
    const qreal clockWidth = cm.horizontalAdvance(QStringLiteral("00:00")) + margin;
    p.setFont(clock);
    p.setPen(theme.text);
    p.drawText(QRectF(text.right() - clockWidth, text.top(), clockWidth, cm.height()), Qt::AlignRight | Qt::AlignTop, time);
    QFont small = font();
    small.setPixelSize(std::max(11, qRound(h * 0.075)));
    p.setFont(small);
    p.setPen(theme.mutedText);
    p.drawText(QRectF(text.right() - clockWidth * 2, text.top() + cm.height(), clockWidth * 2, QFontMetricsF(small).height()),
               Qt::AlignRight | Qt::AlignTop, numberText());

    // The number badge, the title, the caption.
    QFont title = font();
    title.setPixelSize(std::max(16, qRound(h * 0.18)));
    title.setBold(true);
    const QFontMetricsF tm(title);
    const QRectF words(text.left(), text.top(), text.width() - clockWidth * 2, text.height());
    p.setFont(title);
    p.setPen(theme.text);
    const QString shownTitle = tm.elidedText(m_title, Qt::ElideRight, words.width());
    p.drawText(QRectF(words.left(), words.top(), words.width(), tm.height()), Qt::AlignLeft | Qt::AlignTop, shownTitle);
    QFont caption = font();
    caption.setPixelSize(std::max(12, qRound(h * 0.1)));
    p.setFont(caption);
    p.setPen(theme.text);
    p.drawText(QRectF(words.left(), words.top() + tm.height() + h * 0.02, words.width(), words.height() - tm.height()),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_caption);

    // The time strip along the bottom.
    const Case &c = m_document->caseData();
    if (!c.events.empty()) {
        const TimeStrip timeStrip(c, m_document->timeIndex(), m_document->displayZone());
        timeStrip.paint(&p, QRectF(margin, h - stripHeight - h * 0.04, width() - 2 * margin, stripHeight), m_time, m_beat,
                        theme, strip);
    }
}

// ---- the presenter's view -------------------------------------------------------------

PresenterView::PresenterView(CaseDocument *document, QWidget *parent)
    : QWidget(parent, Qt::Window), m_document(document), m_now(new QLabel(this)), m_next(new QLabel(this)),
      m_notes(new QLabel(this)), m_timer(new QLabel(this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("PresenterView"));
    setWindowTitle(tr("Presenter view"));
    auto *layout = new QVBoxLayout(this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_now->setFont(big);
    m_timer->setFont(big);
    m_timer->setAlignment(Qt::AlignRight);
    QFont notes = font();
    notes.setPointSizeF(notes.pointSizeF() * 1.5);
    m_notes->setFont(notes);
    for (QLabel *l : {m_now, m_next, m_notes})
        l->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_notes->setTextFormat(Qt::PlainText);
    layout->addWidget(m_timer);
    layout->addWidget(m_now);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_next);
    m_elapsed.start();
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &PresenterView::tick);
    m_clock->start();
    tick();
}

void PresenterView::setBeat(int beat)
{
    const std::vector<Milestone> &ms = m_document->caseData().milestones;
    if (beat < 0 || static_cast<std::size_t>(beat) >= ms.size())
        return;
    const Milestone &m = ms[static_cast<std::size_t>(beat)];
    m_now->setText(tr("%1. %2").arg(beat + 1).arg(DisplayFormat::milestoneTitle(m)));
    const QString notes = DisplayFormat::milestoneNotes(m);
    m_notes->setText(notes.isEmpty() ? tr("(No speaker notes: add them in the milestone's dialog.)") : notes);
    if (static_cast<std::size_t>(beat) + 1 < ms.size()) {
        const Milestone &n = ms[static_cast<std::size_t>(beat) + 1];
        m_next->setText(tr("Next: %1. %2 (%3)").arg(beat + 2).arg(DisplayFormat::milestoneTitle(n), DisplayFormat::clock(n.time, m_document->displayZone(), false)));
    } else {
        m_next->setText(tr("Next: the end"));
    }
}

QString PresenterView::nowText() const
{
    return m_now->text();
}

QString PresenterView::nextText() const
{
    return m_next->text();
}

QString PresenterView::notesText() const
{
    return m_notes->text();
}

QString PresenterView::timerText() const
{
    return m_timer->text();
}

void PresenterView::tick()
{
    const qint64 s = m_elapsed.elapsed() / 1000;
    m_timer->setText(QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0')));
}

} // namespace cascade
