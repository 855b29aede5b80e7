#include "net/http_files.hpp"

#include <fstream>
#include <sstream>

namespace lagerhuis::net {

namespace {

std::string_view content_type_of(const std::filesystem::path& file) {
    const std::string extension = file.extension().string();
    if (extension == ".html") return "text/html; charset=utf-8";
    if (extension == ".js" || extension == ".mjs") return "text/javascript; charset=utf-8";
    if (extension == ".css") return "text/css; charset=utf-8";
    if (extension == ".svg") return "image/svg+xml";
    if (extension == ".png") return "image/png";
    if (extension == ".ico") return "image/x-icon";
    if (extension == ".json") return "application/json";
    if (extension == ".ini" || extension == ".txt") return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

// Letters, digits, '-', '_', '.', '/'; no segment may start with '.' (no .., no hidden files).
bool plain_path(std::string_view path) {
    if (path.empty() || path.front() != '/') return false;
    char previous = '\0';  // the leading '/' starts the first segment
    for (char c : path) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                             c == '_' || c == '.' || c == '/';
        if (!allowed) return false;
        if (previous == '/' && (c == '.' || c == '/')) return false;
        previous = c;
    }
    return true;
}

HttpReply not_found(std::string_view path) {
    return HttpReply{404, "text/plain; charset=utf-8",
                     "Not found: " + std::string(path.substr(0, 200)) + "\nThe participant page is at /.\n"};
}

}  // namespace

HttpReply static_file_reply(const std::filesystem::path& web_root, const std::filesystem::path& messages_file,
                            std::string_view path) {
    std::filesystem::path file;
    if (path == "/")
        file = web_root / "index.html";
    else if (path == "/messages.ini")
        file = messages_file;
    else if (plain_path(path))
        file = web_root / std::filesystem::path(path.substr(1));
    else
        return not_found(path);
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) return not_found(path);
    std::ifstream in(file, std::ios::binary);
    if (!in) return not_found(path);
    std::ostringstream body;
    body << in.rdbuf();
    return HttpReply{200, std::string(content_type_of(file)), body.str()};
}

}  // namespace lagerhuis::net
