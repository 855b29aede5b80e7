#pragma once
// A self-signed certificate made in the test (OpenSSL's API, no openssl CLI): for
// 127.0.0.1 and localhost, a fresh key each time, written as PEM files. It is its own CA,
// so a client trusts it with --ca (the certificate file).
#include <filesystem>

#include "net/server_tls.hpp"

namespace lagerhuis::tests {

// Writes `stem`.cert.pem and `stem`.key.pem in `dir`; `days` may be negative (expired);
// `names` as in subjectAltName.
net::TlsFiles write_test_certificate(const std::filesystem::path& dir, const std::string& stem, int days = 2,
                                     const char* names = "DNS:localhost,IP:127.0.0.1");

}  // namespace lagerhuis::tests
