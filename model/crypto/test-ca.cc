/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "test-ca.h"

#include "crypto-error.h"
#include "crypto-types.h"
#include "openssl-handles.h"
#include "random-source-provider.h"

#include <fstream>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sstream>

namespace ns3
{
namespace crypto
{

TlsIdentity::TlsIdentity(std::string certificate, std::string privateKey)
    : certificatePem(std::move(certificate)),
      privateKeyPem(std::move(privateKey))
{
}

TlsIdentity&
TlsIdentity::operator=(const TlsIdentity& other)
{
    if (this != &other)
    {
        SecureWipe(privateKeyPem.data(), privateKeyPem.size());
        certificatePem = other.certificatePem;
        privateKeyPem = other.privateKeyPem;
    }
    return *this;
}

TlsIdentity&
TlsIdentity::operator=(TlsIdentity&& other) noexcept
{
    if (this != &other)
    {
        SecureWipe(privateKeyPem.data(), privateKeyPem.size());
        certificatePem = std::move(other.certificatePem);
        privateKeyPem = std::move(other.privateKeyPem);
    }
    return *this;
}

TlsIdentity::~TlsIdentity()
{
    SecureWipe(privateKeyPem.data(), privateKeyPem.size());
}

TlsIdentity
TlsIdentity::LoadFiles(const std::string& certificateFile, const std::string& privateKeyFile)
{
    return TlsIdentity(ReadPemFile(certificateFile), ReadPemFile(privateKeyFile));
}

std::string
ReadPemFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
    {
        ThrowUsageError("cannot open PEM file '" + path + "'");
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad())
    {
        ThrowUsageError("cannot read PEM file '" + path + "'");
    }
    return content.str();
}

namespace
{

/// Serial numbers are 2^56 + a counter: a fixed-length DER INTEGER (8 octets).
constexpr uint64_t SERIAL_BASE = uint64_t{1} << 56;

/// The fixed validity of reproducible certificates (RFC 5280 4.1.2.5: 9999... = no expiry).
constexpr const char* FIXED_NOT_BEFORE = "20000101000000Z";
constexpr const char* FIXED_NOT_AFTER = "99991231235959Z"; //!< see FIXED_NOT_BEFORE

/**
 * \param random the CA's random source, or null
 * \return the library context its keys and certificates live in (null: the default one)
 */
OSSL_LIB_CTX*
LibraryContextFor(RandomSource* random)
{
    return UsesRandomSource(random) ? RandomSourceLibraryContext() : nullptr;
}

/**
 * \brief Generate a key pair (call it with the CA's ScopedRandomSource alive).
 * \param keyType the algorithm
 * \param libctx the library context
 * \return the key pair
 */
EvpPkeyPtr
GenerateKey(TestCertificateAuthority::KeyType keyType, OSSL_LIB_CTX* libctx)
{
    EVP_PKEY* key = nullptr;
    if (keyType == TestCertificateAuthority::KeyType::ED25519)
    {
        key = EVP_PKEY_Q_keygen(libctx, nullptr, "ED25519");
    }
    else
    {
        key = EVP_PKEY_Q_keygen(libctx, nullptr, "EC", "P-256");
    }
    return OwnOrThrow<EvpPkeyPtr>(
        key,
        "EVP_PKEY_Q_keygen",
        keyType == TestCertificateAuthority::KeyType::ED25519 ? "ED25519" : "EC P-256");
}

/**
 * \param bio a memory BIO
 * \return the octets written to it, as text
 */
std::string
MemoryBioText(BIO* bio)
{
    char* data = nullptr;
    long length = BIO_get_mem_data(bio, &data);
    if (length < 0 || (length > 0 && data == nullptr))
    {
        ThrowOpenSslError("BIO_get_mem_data");
    }
    return std::string(data, static_cast<std::size_t>(length));
}

/** \return a new, empty memory BIO */
BioPtr
NewMemoryBio()
{
    return OwnOrThrow<BioPtr>(BIO_new(BIO_s_mem()), "BIO_new", "BIO_s_mem");
}

/**
 * \param text PEM text
 * \return a read-only memory BIO over it
 */
BioPtr
ReadOnlyBio(const std::string& text)
{
    return OwnOrThrow<BioPtr>(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())),
                              "BIO_new_mem_buf",
                              "PEM");
}

/**
 * \param certificate a certificate
 * \return its PEM encoding
 */
std::string
CertificateToPem(X509* certificate)
{
    BioPtr bio = NewMemoryBio();
    if (PEM_write_bio_X509(bio.get(), certificate) != 1)
    {
        ThrowOpenSslError("PEM_write_bio_X509");
    }
    return MemoryBioText(bio.get());
}

/**
 * \param key a key pair
 * \return its private key in unencrypted PKCS#8 PEM
 */
