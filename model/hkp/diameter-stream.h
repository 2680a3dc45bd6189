/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DIAMETER_STREAM_H
#define SECURE_HANDOVER_DIAMETER_STREAM_H

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Cuts a reliable octet stream (TLS application data over TCP) into Diameter messages
 *        by their Message Length (RFC 6733 3), without trusting it beyond a configured bound.
 *
 * A Message Length below the 20-octet header, not a multiple of 4 or above the bound makes
 * the stream unusable (HasFailed): the peer is broken or hostile and the owner closes the
 * connection, as the framing cannot be recovered.
 */
class DiameterStreamReader
{
  public:
    /**
     * \param maxMessageSize the largest message accepted
     */
    explicit DiameterStreamReader(uint32_t maxMessageSize = 65536);

    /**
     * \brief Add received octets.
     * \param data the octets
     * \param size their number
     */
    void Append(const uint8_t* data, std::size_t size);

    /**
     * \brief Take the next complete message.
     * \param message its octets
     * \return false if no complete message is buffered (or the stream failed)
     */
    bool Next(std::vector<uint8_t>& message);

    /** \return true once a framing error was seen */
    bool HasFailed() const;

    /** \brief Forget everything (new connection). */
    void Reset();

  private:
    uint32_t m_maxMessageSize;     //!< bound on the Message Length
    std::vector<uint8_t> m_buffer; //!< octets not yet framed
    bool m_failed;                 //!< framing error seen
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DIAMETER_STREAM_H */
