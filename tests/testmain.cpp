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

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("CascadeTests"));
    TestApplication::setApplicationName(QStringLiteral("cascade-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