std::string
PrivateKeyToPem(EVP_PKEY* key)
{
    BioPtr bio = NewMemoryBio();
    if (PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
    {
        ThrowOpenSslError("PEM_write_bio_PrivateKey");
    }
    std::string pem = MemoryBioText(bio.get());
    // The memory BIO's buffer is freed with BIO_free_all, which does not wipe it: clear it.
    char* data = nullptr;
    long length = BIO_get_mem_data(bio.get(), &data);
    if (length > 0 && data != nullptr)
    {
        SecureWipe(data, static_cast<std::size_t>(length));
    }
    return pem;
}

/**
 * \brief Add one X.509v3 extension, given in openssl.cnf syntax.
 * \param certificate the certificate being built
 * \param issuer the issuing certificate (the certificate itself when self-signed)
 * \param nid the extension
 * \param value its value, e.g. "critical,CA:TRUE"
 */
void
AddExtension(X509* certificate, X509* issuer, int nid, const std::string& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str()));
    if (!extension)
    {
        ThrowOpenSslError("X509V3_EXT_conf_nid(" + std::string(OBJ_nid2sn(nid)) + "=" + value +
                          ")");
    }
    if (X509_add_ext(certificate, extension.get(), -1) != 1)
    {
        ThrowOpenSslError("X509_add_ext");
    }
}

/**
 * \brief Create an unsigned certificate with the common fields.
 * \param commonName the subject CN
 * \param serial the serial number
 * \param validityDays the validity from one hour ago (wall clock); 0: the fixed validity
 * \param publicKey the certified key
 * \param libctx the library context (signing uses it)
 * \return the certificate
 */
X509Ptr
NewCertificate(const std::string& commonName,
               uint64_t serial,
               uint32_t validityDays,
               EVP_PKEY* publicKey,
               OSSL_LIB_CTX* libctx)
{
    X509Ptr certificate =
        OwnOrThrow<X509Ptr>(X509_new_ex(libctx, nullptr), "X509_new_ex", "certificate");
    if (X509_set_version(certificate.get(), X509_VERSION_3) != 1)
    {
        ThrowOpenSslError("X509_set_version");
    }
    if (ASN1_INTEGER_set_uint64(X509_get_serialNumber(certificate.get()), serial) != 1)
    {
        ThrowOpenSslError("ASN1_INTEGER_set_uint64");
    }
    if (validityDays == 0)
    {
        if (ASN1_TIME_set_string_X509(X509_getm_notBefore(certificate.get()), FIXED_NOT_BEFORE) !=
                1 ||
            ASN1_TIME_set_string_X509(X509_getm_notAfter(certificate.get()), FIXED_NOT_AFTER) != 1)
        {
            ThrowOpenSslError("ASN1_TIME_set_string_X509");
        }
    }
    else if (X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) == nullptr ||
             X509_gmtime_adj(X509_getm_notAfter(certificate.get()),
                             static_cast<long>(validityDays) * 86400L) == nullptr)
    {
        ThrowOpenSslError("X509_gmtime_adj");
    }
    X509_NAME* subject = X509_get_subject_name(certificate.get());
    if (X509_NAME_add_entry_by_txt(subject,
                                   "CN",
                                   MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(commonName.c_str()),
                                   -1,
                                   -1,
                                   0) != 1)
    {
        ThrowOpenSslError("X509_NAME_add_entry_by_txt(CN=" + commonName + ")");
    }
    if (X509_set_pubkey(certificate.get(), publicKey) != 1)
    {
        ThrowOpenSslError("X509_set_pubkey");
    }
    return certificate;
}

/**
 * \brief Sign a certificate with the issuer's key.
 * \param certificate the certificate
 * \param issuerKey the issuer's private key
 */
void
SignCertificate(X509* certificate, EVP_PKEY* issuerKey)
{
    // Ed25519 signs the message itself (no separate digest): OpenSSL wants a null md then.
    const EVP_MD* digest = EVP_PKEY_is_a(issuerKey, "ED25519") ? nullptr : EVP_sha256();
    if (X509_sign(certificate, issuerKey, digest) <= 0)
    {
        ThrowOpenSslError("X509_sign");
    }
}

} // namespace

/// The CA's state.
struct TestCertificateAuthority::Impl
{
    KeyType keyType{KeyType::ED25519};    //!< key type of issued certificates
    EvpPkeyPtr key;                       //!< the root key pair
    X509Ptr certificate;                  //!< the root certificate
    uint32_t validityDays{365};           //!< validity of issued certificates
    uint64_t nextSerial{SERIAL_BASE + 1}; //!< next serial number
    RandomSource* random{nullptr};        //!< key pairs and nonces (null: OpenSSL's RAND)

    /** \return the validity to give NewCertificate (0: fixed, for a random source) */
    uint32_t CertificateValidity() const
    {
        return UsesRandomSource(random) ? 0 : validityDays;
    }
};

