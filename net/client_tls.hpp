#pragma once
// The TLS side of a client (wire_client.cpp), for net/'s own .cpp files only: a context
// that verifies the host against the system's CA store, plus a private CA when given.
#include <memory>
#include <string>

#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream_base.hpp>

#include "core/result.hpp"
#include "net/event_loop.hpp"

namespace lagerhuis::net {

// One context per CA file and event loop, made at the first connection: the load
// generator's thousands of clients share it instead of each reading the CA store.
core::Result<std::shared_ptr<boost::asio::ssl::context>, std::string> client_tls_context(EventLoop& loop,
                                                                                         const std::string& ca_file);

// Makes `ssl` check that the certificate names `host` (a DNS name or an IP address) and
// send the name (SNI); false when OpenSSL refused.
bool expect_host_name(void* ssl, const std::string& host);

// Why a handshake with `ssl` failed, in words for the person who started the client
// (English, like the CLI's other errors): a certificate that is not trusted names the
// problem and how to trust a private CA.
std::string handshake_failure(void* ssl, const std::string& error);

}  // namespace lagerhuis::net
