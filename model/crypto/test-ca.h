/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_TEST_CA_H
#define SECURE_HANDOVER_TEST_CA_H

#include "random-source.h"

#include <cstdint>
#include <memory>
#include <string>

namespace ns3
{
namespace crypto
{

/**
 * \ingroup secure-handover
 * \brief A certificate and its private key, both PEM-encoded: what one TLS end presents.
 *
 * The private key text is wiped when the object is destroyed.
 */
struct TlsIdentity
{
    std::string certificatePem; //!< the X.509 certificate (PEM)
    std::string privateKeyPem;  //!< the PKCS#8 private key (PEM, unencrypted)

    TlsIdentity() = default;

    /**
     * \param certificate the certificate (PEM)
     * \param privateKey the private key (PEM)
     */
    TlsIdentity(std::string certificate, std::string privateKey);

    /** \param other the identity to copy */
    TlsIdentity(const TlsIdentity& other) = default;
    /** \param other the identity to move from */
    TlsIdentity(TlsIdentity&& other) = default;
    /**
     * \param other the identity to copy
     * \return this
     */
    TlsIdentity& operator=(const TlsIdentity& other);
    /**
     * \param other the identity to move from
     * \return this
     */
    TlsIdentity& operator=(TlsIdentity&& other) noexcept;
    ~TlsIdentity();

    /**
     * \brief Load an identity from PEM files.
     * \param certificateFile the certificate file
     * \param privateKeyFile the private key file (unencrypted PEM)
     * \return the identity
     * \throws CryptoError if a file cannot be read
     */
    static TlsIdentity LoadFiles(const std::string& certificateFile,
                                 const std::string& privateKeyFile);
};

/**
 * \brief Read a whole text file (e.g. a PEM certificate).
 * \param path the file
 * \return its content
 * \throws CryptoError if it cannot be read
 */
std::string ReadPemFile(const std::string& path);

/**
 * \ingroup secure-handover
 * \brief A small certificate authority for simulations and tests, built on OpenSSL 3's
 *        EVP_PKEY and X509 APIs.
 *
 * It makes a self-signed root (basicConstraints CA:TRUE, keyCertSign) and issues end-entity
 * certificates for named entities: subject CN = the name, subjectAltName DNS:name (or
 * email:name when the name contains '@'), serverAuth and clientAuth, so that a TLS engine can
 * check the peer name with X509_VERIFY_PARAM_set1_host (or set1_email).
 *
 * Randomness: given a RandomSource (e.g. the SecurityRandom of a helper), every key pair and
 * every ECDSA signature nonce is drawn from it (ScopedRandomSource), and the validity period
 * is fixed (not before 2000-01-01 00:00:00 UTC, not after 9999-12-31 23:59:59 UTC, the
 * "no expiration" value of RFC 5280 section 4.1.2.5) instead of following the wall clock: the
 * same source state gives byte-identical certificates and keys. Serial numbers are a counter
 * in every case. Without a source (or with OpenSSL's own), keys come from OpenSSL's default
 * RAND and the validity starts one hour before the wall-clock time, as before: certificates
 * are then not reproducible. To pin such certificates, save them (CertificatePem(),
 * PrivateKeyPem(), Issue()) and load them with FromPem() / TlsIdentity::LoadFiles().
 */
class TestCertificateAuthority
{
  public:
    /// The signature algorithm of the keys the CA generates.
    enum class KeyType
    {
        ED25519,   //!< Ed25519 (RFC 8410): fixed-length keys and signatures
        ECDSA_P256 //!< ECDSA over P-256 with SHA-256
    };

    /**
     * \brief Generate a new root key pair and a self-signed root certificate.
     * \param name the root's subject CN
     * \param keyType the key type of the root and of every issued certificate
     * \param validityDays the validity of every certificate, from one hour ago (wall clock);
     *        ignored with a random source (fixed validity, see the class)
     * \param random where key pairs and signature nonces come from (not owned: it must
     *        outlive the CA); null: OpenSSL's default RAND
     * \throws CryptoError if OpenSSL fails
     */
    explicit TestCertificateAuthority(const std::string& name = "secure-handover test CA",
                                      KeyType keyType = KeyType::ED25519,
                                      uint32_t validityDays = 365,
                                      RandomSource* random = nullptr);

    /**
     * \brief Use an existing root (e.g. one saved by an earlier run) to issue certificates.
     * \param certificatePem the root certificate (PEM)
     * \param privateKeyPem its private key (PEM); its type selects the key type of issued
     *        certificates
     * \param validityDays the validity of the certificates it issues
     * \param random where issued key pairs and signature nonces come from (not owned);
     *        null: OpenSSL's default RAND
     * \return the CA
     * \throws CryptoError if the PEM does not parse or the key does not match the certificate
     */
    static TestCertificateAuthority FromPem(const std::string& certificatePem,
                                            const std::string& privateKeyPem,
                                            uint32_t validityDays = 365,
                                            RandomSource* random = nullptr);

    ~TestCertificateAuthority();
    /** \param other the CA to move from */
    TestCertificateAuthority(TestCertificateAuthority&& other) noexcept;
    /**
     * \param other the CA to move from
     * \return this
     */
    TestCertificateAuthority& operator=(TestCertificateAuthority&& other) noexcept;
    TestCertificateAuthority(const TestCertificateAuthority&) = delete;
    TestCertificateAuthority& operator=(const TestCertificateAuthority&) = delete;

    /** \return the root certificate (PEM): the trust anchor to give every TLS end */
    std::string CertificatePem() const;

    /** \return the root's private key (PEM), to save the CA for a later run */
    std::string PrivateKeyPem() const;

    /**
     * \brief Generate a key pair for an entity and certify it.
     * \param name the entity's identity (e.g. "tpos.example.net"): subject CN and
     *        subjectAltName
     * \return the certificate and its private key
     * \throws CryptoError if the name is empty or OpenSSL fails
     */
    TlsIdentity Issue(const std::string& name);

  private:
    struct Impl;
    /** \param impl the state */
    explicit TestCertificateAuthority(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl; //!< the root key, certificate and serial counter
};

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_TEST_CA_H */