TestCertificateAuthority::TestCertificateAuthority(const std::string& name,
                                                   KeyType keyType,
                                                   uint32_t validityDays,
                                                   RandomSource* random)
    : m_impl(std::make_unique<Impl>())
{
    if (name.empty())
    {
        ThrowUsageError("TestCertificateAuthority: empty CA name");
    }
    m_impl->keyType = keyType;
    m_impl->validityDays = validityDays;
    m_impl->random = random;
    ScopedRandomSource scope(random);
    OSSL_LIB_CTX* libctx = LibraryContextFor(random);
    m_impl->key = GenerateKey(keyType, libctx);
    m_impl->certificate = NewCertificate(name,
                                         m_impl->nextSerial++,
                                         m_impl->CertificateValidity(),
                                         m_impl->key.get(),
                                         libctx);
    X509* root = m_impl->certificate.get();
    if (X509_set_issuer_name(root, X509_get_subject_name(root)) != 1)
    {
        ThrowOpenSslError("X509_set_issuer_name");
    }
    AddExtension(root, root, NID_basic_constraints, "critical,CA:TRUE");
    AddExtension(root, root, NID_key_usage, "critical,keyCertSign,cRLSign");
    AddExtension(root, root, NID_subject_key_identifier, "hash");
    SignCertificate(root, m_impl->key.get());
}

TestCertificateAuthority::TestCertificateAuthority(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

TestCertificateAuthority
TestCertificateAuthority::FromPem(const std::string& certificatePem,
                                  const std::string& privateKeyPem,
                                  uint32_t validityDays,
                                  RandomSource* random)
{
    auto impl = std::make_unique<Impl>();
    impl->random = random;
    BioPtr certificateBio = ReadOnlyBio(certificatePem);
    impl->certificate.reset(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    if (!impl->certificate)
    {
        ThrowOpenSslError("PEM_read_bio_X509(CA certificate)");
    }
    BioPtr keyBio = ReadOnlyBio(privateKeyPem);
    impl->key.reset(PEM_read_bio_PrivateKey_ex(keyBio.get(),
                                               nullptr,
                                               nullptr,
                                               nullptr,
                                               LibraryContextFor(random),
                                               nullptr));
    if (!impl->key)
    {
        ThrowOpenSslError("PEM_read_bio_PrivateKey(CA key)");
    }
    if (X509_check_private_key(impl->certificate.get(), impl->key.get()) != 1)
    {
        ThrowOpenSslError("X509_check_private_key(CA key does not match its certificate)");
    }
    impl->keyType =
        EVP_PKEY_is_a(impl->key.get(), "ED25519") ? KeyType::ED25519 : KeyType::ECDSA_P256;
    impl->validityDays = validityDays;
    // Continue after the root's own serial so that issued serials stay distinct.
    uint64_t rootSerial = 0;
    if (ASN1_INTEGER_get_uint64(&rootSerial, X509_get0_serialNumber(impl->certificate.get())) ==
            1 &&
        rootSerial >= SERIAL_BASE)
    {
        impl->nextSerial = rootSerial + 1;
    }
    return TestCertificateAuthority(std::move(impl));
}

TestCertificateAuthority::~TestCertificateAuthority() = default;
TestCertificateAuthority::TestCertificateAuthority(TestCertificateAuthority&& other) noexcept =
    default;
TestCertificateAuthority& TestCertificateAuthority::operator=(
    TestCertificateAuthority&& other) noexcept = default;

std::string
TestCertificateAuthority::CertificatePem() const
{
    return CertificateToPem(m_impl->certificate.get());
}

std::string
TestCertificateAuthority::PrivateKeyPem() const
{
    return PrivateKeyToPem(m_impl->key.get());
}

TlsIdentity
TestCertificateAuthority::Issue(const std::string& name)
{
    if (name.empty())
    {
        ThrowUsageError("TestCertificateAuthority::Issue: empty entity name");
    }
    ScopedRandomSource scope(m_impl->random);
    OSSL_LIB_CTX* libctx = LibraryContextFor(m_impl->random);
    EvpPkeyPtr key = GenerateKey(m_impl->keyType, libctx);
    X509Ptr certificate = NewCertificate(name,
                                         m_impl->nextSerial++,
                                         m_impl->CertificateValidity(),
                                         key.get(),
                                         libctx);
    X509* leaf = certificate.get();
    X509* root = m_impl->certificate.get();
    if (X509_set_issuer_name(leaf, X509_get_subject_name(root)) != 1)
    {
        ThrowOpenSslError("X509_set_issuer_name");
    }
    const bool isEmail = name.find('@') != std::string::npos;
    AddExtension(leaf, root, NID_basic_constraints, "critical,CA:FALSE");
    AddExtension(leaf, root, NID_key_usage, "critical,digitalSignature");
    AddExtension(leaf, root, NID_ext_key_usage, "serverAuth,clientAuth");
    AddExtension(leaf, root, NID_subject_alt_name, (isEmail ? "email:" : "DNS:") + name);
    AddExtension(leaf, root, NID_authority_key_identifier, "keyid:always");
    SignCertificate(leaf, m_impl->key.get());
    return TlsIdentity(CertificateToPem(leaf), PrivateKeyToPem(key.get()));
}

} // namespace crypto
} // namespace ns3
