/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_FUNCTION_H
#define SECURE_HANDOVER_MIS_FUNCTION_H

#include "mis-sap.h"
#include "mis-security-association.h"

#include "ns3/address.h"
#include "ns3/callback.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/mih-header.h"
#include "ns3/mis-keys.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ns3
{

class MihMessage;
class MihProtectedMessage;
class MihTransport;
class Packet;
class SecurityRandom;

/**
 * \ingroup secure-handover
 * \brief The MIS function (MISF) of one node, in any of the MN, SPoS and TPoS roles: it turns
 *        the MIS SAP primitives into MIS messages and back, and does the MISF's part of the
 *        optimised SA establishment (IEEE P802.21.1 5.12.1.1.3, 5.12.1.2.4, 5.12.1.4.4, 5.14.2).
 *
 * - MN: MIS_Prereg_Xfer.request draws Nonce-T (when the application asks for an SA); the
 *   response's Protected Key is unmasked with K_SPoS into the .confirm's KeyDerivationKey.
 * - SPoS: MIS_N2N_Prereg_Xfer.request with Nonce-T draws K and Nonce-N, masks (or key-wraps) K
 *   for the TPoS under K_stpos, and keeps K; MIS_Prereg_Xfer.response with deliverKey masks the
 *   kept K for the MN under K_SPoS.
 * - TPoS: the N2N request's Protected Key is unmasked with K_stpos into the .indication.
 *
 * Transport keys (K_SPoS with the MN or with the SPoS, K_stpos between PoSs) are configured per
 * peer (SetTransportKey); without one no K is sent or accepted. Once the application has
 * derived the MN-TPoS session keys it installs the SA (InstallSecurityAssociation) and the two
 * ends exchange MIH_Auth messages protected by it (SendProtected / RespondProtected). MIH_Auth
 * also carries (D)TLS records for the full SA establishment (SendAuthPayload).
 *
 * Every received frame is decoded strictly; a frame that does not decode, is not addressed to
 * this MISF, or fails a protection check is dropped, logged and traced (Drop, with a reason).
 */
class MisFunction : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    MisFunction();
    ~MisFunction() override;

    /// How K travels (5.14.2: XOR with a PRF mask, or the "encrypt the entire contents" option).
    enum KdkTransport
    {
        KDK_XOR,     //!< K XOR AES-CMAC mask (the text)
        KDK_KEY_WRAP //!< AES key wrap (RFC 3394) under the transport key
    };

    /// Which inputs the MN mask covers (MnMaskInputs of crypto/mis-keys.h).
    enum MnMask
    {
        MN_MASK_THREE,       //!< TPoSIdentifier, Nonce-T, Nonce-N (receiver text)
        MN_MASK_DRAFT_SENDER //!< TPoSIdentifier, Nonce-N (sender text)
    };

    /// How the CiphersuiteCode is read (the draft's BITMAP(8) versus the reviewer's OCTET(1)).
    enum CiphersuiteSemantics
    {
        CIPHERSUITE_OCTET, //!< one code, used as it is (the reviewer's OCTET(1), default)
        CIPHERSUITE_BITMAP //!< a set of suites; the lowest set bit is the one used (BITMAP(8))
    };

    /// Who draws Nonce-N (the draft text, or the reviewer's comment on 5.13.3.21).
    enum NonceNSource
    {
        NONCE_N_BY_SPOS, //!< the SPoS, with K, in one N2N exchange (default)
        NONCE_N_BY_TPOS  //!< the TPoS, returned in a first N2N exchange before K is sent
    };

    /**
     * \brief The ciphersuite that enters the MISK derivation for a requested CiphersuiteCode.
     * \param code the CiphersuiteCode as sent by the MN (absent: 0)
     * \return OCTET: the code; BITMAP: the value of its lowest set bit (0 if none)
     */
    uint8_t SelectCiphersuite(uint8_t code) const;

    /// Received protected MIH_Auth content: the peer, the opened TLVs, request?, transaction.
    typedef Callback<void, const std::string&, const std::vector<uint8_t>&, bool, uint16_t>
        ProtectedReceiveCallback;

    /// Received MIH_Auth payload ((D)TLS records): the peer, the records, request?, transaction.
    typedef Callback<void, const std::string&, Ptr<Packet>, bool, uint16_t> AuthReceiveCallback;

    /// A request of this MISF failed: transaction, Status.
    typedef Callback<void, uint16_t, uint8_t> AuthFailureCallback;

    /**
     * TracedCallback signature for a dropped message.
     * \param [in] peer the sender's MISF ID (or its address, if unknown)
     * \param [in] reason why
     */
    typedef void (*DropTracedCallback)(const std::string& peer, const std::string& reason);

    /**
     * TracedCallback signature for K sent or recovered.
     * \param [in] peer the other end
     * \param [in] keyName the key's fingerprint (first 4 octets, hex)
     */
    typedef void (*KeyTracedCallback)(const std::string& peer, const std::string& keyName);

    /**
     * \param transport the MIH transport of this node (started by the caller)
     */
    void SetTransport(Ptr<MihTransport> transport);
    /**
     * \return the MIH transport
     */
    Ptr<MihTransport> GetTransport() const;
    /**
     * \param random where nonces and K come from
     */
    void SetRandom(Ptr<SecurityRandom> random);

    /** \return the random source (nonces, K, and the TLS of the full SA) */
    Ptr<SecurityRandom> GetRandom() const;
    /**
     * \return this MISF's ID (the MihfId Attribute)
     */
    std::string GetMihfId() const;
    /**
     * \brief Tell the MISF where a peer MISF is (learned also from every accepted frame).
     * \param mihfId the peer's MISF ID
     * \param address its InetSocketAddress (port 4551)
     */
    void AddPeer(const std::string& mihfId, const Address& address);
    /**
     * \brief Set the key that protects K towards a peer: K_SPoS (MN and SPoS) or K_stpos (SPoS
     *        and TPoS, from the roaming-partner trust table).
     * \param peerId the peer's MISF ID
     * \param key the key
     */
    void SetTransportKey(const std::string& peerId, const crypto::MisTransportKey& key);
    /**
     * \param peerId a peer's MISF ID
     * \return true if a transport key with it is configured
     */
    bool HasTransportKey(const std::string& peerId) const;
    /**
     * \param peerId a peer's MISF ID
     */
    void RemoveTransportKey(const std::string& peerId);

    /**
     * \param user the MIS application
     */
    void SetMisSapUser(MisSapUser* user);
    /**
     * \return the SAP this MISF provides
     */
    MisSapProvider* GetMisSapProvider();

    /**
     * \brief Install (or replace) the MIS SA with a peer; protected messages with it use it.
     * \param sa the SA
     */
    void InstallSecurityAssociation(std::shared_ptr<MisSecurityAssociation> sa);
    /**
     * \param peerId a peer
     * \return the SA with it, or null
     */
    std::shared_ptr<MisSecurityAssociation> GetSecurityAssociation(const std::string& peerId) const;
    /**
     * \param peerId a peer
     */
    void RemoveSecurityAssociation(const std::string& peerId);

    /**
     * \brief Send TLVs protected by the SA with a peer in an MIH_Auth request.
     * \param peerId the peer (an SA with it must be installed)
     * \param tlvs the TLVs to protect
     * \return the transaction ID
     */
    uint16_t SendProtected(const std::string& peerId, const std::vector<uint8_t>& tlvs);
    /**
     * \brief Answer a protected request with protected TLVs in an MIH_Auth response.
     * \param peerId the peer
     * \param transactionId the request's transaction ID
     * \param tlvs the TLVs to protect
     */
    void RespondProtected(const std::string& peerId,
                          uint16_t transactionId,
                          const std::vector<uint8_t>& tlvs);
    /**
     * \brief Send a batch of (D)TLS records in an MIH_Auth indication (acknowledged, and
     *        retransmitted until it is).
     * \param peerId the peer
     * \param records the records
     * \return the transaction ID
     */
    uint16_t SendAuthPayload(const std::string& peerId, Ptr<const Packet> records);
    /**
     * \param callback where opened protected MIH_Auth TLVs go
     */
    void SetProtectedReceiveCallback(ProtectedReceiveCallback callback);
    /**
     * \param callback where MIH_Auth payloads go
     */
    void SetAuthReceiveCallback(AuthReceiveCallback callback);
    /**
     * \param callback where failed MIH_Auth requests are reported
     */
    void SetAuthFailureCallback(AuthFailureCallback callback);
    /**
     * \param callback called with the peer when an MIH_Auth indication to it is acknowledged
     */
    void SetAuthAckCallback(Callback<void, const std::string&> callback);
    /**
     * \param peerId a peer
     * \return true if an MIH_Auth request or indication to it awaits its answer
     */
    bool HasOpenAuth(const std::string& peerId) const;

    /**
     * \brief The SA that protects key-carrying messages with a peer (from the transport key).
     * \param peerId the peer
     * \return the SA, or null without a transport key
     */
    std::shared_ptr<MisSecurityAssociation> GetMessageSa(const std::string& peerId);
    /**
     * \brief Encrypt a message's service specific TLVs for a peer (5.13.3.20-21).
     * \param message the message (addressed to the peer)
     * \param peerId the peer
     * \return the protected message, with the same message ID
     */
    MihProtectedMessage Protect(const MihMessage& message, const std::string& peerId);
    // The MisSapProvider primitives (called through MemberMisSapProvider).
    /**
     * \param params MIS_Prereg_Xfer.request
     * \return transaction ID
     */
    uint16_t DoPreregXferRequest(const MisPreregXferRequestParameters& params);
    /**
     * \param params MIS_Prereg_Xfer.response
     */
    void DoPreregXferResponse(const MisPreregXferResponseParameters& params);
    /**
     * \param params MIS_N2N_Prereg_Xfer.request
     * \return transaction ID
     */
    uint16_t DoN2nPreregXferRequest(const MisN2nPreregXferRequestParameters& params);
    /**
     * \param params MIS_N2N_Prereg_Xfer.response
     */
    void DoN2nPreregXferResponse(const MisN2nPreregXferResponseParameters& params);

    /**
     * \brief Charge one crypto operation to this MISF's node (CryptoCostModel; free without
     *        one). The MIH transport sends the next frame when the CPU is idle again.
     * \param op the operation
     * \param octets the length it depends on
     * \return the cost
     */
    Time ChargeCrypto(CryptoCostModel::Operation op, std::size_t octets) const;
    /**
     * \brief Charge crypto::DeriveMisSessionKeys (or the MISK split of a TLS export): KBKDF of
     *        the MISK (16 octets) and of MIIK || MIEK (32 octets).
     * \return the cost
     */
    Time ChargeSessionKeys() const;

  protected:
    void DoDispose() override;

  private:
    /// K as the SPoS keeps it for the MN's response (5.12.1.4.4).
    struct KeptKdk
    {
        crypto::Kdk k;          //!< the key-derivation key
        std::string tposId;     //!< the TPoS it was sent to
        crypto::Nonce16 nonceT; //!< Nonce-T
        crypto::Nonce16 nonceN; //!< Nonce-N
    };

    /// What the MN remembers of an open MIS_Prereg_Xfer request.
    struct OpenRequest
    {
        std::string sposId;                    //!< the SPoS
        std::optional<crypto::Nonce16> nonceT; //!< the Nonce-T sent
    };

    /**
     * \param peerId a peer
     * \return its address (aborts if unknown)
     */
    Address PeerAddress(const std::string& peerId) const;
    /**
     * \brief Set the Source and Destination MIHF IDs.
     * \param message the message to address
     * \param peerId the destination
     */
    void SetIds(MihMessage& message, const std::string& peerId) const;
    /**
     * \param k K
     * \param key the transport key
     * \param to the recipient kind
     * \param id the mask's identifier input
     * \param nonceT Nonce-T
     * \param nonceN Nonce-N
     * \return the Protected Key value
     */
    std::vector<uint8_t> ProtectKdk(const crypto::Kdk& k,
                                    const crypto::MisTransportKey& key,
                                    crypto::KdkRecipient to,
                                    const std::string& id,
                                    const crypto::Nonce16& nonceT,
                                    const crypto::Nonce16& nonceN) const;
    /**
     * \return K, or nullopt if the key wrap's integrity check fails or the size is wrong
     * \param wrapped the Protected Key value
     * \param key the transport key
     * \param to the recipient kind (this end)
     * \param id the mask's identifier input
     * \param nonceT Nonce-T
     * \param nonceN Nonce-N
     */
    std::optional<crypto::Kdk> RecoverKdk(const std::vector<uint8_t>& wrapped,
                                          const crypto::MisTransportKey& key,
                                          crypto::KdkRecipient to,
                                          const std::string& id,
                                          const crypto::Nonce16& nonceT,
                                          const crypto::Nonce16& nonceN) const;

    /**
     * \brief Recover K from a peer with the transport key shared with it; trace the result,
     *        and drop (with a reason) what cannot be recovered.
     * \param sender the peer that sent the Protected Key
     * \param wrapped the Protected Key value
     * \param to the recipient kind (this end)
     * \param id the mask's identifier input
     * \param nonceT Nonce-T
     * \param nonceN Nonce-N
     * \return K, or nullopt (no transport key with the sender: "no-trust"; wrong size or failed
     *         key-wrap integrity: "kdk-not-recovered")
     */
    std::optional<crypto::Kdk> AcceptKdk(const std::string& sender,
                                         const std::vector<uint8_t>& wrapped,
                                         crypto::KdkRecipient to,
                                         const std::string& id,
                                         const crypto::Nonce16& nonceT,
                                         const crypto::Nonce16& nonceN);
    /**
     * \brief Open a protected frame (or pass a clear one through); sets m_receivedProtected.
     * \param frame the received frame
     * \param header its header
     * \param from the sender
     * \return the clear frame, or null if it was dropped
     */
    Ptr<const Packet> Unprotect(Ptr<const Packet> frame,
                                const MihHeader& header,
                                const Address& from);
    /**
     * \brief The transport's receive callback: decode and dispatch.
     * \param frame the frame
     * \param header its header
     * \param from the sender
     */
    void Receive(Ptr<const Packet> frame, const MihHeader& header, const Address& from);
    /**
     * \brief The transport's failure callback: a .confirm with the Status.
     * \param tid transaction
     * \param messageId message ID
     * \param peer peer
     * \param status Status
     */
    void TransactionFailed(uint16_t tid, uint16_t messageId, const Address& peer, uint8_t status);
    /**
     * \brief Send an MIS_N2N_Prereg_Xfer request, with the key set if nonceN is given.
     * \param params the primitive's parameters (Nonce-T in them with the key set)
     * \param nonceN Nonce-N for the key set, or nullopt for none
     * \return the transaction ID
     */
    uint16_t SendN2n(const MisN2nPreregXferRequestParameters& params,
                     std::optional<crypto::Nonce16> nonceN);
    /**
     * \brief The transport's acknowledgement callback.
     * \param tid the transaction acknowledged
     */
    void Acknowledged(uint16_t tid);
    /**
     * \brief Decode a frame as a message and check its destination; learn the sender.
     * \param frame the frame
     * \param from the sender's address
     * \param message the message
     * \return true if accepted
     */
    bool Accept(Ptr<const Packet> frame, const Address& from, MihMessage& message);
    /**
     * \param peer who
     * \param reason why
     */
    void Drop(const std::string& peer, const std::string& reason);

    /// Dispatch of a received MIS_Prereg_Xfer request. \param frame frame \param from sender
    void ReceivePreregRequest(Ptr<const Packet> frame, const Address& from);
    /// Dispatch of a received MIS_Prereg_Xfer response. \param frame frame \param from sender
    void ReceivePreregResponse(Ptr<const Packet> frame, const Address& from);
    /// Dispatch of a received MIS_N2N_Prereg_Xfer request. \param frame frame \param from sender
    void ReceiveN2nRequest(Ptr<const Packet> frame, const Address& from);
    /// Dispatch of a received MIS_N2N_Prereg_Xfer response. \param frame frame \param from sender
    void ReceiveN2nResponse(Ptr<const Packet> frame, const Address& from);
    /// Dispatch of a received MIH_Auth. \param frame frame \param from sender \param opcode op
    void ReceiveAuth(Ptr<const Packet> frame, const Address& from, uint8_t opcode);

    std::string m_mihfId;                        //!< this MISF's ID (Attribute)
    KdkTransport m_kdkTransport;                 //!< how K travels (Attribute)
    MnMask m_mnMask;                             //!< the MN mask inputs (Attribute)
    CiphersuiteSemantics m_ciphersuiteSemantics; //!< CiphersuiteCode reading (Attribute)
    NonceNSource m_nonceNSource;                 //!< who draws Nonce-N (Attribute)

    Ptr<MihTransport> m_transport;                                    //!< the MIH transport
    Ptr<SecurityRandom> m_random;                                     //!< nonces and K
    MisSapUser* m_sapUser;                                            //!< the MIS application
    std::unique_ptr<MemberMisSapProvider<MisFunction>> m_sapProvider; //!< the SAP offered

    std::map<std::string, Address> m_peers;                         //!< MISF ID -> address
    std::map<std::string, crypto::MisTransportKey> m_transportKeys; //!< MISF ID -> key
    std::map<std::string, KeptKdk> m_keptKdk;                       //!< MNID -> K sent to a TPoS
    std::map<uint16_t, OpenRequest> m_openPrereg;                   //!< MN: open requests
    std::map<uint16_t, std::string> m_openN2n;                      //!< SPoS: tid -> TPoS
    std::map<uint16_t, std::string> m_openAuth;                     //!< MIH_Auth tid -> peer
    std::set<uint16_t> m_openIndications; //!< MIH_Auth indications awaiting their ACK
    std::map<uint16_t, MisN2nPreregXferRequestParameters> m_awaitingNonceN; //!< SPoS: step 1
    std::map<uint16_t, uint16_t> m_secondStep; //!< SPoS: step-2 tid -> the application's tid
    std::map<std::string, crypto::Nonce16> m_issuedNonceN;   //!< TPoS: MNID -> Nonce-N issued
    std::map<uint16_t, crypto::Nonce16> m_nonceNForResponse; //!< TPoS: tid -> Nonce-N to return
    std::map<std::string, std::shared_ptr<MisSecurityAssociation>> m_sas;        //!< peer -> SA
    std::map<std::string, std::shared_ptr<MisSecurityAssociation>> m_messageSas; //!< by peer
    bool m_receivedProtected{false}; //!< the frame being dispatched arrived protected

    ProtectedReceiveCallback m_protectedReceive;  //!< opened protected TLVs
    AuthReceiveCallback m_authReceive;            //!< (D)TLS records
    AuthFailureCallback m_authFailure;            //!< MIH_Auth transaction failures
    Callback<void, const std::string&> m_authAck; //!< MIH_Auth indication acknowledged

    TracedCallback<const std::string&, const std::string&> m_dropTrace;         //!< drops
    TracedCallback<const std::string&, const std::string&> m_kdkSentTrace;      //!< K sent
    TracedCallback<const std::string&, const std::string&> m_kdkRecoveredTrace; //!< K recovered
    TracedCallback<const std::string&, const std::string&> m_protectedRxTrace;  //!< accepted
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_FUNCTION_H */
