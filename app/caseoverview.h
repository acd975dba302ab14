// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;

namespace cascade {

class CaseDocument;

// The case at a glance (the lists' Case tab): title, summary, counts, time span in the
// display zone, origin and targets, then the case's notes (assumptions, what the
// sources leave open) and its sources. Every text of the case is shown as plain text;
// a source's link opens only on a click, and only for http and https.
class CaseOverview : public QWidget
{
    Q_OBJECT
public:
    explicit CaseOverview(CaseDocument *document, QWidget *parent = nullptr);

    // The texts shown, for tests.
    QString titleText() const;
    QString countsText() const;
    QString notesText() const;   // rich text of the notes section
    QString sourcesText() const; // rich text of the sources section

    // The links a click may open: http and https only.
    static bool isOpenableLink(const QUrl &url);

signals:
    // A source's link was clicked (and is openable); the window opens it.
    void linkActivated(const QUrl &url);

private:
    void refresh();

    CaseDocument *m_document;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_counts;
    QLabel *m_notesHeading;
    QLabel *m_notes;
    QLabel *m_sourcesHeading;
    QLabel *m_sources;
};

} // namespace cascade
