// SPDX-License-Identifier: GPL-3.0-or-later
// Case texts in other languages (docs/case-format.md, "Translations"): read, written back
// the same, and every mistake reported with its path.
#include "core/io/casefile.h"
#include "core/model/case.h"
#include "core/model/translations.h"
#include "tests/core/casetext.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace cascade;
using cascade::testing::replaced;

namespace {

const char *const kCase = R"({
  "format": "cascade-case",
  "version": 1,
  "title": "Small",
  "summary": "A small case.",
  "translations": {"fr": {"title": "Petit", "summary": "Un petit cas."}},
  "roles": [{"id": "ngo", "label": "NGO", "translations": {"fr": {"label": "ONG"}, "pt-BR": {"label": "ONG"}}}],
  "actors": [{"handle": "@ngo", "role": "ngo"}],
  "events": [{"id": "e1", "time": "2010-01-17T10:00:00-05:00", "kind": "post", "author": "@ngo"}],
  "milestones": [{"time": "2010-01-17T10:00:00-05:00", "title": "Planes refused", "caption": "MSF says so.",
                  "translations": {"fr": {"title": "Avions refusés", "speaker_notes": "Commencez hors ligne."}}}]
}
)";

ReadResult read(const std::string &text)
{
    return readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("case.json"));
}

std::vector<std::string> problems(const std::string &text)
{
    std::vector<std::string> lines;
    for (const CaseFileProblem &p : read(text).problems)
        lines.push_back(p.toString().toStdString());
    return lines;
}

} // namespace

TEST(CaseTranslations, AreReadForTheCaseItsRolesAndItsMilestones)
{
    const ReadResult r = read(kCase);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    const Case &c = *r.value;
    const QString fr = QStringLiteral("fr");
    EXPECT_EQ(translated(c.translations, fr, QStringLiteral("title"), c.title), QStringLiteral("Petit"));
    EXPECT_EQ(translated(c.translations, fr, QStringLiteral("summary"), c.summary), QStringLiteral("Un petit cas."));
    EXPECT_EQ(translated(c.roles[0].translations, fr, QStringLiteral("label"), c.roles[0].label), QStringLiteral("ONG"));
    EXPECT_EQ(translated(c.roles[0].translations, QStringLiteral("pt-BR"), QStringLiteral("label"), c.roles[0].label), QStringLiteral("ONG"));
    const Milestone &m = c.milestones[0];
    EXPECT_EQ(translated(m.translations, fr, QStringLiteral("title"), m.title), QStringLiteral("Avions refusés"));
    EXPECT_EQ(translated(m.translations, fr, QStringLiteral("speaker_notes"), m.speakerNotes), QStringLiteral("Commencez hors ligne."));
    // A field the translation leaves out, and a language it does not give: the text itself.
    EXPECT_EQ(translated(m.translations, fr, QStringLiteral("caption"), m.caption), QStringLiteral("MSF says so."));
    EXPECT_EQ(translated(m.translations, QStringLiteral("de"), QStringLiteral("title"), m.title), QStringLiteral("Planes refused"));
    // Nothing of it is left among the members Cascade does not know.
    EXPECT_TRUE(m.extra.isEmpty());
    EXPECT_TRUE(c.roles[0].extra.isEmpty());
    EXPECT_TRUE(c.extra.isEmpty());
}

TEST(CaseTranslations, AreWrittenBackAsRead)
{
    const ReadResult r = read(kCase);
    ASSERT_TRUE(r.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.cascade.json"));
    ASSERT_TRUE(writeCaseFile(*r.value, path));
    const ReadResult again = readCaseFile(path);
    ASSERT_TRUE(again.ok()) << again.errorText().toStdString();
    EXPECT_EQ(again.value->translations, r.value->translations);
    EXPECT_EQ(again.value->roles[0].translations, r.value->roles[0].translations);
    EXPECT_EQ(again.value->milestones[0].translations, r.value->milestones[0].translations);
    // And the same bytes the second time.
    const QString second = dir.filePath(QStringLiteral("second.cascade.json"));
    ASSERT_TRUE(writeCaseFile(*again.value, second));
    QFile a(path), b(second);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll());
}

TEST(CaseTranslations, MistakesAreReportedWithTheirPath)
{
    // Columns count bytes, as everywhere in the reader's messages ("é" is two).
    EXPECT_EQ(problems(replaced(kCase, R"("speaker_notes": "Commencez)", R"("titel": "Commencez)")),
              std::vector<std::string>{"case.json:11:71: milestones[0].translations.fr.titel: not a text that can be "
                                       "translated here (expected title, caption, speaker_notes)"});
    EXPECT_EQ(problems(replaced(kCase, R"({"fr": {"title": "Petit")", R"({"French": {"title": "Petit")")),
              std::vector<std::string>{"case.json:6:20: translations.French: \"French\" is not a language tag such as fr, en or pt-BR"});
    EXPECT_EQ(problems(replaced(kCase, R"("pt-BR": {"label": "ONG"})", R"("fr": {"label": "ONG"})")),
              std::vector<std::string>{"case.json:7:84: roles[0].translations.fr: repeated member"});
    EXPECT_EQ(problems(replaced(kCase, R"({"fr": {"label": "ONG"})", R"({"fr": {"label": 3})")),
              std::vector<std::string>{"case.json:7:76: roles[0].translations.fr.label: expected a string, found a number"});
    EXPECT_EQ(problems(replaced(kCase, R"("translations": {"fr": {"title": "Petit", "summary": "Un petit cas."}})", R"("translations": [])")),
              std::vector<std::string>{"case.json:6:19: translations: expected an object of translations by language, found an array"});
}
