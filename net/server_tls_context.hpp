#pragma once
// The Asio side of server_tls.hpp, for net/'s own .cpp files only.
#include <memory>

#include <boost/asio/ssl/context.hpp>

#include "core/result.hpp"
#include "net/server_tls.hpp"

namespace lagerhuis::net {

// A server context from the files: TLS 1.2 and 1.3 only, forward-secret AEAD ciphers only
// (Mozilla's "intermediate" list without DHE, which would need parameters of its own).
// A fresh context per load, so a renewed certificate replaces the old for new connections
// while the connections made with the old one keep it.
core::Result<std::shared_ptr<boost::asio::ssl::context>, TlsProblem> load_server_context(const TlsFiles& files);

}  // namespace lagerhuis::net
