// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/graphtheme.h"

#include <QCoreApplication>

namespace cascade {

namespace {

// Solid for reposts and replies, dash-dot for quotes, dots for mentions, dashes for
// offline contacts, so
// that kinds stay distinct in grey print and for colour-blind viewers.
std::array<EdgeStyle, kInteractionKindCount> edgeStyles(QColor repost, QColor reply, QColor quote, QColor mention,
                                                        QColor offline)
{
    std::array<EdgeStyle, kInteractionKindCount> s;
    s[static_cast<int>(InteractionKind::Repost)] = {repost, Qt::SolidLine, 1.0};
    s[static_cast<int>(InteractionKind::Reply)] = {reply, Qt::SolidLine, 1.0};
    s[static_cast<int>(InteractionKind::Quote)] = {quote, Qt::DashDotLine, 1.0};
    s[static_cast<int>(InteractionKind::Mention)] = {mention, Qt::DotLine, 1.1};
    s[static_cast<int>(InteractionKind::Offline)] = {offline, Qt::DashLine, 1.3};
    return s;
}

} // namespace

GraphTheme GraphTheme::light()
{
    GraphTheme t;
    t.name = QStringLiteral("light");
    t.background = QColor(0xFBFBF8);
    t.text = QColor(0x1E1E1E);
    t.mutedText = QColor(0x5F6368);
    t.chipFill = QColor(255, 255, 255, 235);
    t.chipBorder = QColor(0xC4C7C5);
    t.markerOutline = QColor(0xFFFFFF);
    t.selection = QColor(0x111111);
    t.highlight = QColor(255, 193, 7, 150);
    t.lost = QColor(0xB0B0B0);
    t.flash = QColor(255, 160, 0);
    t.laneFill[0] = QColor(0xF1F3F4);
    t.laneFill[1] = QColor(0xFBFBF8);
    t.laneBorder = QColor(0xDADCE0);
    t.noteFill = QColor(255, 248, 196, 245);
    t.noteBorder = QColor(0xC9A227);
    t.noteText = QColor(0x2B2B2B);
    t.edges = edgeStyles(QColor(0x546E7A), QColor(0x5E35B1), QColor(0x00796B), QColor(0x78909C), QColor(0x6D4C41));
    return t;
}

GraphTheme GraphTheme::dark()
{
    GraphTheme t;
    t.name = QStringLiteral("dark");
    t.background = QColor(0x1B1D21);
    t.text = QColor(0xECECEC);
    t.mutedText = QColor(0xA0A4AA);
    t.chipFill = QColor(40, 43, 48, 235);
    t.chipBorder = QColor(0x4A4F57);
    t.markerOutline = QColor(0xB8BCC2); // a light ring: dark role colours stay visible
    t.selection = QColor(0xFFFFFF);
    t.highlight = QColor(255, 202, 40, 140);
    t.lost = QColor(0x5C6066);
    t.flash = QColor(255, 183, 77);
    t.laneFill[0] = QColor(0x24272C);
    t.laneFill[1] = QColor(0x1B1D21);
    t.laneBorder = QColor(0x3A3E45);
    t.noteFill = QColor(74, 64, 28, 245);
    t.noteBorder = QColor(0xD4B44A);
    t.noteText = QColor(0xF5F0DC);
    t.edges = edgeStyles(QColor(0x9FB3BE), QColor(0xB39DDB), QColor(0x4DB6AC), QColor(0x90A4AE), QColor(0xBCAAA4));
    t.inferredAlpha = 0.5;
    t.faintOpacity = 0.36;
    return t;
}

GraphTheme GraphTheme::print()
{
    GraphTheme t = light();
    t.name = QStringLiteral("print");
    t.background = QColor(0xFFFFFF);
    t.text = QColor(Qt::black);
    t.mutedText = QColor(0x333333);
    t.chipFill = QColor(0xFFFFFF);
    t.chipBorder = QColor(0x8A8A8A);
    t.selection = QColor(Qt::black);
    t.highlight = QColor(255, 179, 0, 170);
    t.lost = QColor(0x9E9E9E);
    t.laneFill[0] = QColor(0xF2F2F2);
    t.laneFill[1] = QColor(0xFFFFFF);
    t.laneBorder = QColor(0xBDBDBD);
    t.noteFill = QColor(0xFFFFFF);
    t.noteBorder = QColor(Qt::black);
    t.noteText = QColor(Qt::black);
    t.edges = edgeStyles(QColor(0x263238), QColor(0x311B92), QColor(0x004D40), QColor(0x37474F), QColor(0x3E2723));
    t.inferredAlpha = 0.6;
    t.faintOpacity = 0.34;
    return t;
}

GraphTheme GraphTheme::byName(const QString &name)
{
    if (name == QLatin1String("dark"))
        return dark();
    if (name == QLatin1String("print"))
        return print();
    return light();
}

QStringList GraphTheme::names()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("print")};
}

InteractionKind dominantKind(std::uint8_t kinds)
{
    static constexpr InteractionKind order[] = {InteractionKind::Repost, InteractionKind::Quote, InteractionKind::Reply,
                                                InteractionKind::Offline, InteractionKind::Mention};
    for (InteractionKind k : order)
        if ((kinds >> static_cast<int>(k)) & 1u)
            return k;
    return InteractionKind::Mention;
}

QString interactionKindLabel(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Repost:
        return QCoreApplication::translate("GraphTheme", "Repost");
    case InteractionKind::Reply:
        return QCoreApplication::translate("GraphTheme", "Reply");
    case InteractionKind::Quote:
        return QCoreApplication::translate("GraphTheme", "Quote");
    case InteractionKind::Mention:
        return QCoreApplication::translate("GraphTheme", "Mention");
    case InteractionKind::Offline:
        return QCoreApplication::translate("GraphTheme", "Offline contact");
    }
    return {};
}

} // namespace cascade
