#include "net/client_tls.hpp"

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <boost/asio/ip/address.hpp>

#include "net/event_loop_impl.hpp"

namespace lagerhuis::net {
namespace ssl = boost::asio::ssl;

core::Result<std::shared_ptr<ssl::context>, std::string> client_tls_context(EventLoop& loop, const std::string& ca_file) {
    auto& cache = loop.impl().client_tls;
    if (auto found = cache.find(ca_file); found != cache.end()) return found->second;
    auto context = std::make_shared<ssl::context>(ssl::context::tls_client);
    SSL_CTX_set_min_proto_version(context->native_handle(), TLS1_2_VERSION);
    context->set_verify_mode(ssl::verify_peer);
    boost::system::error_code error;
    context->set_default_verify_paths(error);
    if (!ca_file.empty()) {
        context->load_verify_file(ca_file, error);
        if (error) return core::Failure{"cannot use --ca " + ca_file + ": not a readable PEM certificate (" + error.message() + ")"};
    }
    cache.emplace(ca_file, context);
    return context;
}

bool expect_host_name(void* handle, const std::string& host) {
    auto* ssl = static_cast<SSL*>(handle);
    boost::system::error_code not_ip;
    boost::asio::ip::make_address(host, not_ip);
    if (!not_ip) return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host.c_str()) == 1;
    return SSL_set_tlsext_host_name(ssl, host.c_str()) == 1 && SSL_set1_host(ssl, host.c_str()) == 1;
}

std::string handshake_failure(void* handle, const std::string& error) {
    const long verdict = SSL_get_verify_result(static_cast<SSL*>(handle));
    if (verdict == X509_V_OK) return "TLS handshake failed: " + error;
    return std::string("the host's certificate is not trusted: ") + X509_verify_cert_error_string(verdict) +
           " (a host with a certificate of a private CA: pass that CA with --ca FILE)";
}

}  // namespace lagerhuis::net
