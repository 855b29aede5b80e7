#include "proto/canonical_json_reader.hpp"

#include <cstring>

namespace lagerhuis::proto {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool in(unsigned char byte, unsigned char low, unsigned char high) { return byte >= low && byte <= high; }

// The length of the well-formed UTF-8 sequence starting at `at` (Unicode's table 3-7:
// no overlong forms, no surrogates, nothing above U+10FFFF), or 0 if it is not one. The
// generic parser refuses exactly these, so a string that passes here would pass there.
std::size_t utf8_sequence_length(const unsigned char* at, const unsigned char* end) {
    const unsigned char lead = at[0];
    const std::size_t available = static_cast<std::size_t>(end - at);
    auto continuation = [&](std::size_t i) { return i < available && in(at[i], 0x80, 0xBF); };
    if (in(lead, 0xC2, 0xDF)) return continuation(1) ? 2 : 0;
    if (in(lead, 0xE0, 0xEF)) {
        if (available < 2) return 0;
        const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;
        const unsigned char high = lead == 0xED ? 0x9F : 0xBF;
        return in(at[1], low, high) && continuation(2) ? 3 : 0;
    }
    if (in(lead, 0xF0, 0xF4)) {
        if (available < 2) return 0;
        const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
        return in(at[1], low, high) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

}  // namespace

bool CanonicalCursor::take_literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - at_) < word.size() || std::memcmp(at_, word.data(), word.size()) != 0)
        return false;
    at_ += word.size();
    return true;
}

bool CanonicalCursor::take_key(std::string_view name) {
    const std::size_t length = name.size() + 3;  // "name":
    if (static_cast<std::size_t>(end_ - at_) < length || at_[0] != '"' ||
        std::memcmp(at_ + 1, name.data(), name.size()) != 0 || at_[name.size() + 1] != '"' ||
        at_[name.size() + 2] != ':')
        return false;
    at_ += length;
    return true;
}

bool CanonicalCursor::read_string(std::string& out) {
    if (!take('"')) return false;
    out.clear();
    const auto* at = reinterpret_cast<const unsigned char*>(at_);
    const auto* end = reinterpret_cast<const unsigned char*>(end_);
    const auto* run = at;  // the start of bytes to copy as they are
    auto flush = [&] { out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(at - run)); };
    while (at != end) {
        const unsigned char byte = *at;
        if (byte == '"') {
            flush();
            at_ = reinterpret_cast<const char*>(at + 1);
            return true;
        }
        if (byte < 0x20) return false;  // JSON wants control characters escaped
        if (byte < 0x80 && byte != '\\') {
            ++at;
            continue;
        }
        if (byte >= 0x80) {
            const std::size_t length = utf8_sequence_length(at, end);
            if (length == 0) return false;
            at += length;
            continue;
        }
        flush();
        if (end - at < 2) return false;
        char unescaped = 0;
        switch (at[1]) {
            case '"': unescaped = '"'; break;
            case '\\': unescaped = '\\'; break;
            case '/': unescaped = '/'; break;
            case 'b': unescaped = '\b'; break;
            case 'f': unescaped = '\f'; break;
            case 'n': unescaped = '\n'; break;
            case 'r': unescaped = '\r'; break;
            case 't': unescaped = '\t'; break;
            default: return false;  // \u (rare in our text, with surrogates to get right) and invalid escapes
        }
        out.push_back(unescaped);
        at += 2;
        run = at;
    }
    return false;  // no closing quote
}

bool CanonicalCursor::number_token(std::string_view& token, bool& integral) {
    const char* at = at_;
    if (at != end_ && *at == '-') ++at;
    if (at == end_ || !is_digit(*at)) return false;
    if (*at == '0') ++at;  // no leading zeros: "01" ends after the 0, and the caller fails on the 1
    else
        while (at != end_ && is_digit(*at)) ++at;
    integral = true;
    if (at != end_ && *at == '.') {
        integral = false;
        ++at;
        if (at == end_ || !is_digit(*at)) return false;
        while (at != end_ && is_digit(*at)) ++at;
    }
    if (at != end_ && (*at == 'e' || *at == 'E')) {
        integral = false;
        ++at;
        if (at != end_ && (*at == '+' || *at == '-')) ++at;
        const char* exponent = at;
        if (at == end_ || !is_digit(*at)) return false;
        while (at != end_ && is_digit(*at)) ++at;
        // The generic parser refuses an exponent it cannot hold ("exponent overflow"),
        // which from_chars would read as 0 or infinity: we write at most three digits.
        if (at - exponent > 3) return false;
    }
    token = std::string_view(at_, static_cast<std::size_t>(at - at_));
    return true;
}

bool CanonicalCursor::read_number(double& out) {
    std::string_view token;
    bool integral = false;
    if (!number_token(token, integral)) return false;
    const char* first = token.data();
    const char* last = token.data() + token.size();
    // As the generic codec: an integer is read as one (int64 if negative, else uint64)
    // and converted; a fraction or exponent is read correctly rounded, and out of
    // range is left to the generic codec.
    std::from_chars_result result{};
    if (integral && token.front() == '-') {
        std::int64_t number = 0;
        result = std::from_chars(first, last, number);
        out = static_cast<double>(number);
    } else if (integral) {
        std::uint64_t number = 0;
        result = std::from_chars(first, last, number);
        out = static_cast<double>(number);
    } else {
        result = std::from_chars(first, last, out);
    }
    if (result.ec != std::errc{} || result.ptr != last) return false;
    at_ = last;
    return true;
}

}  // namespace lagerhuis::proto
