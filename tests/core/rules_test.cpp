// SPDX-License-Identifier: GPL-3.0-or-later
// Classification rules (core/classify/rules.h, core/model/classificationrule.h): each
// condition, first match wins, actors with a role kept unless reclassifying; rules saved
// in the case file and read back; a rule naming an unknown role reported where it is.
#include "core/classify/rules.h"
#include "core/io/casefile.h"

#include <gtest/gtest.h>

namespace cascade {
namespace {

Case people()
{
    Case c = makeEmptyCase();
    auto add = [&](const char *handle, const char *name, const char *note, std::int64_t followers, const char *platform,
                   const char *role = nullptr) {
        Actor a;
        a.handle = QLatin1String(handle);
        a.name = QString::fromUtf8(name);
        a.note = QLatin1String(note);
        a.followers = followers;
        a.platform = QLatin1String(platform);
        a.role = role ? c.roleById(QLatin1String(role)) : kNoRole;
        c.actors.push_back(a);
    };
    add("@MSF_press", "MSF press office", "", 12000, "twitter");      // 0
    add("@anchor_nbc", "Ann, NBC News", "journalist", 900000, "twitter"); // 1
    add("@small", "A follower", "", 40, "twitter");                   // 2
    add("@ministry.bsky.social", "Ministère", "", 5000, "bluesky");  // 3
    add("@known", "Known reporter", "", 100, "twitter", "journalist"); // 4
    return c;
}

ClassificationRule rule(const char *role)
{
    ClassificationRule r;
    r.role = QLatin1String(role);
    return r;
}

TEST(ClassificationRules, EachConditionFirstMatchWinsAndRolesKept)
{
    const Case c = people();
    ClassificationRule press = rule("ngo");
    press.handle = QStringLiteral("*_PRESS"); // ignoring case and '@'
    ClassificationRule news = rule("journalist");
    news.words = {QStringLiteral("news"), QStringLiteral("reporter")};
    news.minFollowers = 1000;
    ClassificationRule bluesky = rule("government");
    bluesky.platform = QStringLiteral("Bluesky");
    ClassificationRule tiny = rule("public");
    tiny.maxFollowers = 100;
    ClassificationRule everyoneNgo = rule("media");
    everyoneNgo.minFollowers = 0;

    const std::vector<ActorClassification> changes = matchRules(c, {press, news, bluesky, tiny, everyoneNgo}, false);
    ASSERT_EQ(changes.size(), 4u); // @known keeps its role
    EXPECT_EQ(changes[0].actor, 0);
    EXPECT_EQ(changes[0].to, c.roleById(QStringLiteral("ngo")));
    EXPECT_EQ(changes[0].line, 1);
    EXPECT_EQ(changes[1].actor, 1);
    EXPECT_EQ(changes[1].to, c.roleById(QStringLiteral("journalist")));
    EXPECT_EQ(changes[2].actor, 2);
    EXPECT_EQ(changes[2].to, c.roleById(QStringLiteral("public")));
    EXPECT_EQ(changes[2].line, 4);
    EXPECT_EQ(changes[3].actor, 3);
    EXPECT_EQ(changes[3].to, c.roleById(QStringLiteral("government")));

    // Reclassifying: @known (100 followers, "reporter" but under 1000) falls to "public".
    const std::vector<ActorClassification> again = matchRules(c, {press, news, bluesky, tiny}, true);
    ASSERT_EQ(again.size(), 5u);
    EXPECT_EQ(again[4].actor, 4);
    EXPECT_EQ(again[4].from, c.roleById(QStringLiteral("journalist")));
    EXPECT_EQ(again[4].to, c.roleById(QStringLiteral("public")));
}

// Actors as the importers leave them: a verification of each kind, "none", and unknown.
Case verifiedPeople()
{
    Case c = makeEmptyCase();
    for (const auto &[handle, verified] : {std::pair{"@ministry", "government"}, std::pair{"@subscriber", "blue"},
                                           std::pair{"@legacy", "verified"}, std::pair{"@plain", "none"},
                                           std::pair{"@unknown", ""}}) {
        Actor a;
        a.handle = QLatin1String(handle);
        a.platform = QStringLiteral("twitter");
        a.verified = QLatin1String(verified);
        c.actors.push_back(a);
    }
    return c;
}

TEST(ClassificationRules, VerifiedMatchesOneOfTheValuesOrAnyWithStar)
{
    const Case c = verifiedPeople();
    auto matched = [&c](const QStringList &verified) {
        ClassificationRule r = rule("government");
        r.verified = verified;
        QStringList handles;
        for (const Actor &a : c.actors)
            if (ruleMatches(r, a))
                handles << a.handle;
        return handles;
    };
    EXPECT_EQ(matched({QStringLiteral("government")}), QStringList{QStringLiteral("@ministry")});
    EXPECT_EQ(matched({QStringLiteral("GOVERNMENT")}), QStringList{QStringLiteral("@ministry")}); // ignoring case
    EXPECT_EQ(matched({QStringLiteral("Blue"), QStringLiteral(" verified ")}),
              (QStringList{QStringLiteral("@subscriber"), QStringLiteral("@legacy")}));
    // "*": any verification, not "none" nor an unknown one.
    EXPECT_EQ(matched({QStringLiteral("*")}),
              (QStringList{QStringLiteral("@ministry"), QStringLiteral("@subscriber"), QStringLiteral("@legacy")}));
    // "none" can be asked for by name.
    EXPECT_EQ(matched({QStringLiteral("None")}), QStringList{QStringLiteral("@plain")});
    // An empty list is no condition: alone, the rule has none.
    EXPECT_EQ(static_cast<std::size_t>(matched({}).size()), c.actors.size());
    ClassificationRule none = rule("ngo");
    none.verified = {QStringLiteral(" ")};
    EXPECT_EQ(ruleProblem(c, none), QStringLiteral("The rule has no condition: it would give every actor the role."));
    ClassificationRule star = rule("ngo");
    star.verified = {QStringLiteral("*")};
    EXPECT_TRUE(ruleProblem(c, star).isEmpty());
    EXPECT_EQ(matchRules(c, {star}, false).size(), 3u);
}

TEST(ClassificationRules, ProblemsAreSaidAndSuchRulesSkipped)
{
    const Case c = people();
    EXPECT_EQ(ruleProblem(c, rule("astronaut")), QStringLiteral("The palette has no role \"astronaut\"."));
    EXPECT_EQ(ruleProblem(c, rule("ngo")), QStringLiteral("The rule has no condition: it would give every actor the role."));
    ClassificationRule range = rule("ngo");
    range.minFollowers = 10;
    range.maxFollowers = 5;
    EXPECT_EQ(ruleProblem(c, range), QStringLiteral("The minimum follower count is above the maximum."));
    EXPECT_TRUE(matchRules(c, {rule("ngo"), range}, true).empty());
}

TEST(ClassificationRules, SavedInTheCaseFileAndReadBack)
{
    Case c = people();
    ClassificationRule press = rule("ngo");
    press.handle = QStringLiteral("*_press");
    press.words = {QStringLiteral("presse"), QStringLiteral("Ministère")};
    press.minFollowers = 10;
    press.maxFollowers = 1'000'000;
    press.platform = QStringLiteral("twitter");
    c.rules = {press, rule("journalist")};
    c.rules[1].minFollowers = 0;
    const std::string bytes = serializeCase(c);
    EXPECT_NE(bytes.find("\"classification_rules\""), std::string::npos);
    const ReadResult r = readCaseBytes(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())), QStringLiteral("rules.json"));
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r.value->rules, c.rules);
    EXPECT_EQ(*r.value, c);

    // A case without rules is written without the member.
    c.rules.clear();
    EXPECT_EQ(serializeCase(c).find("classification_rules"), std::string::npos);
}

