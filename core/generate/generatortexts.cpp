// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/generatortexts.h"

#include "core/generate/random.h"

#include <array>

namespace cascade::generatortexts {

namespace {

// English and French, item by item (the English side is the French side's gloss).
struct Pair {
    QString en;
    QString fr;
};

template <std::size_t N>
const Pair &pickPair(Random &rng, const std::array<Pair, N> &pairs)
{
    return pairs[rng.below(N)];
}

const std::array<Pair, 12> &subjects()
{
    static const std::array<Pair, 12> pairs = {{
        {QStringLiteral("Planes with supplies still circling"), QStringLiteral("Les avions de secours tournent encore")},
        {QStringLiteral("Field hospital needs fuel now"), QStringLiteral("L'hôpital de campagne manque de fuel")},
        {QStringLiteral("Road to the airport is blocked"), QStringLiteral("La route de l'aéroport est bloquée")},
        {QStringLiteral("Water trucks reached the camp"), QStringLiteral("Les camions d'eau arrivent au camp")},
        {QStringLiteral("Surgeons waiting for clearance"), QStringLiteral("Les chirurgiens attendent l'accord")},
        {QStringLiteral("Cargo flight refused landing"), QStringLiteral("Vol cargo refusé à l'atterrissage")},
        {QStringLiteral("Clinic reopens after the storm"), QStringLiteral("La clinique rouvre après l'orage")},
        {QStringLiteral("Vaccines stuck at customs"), QStringLiteral("Vaccins bloqués à la douane")},
        {QStringLiteral("Night shift at the triage tent"), QStringLiteral("Garde de nuit sous la tente de tri")},
        {QStringLiteral("Power is back at the hospital"), QStringLiteral("Le courant revient à l'hôpital")},
        {QStringLiteral("Convoy leaves at dawn"), QStringLiteral("Le convoi part à l'aube")},
        {QStringLiteral("No landing slot until tomorrow"), QStringLiteral("Pas de créneau avant demain")},
    }};
    return pairs;
}

const std::array<Pair, 6> &places()
{
    static const std::array<Pair, 6> pairs = {{
        {QString(), QString()},
        {QString(), QString()},
        {QStringLiteral(" in Jacmel"), QStringLiteral(" à Jacmel")},
        {QStringLiteral(" near Léogâne"), QStringLiteral(" près de Léogâne")},
        {QStringLiteral(" at gate 3"), QStringLiteral(" porte 3")},
        {QStringLiteral(" in Port-au-Prince"), QStringLiteral(" à Port-au-Prince")},
    }};
    return pairs;
}

const std::array<Pair, 9> &tails()
{
    static const std::array<Pair, 9> pairs = {{
        {QString(), QString()},
        {QString(), QString()},
        {QStringLiteral(" #relief"), QStringLiteral(" #secours")},
        {QStringLiteral(" 🙏"), QStringLiteral(" 🙏")},
        {QStringLiteral(" (update)"), QStringLiteral(" (mise à jour)")},
        {QStringLiteral(" \"urgent\""), QStringLiteral(" « urgent »")},
        {QStringLiteral(" 🚑🚑"), QStringLiteral(" 🚑🚑")},
        {QStringLiteral(" see C:\\logs\\day2"), QStringLiteral(" voir C:\\logs\\jour2")},
        {QStringLiteral(" - please share"), QStringLiteral(" - merci de partager")},
    }};
    return pairs;
}

const std::array<Pair, 4> &openers(TextKind kind)
{
    static const std::array<Pair, 4> post = {{
        {QString(), QString()},
        {QString(), QString()},
        {QStringLiteral("Update: "), QStringLiteral("Info : ")},
        {QStringLiteral("Now: "), QStringLiteral("En direct : ")},
    }};
    static const std::array<Pair, 4> reply = {{
        {QStringLiteral("Agreed: "), QStringLiteral("D'accord : ")},
        {QStringLiteral("Source? "), QStringLiteral("Source ? ")},
        {QStringLiteral("Thanks, "), QStringLiteral("Merci, ")},
        {QStringLiteral("Any news? "), QStringLiteral("Des nouvelles ? ")},
    }};
    static const std::array<Pair, 4> quote = {{
        {QStringLiteral("Worth reading: "), QStringLiteral("À lire : ")},
        {QStringLiteral("This matters. "), QStringLiteral("C'est important. ")},
        {QStringLiteral("Look: "), QStringLiteral("Regardez : ")},
        {QStringLiteral("RT \\o/ "), QStringLiteral("RT \\o/ ")},
    }};
    switch (kind) {
    case TextKind::Post:
        return post;
    case TextKind::Reply:
        return reply;
    case TextKind::Quote:
        return quote;
    }
    return post;
}

constexpr std::size_t kPoolSize = 256;
constexpr qsizetype kMaxLength = 80;
constexpr qsizetype kMinLength = 20;

// Opener + subject [+ place] [+ tail], dropping the optional parts that would make either
// language longer than kMaxLength.
Text compose(Random &rng, TextKind kind, bool french)
{
    const Pair &opener = pickPair(rng, openers(kind));
    const Pair &subject = pickPair(rng, subjects());
    const Pair *place = &pickPair(rng, places());
    const Pair *tail = &pickPair(rng, tails());
    auto length = [&](bool fr) {
        auto part = [fr](const Pair *p) { return fr ? p->fr.size() : p->en.size(); };
        return part(&opener) + part(&subject) + part(place) + part(tail);
    };
    static const Pair none;
    if (length(true) > kMaxLength || length(false) > kMaxLength)
        place = &none;
    if (length(true) > kMaxLength || length(false) > kMaxLength)
        tail = &none;
    Text t;
    t.text = french ? opener.fr + subject.fr + place->fr + tail->fr
                    : opener.en + subject.en + place->en + tail->en;
    if (french)
        t.gloss = opener.en + subject.en + place->en + tail->en;
    Q_ASSERT(t.text.size() >= kMinLength && t.text.size() <= kMaxLength);
    return t;
}

struct Pools {
    std::vector<Text> texts[3][2]; // [kind][french]
    Pools()
    {
        Random rng(0x7E575EEDull); // fixed: the pools are the same for every case
        for (int k = 0; k < 3; ++k)
            for (int fr = 0; fr < 2; ++fr) {
                texts[k][fr].reserve(kPoolSize);
                for (std::size_t i = 0; i < kPoolSize; ++i)
                    texts[k][fr].push_back(compose(rng, static_cast<TextKind>(k), fr == 1));
            }
    }
};

const Pools &pools()
{
    static const Pools p;
    return p;
}

} // namespace

const Text &pickText(Random &rng, TextKind kind, bool french)
{
    const std::vector<Text> &pool = pools().texts[static_cast<int>(kind)][french ? 1 : 0];
    return pool[rng.below(pool.size())];
}

QString personName(Random &rng)
{
    static const std::array<QString, 16> first = {
        QStringLiteral("Anna"), QStringLiteral("Marc"), QStringLiteral("Élodie"), QStringLiteral("Jean"),
        QStringLiteral("Zoë"), QStringLiteral("Luis"), QStringLiteral("Aïcha"), QStringLiteral("Tom"),
        QStringLiteral("Nadia"), QStringLiteral("Pierre"), QStringLiteral("Chloé"), QStringLiteral("Sam"),
        QStringLiteral("Fatou"), QStringLiteral("Ian"), QStringLiteral("Léa"), QStringLiteral("Omar"),
    };
    static const std::array<QString, 16> last = {
        QStringLiteral("Curry"), QStringLiteral("Dupont"), QStringLiteral("O'Neil"), QStringLiteral("Joseph"),
        QStringLiteral("Martin"), QStringLiteral("Nguyễn"), QStringLiteral("Pierre-Louis"), QStringLiteral("Smith"),
        QStringLiteral("Diallo"), QStringLiteral("Moreau"), QStringLiteral("García"), QStringLiteral("Baptiste"),
        QStringLiteral("Kowalski"), QStringLiteral("Müller"), QStringLiteral("Ruiz"), QStringLiteral("Ng"),
    };
    static const std::array<QString, 4> nick = {
        QStringLiteral(" \"Doc\""), QStringLiteral(" \\o/"), QStringLiteral(" 📷"), QStringLiteral(" (RN)"),
    };
    QString name = first[rng.below(first.size())] + QLatin1Char(' ') + last[rng.below(last.size())];
    if (rng.chance(0.04))
        name += nick[rng.below(nick.size())];
    return name;
}

QString organisationName(Random &rng, const QString &roleId, std::int64_t number)
{
    struct Names {
        const char *role;
        std::array<QString, 3> names;
    };
    static const std::array<Names, 7> table = {{
        {"media", {QStringLiteral("Radio Soleil"), QStringLiteral("Daily Wire"), QStringLiteral("Le Nouvelliste")}},
        {"ngo", {QStringLiteral("Relief Network"), QStringLiteral("Médecins d'Urgence"), QStringLiteral("Water & Health")}},
        {"government", {QStringLiteral("Ministry of Health"), QStringLiteral("Civil Protection"), QStringLiteral("Embassy Desk")}},
        {"military", {QStringLiteral("Air Mobility Command"), QStringLiteral("Joint Task Force"), QStringLiteral("Southern Command")}},
        {"donor", {QStringLiteral("Relief Fund"), QStringLiteral("Giving Circle"), QStringLiteral("Aid Trust")}},
        {"foundation", {QStringLiteral("Fondation Espoir"), QStringLiteral("Open Hands Foundation"), QStringLiteral("Bright Path")}},
        {"partner", {QStringLiteral("Cargo Alliance"), QStringLiteral("Logistics Partner"), QStringLiteral("Airport Crew")}},
    }};
    for (const Names &n : table)
        if (roleId == QLatin1String(n.role))
            return n.names[rng.below(n.names.size())] + QStringLiteral(" #") + QString::number(number);
    return personName(rng);
}

const std::vector<QString> &offlineChannels()
{
    static const std::vector<QString> channels = {
        QStringLiteral("press-release"), QStringLiteral("phone"), QStringLiteral("email"),
        QStringLiteral("meeting"),
    };
    return channels;
}

const QString &offlineText(std::size_t channel)
{
    static const std::array<QString, 4> texts = {
        QStringLiteral("Press release: planes refused at the airport"),
        QStringLiteral("Phone call about landing slots"),
        QStringLiteral("Email to the operations desk, re: \"slots\""),
        QStringLiteral("Meeting with the liaison officer at the café"),
    };
    return texts[channel % texts.size()];
}

} // namespace cascade::generatortexts
