/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_TLS_MIH_TRANSPORT_H
#define SECURE_HANDOVER_TLS_MIH_TRANSPORT_H

#include "ns3/callback.h"
#include "ns3/mis-keys.h"
#include "ns3/object.h"

#include <string>

namespace ns3
{

class MisFunction;
class Packet;
class TlsSession;

/**
 * \ingroup secure-handover
 * \brief TLS over MIS: carries the records of a TlsSession between two MISFs in MIH_Auth
 *        indications (SID 1, AID 6), the full MIS SA establishment of IEEE 802.21 clause 9.2
 *        that 802.21.1 5.14.2 falls back to.
 *
 * Each batch of records the session emits becomes one MIH_Auth indication with ACK-Req, so the
 * MIH transport retransmits it until acknowledged. The owner hands the records of every
 * MIH_Auth indication from the peer to Receive() (a MISF has one MIH_Auth receive callback; its
 * owner dispatches by peer).
 */
class TlsMihTransport : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    TlsMihTransport();
    ~TlsMihTransport() override;

    /**
     * \brief Connect a session to a MISF and a peer.
     * \param session the session to carry
     * \param misf this end's MISF
     * \param peerId the peer MISF's ID
     */
    void Setup(Ptr<TlsSession> session, Ptr<MisFunction> misf, const std::string& peerId);

    /**
     * \brief Hand the records the session emits to the owner instead of MIH_Auth indications
     *        (e.g. to relay them through the SPoS in LLInformation).
     * \param output called with the peer's ID and each batch of records
     */
    void SetOutputCallback(Callback<void, const std::string&, Ptr<Packet>> output);

    /**
     * \brief Hand the session the records of an MIH_Auth indication from the peer.
     * \param records the records
     */
    void Receive(Ptr<Packet> records);

    /** \return the session */
    Ptr<TlsSession> GetSession() const;

    /** \return MIH_Auth indications sent */
    uint32_t GetMessagesSent() const;

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief The session's send callback.
     * \param records a batch of records
     */
    void SendToPeer(Ptr<Packet> records);

    Ptr<TlsSession> m_session;                                //!< the session
    Ptr<MisFunction> m_misf;                                  //!< this end's MISF
    std::string m_peerId;                                     //!< the peer
    Callback<void, const std::string&, Ptr<Packet>> m_output; //!< the owner's carriage, if set
    uint32_t m_sent;                                          //!< indications sent
};

/**
 * \brief The MIS SA keys of a full establishment: MISK || MIIK || MIEK = the TLS exporter
 *        (RFC 8446 7.5) with label "EXPORTER-802.21-MIS-SA", no context, 48 octets.
 * \param session an established session
 * \return the keys (identical at both ends)
 */
crypto::MisSessionKeys ExportMisSessionKeys(Ptr<const TlsSession> session);

} // namespace ns3

#endif /* SECURE_HANDOVER_TLS_MIH_TRANSPORT_H */
