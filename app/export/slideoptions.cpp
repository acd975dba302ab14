// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/slideoptions.h"

#include "app/presentation/displayformat.h"
#include "core/model/case.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace cascade {

QSize SlideOptions::pixelSize() const
{
    return QSize(static_cast<int>(std::lround(size.width() * scale)), static_cast<int>(std::lround(size.height() * scale)));
}

const std::vector<SlideSizePreset> &slideSizePresets()
{
    static const std::vector<SlideSizePreset> presets = {
        {QCoreApplication::translate("SlideOptions", "1280 x 720 (HD)"), QSize(1280, 720)},
        {QCoreApplication::translate("SlideOptions", "1920 x 1080 (Full HD)"), QSize(1920, 1080)},
        {QCoreApplication::translate("SlideOptions", "3840 x 2160 (4K)"), QSize(3840, 2160)},
    };
    return presets;
}

std::optional<QSize> parseSlideSize(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*[xX*]\\s*(\\d{1,5})\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int w = m.captured(1).toInt();
    const int h = m.captured(2).toInt();
    if (w < 16 || h < 16 || w > 16384 || h > 16384)
        return std::nullopt;
    return QSize(w, h);
}

SlideOptions milestoneSlide(const Case &c, int milestone, SlideOptions base)
{
    const Milestone &m = c.milestones.at(static_cast<std::size_t>(milestone));
    base.time = m.time;
    base.milestone = milestone;
    base.title = DisplayFormat::milestoneTitle(m);
    base.caption = DisplayFormat::milestoneCaption(m);
    return base;
}

std::vector<SlideOptions> milestoneSlides(const Case &c, const SlideOptions &base)
{
    std::vector<SlideOptions> slides;
    slides.reserve(c.milestones.size());
    for (std::size_t i = 0; i < c.milestones.size(); ++i)
        slides.push_back(milestoneSlide(c, static_cast<int>(i), base));
    return slides;
}

QString slideFileStem(int number, const QString &title)
{
    QString slug;
    bool dash = false;
    for (QChar ch : title.normalized(QString::NormalizationForm_KD)) {
        if (ch.unicode() < 128 && ch.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += ch.toLower();
            dash = false;
        } else if (ch.category() != QChar::Mark_NonSpacing && ch != QLatin1Char('\'') && ch != QChar(0x2019)) {
            dash = true;
        }
        if (slug.size() >= 48)
            break;
    }
    const QString n = QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    return slug.isEmpty() ? n : n + QLatin1Char('-') + slug;
}

} // namespace cascade
