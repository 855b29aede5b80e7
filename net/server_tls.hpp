#pragma once
// TLS for the host: the certificate and key files (PEM, as certbot writes them) and what
// can be wrong with them. Plain types only: the console and the CLI check the files and
// word the problem from the message catalog (tls.<code>) before anything starts.
#include <filesystem>
#include <optional>
#include <string>

namespace lagerhuis::net {

struct TlsFiles {
    std::filesystem::path certificate;  // the chain: the server's certificate first
    std::filesystem::path key;
    bool enabled() const { return !certificate.empty() || !key.empty(); }
};

struct TlsProblem {
    // cert_missing_key (one of the two given), cert_unreadable, key_unreadable,
    // cert_invalid, key_invalid, key_mismatch: a text tls.<code> in messages.ini.
    std::string code;
    std::string file;    // the file concerned
    std::string detail;  // the system's or OpenSSL's own words (English)
    std::string message() const;  // English, for logs
};

// Loads the files as the server would; nothing when they serve.
std::optional<TlsProblem> check_tls_files(const TlsFiles& files);

}  // namespace lagerhuis::net
