// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classify/rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "ClassificationRules").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ClassificationRules)
};

// A rule made ready to match: its handle wildcard compiled, its words folded.
struct CompiledRule {
    const ClassificationRule *rule = nullptr;
    RoleId role = kNoRole;
    QRegularExpression handle;
    QStringList words;
    QStringList verified; // trimmed, without empty entries
    bool anyVerified = false; // the list has "*"
};

CompiledRule compile(const Case &c, const ClassificationRule &rule)
{
    CompiledRule r;
    r.rule = &rule;
    r.role = c.roleById(rule.role);
    const QString pattern = handleMatchKey(rule.handle);
    if (!pattern.isEmpty())
        r.handle = QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern), QRegularExpression::CaseInsensitiveOption);
    for (const QString &w : rule.words)
        if (!w.trimmed().isEmpty())
            r.words << w.trimmed().toCaseFolded();
    for (const QString &v : rule.verified) {
        const QString value = v.trimmed();
        if (value == QLatin1String("*"))
            r.anyVerified = true;
        else if (!value.isEmpty())
            r.verified << value;
    }
    return r;
}

bool matches(const CompiledRule &r, const Actor &a)
{
    const ClassificationRule &rule = *r.rule;
    if (!rule.platform.isEmpty() && a.platform.compare(rule.platform, Qt::CaseInsensitive) != 0)
        return false;
    if (r.anyVerified || !r.verified.isEmpty()) {
        // "*" stands for any verification the platform gave: an unknown one (empty) and
        // an explicit "none" are not one.
        const bool any = r.anyVerified && !a.verified.isEmpty() && a.verified.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0;
        if (!any && !r.verified.contains(a.verified, Qt::CaseInsensitive))
            return false;
    }
    if (rule.minFollowers && a.followers < *rule.minFollowers)
        return false;
    if (rule.maxFollowers && a.followers > *rule.maxFollowers)
        return false;
    if (!rule.handle.isEmpty() && !r.handle.match(handleMatchKey(a.handle)).hasMatch())
        return false;
    if (!r.words.isEmpty()) {
        const QString text = QString(a.name + QLatin1Char(' ') + a.note).toCaseFolded();
        bool any = false;
        for (const QString &w : r.words)
            if (text.contains(w)) {
                any = true;
                break;
            }
        if (!any)
            return false;
    }
    return true;
}

} // namespace

QString ruleProblem(const Case &c, const ClassificationRule &rule)
{
    if (c.roleById(rule.role) == kNoRole)
        return rule.role.isEmpty() ? Text::tr("Choose the role the rule gives.") : Text::tr("The palette has no role \"%1\".").arg(rule.role);
    bool words = false;
    for (const QString &w : rule.words)
        words = words || !w.trimmed().isEmpty();
    bool verified = false;
    for (const QString &v : rule.verified)
        verified = verified || !v.trimmed().isEmpty();
    if (handleMatchKey(rule.handle).isEmpty() && !words && !rule.minFollowers && !rule.maxFollowers && rule.platform.isEmpty()
        && !verified)
        return Text::tr("The rule has no condition: it would give every actor the role.");
    if (rule.minFollowers && rule.maxFollowers && *rule.minFollowers > *rule.maxFollowers)
        return Text::tr("The minimum follower count is above the maximum.");
    if (!compile(c, rule).handle.isValid())
        return Text::tr("The handle pattern cannot be read.");
    return {};
}

bool ruleMatches(const ClassificationRule &rule, const Actor &actor)
{
    Case none;
    return matches(compile(none, rule), actor);
}

std::vector<ActorClassification> matchRules(const Case &c, const std::vector<ClassificationRule> &rules, bool reclassify)
{
    std::vector<CompiledRule> compiled;
    std::vector<std::int64_t> number;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (!ruleProblem(c, rules[i]).isEmpty())
            continue;
        compiled.push_back(compile(c, rules[i]));
        number.push_back(static_cast<std::int64_t>(i) + 1);
    }
    std::vector<ActorClassification> changes;
    for (std::size_t a = 0; a < c.actors.size(); ++a) {
        const Actor &actor = c.actors[a];
        if (actor.role != kNoRole && !reclassify)
            continue;
        for (std::size_t r = 0; r < compiled.size(); ++r) {
            if (!matches(compiled[r], actor))
                continue;
            if (compiled[r].role != actor.role) {
                ActorClassification change;
                change.actor = static_cast<ActorId>(a);
                change.from = actor.role;
                change.to = compiled[r].role;
                change.line = number[r];
                changes.push_back(change);
            }
            break;
        }
    }
    return changes;
}

} // namespace cascade
