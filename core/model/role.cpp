// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/role.h"

namespace cascade {

const std::vector<Role> &defaultRoles()
{
    // Okabe-Ito based palette, extended with a few well separated tones.
    static const std::vector<Role> roles = {
        {QStringLiteral("ngo"), QStringLiteral("NGO"), 0xD55E00, {}},
        {QStringLiteral("journalist"), QStringLiteral("Journalist"), 0x0072B2, {}},
        {QStringLiteral("media"), QStringLiteral("Media"), 0x56B4E9, {}},
        {QStringLiteral("public"), QStringLiteral("Public"), 0x8C8C8C, {}},
        {QStringLiteral("government"), QStringLiteral("Government"), 0x009E73, {}},
        {QStringLiteral("military"), QStringLiteral("Military"), 0x3B5E2B, {}},
        {QStringLiteral("elected"), QStringLiteral("Elected official"), 0xCC79A7, {}},
        {QStringLiteral("donor"), QStringLiteral("Donor"), 0xE69F00, {}},
        {QStringLiteral("foundation"), QStringLiteral("Foundation"), 0xB8860B, {}},
        {QStringLiteral("partner"), QStringLiteral("Partner"), 0x882255, {}},
    };
    return roles;
}

} // namespace cascade
