/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_SECURITY_RANDOM_H
#define SECURE_HANDOVER_SECURITY_RANDOM_H

#include "ns3/object.h"
#include "ns3/random-source.h"
#include "ns3/random-variable-stream.h"
#include "ns3/traced-callback.h"

#include <memory>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The random source of a security agent: nonces, fresh keys, random TEKs.
 *
 * By default every octet is drawn from an ns-3 UniformRandomVariable, so the same RngSeed,
 * RngRun and assigned stream give byte-identical runs. Setting the Attribute UseOpenSslRand
 * (for one object, or for all with
 * Config::SetDefault("ns3::SecurityRandom::UseOpenSslRand", BooleanValue(true)))
 * switches to OpenSSL's RAND_bytes, which is not reproducible.
 */
class SecurityRandom : public Object, public crypto::RandomSource
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SecurityRandom();
    ~SecurityRandom() override;

    void Fill(uint8_t* out, std::size_t size) override;
    /** \return UsesOpenSslRand(): TLS and the test CA then use OpenSSL's default RAND */
    bool IsOpenSslRand() const override;

    /**
     * \brief Assign a fixed stream number to the underlying ns-3 random variable.
     * \param stream first stream index to use
     * \return the number of streams assigned (1)
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \return true if octets come from OpenSSL RAND_bytes rather than ns-3 streams
     */
    bool UsesOpenSslRand() const;

    /**
     * TracedCallback signature for a draw.
     * \param [in] octets number of octets drawn
     */
    typedef void (*DrawTracedCallback)(uint32_t octets);

  protected:
    void DoDispose() override;

  private:
    bool m_useOpenSslRand;                        //!< the switch
    Ptr<UniformRandomVariable> m_uniform;         //!< the reproducible source
    std::unique_ptr<crypto::RandomSource> m_rand; //!< OpenSSL RAND, created on first use
    TracedCallback<uint32_t> m_drawTrace;         //!< fired for every Fill
};

} // namespace ns3

#endif /* SECURE_HANDOVER_SECURITY_RANDOM_H */
