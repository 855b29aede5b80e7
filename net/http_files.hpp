#pragma once
// What the host serves over plain HTTP: the participant page's files and the message
// catalog. No Beast here: a reply is a status, a type and a body, so the rules (which
// paths exist, what is refused) are testable without a socket.
#include <filesystem>
#include <string>
#include <string_view>

namespace lagerhuis::net {

struct HttpReply {
    int status = 200;
    std::string content_type;
    std::string body;
};

// Only our own files, and only from here: the page may not load anything from elsewhere.
inline constexpr std::string_view content_security_policy =
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// "/" is index.html, "/messages.ini" the catalog; other paths name a file directly in
// `web_root` or a folder below it. Anything else (.., hidden files, odd characters,
// missing files) is a 404 that says so.
HttpReply static_file_reply(const std::filesystem::path& web_root, const std::filesystem::path& messages_file,
                            std::string_view path);

}  // namespace lagerhuis::net