TEST(ClassificationRules, VerifiedSavedInTheCaseFileAndReadBack)
{
    Case c = verifiedPeople();
    ClassificationRule star = rule("government");
    star.verified = {QStringLiteral("*")};
    c.rules = {star};
    const std::string bytes = serializeCase(c);
    EXPECT_NE(bytes.find(R"("verified": "blue")"), std::string::npos) << bytes;
    EXPECT_NE(bytes.find(R"("verified": ["*"])"), std::string::npos) << bytes;
    const ReadResult r = readCaseBytes(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())), QStringLiteral("rules.json"));
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r.value->actors[1].verified, QStringLiteral("blue"));
    EXPECT_EQ(r.value->rules, c.rules);
    EXPECT_EQ(*r.value, c);

    // An unknown verification is written without the member.
    Case unknown = makeEmptyCase();
    Actor a;
    a.handle = QStringLiteral("@unknown");
    unknown.actors.push_back(a);
    EXPECT_EQ(serializeCase(unknown).find("verified"), std::string::npos);
}

TEST(ClassificationRules, AnUnknownRoleIsReportedWhereItIs)
{
    const QByteArray file = "{\"format\": \"cascade-case\", \"version\": 1,\n"
                            " \"classification_rules\": [{\"role\": \"ngo\", \"handle\": \"*_press\"},\n"
                            "   {\"role\": \"astronaut\", \"platform\": \"x\"}, {\"handle\": \"x\"}],\n"
                            " \"actors\": [], \"events\": []}\n";
    const ReadResult r = readCaseBytes(file, QStringLiteral("case.json"));
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.problems.size(), 2u) << r.errorText().toStdString();
    EXPECT_EQ(r.problems[0].toString(), QStringLiteral("case.json:3:44: classification_rules[2]: missing required member \"role\""));
    EXPECT_EQ(r.problems[1].toString(), QStringLiteral("case.json:3:13: classification_rules[1].role: unknown role \"astronaut\""));
}

} // namespace
} // namespace cascade
