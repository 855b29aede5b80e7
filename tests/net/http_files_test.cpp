// What the host serves over HTTP: the page's own files and nothing else.
#include <catch2/catch.hpp>

#include "net/http_files.hpp"

namespace {

using lagerhuis::net::static_file_reply;

const std::filesystem::path web = std::filesystem::path(LAGERHUIS_ASSETS_DIR) / "web";
const std::filesystem::path messages = std::filesystem::path(LAGERHUIS_ASSETS_DIR) / "messages.ini";

TEST_CASE("the page and its files are served with their types", "[http]") {
    const auto index = static_file_reply(web, messages, "/");
    CHECK(index.status == 200);
    CHECK(index.content_type == "text/html; charset=utf-8");
    CHECK(index.body.find("<html") != std::string::npos);
    const auto script = static_file_reply(web, messages, "/app.js");
    CHECK(script.status == 200);
    CHECK(script.content_type == "text/javascript; charset=utf-8");
    CHECK(static_file_reply(web, messages, "/style.css").content_type == "text/css; charset=utf-8");
    const auto catalog = static_file_reply(web, messages, "/messages.ini");
    CHECK(catalog.status == 200);
    CHECK(catalog.body.find("[nl]") != std::string::npos);
}

TEST_CASE("nothing outside the page's folder is served", "[http]") {
    for (const char* path : {"/../messages.ini", "/..", "/.hidden", "/a/../../etc/passwd", "//etc/passwd", "/app.js%00",
                             "/nope.js", "", "app.js", "/web/../../x"}) {
        INFO(path);
        CHECK(static_file_reply(web, messages, path).status == 404);
    }
}

}  // namespace
