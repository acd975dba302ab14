// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/creditrulesetting.h"

#include "app/document/casedocument.h"

namespace cascade {

CreditRuleSetting::CreditRuleSetting(CaseDocument *document) : QObject(document)
{
    setObjectName(QStringLiteral("CreditRuleSetting"));
}

CreditRuleSetting *CreditRuleSetting::of(CaseDocument *document)
{
    auto *setting = document->findChild<CreditRuleSetting *>(QString(), Qt::FindDirectChildrenOnly);
    return setting ? setting : new CreditRuleSetting(document);
}

void CreditRuleSetting::setRule(CreditRule rule)
{
    if (rule == m_rule)
        return;
    m_rule = rule;
    emit ruleChanged(rule);
}

} // namespace cascade
