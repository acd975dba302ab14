// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/actormeasures.h"

#include <QString>

namespace cascade {

// What the interface calls each measure and how it explains it in one plain-language
// line (the tooltip of the inspector's row and of the table's column). The definitions
// are core's (core/analysis/actormeasures.h and docs/measures.md); this is only their
// wording, kept in one place for the inspector and the actors table.
struct MeasureInfo {
    QString title;       // the inspector's row label, e.g. "Reposts received"
    QString header;      // the table's column header, e.g. "Reposts"
    QString explanation; // one line for a trainer, e.g. "How many times others reposted its messages."
    // True when the value depends on the cascade credit rule.
    bool dependsOnCreditRule = false;
    // True when the value comes from the background computation (cascades, centrality,
    // closeness, brokerage) rather than the snapshot's running counts.
    bool heavy = false;
};

const MeasureInfo &measureInfo(Measure m);

// Plain-language names of the credit rules for menus and the edge panel.
QString creditRuleTitle(CreditRule rule);       // "Most recent exposure"
QString creditRuleExplanation(CreditRule rule); // one line

// Plain-language text for a brokerage role ("liaison") and what it means.
QString brokerageRoleTitle(BrokerageRole role);
QString brokerageRoleExplanation(BrokerageRole role);

// Plain-language verb for a step of a path from the origin ("quotes or relays it").
QString pathStepText(PathStep::How how);

} // namespace cascade
