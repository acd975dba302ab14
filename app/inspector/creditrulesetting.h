// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascades.h"

#include <QObject>

namespace cascade {

class CaseDocument;

// The cascade credit rule in use for a document (most recent exposure by default): the
// one place the inspector, the actors table and anything else that shows cascade credit
// read it from and switch it. Attached to the document as a child object (of()), so that
// every view of that document shares it without wiring; it belongs in CaseDocument
// itself (a creditRule property), and can move there unchanged in behaviour.
class CreditRuleSetting : public QObject
{
    Q_OBJECT
public:
    // The document's setting, created on first use.
    static CreditRuleSetting *of(CaseDocument *document);

    CreditRule rule() const { return m_rule; }
    void setRule(CreditRule rule);

signals:
    void ruleChanged(cascade::CreditRule rule);

private:
    explicit CreditRuleSetting(CaseDocument *document);

    CreditRule m_rule = CreditRule::MostRecent;
};

} // namespace cascade
