// The console reporter indents a failing test case's name past its first ": " and wraps it at
// the console width; an indent at or past the width makes Catch2 2.13 loop for ever (assert in
// debug builds), so a failure in a test case whose name has its first ": " at column 79 or later
// (eight do) hung the run instead of reporting it. The width leaves room for our long names;
// the test below keeps them inside it.
#define CATCH_CONFIG_CONSOLE_WIDTH 160
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <string>

// ctest runs each test case by name (catch_discover_tests): CMake splits a name at ';' into
// entries that match no test case, and Catch2 reads a name opening with '"' as a quoted spec.
TEST_CASE("every test case's name can be printed by the console reporter and run by ctest", "[meta]") {
    for (const auto& test : Catch::getRegistryHub().getTestCaseRegistry().getAllTests()) {
        const std::string& name = test.getTestCaseInfo().name;
        const std::size_t colon = name.find(": ");
        INFO(name);
        CHECK((colon == std::string::npos || colon + 2 <= CATCH_CONFIG_CONSOLE_WIDTH - 40));
        CHECK(name.find(';') == std::string::npos);
        CHECK((name.empty() || name.front() != '"'));
    }
}
