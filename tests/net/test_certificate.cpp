#include "test_certificate.hpp"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace lagerhuis::tests {
namespace {

void add_extension(X509* certificate, int nid, const char* value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension) throw std::runtime_error("test certificate: bad extension");
    X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
}

void write_pem(const std::filesystem::path& path, auto write) {
    std::FILE* file = std::fopen(path.c_str(), "w");
    if (!file || write(file) != 1) throw std::runtime_error("test certificate: cannot write " + path.string());
    std::fclose(file);
}

}  // namespace

net::TlsFiles write_test_certificate(const std::filesystem::path& dir, const std::string& stem, int days,
                                     const char* names) {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> certificate(X509_new(), X509_free);
    if (!key || !certificate) throw std::runtime_error("test certificate: OpenSSL failed");
    X509* cert = certificate.get();
    X509_set_version(cert, 2);
    static long serial = 1;
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial++);
    X509_gmtime_adj(X509_getm_notBefore(cert), days < 0 ? 2L * days * 86400 : -60);
    X509_gmtime_adj(X509_getm_notAfter(cert), static_cast<long>(days) * 86400);
    X509_set_pubkey(cert, key.get());
    X509_NAME* name = X509_get_subject_name(cert);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    X509_set_issuer_name(cert, name);
    add_extension(cert, NID_basic_constraints, "critical,CA:TRUE");
    add_extension(cert, NID_subject_alt_name, names);
    if (X509_sign(cert, key.get(), EVP_sha256()) == 0) throw std::runtime_error("test certificate: cannot sign");
    const net::TlsFiles files{dir / (stem + ".cert.pem"), dir / (stem + ".key.pem")};
    write_pem(files.certificate, [&](std::FILE* file) { return PEM_write_X509(file, cert); });
    write_pem(files.key, [&](std::FILE* file) {
        return PEM_write_PrivateKey(file, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
    return files;
}

}  // namespace lagerhuis::tests
