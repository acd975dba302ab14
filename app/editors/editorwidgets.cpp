// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/editors/editorwidgets.h"

#include "app/presentation/displayformat.h"
#include "core/model/case.h"
#include "core/model/caseedit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTimeZone>

namespace cascade {

namespace {

constexpr char kZoneProperty[] = "cascadeZone";

} // namespace

QComboBox *makeRoleBox(const Case &c, RoleId current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (std::size_t r = 0; r < c.roles.size(); ++r) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor::fromRgb(static_cast<QRgb>(c.roles[r].rgb | 0xff000000u)));
        box->addItem(QIcon(swatch), DisplayFormat::labelOfRole(c, static_cast<RoleId>(r)), static_cast<int>(r));
    }
    box->addItem(QObject::tr("No role"), kNoRole);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : box->count() - 1);
    return box;
}

QComboBox *makePlatformBox(const Case &c, const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    QStringList names = {QStringLiteral("twitter"), QStringLiteral("bluesky"), QStringLiteral("mastodon"),
                         QStringLiteral("offline")};
    for (const Actor &a : c.actors) {
        if (!a.platform.isEmpty() && !names.contains(a.platform))
            names.append(a.platform);
        if (names.size() > 32)
            break;
    }
    box->addItems(names);
    box->setCurrentText(current);
    return box;
}

QDateTimeEdit *makeTimeEdit(TimeMs time, const QTimeZone &zone, QWidget *parent)
{
    // Qt 6.4's QDateTimeEdit knows no zone: it edits the wall-clock time of the case's
    // zone as a zoneless time, read back in that zone by timeOf().
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    const QDateTime local = toDateTime(time, zone);
    edit->setMinimumDateTime(QDateTime(QDate(1970, 1, 2), QTime(0, 0), Qt::UTC));
    edit->setMaximumDateTime(QDateTime(QDate(2099, 12, 30), QTime(23, 59, 59), Qt::UTC));
    edit->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
    const QString name = DisplayFormat::zoneName(zone);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss '%1'").arg(name));
    edit->setCalendarPopup(true);
    edit->setToolTip(QObject::tr("In the case's display time zone, %1").arg(name));
    edit->setProperty(kZoneProperty, zone.id());
    return edit;
}

TimeMs timeOf(const QDateTimeEdit *edit)
{
    const QTimeZone zone(edit->property(kZoneProperty).toByteArray());
    const QDateTime shown = edit->dateTime();
    return fromDateTime(QDateTime(shown.date(), shown.time(), zone.isValid() ? zone : QTimeZone::utc()));
}

QLabel *makeMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, QDialogButtonBox *buttons, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(problem.isEmpty());
}

} // namespace cascade
