// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/time.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace cascade;

TEST(Time, ParsesOffsetsToUtc)
{
    const auto t = parseIsoTime(std::string_view("2010-01-17T10:45:00-05:00"));
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(formatIsoUtc(*t), QStringLiteral("2010-01-17T15:45:00Z"));
    EXPECT_EQ(*t, QDateTime(QDate(2010, 1, 17), QTime(15, 45), QTimeZone::utc()).toMSecsSinceEpoch());
}

TEST(Time, KeepsMilliseconds)
{
    const auto t = parseIsoTime(std::string_view("2024-05-01T10:00:00.123456Z"));
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(*t % 1000, 123);
    EXPECT_EQ(formatIsoUtc(*t), QStringLiteral("2024-05-01T10:00:00.123Z"));
    EXPECT_EQ(*parseIsoTime(std::string_view("2024-05-01T10:00:00.5+01:45")) % 1000, 500);
}

TEST(Time, RejectsTimesWithoutOffset)
{
    TimeParseError error;
    EXPECT_FALSE(parseIsoTime(std::string_view("2010-01-17T10:45:00"), &error));
    EXPECT_EQ(error, TimeParseError::MissingOffset);
    EXPECT_FALSE(parseIsoTime(std::string_view("2010-01-17T10:45:00.250"), &error));
    EXPECT_EQ(error, TimeParseError::MissingOffset);
}

TEST(Time, RejectsMalformedAndOutOfRange)
{
    TimeParseError error;
    for (const char *bad : {"", "2010", "2010-01-17 10:45", "2010-1-17T10:45:00Z", "2010-01-17T10:45:00z ",
                            "2010-01-17T10:45:00+0500", "2010-01-17T10:45:00.Z", "yesterday"}) {
        EXPECT_FALSE(parseIsoTime(std::string_view(bad), &error)) << bad;
        EXPECT_NE(error, TimeParseError::None) << bad;
    }
    EXPECT_FALSE(parseIsoTime(std::string_view("2010-02-30T10:45:00Z"), &error));
    EXPECT_EQ(error, TimeParseError::OutOfRange);
    EXPECT_FALSE(parseIsoTime(std::string_view("2010-01-17T24:00:00Z"), &error));
    EXPECT_EQ(error, TimeParseError::OutOfRange);
}

TEST(Time, AgreesWithQtOverManyDates)
{
    // Every 7 hours 13 minutes over 1900-2100, both directions.
    const qint64 step = 7 * kMsPerHour + 13 * kMsPerMinute + 17;
    const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    for (qint64 t = from; t < to; t += step * 97) {
        const QString text = formatIsoUtc(t);
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        ASSERT_EQ(qt.toMSecsSinceEpoch(), t) << text.toStdString();
        ASSERT_EQ(parseIsoTime(QStringView(text)).value_or(-1), t) << text.toStdString();
    }
}
