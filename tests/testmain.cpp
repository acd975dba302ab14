// SPDX-License-Identifier: GPL-3.0-or-later
// Test main shared by the test binaries: the offscreen Qt platform unless told
// otherwise, one application object for the whole run (QCoreApplication for core
// tests, which link no GUI module).
#ifdef CASCADE_TEST_CORE_ONLY
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#else
#include <QApplication>
using TestApplication = QApplication;
#endif

#include <QTemporaryDir>
#ifndef CASCADE_TEST_CORE_ONLY
#include "app/presentation/language.h"
#endif

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The tests and the programs they start never read or write the user's settings
    // (View > Language, recent files), and the system speaks English unless a test
    // says otherwise.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("CascadeTests"));
    TestApplication::setApplicationName(QStringLiteral("cascade-tests"));
#ifndef CASCADE_TEST_CORE_ONLY
    // As the program does when it starts: English, with its plural forms ("1 node").
    cascade::Language::install(QStringLiteral("en"));
#endif
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
