// Where settings and sessions go on Linux: the XDG folders, else the usual ones under HOME.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

#include "platform/user_folders.hpp"

namespace lagerhuis::tests {

namespace {

// Sets (or unsets) an environment variable for one test and restores it afterwards.
class ScopedVariable {
public:
    ScopedVariable(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value) setenv(name, value, 1);
        else unsetenv(name);
    }
    ~ScopedVariable() {
        if (old_) setenv(name_, old_->c_str(), 1);
        else unsetenv(name_);
    }

private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("settings and sessions follow XDG_CONFIG_HOME and XDG_DATA_HOME", "[platform]") {
    ScopedVariable config("XDG_CONFIG_HOME", "/tmp/Zoë config");
    ScopedVariable data("XDG_DATA_HOME", "/tmp/Zoë data");
    CHECK(platform::settings_folder() == std::filesystem::path("/tmp/Zoë config/lagerhuis"));
    CHECK(platform::sessions_folder() == std::filesystem::path("/tmp/Zoë data/lagerhuis/sessions"));
}

TEST_CASE("without XDG variables settings and sessions live under HOME", "[platform]") {
    ScopedVariable config("XDG_CONFIG_HOME", nullptr);
    ScopedVariable data("XDG_DATA_HOME", "");  // set but empty counts as unset
    ScopedVariable home("HOME", "/home/zoë");
    CHECK(platform::settings_folder() == std::filesystem::path("/home/zoë/.config/lagerhuis"));
    CHECK(platform::sessions_folder() == std::filesystem::path("/home/zoë/.local/share/lagerhuis/sessions"));
}

}  // namespace lagerhuis::tests
