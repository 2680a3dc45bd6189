/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_SAP_H
#define SECURE_HANDOVER_MIS_SAP_H

#include "ns3/mih-types.h"
#include "ns3/mis-keys.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/*
 * The MIS SAP between an MIS application (the user: the policy of the MN, SPoS or TPoS) and
 * its MISF (the provider: messages, transport, key transport), after the LTE SAPs of ns-3:
 * the provider offers .request and .response, the user receives .indication and .confirm.
 * Each primitive's parameters are those of IEEE P802.21.1 5.11.12 (MIS_Prereg_Xfer) and
 * 5.12.1 (MIS_N2N_Prereg_Xfer); the fields marked "extension" are what the MISF also needs or
 * reports (transaction ID for correlation, Nonce-T / Nonce-N for the key hierarchy, as the
 * reviewer's comment on 5.12.1.2.4 asks).
 */

/// MIS_Prereg_Xfer.request (5.11.12.1.2), MN application to its MISF.
struct MisPreregXferRequestParameters
{
    std::string destinationId;                                 //!< DestinationIdentifier (SPoS)
    std::optional<MihLinkTupleId> targetLink;                  //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation;         //!< LLInformation
    std::optional<std::string> tposId;                         //!< TPoSIdentifier
    std::optional<std::vector<MihLinkPoaList>> candidateLinks; //!< CandidateLinkList
    std::optional<uint8_t> ciphersuite;                        //!< CiphersuiteCode
    bool requestSa{true}; //!< extension: ask for an SA with the TPoS (the MISF sends Nonce-T)
};

/// MIS_Prereg_Xfer.indication (5.11.12.2.2), SPoS MISF to its application.
struct MisPreregXferIndicationParameters
{
    std::string sourceId;                                      //!< SourceIdentifier (the MN)
    std::optional<MihLinkTupleId> targetLink;                  //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation;         //!< LLInformation
    std::optional<std::string> tposId;                         //!< TPoSIdentifier
    std::optional<std::vector<MihLinkPoaList>> candidateLinks; //!< CandidateLinkList
    std::optional<uint8_t> ciphersuite;                        //!< CiphersuiteCode
    std::optional<crypto::Nonce16> nonceT; //!< extension: Nonce-T, present if the MN asks for an SA
    uint16_t transactionId{0};             //!< extension: to answer with the response
};

/// MIS_Prereg_Xfer.response (5.11.12.3.2), SPoS application to its MISF.
struct MisPreregXferResponseParameters
{
    std::string destinationId;                         //!< DestinationIdentifier (the MN)
    std::optional<MihLinkTupleId> targetLink;          //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation; //!< LLInformation
    std::optional<std::string> mnNai;                  //!< MN_NAI
    std::optional<std::string> tposId;                 //!< TPoSIdentifier
    std::optional<uint32_t> saLifetime;                //!< SALifeTime (s)
    uint8_t status{0};                                 //!< Status
    uint16_t transactionId{0}; //!< extension: the indication's transaction ID
    bool deliverKey{false};    //!< extension: add K (kept from the N2N request) for the MN
};

/// MIS_Prereg_Xfer.confirm (5.11.12.4.2), MN MISF to its application.
struct MisPreregXferConfirmParameters
{
    std::string sourceId;                              //!< SourceIdentifier (the SPoS)
    std::optional<MihLinkTupleId> targetLink;          //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation; //!< LLInformation
    std::optional<std::string> mnNai;                  //!< MN_NAI
    std::optional<std::string> tposId;                 //!< TPoSIdentifier
    std::optional<crypto::Kdk> keyDerivationKey;       //!< KeyDerivationKey, recovered by the MISF
    std::optional<uint32_t> saLifetime;                //!< SALifeTime (s)
    uint8_t status{0};                     //!< Status (4 when the transaction timed out)
    std::optional<crypto::Nonce16> nonceT; //!< extension: the Nonce-T the MISF sent
    std::optional<crypto::Nonce16> nonceN; //!< extension: Nonce-N
    bool keyRejected{false};   //!< extension: a Protected Key came but K could not be recovered
    uint16_t transactionId{0}; //!< extension: the request's transaction ID
};

/// MIS_N2N_Prereg_Xfer.request (5.12.1.1.2), SPoS application to its MISF.
struct MisN2nPreregXferRequestParameters
{
    std::string destinationId;                                 //!< DestinationIdentifier (TPoS)
    std::optional<MihLinkTupleId> targetLink;                  //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation;         //!< LLInformation
    std::optional<std::string> mnId;                           //!< MNID
    std::optional<std::vector<MihLinkPoaList>> candidateLinks; //!< CandidateLinkList
    std::optional<uint8_t> ciphersuite;                        //!< CiphersuiteCode
    std::optional<crypto::Nonce16> nonceT; //!< extension: with it the MISF produces K, Nonce-N
    std::optional<uint32_t> saLifetime;    //!< extension: SALifeTime to offer
    std::optional<uint8_t> chainHops;      //!< extension: optimised SAs in a row with this K
};

/// MIS_N2N_Prereg_Xfer.indication (5.12.1.2.2), TPoS MISF to its application.
struct MisN2nPreregXferIndicationParameters
{
    std::string sourceId;                                      //!< SourceIdentifier (the SPoS)
    std::optional<MihLinkTupleId> targetLink;                  //!< TargetLinkIdentifier
    std::optional<std::string> mnId;                           //!< MNID
    std::optional<crypto::Kdk> keyDerivationKey;               //!< KeyDerivationKey, recovered
    std::optional<std::vector<uint8_t>> llInformation;         //!< LLInformation
    std::optional<std::vector<MihLinkPoaList>> candidateLinks; //!< extension: CandidateLinkList
    std::optional<uint8_t> ciphersuite;                        //!< extension: CiphersuiteCode
    std::optional<crypto::Nonce16> nonceT;                     //!< extension: Nonce-T
    std::optional<crypto::Nonce16> nonceN;                     //!< extension: Nonce-N
    std::optional<uint32_t> saLifetime;                        //!< extension: SALifeTime
    std::optional<uint8_t> chainHops; //!< extension: optimised SAs in a row with this K
    bool keyRejected{false};   //!< extension: a Protected Key came but K could not be recovered
    uint16_t transactionId{0}; //!< extension: to answer with the response
};

/// MIS_N2N_Prereg_Xfer.response (5.12.1.3.2), TPoS application to its MISF.
struct MisN2nPreregXferResponseParameters
{
    std::string destinationId;                         //!< DestinationIdentifier (the SPoS)
    MihLinkTupleId targetLink;                         //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation; //!< LLInformation
    std::optional<std::string> mnNai;                  //!< MN_NAI
    std::optional<uint32_t> saLifetime;                //!< SALifeTime (s)
    uint8_t status{0};                                 //!< Status
    uint16_t transactionId{0}; //!< extension: the indication's transaction ID
};

/// MIS_N2N_Prereg_Xfer.confirm (5.12.1.4.2), SPoS MISF to its application.
struct MisN2nPreregXferConfirmParameters
{
    std::string sourceId;                              //!< SourceIdentifier (the TPoS)
    std::optional<MihLinkTupleId> targetLink;          //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation; //!< LLInformation
    std::optional<std::string> mnNai;                  //!< MN_NAI
    std::optional<uint32_t> saLifetime;                //!< SALifeTime (s)
    uint8_t status{0};         //!< Status (4 when the transaction timed out)
    uint16_t transactionId{0}; //!< extension: the request's transaction ID
};

/**
 * \ingroup secure-handover
 * \brief The MIS SAP offered by the MISF: the .request and .response primitives.
 */
class MisSapProvider
{
  public:
    virtual ~MisSapProvider() = default;

    /**
     * \brief MIS_Prereg_Xfer.request (MN).
     * \param params the parameters
     * \return the transaction ID of the request message
     */
    virtual uint16_t PreregXferRequest(const MisPreregXferRequestParameters& params) = 0;
    /**
     * \brief MIS_Prereg_Xfer.response (SPoS).
     * \param params the parameters
     */
    virtual void PreregXferResponse(const MisPreregXferResponseParameters& params) = 0;
    /**
     * \brief MIS_N2N_Prereg_Xfer.request (SPoS).
     * \param params the parameters
     * \return the transaction ID of the request message
     */
    virtual uint16_t N2nPreregXferRequest(const MisN2nPreregXferRequestParameters& params) = 0;
    /**
     * \brief MIS_N2N_Prereg_Xfer.response (TPoS).
     * \param params the parameters
     */
    virtual void N2nPreregXferResponse(const MisN2nPreregXferResponseParameters& params) = 0;
};

/**
 * \ingroup secure-handover
 * \brief The MIS SAP used by the MIS application: the .indication and .confirm primitives.
 */
class MisSapUser
{
  public:
    virtual ~MisSapUser() = default;

    /**
     * \brief MIS_Prereg_Xfer.indication (SPoS).
     * \param params the parameters
     */
    virtual void PreregXferIndication(const MisPreregXferIndicationParameters& params) = 0;
    /**
     * \brief MIS_Prereg_Xfer.confirm (MN).
     * \param params the parameters
     */
    virtual void PreregXferConfirm(const MisPreregXferConfirmParameters& params) = 0;
    /**
     * \brief MIS_N2N_Prereg_Xfer.indication (TPoS).
     * \param params the parameters
     */
    virtual void N2nPreregXferIndication(const MisN2nPreregXferIndicationParameters& params) = 0;
    /**
     * \brief MIS_N2N_Prereg_Xfer.confirm (SPoS).
     * \param params the parameters
     */
    virtual void N2nPreregXferConfirm(const MisN2nPreregXferConfirmParameters& params) = 0;
};

/**
 * \ingroup secure-handover
 * \brief Forwards the provider primitives to a member class C (the MISF), like ns-3's
 *        MemberLteEnbRrcSapProvider.
 * \tparam C the class that implements DoPreregXferRequest, ...
 */
template <class C>
class MemberMisSapProvider : public MisSapProvider
{
  public:
    /**
     * \param owner the implementing object
     */
    explicit MemberMisSapProvider(C* owner)
        : m_owner(owner)
    {
    }

    uint16_t PreregXferRequest(const MisPreregXferRequestParameters& params) override
    {
        return m_owner->DoPreregXferRequest(params);
    }

    void PreregXferResponse(const MisPreregXferResponseParameters& params) override
    {
        m_owner->DoPreregXferResponse(params);
    }

    uint16_t N2nPreregXferRequest(const MisN2nPreregXferRequestParameters& params) override
    {
        return m_owner->DoN2nPreregXferRequest(params);
    }

    void N2nPreregXferResponse(const MisN2nPreregXferResponseParameters& params) override
    {
        m_owner->DoN2nPreregXferResponse(params);
    }

  private:
    C* m_owner; //!< the implementing object
};

/**
 * \ingroup secure-handover
 * \brief Forwards the user primitives to a member class C (an MIS application).
 * \tparam C the class that implements DoPreregXferIndication, ...
 */
template <class C>
class MemberMisSapUser : public MisSapUser
{
  public:
    /**
     * \param owner the implementing object
     */
    explicit MemberMisSapUser(C* owner)
        : m_owner(owner)
    {
    }

    void PreregXferIndication(const MisPreregXferIndicationParameters& params) override
    {
        m_owner->DoPreregXferIndication(params);
    }

    void PreregXferConfirm(const MisPreregXferConfirmParameters& params) override
    {
        m_owner->DoPreregXferConfirm(params);
    }

    void N2nPreregXferIndication(const MisN2nPreregXferIndicationParameters& params) override
    {
        m_owner->DoN2nPreregXferIndication(params);
    }

    void N2nPreregXferConfirm(const MisN2nPreregXferConfirmParameters& params) override
    {
        m_owner->DoN2nPreregXferConfirm(params);
    }

  private:
    C* m_owner; //!< the implementing object
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_SAP_H */
