// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace cascade {

class Random;

// The words of synthetic cases: display names and short message texts (20 to 80
// UTF-16 units) in English and French, with accents, emoji, quotes and backslashes so
// that writers' escaping is exercised. Internal to the generator.
namespace generatortexts {

enum class TextKind { Post, Reply, Quote };

// A message in one language and its English gloss (empty for English texts).
struct Text {
    QString text;
    QString gloss;
};

// Pools built once (thread-safe) and shared: picking a text copies a QString, which
// shares its data. `french` selects the language.
const Text &pickText(Random &rng, TextKind kind, bool french);

// A person's name ("Élodie Moreau"), sometimes with a nickname in quotes.
QString personName(Random &rng);
// An organisation's name for a role id ("ngo", "media", ...), numbered.
QString organisationName(Random &rng, const QString &roleId, std::int64_t number);

// Offline contacts: the channels ("press-release", "phone", "email", "meeting") and one
// description per channel.
const std::vector<QString> &offlineChannels();
const QString &offlineText(std::size_t channel);

} // namespace generatortexts
} // namespace cascade
