// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/translations.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace cascade {

// The colour of an actor without a role (and of a role without a colour): mid grey.
inline constexpr std::uint32_t kNoRoleRgb = 0x888888;

// A group actors belong to (NGO, journalist, military...): the unit of brokerage
// analysis and of colour in the graph. Colours are 0xRRGGBB so core needs no QtGui.
struct Role {
    QString id;      // stable key used in case files, e.g. "ngo"
    QString label;   // shown to the user, e.g. "NGO"
    std::uint32_t rgb = kNoRoleRgb;
    Translations translations; // "label" in other languages
    QByteArray extra; // unknown JSON members of this role, kept for round trips

    friend bool operator==(const Role &, const Role &) = default;
};

// The default palette, in reading order (used by the swimlane layout and legends):
// ngo, journalist, media, public, government, military, elected, donor, foundation,
// partner. Colours are distinguishable for the common colour-vision deficiencies.
const std::vector<Role> &defaultRoles();

} // namespace cascade
