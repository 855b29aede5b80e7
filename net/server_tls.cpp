#include "net/server_tls.hpp"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "net/server_tls_context.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::net {
namespace ssl = boost::asio::ssl;

namespace {

// OpenSSL's reason for the last failure, e.g. "no start line" for a file that is no PEM.
std::string openssl_detail() {
    const unsigned long code = ERR_peek_error();  // the first: "no start line", not "PEM lib"
    ERR_clear_error();
    if (code == 0) return "not valid PEM";
    const char* reason = ERR_reason_error_string(code);
    return reason ? reason : "not valid PEM";
}

std::optional<TlsProblem> unreadable(const std::filesystem::path& file, const std::string& code) {
    std::ifstream in(file, std::ios::binary);
    if (in) return std::nullopt;
    return TlsProblem{code, platform::utf8_of(file), std::strerror(errno)};
}

}  // namespace

std::string TlsProblem::message() const {
    static const char* const what[][2] = {
        {"cert_missing_key", "--tls-cert and --tls-key go together"},
        {"cert_unreadable", "cannot read the TLS certificate"},
        {"key_unreadable", "cannot read the TLS key"},
        {"cert_invalid", "not a PEM certificate"},
        {"key_invalid", "not a PEM private key (or it has a passphrase)"},
        {"key_mismatch", "the TLS key does not belong to the certificate"},
    };
    for (const auto& [known, text] : what)
        if (code == known) return std::string(text) + ": " + file + (detail.empty() ? "" : " (" + detail + ")");
    return code + ": " + file;
}

core::Result<std::shared_ptr<ssl::context>, TlsProblem> load_server_context(const TlsFiles& files) {
    if (files.certificate.empty() || files.key.empty())
        return core::Failure{TlsProblem{"cert_missing_key", platform::utf8_of(files.certificate.empty() ? files.key : files.certificate), ""}};
    if (auto problem = unreadable(files.certificate, "cert_unreadable")) return core::Failure{*problem};
    if (auto problem = unreadable(files.key, "key_unreadable")) return core::Failure{*problem};
    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                         ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use |
                         ssl::context::no_compression);
    SSL_CTX* native = context->native_handle();
    SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
    SSL_CTX_set_cipher_list(native,
                            "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:"
                            "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305");
    SSL_CTX_set_options(native, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION);
    // A key with a passphrase must fail as invalid, not wait for one on the terminal.
    SSL_CTX_set_default_passwd_cb(native, [](char*, int, int, void*) { return 0; });
    ERR_clear_error();
    // OpenSSL takes file names as UTF-8 text, on Windows too.
    const std::string certificate = platform::utf8_of(files.certificate);
    const std::string key = platform::utf8_of(files.key);
    if (SSL_CTX_use_certificate_chain_file(native, certificate.c_str()) != 1)
        return core::Failure{TlsProblem{"cert_invalid", certificate, openssl_detail()}};
    if (SSL_CTX_use_PrivateKey_file(native, key.c_str(), SSL_FILETYPE_PEM) != 1) {
        // OpenSSL 3 compares the key with the certificate as it loads it.
        const bool mismatch = ERR_GET_REASON(ERR_peek_last_error()) == X509_R_KEY_VALUES_MISMATCH;
        return core::Failure{TlsProblem{mismatch ? "key_mismatch" : "key_invalid", key, openssl_detail()}};
    }
    if (SSL_CTX_check_private_key(native) != 1)
        return core::Failure{TlsProblem{"key_mismatch", key, openssl_detail()}};
    return context;
}

std::optional<TlsProblem> check_tls_files(const TlsFiles& files) {
    auto loaded = load_server_context(files);
    if (loaded) return std::nullopt;
    return loaded.error();
}

}  // namespace lagerhuis::net
