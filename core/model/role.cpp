// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/role.h"

namespace cascade {

const std::vector<Role> &defaultRoles()
{
    // Okabe-Ito based palette, extended with a few well separated tones; the labels in
    // French too.
    static const std::vector<Role> roles = {
        {QStringLiteral("ngo"), QStringLiteral("NGO"), 0xD55E00, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("ONG")}}}}, {}},
        {QStringLiteral("journalist"), QStringLiteral("Journalist"), 0x0072B2, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("Journaliste")}}}}, {}},
        {QStringLiteral("media"), QStringLiteral("Media"), 0x56B4E9, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("Média")}}}}, {}},
        {QStringLiteral("public"), QStringLiteral("Public"), 0x8C8C8C, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("Public")}}}}, {}},
        {QStringLiteral("government"), QStringLiteral("Government"), 0x009E73, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("Gouvernement")}}}}, {}},
        {QStringLiteral("military"), QStringLiteral("Military"), 0x3B5E2B, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("Armée")}}}}, {}},
        {QStringLiteral("elected"), QStringLiteral("Elected official"), 0xCC79A7, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("Élu")}}}}, {}},
        {QStringLiteral("donor"), QStringLiteral("Donor"), 0xE69F00, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("Donateur")}}}}, {}},
        {QStringLiteral("foundation"), QStringLiteral("Foundation"), 0xB8860B, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("Fondation")}}}}, {}},
        {QStringLiteral("partner"), QStringLiteral("Partner"), 0x882255, {{QStringLiteral("fr"), {{QStringLiteral("label"), QStringLiteral("Partenaire")}}}}, {}},
    };
    return roles;
}

} // namespace cascade
