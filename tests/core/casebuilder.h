// SPDX-License-Identifier: GPL-3.0-or-later
// Small hand-made cases for the analysis tests.
#pragma once

#include "core/model/case.h"

#include <QString>

#include <gtest/gtest.h>

#include <vector>

namespace cascade::test {

// Builds small cases by hand: actors "A".."Z" (role = the given group letters), events in
// the order added (times must not decrease), at whole minutes; actor i has 10 (i + 1)
// followers; the origin is A.
class CaseBuilder
{
public:
    explicit CaseBuilder(const char *groups)
    {
        m_case = makeEmptyCase();
        for (int i = 0; groups[i]; ++i) {
            Actor a;
            a.handle = QString(QChar(u'A' + i));
            a.role = groups[i] == '-' ? kNoRole : static_cast<RoleId>(groups[i] - 'a');
            a.followers = 10 * (i + 1);
            m_case.actors.push_back(a);
        }
        m_case.origin = 0;
    }
    EventId add(EventKind kind, ActorId author, TimeMs minute, EventId parent = kNoEvent,
                std::vector<ActorId> others = {}, std::vector<EventId> promptedBy = {})
    {
        Event e;
        e.key = QStringLiteral("e%1").arg(m_case.events.size());
        e.kind = kind;
        e.author = author;
        e.time = minute * kMsPerMinute;
        e.parent = parent;
        (kind == EventKind::Offline ? e.reached : e.mentions) = std::move(others);
        e.promptedBy = std::move(promptedBy);
        m_case.events.push_back(std::move(e));
        return static_cast<EventId>(m_case.events.size() - 1);
    }
    Case &edit() { return m_case; } // origin, targets, milestones, handles
    const Case &get()
    {
        EXPECT_EQ(m_case.checkInvariants(), QString());
        return m_case;
    }

private:
    Case m_case;
};

} // namespace cascade::test
