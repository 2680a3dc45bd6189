/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// The IEEE 802.21 MIH wire format (header, TLV codec) and the 802.21.1 MIS preregistration
// messages: exact octets, round trips, and every rejection with its specific status.
// Layouts: IEEE Std 802.21-2008 (header, TLV length rule), IEEE P802.21.1/D01 5.11.12, 5.12.1,
// 5.13.3.19-21 (messages and their optional/mandatory rules), spec/READINGS.md.

#include "ns3/buffer.h"
#include "ns3/mih-auth.h"
#include "ns3/mih-constants.h"
#include "ns3/mih-header.h"
#include "ns3/mih-tlv.h"
#include "ns3/mih-types.h"
#include "ns3/mis-n2n-prereg-xfer.h"
#include "ns3/mis-prereg-xfer.h"
#include "ns3/packet.h"
#include "ns3/test.h"

#include <iomanip>
#include <sstream>
#include <vector>

using namespace ns3;

namespace
{

using Bytes = std::vector<uint8_t>;

/**
 * \param bytes octets
 * \return lower-case hex
 */
std::string
Hex(const Bytes& bytes)
{
    std::ostringstream os;
    for (uint8_t b : bytes)
    {
        os << std::hex << std::setw(2) << std::setfill('0') << +b;
    }
    return os.str();
}

/**
 * \brief A frame built by hand, bypassing the message classes' encoder checks.
 * \param sid service identifier
 * \param opcode operation code
 * \param aid action identifier
 * \param payload the TLV octets
 * \return header || payload, with the payload length set to the payload size
 */
Bytes
RawFrame(uint8_t sid, uint8_t opcode, uint16_t aid, const Bytes& payload)
{
    MihHeader header;
    header.SetMessageId(sid, opcode, aid);
    header.SetTransactionId(1);
    header.SetPayloadLength(static_cast<uint16_t>(payload.size()));
    Buffer buffer;
    buffer.AddAtStart(mih::HEADER_SIZE);
    header.Serialize(buffer.Begin());
    Bytes frame(mih::HEADER_SIZE);
    buffer.CopyData(frame.data(), mih::HEADER_SIZE);
    frame.insert(frame.end(), payload.begin(), payload.end());
    return frame;
}

/**
 * \param fill first octet, incremented per octet
 * \return a 16-octet nonce
 */
crypto::Nonce16
MakeNonce(uint8_t fill)
{
    crypto::Nonce16 nonce;
    for (std::size_t i = 0; i < nonce.size(); ++i)
    {
        nonce[i] = static_cast<uint8_t>(fill + i);
    }
    return nonce;
}

/// A writer with Source "mn1@example.net" and Destination "spos.example.net" already in it.
MihTlvWriter
WriterWithIds()
{
    MihTlvWriter writer;
    writer.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode("mn1@example.net"));
    writer.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode("spos.example.net"));
    return writer;
}

/// A target link: 802.11, MN MAC, PoA MAC.
MihLinkTupleId
TargetLink()
{
    MihLinkTupleId tuple;
    tuple.link.linkType = mih::LINK_TYPE_IEEE_802_11;
    tuple.link.address = Mac48Address("00:00:00:00:00:01");
    tuple.poa = Mac48Address("00:00:00:00:00:aa");
    return tuple;
}

/// A candidate list of two links.
std::vector<MihLinkPoaList>
Candidates()
{
    MihLinkPoaList wifi;
    wifi.link.linkType = mih::LINK_TYPE_IEEE_802_11;
    wifi.link.address = Mac48Address("00:00:00:00:00:01");
    wifi.poas = {Mac48Address("00:00:00:00:00:aa"), Mac48Address("00:00:00:00:00:ab")};
    MihLinkPoaList wimax;
    wimax.link.linkType = mih::LINK_TYPE_IEEE_802_16;
    wimax.link.address = Mac48Address("00:00:00:00:00:02");
    return {wifi, wimax};
}

/// A full N2N request with the key set, valid.
MisN2nPreregXferRequest
FullN2nRequest()
{
    MisN2nPreregXferRequest request;
    request.SetSourceId("spos.example.net");
    request.SetDestinationId("tpos.example.net");
    request.SetTransactionId(0x123);
    request.targetLink = TargetLink();
    request.llInformation = Bytes{1, 2, 3};
    request.mnId = "mn1@example.net";
    request.ciphersuite = 1;
    request.protectedKey = Bytes(16, 0x5a);
    request.nonceT = MakeNonce(0x00);
    request.nonceN = MakeNonce(0x10);
    request.saLifetime = mih::DEFAULT_SA_LIFETIME_S;
    return request;
}

/// A full Prereg_Xfer response with the key set, valid.
MisPreregXferResponse
FullPreregResponse()
{
    MisPreregXferResponse response;
    response.SetSourceId("spos.example.net");
    response.SetDestinationId("mn1@example.net");
    response.targetLink = TargetLink();
    response.llInformation = Bytes{9, 8};
    response.mnNai = "mn1@tnet.example.net";
    response.tposId = "tpos.example.net";
    response.protectedKey = Bytes(24, 0xa5);
    response.nonceN = MakeNonce(0x10);
    response.saLifetime = 3600;
    response.status = mih::STATUS_SUCCESS;
    return response;
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief The 8-octet MIH header: exact octets, round trip and checked decode.
 */
class MihHeaderTestCase : public TestCase
{
  public:
    MihHeaderTestCase()
        : TestCase("MIH header: exact octets, round trip, truncated, version, fragment, length")
    {
    }

  private:
    void DoRun() override
    {
        // 802.21-2008 header layout (READINGS.md): Version 1, ACK-Req, SID 3, opcode 1, AID 13,
        // TID 0x123, payload length 0: 0x18 (1 << 4 | ACK-Req 0x08), 0x00, 0x340d
        // (3 << 12 | 1 << 10 | 13), 0x0123, 0x0000.
        MihHeader header;
        header.SetAckReq(true);
        header.SetMessageId(mih::SID_COMMAND, mih::OPCODE_REQUEST, mih::AID_MIS_PREREG_XFER);
        header.SetTransactionId(0x123);
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(header);
        Bytes octets(packet->GetSize());
        packet->CopyData(octets.data(), octets.size());
        NS_TEST_ASSERT_MSG_EQ(Hex(octets), "1800340d01230000", "MIH header octets");

        MihHeader decoded;
        NS_TEST_ASSERT_MSG_EQ(MihHeader::Parse(packet, decoded), MihParseStatus::OK, "parse");
        NS_TEST_EXPECT_MSG_EQ(+decoded.GetVersion(), 1, "version");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetAckReq(), true, "ACK-Req");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetAckRsp(), false, "ACK-Rsp");
        NS_TEST_EXPECT_MSG_EQ(+decoded.GetServiceId(), 3, "SID");
        NS_TEST_EXPECT_MSG_EQ(+decoded.GetOpcode(), 1, "opcode");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetActionId(), 13, "AID");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetTransactionId(), 0x123, "TID");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetPayloadLength(), 0, "payload length");

        // Every flag and field at its extreme, through Serialize/Deserialize.
        MihHeader all;
        all.SetAckRsp(true);
        all.SetUir(true);
        all.SetMoreFragments(true);
        all.SetFragmentNumber(0x7f);
        all.SetMessageId(0x0f, 3, mih::MAX_ACTION_ID);
        all.SetTransactionId(mih::MAX_TRANSACTION_ID);
        all.SetPayloadLength(0xffff);
        Ptr<Packet> allPacket = Create<Packet>();
        allPacket->AddHeader(all);
        octets.assign(allPacket->GetSize(), 0);
        allPacket->CopyData(octets.data(), octets.size());
        NS_TEST_ASSERT_MSG_EQ(Hex(octets), "17feffff0fffffff", "all fields at their maximum");
        MihHeader back;
        NS_TEST_ASSERT_MSG_EQ(allPacket->RemoveHeader(back), 8u, "Deserialize reads 8 octets");
        NS_TEST_EXPECT_MSG_EQ(back.GetFragmentNumber(), 0x7f, "FN");
        NS_TEST_EXPECT_MSG_EQ(back.GetMoreFragments(), true, "M");
        NS_TEST_EXPECT_MSG_EQ(back.GetUir(), true, "UIR");
        NS_TEST_EXPECT_MSG_EQ(back.GetMessageId(), 0xffff, "message ID");

        // Rejections.
        Bytes good = {0x10, 0x00, 0x34, 0x0d, 0x00, 0x01, 0x00, 0x02, 0xaa, 0xbb};
        NS_TEST_EXPECT_MSG_EQ(MihHeader::Parse(good.data(), good.size(), decoded),
                              MihParseStatus::OK,
                              "2 payload octets, length 2");
        NS_TEST_EXPECT_MSG_EQ(MihHeader::Parse(good.data(), 7, decoded),
                              MihParseStatus::TRUNCATED,
                              "7 octets: truncated header");
        NS_TEST_EXPECT_MSG_EQ(MihHeader::Parse(good.data(), 9, decoded),
                              MihParseStatus::PAYLOAD_LENGTH_MISMATCH,
                              "length 2 but 1 octet follows");
        Bytes longer = good;
        longer.push_back(0xcc);
        NS_TEST_EXPECT_MSG_EQ(MihHeader::Parse(longer.data(), longer.size(), decoded),
                              MihParseStatus::PAYLOAD_LENGTH_MISMATCH,
                              "length 2 but 3 octets follow");
        Bytes version = good;
        version[0] = 0x20;
        NS_TEST_EXPECT_MSG_EQ(MihHeader::Parse(version.data(), version.size(), decoded),
                              MihParseStatus::BAD_VERSION,
                              "version 2");
        Bytes more = good;
        more[0] |= 0x01;
        NS_TEST_EXPECT_MSG_EQ(MihHeader::Parse(more.data(), more.size(), decoded),
                              MihParseStatus::FRAGMENTED,
                              "M bit");
        Bytes fragment = good;
        fragment[1] = 0x02;
        NS_TEST_EXPECT_MSG_EQ(MihHeader::Parse(fragment.data(), fragment.size(), decoded),
                              MihParseStatus::FRAGMENTED,
                              "fragment number 1");

        // Deserialize of a 7-octet buffer reads nothing.
        Buffer shortBuffer;
        shortBuffer.AddAtStart(7);
        MihHeader shortHeader;
        NS_TEST_EXPECT_MSG_EQ(shortHeader.Deserialize(shortBuffer.Begin()), 0u, "reads nothing");
        NS_TEST_EXPECT_MSG_EQ(shortHeader.GetParseStatus(),
                              MihParseStatus::TRUNCATED,
                              "Deserialize of 7 octets");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The TLV length rule at the boundaries, with the exact length octets.
 */
class MihTlvLengthTestCase : public TestCase
{
  public:
    MihTlvLengthTestCase()
        : TestCase("MIH TLV: length octets and round trip at 0, 1, 127, 128, 129, 300, 1000")
    {
    }

  private:
    void DoRun() override
    {
        // READINGS.md / 802.21-2008: below 128 one octet; 128 is 0x80; above 128, 0x80|k then
        // k octets of (length - 128): 129 -> 81 01, 300 -> 81 ac (172), 1000 -> 82 0368 (872).
        struct Case
        {
            uint32_t length;
            const char* lengthOctets;
        };

        const Case cases[] = {{0, "00"},
                              {1, "01"},
                              {127, "7f"},
                              {128, "80"},
                              {129, "8101"},
                              {300, "81ac"},
                              {1000, "820368"},
                              {128 + 256, "820100"},
                              {128 + 65536, "83010000"}};
        for (const auto& c : cases)
        {
            NS_TEST_EXPECT_MSG_EQ(Hex(MihLength::Encode(c.length)),
                                  c.lengthOctets,
                                  "length field of " << c.length);
            Bytes value(c.length);
            for (uint32_t i = 0; i < c.length; ++i)
            {
                value[i] = static_cast<uint8_t>(i * 7);
            }
            MihTlvWriter writer;
            writer.Write(mih::TLV_LINK_LAYER_INFORMATION, value);
            const Bytes& tlv = writer.GetBytes();
            std::string lengthHex(c.lengthOctets);
            NS_TEST_ASSERT_MSG_EQ(tlv.size(),
                                  1 + lengthHex.size() / 2 + c.length,
                                  "TLV size at " << c.length);
            NS_TEST_EXPECT_MSG_EQ(GetMihTlvSize(c.length), tlv.size(), "GetMihTlvSize");
            NS_TEST_EXPECT_MSG_EQ(+tlv[0], +mih::TLV_LINK_LAYER_INFORMATION, "type octet");
            NS_TEST_EXPECT_MSG_EQ(
                Hex(Bytes(tlv.begin() + 1, tlv.begin() + 1 + lengthHex.size() / 2)),
                lengthHex,
                "length octets in the TLV at " << c.length);
            MihTlvReader reader(tlv);
            MihTlv read;
            NS_TEST_ASSERT_MSG_EQ(reader.Next(read), MihParseStatus::OK, "decode " << c.length);
            NS_TEST_EXPECT_MSG_EQ(read.value.size(), c.length, "value length");
            NS_TEST_EXPECT_MSG_EQ((read.value == value), true, "value octets at " << c.length);
            NS_TEST_EXPECT_MSG_EQ(reader.AtEnd(), true, "nothing left at " << c.length);
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The TLV reader and the MIHF_ID/link decoders reject every malformed input with the
 *        specific status, without moving.
 */
class MihTlvRejectTestCase : public TestCase
{
  public:
    MihTlvRejectTestCase()
        : TestCase("MIH TLV: truncated, overlong, bad length encoding, unexpected type")
    {
    }

  private:
    /**
     * \param octets the input
     * \return the status of reading one TLV
     */
    static MihParseStatus ReadOne(const Bytes& octets)
    {
        MihTlvReader reader(octets);
        MihTlv tlv;
        MihParseStatus status = reader.Next(tlv);
        if (status != MihParseStatus::OK && reader.GetOffset() != 0)
        {
            return MihParseStatus::OK; // a failed read must not move: make the test fail
        }
        return status;
    }

    void DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ(ReadOne({0xcd}), MihParseStatus::TRUNCATED, "type only");
        NS_TEST_EXPECT_MSG_EQ(ReadOne({0xcd, 0x82, 0x01}),
                              MihParseStatus::TRUNCATED,
                              "2 length octets announced, 1 present");
        NS_TEST_EXPECT_MSG_EQ(ReadOne({0xcd, 0x05, 0x01, 0x02}),
                              MihParseStatus::OVERLONG,
                              "length 5, 2 octets present");
        Bytes long300 = {0xcd, 0x81, 0xac};
        long300.resize(3 + 299, 0); // one octet short of 300
        NS_TEST_EXPECT_MSG_EQ(ReadOne(long300),
                              MihParseStatus::OVERLONG,
                              "length 300, 299 present");
        long300.push_back(0);
        NS_TEST_EXPECT_MSG_EQ(ReadOne(long300), MihParseStatus::OK, "length 300, 300 present");
        NS_TEST_EXPECT_MSG_EQ(ReadOne({0xcd, 0x85, 0, 0, 0, 0, 1}),
                              MihParseStatus::BAD_LENGTH_ENCODING,
                              "0x80|5: k too large");
        NS_TEST_EXPECT_MSG_EQ(ReadOne({0xcd, 0xff}),
                              MihParseStatus::BAD_LENGTH_ENCODING,
                              "0x80|127: k too large");
        NS_TEST_EXPECT_MSG_EQ(ReadOne({0xcd, 0x81, 0x00}),
                              MihParseStatus::BAD_LENGTH_ENCODING,
                              "128 written as 81 00 instead of 80");
        Bytes padded = {0xcd, 0x82, 0x00, 0x01};
        padded.resize(4 + 129, 0);
        NS_TEST_EXPECT_MSG_EQ(ReadOne(padded),
                              MihParseStatus::BAD_LENGTH_ENCODING,
                              "129 written as 82 0001 (leading zero)");

        // Expect: a specific TLV is required.
        MihTlvWriter writer;
        writer.WriteU8(mih::TLV_STATUS, 0);
        writer.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode("a"));
        MihTlvReader reader(writer.GetBytes());
        MihTlv tlv;
        NS_TEST_EXPECT_MSG_EQ(reader.Expect(mih::TLV_SOURCE_MIHF_ID, tlv),
                              MihParseStatus::UNEXPECTED_TYPE,
                              "Status where Source MIHF ID is required");
        NS_TEST_EXPECT_MSG_EQ(reader.GetOffset(), 0u, "no move on UNEXPECTED_TYPE");
        NS_TEST_EXPECT_MSG_EQ(reader.Expect(mih::TLV_STATUS, tlv), MihParseStatus::OK, "Status");
        NS_TEST_EXPECT_MSG_EQ(reader.Expect(mih::TLV_SOURCE_MIHF_ID, tlv),
                              MihParseStatus::OK,
                              "then Source");
        NS_TEST_EXPECT_MSG_EQ(reader.AtEnd(), true, "at end");

        // MIHF_ID = length octet || NAI.
        std::string id;
        NS_TEST_EXPECT_MSG_EQ(Hex(MihfId::Encode("mn")), "026d6e", "MIHF_ID octets");
        NS_TEST_EXPECT_MSG_EQ(MihfId::Decode({0x02, 'm', 'n'}, id), MihParseStatus::OK, "mn");
        NS_TEST_EXPECT_MSG_EQ(id, "mn", "decoded MIHF_ID");
        NS_TEST_EXPECT_MSG_EQ(MihfId::Decode({}, id), MihParseStatus::TRUNCATED, "empty");
        NS_TEST_EXPECT_MSG_EQ(MihfId::Decode({0x05, 'm', 'n'}, id),
                              MihParseStatus::OVERLONG,
                              "inner length 5 in 3 octets");
        NS_TEST_EXPECT_MSG_EQ(MihfId::Decode({0x01, 'm', 'n'}, id),
                              MihParseStatus::BAD_VALUE,
                              "octet left over");
        NS_TEST_EXPECT_MSG_EQ(MihfId::Decode({0x00}, id), MihParseStatus::BAD_VALUE, "empty NAI");

        // LINK_TUPLE_ID: 802.11 (19), MAC_ADDR choice 0, family 6, length 6, then PoA choice 1.
        Bytes tuple = TargetLink().Encode();
        NS_TEST_EXPECT_MSG_EQ(Hex(tuple),
                              "130000060600000000000101000006060000000000aa",
                              "LINK_TUPLE_ID octets");
        MihLinkTupleId decodedTuple;
        NS_TEST_EXPECT_MSG_EQ(MihLinkTupleId::Decode(tuple, decodedTuple),
                              MihParseStatus::OK,
                              "tuple");
        NS_TEST_EXPECT_MSG_EQ((decodedTuple == TargetLink()), true, "tuple round trip");
        Bytes cut(tuple.begin(), tuple.end() - 1);
        NS_TEST_EXPECT_MSG_EQ(MihLinkTupleId::Decode(cut, decodedTuple),
                              MihParseStatus::TRUNCATED,
                              "tuple cut short");
        Bytes badChoice = tuple;
        badChoice[11] = 2;
        NS_TEST_EXPECT_MSG_EQ(MihLinkTupleId::Decode(badChoice, decodedTuple),
                              MihParseStatus::BAD_VALUE,
                              "PoA choice 2");
        Bytes badFamily = tuple;
        badFamily[3] = 1; // address family 1 (IPv4)
        NS_TEST_EXPECT_MSG_EQ(MihLinkTupleId::Decode(badFamily, decodedTuple),
                              MihParseStatus::BAD_VALUE,
                              "family 1");

        std::vector<MihLinkPoaList> list;
        Bytes listOctets = MihCandidateLinkList::Encode(Candidates());
        NS_TEST_EXPECT_MSG_EQ(MihCandidateLinkList::Decode(listOctets, list),
                              MihParseStatus::OK,
                              "candidate list");
        NS_TEST_EXPECT_MSG_EQ((list == Candidates()), true, "candidate list round trip");
        listOctets[0] = 200; // 200 entries announced
        NS_TEST_EXPECT_MSG_EQ(MihCandidateLinkList::Decode(listOctets, list),
                              MihParseStatus::BAD_LENGTH_ENCODING,
                              "count octet 200 = 0x80|72");
        listOctets[0] = 100;
        NS_TEST_EXPECT_MSG_EQ(MihCandidateLinkList::Decode(listOctets, list),
                              MihParseStatus::OVERLONG,
                              "100 entries announced in 47 octets");
        NS_TEST_EXPECT_MSG_EQ(MihCandidateLinkList::Decode({0x00}, list),
                              MihParseStatus::BAD_VALUE,
                              "empty list");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Exact octets of a hand-built MIS_Prereg_Xfer Request, and round trips of the four
 *        messages, full and minimal, through Packet headers.
 */
class MisMessageRoundTripTestCase : public TestCase
{
  public:
    MisMessageRoundTripTestCase()
        : TestCase("MIS messages: exact octets and round trips")
    {
    }

  private:
    void DoRun() override
    {
        // Header 10 00 340d 0007 001c; Source TLV 01 03 02 'm' 'n'; Destination 02 03 02 's' 'p';
        // Nonce-T: private type 205 (0xcd), length 16, 00..0f. Payload 5 + 5 + 18 = 28 (0x1c).
        MisPreregXferRequest request;
        request.SetSourceId("mn");
        request.SetDestinationId("sp");
        request.SetTransactionId(7);
        request.nonceT = MakeNonce(0);
        NS_TEST_ASSERT_MSG_EQ(request.Validate(), MihParseStatus::OK, "valid");
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(request);
        Bytes frame(packet->GetSize());
        packet->CopyData(frame.data(), frame.size());
        NS_TEST_EXPECT_MSG_EQ(Hex(frame),
                              "1000340d0007001c"
                              "0103026d6e"
                              "0203027370"
                              "cd10000102030405060708090a0b0c0d0e0f",
                              "MIS_Prereg_Xfer Request octets");
        MisPreregXferRequest decoded;
        NS_TEST_ASSERT_MSG_EQ(MihMessage::Parse(packet, decoded), MihParseStatus::OK, "parse");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetSourceId(), "mn", "source");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetDestinationId(), "sp", "destination");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetTransactionId(), 7, "TID");
        NS_TEST_EXPECT_MSG_EQ((decoded.nonceT == MakeNonce(0)), true, "Nonce-T");
        NS_TEST_EXPECT_MSG_EQ(decoded.tposId.has_value(), false, "no TPoS id");

        // Full request through RemoveHeader (Deserialize).
        MisPreregXferRequest full;
        full.SetSourceId("mn1@example.net");
        full.SetDestinationId("spos.example.net");
        full.SetAckReq(true);
        full.targetLink = TargetLink();
        full.llInformation = Bytes(300, 0x42);
        full.tposId = "tpos.example.net";
        full.candidateLinks = Candidates();
        full.ciphersuite = 0x01;
        full.nonceT = MakeNonce(0x20);
        Ptr<Packet> fullPacket = Create<Packet>();
        fullPacket->AddHeader(full);
        uint32_t size = fullPacket->GetSize();
        MisPreregXferRequest back;
        NS_TEST_ASSERT_MSG_EQ(fullPacket->RemoveHeader(back), size, "Deserialize reads it all");
        NS_TEST_ASSERT_MSG_EQ(back.GetParseStatus(), MihParseStatus::OK, "Deserialize status");
        NS_TEST_EXPECT_MSG_EQ(back.GetAckReq(), true, "ACK-Req");
        NS_TEST_EXPECT_MSG_EQ((back.targetLink == TargetLink()), true, "target link");
        NS_TEST_EXPECT_MSG_EQ((back.llInformation == Bytes(300, 0x42)), true, "LL information");
        NS_TEST_EXPECT_MSG_EQ(*back.tposId, "tpos.example.net", "TPoS id");
        NS_TEST_EXPECT_MSG_EQ((back.candidateLinks == Candidates()), true, "candidates");
        NS_TEST_EXPECT_MSG_EQ(+*back.ciphersuite, 1, "ciphersuite");
        NS_TEST_EXPECT_MSG_EQ((back.nonceT == MakeNonce(0x20)), true, "Nonce-T");

        // Prereg response, full.
        MisPreregXferResponse response = FullPreregResponse();
        MisPreregXferResponse responseBack;
        NS_TEST_ASSERT_MSG_EQ(responseBack.Decode(response.Encode()), MihParseStatus::OK, "rsp");
        NS_TEST_EXPECT_MSG_EQ((responseBack.targetLink == response.targetLink), true, "link");
        NS_TEST_EXPECT_MSG_EQ((responseBack.llInformation == response.llInformation), true, "ll");
        NS_TEST_EXPECT_MSG_EQ(*responseBack.mnNai, "mn1@tnet.example.net", "MN_NAI");
        NS_TEST_EXPECT_MSG_EQ(*responseBack.tposId, "tpos.example.net", "TPoS");
        NS_TEST_EXPECT_MSG_EQ((responseBack.protectedKey == Bytes(24, 0xa5)), true, "key");
        NS_TEST_EXPECT_MSG_EQ((responseBack.nonceN == MakeNonce(0x10)), true, "Nonce-N");
        NS_TEST_EXPECT_MSG_EQ(*responseBack.saLifetime, 3600u, "SALifeTime");
        NS_TEST_EXPECT_MSG_EQ(+responseBack.status, 0, "Status");

        // Prereg response, minimal; status 6 (TPoS is the SPoS) is allowed here.
        MisPreregXferResponse minimal;
        minimal.SetSourceId("spos");
        minimal.SetDestinationId("mn");
        minimal.status = mih::STATUS_TPOS_IS_SPOS;
        NS_TEST_ASSERT_MSG_EQ(responseBack.Decode(minimal.Encode()), MihParseStatus::OK, "min");
        NS_TEST_EXPECT_MSG_EQ(+responseBack.status, 6, "Status 6");
        NS_TEST_EXPECT_MSG_EQ(responseBack.protectedKey.has_value(), false, "no key");
        NS_TEST_EXPECT_MSG_EQ(responseBack.mnNai.has_value(), false, "previous values cleared");

        // N2N request, full: the two Nonce TLVs keep their order.
        MisN2nPreregXferRequest n2n = FullN2nRequest();
        MisN2nPreregXferRequest n2nBack;
        NS_TEST_ASSERT_MSG_EQ(n2nBack.Decode(n2n.Encode()), MihParseStatus::OK, "n2n");
        NS_TEST_EXPECT_MSG_EQ(n2nBack.GetTransactionId(), 0x123, "TID");
        NS_TEST_EXPECT_MSG_EQ(*n2nBack.mnId, "mn1@example.net", "MNID");
        NS_TEST_EXPECT_MSG_EQ((n2nBack.nonceT == MakeNonce(0x00)), true, "Nonce-T first");
        NS_TEST_EXPECT_MSG_EQ((n2nBack.nonceN == MakeNonce(0x10)), true, "Nonce-N second");
        NS_TEST_EXPECT_MSG_EQ((n2nBack.protectedKey == Bytes(16, 0x5a)), true, "key");
        NS_TEST_EXPECT_MSG_EQ(*n2nBack.saLifetime, 65536u, "SALifeTime");
        NS_TEST_EXPECT_MSG_EQ((n2nBack.llInformation == Bytes{1, 2, 3}), true, "LL");

        // N2N response.
        MisN2nPreregXferResponse n2nRsp;
        n2nRsp.SetSourceId("tpos.example.net");
        n2nRsp.SetDestinationId("spos.example.net");
        n2nRsp.targetLink = TargetLink();
        n2nRsp.mnNai = "mn1@tnet.example.net";
        n2nRsp.saLifetime = 7200;
        n2nRsp.status = mih::STATUS_REJECTED;
        Ptr<Packet> rspPacket = Create<Packet>();
        rspPacket->AddHeader(n2nRsp);
        MisN2nPreregXferResponse n2nRspBack;
        NS_TEST_ASSERT_MSG_EQ(MihMessage::Parse(rspPacket, n2nRspBack), MihParseStatus::OK, "rsp");
        NS_TEST_EXPECT_MSG_EQ((n2nRspBack.targetLink == TargetLink()), true, "target link");
        NS_TEST_EXPECT_MSG_EQ(*n2nRspBack.mnNai, "mn1@tnet.example.net", "MN_NAI");
        NS_TEST_EXPECT_MSG_EQ(*n2nRspBack.saLifetime, 7200u, "SALifeTime");
        NS_TEST_EXPECT_MSG_EQ(+n2nRspBack.status, 2, "Status");
        MihHeader peek;
        NS_TEST_EXPECT_MSG_EQ(MihHeader::Parse(rspPacket, peek), MihParseStatus::OK, "peek");
        NS_TEST_EXPECT_MSG_EQ(peek.GetActionId(), 14, "AID 14");
        NS_TEST_EXPECT_MSG_EQ(+peek.GetOpcode(), 2, "response");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Frames that every message decoder must reject, each with its specific status.
 */
class MisMessageRejectTestCase : public TestCase
{
  public:
    MisMessageRejectTestCase()
        : TestCase("MIS messages: framing, type, duplicate, order, mandatory, value rejections")
    {
    }

  private:
    void DoRun() override
    {
        const uint8_t sid = mih::SID_COMMAND;
        const uint8_t req = mih::OPCODE_REQUEST;
        const uint8_t rsp = mih::OPCODE_RESPONSE;
        const uint16_t prereg = mih::AID_MIS_PREREG_XFER;
        const uint16_t n2n = mih::AID_MIS_N2N_PREREG_XFER;
        MisPreregXferRequest request;
        MisPreregXferResponse response;
        MisN2nPreregXferRequest n2nRequest;
        MisN2nPreregXferResponse n2nResponse;

        // Framing.
        Bytes good = FullN2nRequest().Encode();
        NS_TEST_ASSERT_MSG_EQ(n2nRequest.Decode(good), MihParseStatus::OK, "baseline");
        NS_TEST_EXPECT_MSG_EQ(n2nRequest.Decode(Bytes(good.begin(), good.begin() + 5)),
                              MihParseStatus::TRUNCATED,
                              "5 octets");
        Bytes lengthPlusOne = good;
        lengthPlusOne[7] += 1;
        NS_TEST_EXPECT_MSG_EQ(n2nRequest.Decode(lengthPlusOne),
                              MihParseStatus::PAYLOAD_LENGTH_MISMATCH,
                              "payload length one more than the payload");
        Bytes trailing = good;
        trailing.push_back(0);
        NS_TEST_EXPECT_MSG_EQ(n2nRequest.Decode(trailing),
                              MihParseStatus::PAYLOAD_LENGTH_MISMATCH,
                              "one octet after the payload");
        NS_TEST_EXPECT_MSG_EQ(request.Decode(good),
                              MihParseStatus::UNEXPECTED_MESSAGE,
                              "an N2N request is not a Prereg_Xfer request");
        NS_TEST_EXPECT_MSG_EQ(n2nResponse.Decode(good),
                              MihParseStatus::UNEXPECTED_MESSAGE,
                              "a request is not a response");
        NS_TEST_EXPECT_MSG_EQ(n2nRequest.GetSourceId(), "", "rejected: cleared");

        // Deserialize (Packet::RemoveHeader) never reads past the buffer and keeps the status.
        Ptr<Packet> lying = Create<Packet>(lengthPlusOne.data(), lengthPlusOne.size());
        MisN2nPreregXferRequest viaHeader;
        NS_TEST_EXPECT_MSG_EQ(lying->RemoveHeader(viaHeader), 0u, "nothing consumed");
        NS_TEST_EXPECT_MSG_EQ(viaHeader.GetParseStatus(),
                              MihParseStatus::PAYLOAD_LENGTH_MISMATCH,
                              "Deserialize: payload length beyond the buffer");
        NS_TEST_EXPECT_MSG_EQ(lying->GetSize(), lengthPlusOne.size(), "packet untouched");
        Ptr<Packet> tiny = Create<Packet>(good.data(), 5);
        NS_TEST_EXPECT_MSG_EQ(tiny->RemoveHeader(viaHeader), 0u, "nothing consumed");
        NS_TEST_EXPECT_MSG_EQ(viaHeader.GetParseStatus(),
                              MihParseStatus::TRUNCATED,
                              "Deserialize: 5 octets");

        // A TLV cut by the end of the payload (header length adjusted to the cut).
        MihTlvWriter w = WriterWithIds();
        Bytes cutPayload = w.GetBytes();
        cutPayload.push_back(mih::TLV_NONCE);
        cutPayload.push_back(16);
        cutPayload.insert(cutPayload.end(), 10, 0);
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, cutPayload)),
                              MihParseStatus::OVERLONG,
                              "Nonce TLV of length 16 with 10 octets");
        cutPayload.resize(w.GetBytes().size() + 1);
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, cutPayload)),
                              MihParseStatus::TRUNCATED,
                              "TLV type without a length");
        Bytes badLength = w.GetBytes();
        badLength.push_back(mih::TLV_LINK_LAYER_INFORMATION);
        badLength.push_back(0x89);
        badLength.insert(badLength.end(), 9, 0);
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, badLength)),
                              MihParseStatus::BAD_LENGTH_ENCODING,
                              "length 0x89: 9 length octets");

        // Types.
        w = WriterWithIds();
        w.WriteU8(mih::TLV_STATUS, 0);
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, w.GetBytes())),
                              MihParseStatus::UNEXPECTED_TYPE,
                              "Status TLV in a request");
        w = WriterWithIds();
        w.Write(mih::TLV_VENDOR_SPECIFIC, Bytes{1, 2});
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, w.GetBytes())),
                              MihParseStatus::UNEXPECTED_TYPE,
                              "vendor-specific TLV");
        MihTlvWriter first;
        first.WriteU8(4, mih::LINK_TYPE_IEEE_802_11); // Link type TLV where Source is required
        first.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode("mn"));
        first.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode("sp"));
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, first.GetBytes())),
                              MihParseStatus::UNEXPECTED_TYPE,
                              "Link type TLV first");

        // Duplicates.
        w = WriterWithIds();
        w.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode("other"));
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, w.GetBytes())),
                              MihParseStatus::DUPLICATE,
                              "two Destination MIHF IDs");
        w = WriterWithIds();
        w.Write(mih::TLV_NONCE, Bytes(16, 1));
        w.Write(mih::TLV_NONCE, Bytes(16, 2));
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, w.GetBytes())),
                              MihParseStatus::DUPLICATE,
                              "two Nonce TLVs in a Prereg_Xfer request (Nonce-T only)");
        w = WriterWithIds();
        w.Write(mih::TLV_MN_MIHF_ID, MihfId::Encode("mn"));
        w.Write(mih::TLV_PROTECTED_KEY, Bytes(16, 0));
        w.Write(mih::TLV_NONCE, Bytes(16, 1));
        w.Write(mih::TLV_NONCE, Bytes(16, 2));
        NS_TEST_EXPECT_MSG_EQ(n2nRequest.Decode(RawFrame(sid, req, n2n, w.GetBytes())),
                              MihParseStatus::OK,
                              "two Nonce TLVs in an N2N request");
        w.Write(mih::TLV_NONCE, Bytes(16, 3));
        NS_TEST_EXPECT_MSG_EQ(n2nRequest.Decode(RawFrame(sid, req, n2n, w.GetBytes())),
                              MihParseStatus::DUPLICATE,
                              "three Nonce TLVs in an N2N request");

        // Order.
        MihTlvWriter swapped;
        swapped.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode("sp"));
        swapped.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode("mn"));
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, swapped.GetBytes())),
                              MihParseStatus::OUT_OF_ORDER,
                              "Destination before Source");
        w = WriterWithIds();
        w.Write(mih::TLV_NONCE, Bytes(16, 1));
        w.WriteU8(mih::TLV_CIPHERSUITE_CODE, 1);
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, w.GetBytes())),
                              MihParseStatus::OUT_OF_ORDER,
                              "Nonce-T before CiphersuiteCode");

        // Mandatory.
        MihTlvWriter noDestination;
        noDestination.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode("mn"));
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, noDestination.GetBytes())),
                              MihParseStatus::MISSING_MANDATORY,
                              "no Destination MIHF ID");
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, {})),
                              MihParseStatus::MISSING_MANDATORY,
                              "empty payload");
        w = WriterWithIds();
        NS_TEST_EXPECT_MSG_EQ(response.Decode(RawFrame(sid, rsp, prereg, w.GetBytes())),
                              MihParseStatus::MISSING_MANDATORY,
                              "response without Status");
        w = WriterWithIds();
        w.WriteU8(mih::TLV_STATUS, 0);
        NS_TEST_EXPECT_MSG_EQ(n2nResponse.Decode(RawFrame(sid, rsp, n2n, w.GetBytes())),
                              MihParseStatus::MISSING_MANDATORY,
                              "N2N response without TargetLinkIdentifier");

        // Values.
        w = WriterWithIds();
        w.Write(mih::TLV_NONCE, Bytes(15, 1));
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, w.GetBytes())),
                              MihParseStatus::BAD_VALUE,
                              "15-octet Nonce-T");
        w = WriterWithIds();
        w.Write(mih::TLV_CIPHERSUITE_CODE, Bytes{1, 2});
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, w.GetBytes())),
                              MihParseStatus::BAD_VALUE,
                              "2-octet CiphersuiteCode");
        MihTlvWriter badId;
        badId.Write(mih::TLV_SOURCE_MIHF_ID, Bytes{0x09, 'm', 'n'});
        badId.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode("sp"));
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(sid, req, prereg, badId.GetBytes())),
                              MihParseStatus::OVERLONG,
                              "MIHF_ID length 9 in a 3-octet TLV");
        w = WriterWithIds();
        w.WriteU8(mih::TLV_STATUS, mih::STATUS_AUTHORIZATION_FAILURE);
        NS_TEST_EXPECT_MSG_EQ(response.Decode(RawFrame(sid, rsp, prereg, w.GetBytes())),
                              MihParseStatus::BAD_VALUE,
                              "Status 3 is not applicable (5.11.12.3.2)");
        w = WriterWithIds();
        w.WriteU8(mih::TLV_STATUS, 5);
        NS_TEST_EXPECT_MSG_EQ(response.Decode(RawFrame(sid, rsp, prereg, w.GetBytes())),
                              MihParseStatus::BAD_VALUE,
                              "Status 5 is not defined");
        w = WriterWithIds();
        w.Write(mih::TLV_LINK_IDENTIFIER, TargetLink().Encode());
        w.WriteU8(mih::TLV_STATUS, mih::STATUS_TPOS_IS_SPOS);
        NS_TEST_EXPECT_MSG_EQ(n2nResponse.Decode(RawFrame(sid, rsp, n2n, w.GetBytes())),
                              MihParseStatus::BAD_VALUE,
                              "Status 6 is not applicable to the N2N response (5.12.1.4.2)");
        w = WriterWithIds();
        w.Write(mih::TLV_LINK_IDENTIFIER, TargetLink().Encode());
        w.WriteU32(mih::TLV_KEY_LIFETIME, 0);
        w.WriteU8(mih::TLV_STATUS, 0);
        NS_TEST_EXPECT_MSG_EQ(n2nResponse.Decode(RawFrame(sid, rsp, n2n, w.GetBytes())),
                              MihParseStatus::BAD_VALUE,
                              "SALifeTime 0");
        w = WriterWithIds();
        w.Write(mih::TLV_LINK_IDENTIFIER, TargetLink().Encode());
        w.WriteU8(mih::TLV_STATUS, 0);
        NS_TEST_EXPECT_MSG_EQ(n2nResponse.Decode(RawFrame(sid, rsp, n2n, w.GetBytes())),
                              MihParseStatus::OK,
                              "and the same N2N response with a valid Status is accepted");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The optional/mandatory rules of each message, on encode (Validate) and on decode.
 */
class MisPresenceRulesTestCase : public TestCase
{
  public:
    MisPresenceRulesTestCase()
        : TestCase("MIS messages: optional and mandatory rules on encode and decode")
    {
    }

  private:
    /**
     * \brief Check a rule in both directions: Validate() of the message, and the decode of the
     *        same TLVs written by hand (the encoder refuses to write them).
     * \param message the message under test (its parameters set)
     * \param payload the same parameters as raw TLVs
     * \param expected the expected status
     * \param what description
     */
    void CheckBoth(MihMessage& message,
                   const Bytes& payload,
                   MihParseStatus expected,
                   const std::string& what)
    {
        NS_TEST_EXPECT_MSG_EQ(message.Validate(), expected, "encode: " << what);
        Bytes frame =
            RawFrame(message.GetServiceId(), message.GetOpcode(), message.GetActionId(), payload);
        NS_TEST_EXPECT_MSG_EQ(message.Decode(frame), expected, "decode: " << what);
    }

    void DoRun() override
    {
        // MIS_N2N_Prereg_Xfer Request (5.13.3.21): Nonce-T, Nonce-N and the encrypted KDK are
        // all present or all absent. Try all 8 combinations.
        for (int mask = 0; mask < 8; ++mask)
        {
            MisN2nPreregXferRequest request;
            request.SetSourceId("mn1@example.net");
            request.SetDestinationId("spos.example.net");
            request.mnId = "mn1@example.net";
            MihTlvWriter w = WriterWithIds();
            w.Write(mih::TLV_MN_MIHF_ID, MihfId::Encode("mn1@example.net"));
            if (mask & 1)
            {
                request.protectedKey = Bytes(16, 0x11);
                w.Write(mih::TLV_PROTECTED_KEY, Bytes(16, 0x11));
            }
            if (mask & 2)
            {
                request.nonceT = MakeNonce(0);
                w.Write(mih::TLV_NONCE, Bytes(16, 0));
            }
            if (mask & 4)
            {
                request.nonceN = MakeNonce(0x10);
                w.Write(mih::TLV_NONCE, Bytes(16, 0x10));
            }
            MihParseStatus expected =
                (mask == 0 || mask == 7) ? MihParseStatus::OK : MihParseStatus::INCONSISTENT;
            if (mask == 6)
            {
                // Nonce-T and Nonce-N without the key: on the wire two Nonce TLVs.
                expected = MihParseStatus::INCONSISTENT;
            }
            CheckBoth(request,
                      w.GetBytes(),
                      expected,
                      "N2N key set, presence mask " + std::to_string(mask));
        }
        // One Nonce TLV alone with the key: by position it is Nonce-T; Nonce-N is missing.
        {
            MihTlvWriter w = WriterWithIds();
            w.Write(mih::TLV_MN_MIHF_ID, MihfId::Encode("mn"));
            w.Write(mih::TLV_PROTECTED_KEY, Bytes(16, 0));
            w.Write(mih::TLV_NONCE, Bytes(16, 1));
            MisN2nPreregXferRequest request;
            NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(mih::SID_COMMAND,
                                                          mih::OPCODE_REQUEST,
                                                          mih::AID_MIS_N2N_PREREG_XFER,
                                                          w.GetBytes())),
                                  MihParseStatus::INCONSISTENT,
                                  "key and a single nonce");
        }
        // The key set needs the MNID (the TPoS's mask input, 5.14.2).
        {
            MisN2nPreregXferRequest request = FullN2nRequest();
            request.mnId.reset();
            NS_TEST_EXPECT_MSG_EQ(request.Validate(),
                                  MihParseStatus::INCONSISTENT,
                                  "key set without MNID");
            request.protectedKey.reset();
            request.nonceT.reset();
            request.nonceN.reset();
            NS_TEST_EXPECT_MSG_EQ(request.Validate(), MihParseStatus::OK, "no key, no MNID");
            request.protectedKey = Bytes(17, 0);
            request.nonceT = MakeNonce(0);
            request.nonceN = MakeNonce(0);
            request.mnId = "mn";
            NS_TEST_EXPECT_MSG_EQ(request.Validate(),
                                  MihParseStatus::BAD_VALUE,
                                  "17-octet protected key");
            request.protectedKey = Bytes(24, 0);
            NS_TEST_EXPECT_MSG_EQ(request.Validate(), MihParseStatus::OK, "24-octet wrapped key");
        }
        // ChainHops (extension, 5.14.2 note 4): travels after SALifeTime, at least 1, and only with
        // the key set it counts; a value of another size does not parse.
        {
            MisN2nPreregXferRequest request = FullN2nRequest();
            request.chainHops = 3;
            MisN2nPreregXferRequest back;
            NS_TEST_ASSERT_MSG_EQ(back.Decode(request.Encode()), MihParseStatus::OK, "hops");
            NS_TEST_EXPECT_MSG_EQ(back.chainHops.has_value(), true, "ChainHops decoded");
            NS_TEST_EXPECT_MSG_EQ(+back.chainHops.value_or(0), 3, "ChainHops value");
            NS_TEST_EXPECT_MSG_EQ(back.Decode(FullN2nRequest().Encode()), MihParseStatus::OK, "no");
            NS_TEST_EXPECT_MSG_EQ(back.chainHops.has_value(), false, "previous value cleared");
            request.chainHops = 0;
            NS_TEST_EXPECT_MSG_EQ(request.Validate(), MihParseStatus::BAD_VALUE, "0 hops");
            request.chainHops = 1;
            request.protectedKey.reset();
            request.nonceT.reset();
            request.nonceN.reset();
            NS_TEST_EXPECT_MSG_EQ(request.Validate(),
                                  MihParseStatus::INCONSISTENT,
                                  "ChainHops without the key set");
            MihTlvWriter w = WriterWithIds();
            w.Write(mih::TLV_MN_MIHF_ID, MihfId::Encode("mn"));
            w.Write(mih::TLV_PROTECTED_KEY, Bytes(16, 0));
            w.Write(mih::TLV_NONCE, Bytes(16, 1));
            w.Write(mih::TLV_NONCE, Bytes(16, 2));
            MihTlvWriter twoOctets = w;
            w.Write(mih::TLV_CHAIN_HOPS, Bytes{0});
            twoOctets.Write(mih::TLV_CHAIN_HOPS, Bytes{0, 1});
            NS_TEST_EXPECT_MSG_EQ(back.Decode(RawFrame(mih::SID_COMMAND,
                                                       mih::OPCODE_REQUEST,
                                                       mih::AID_MIS_N2N_PREREG_XFER,
                                                       w.GetBytes())),
                                  MihParseStatus::BAD_VALUE,
                                  "ChainHops 0 on the wire");
            NS_TEST_EXPECT_MSG_NE(back.Decode(RawFrame(mih::SID_COMMAND,
                                                       mih::OPCODE_REQUEST,
                                                       mih::AID_MIS_N2N_PREREG_XFER,
                                                       twoOctets.GetBytes())),
                                  MihParseStatus::OK,
                                  "two-octet ChainHops");
        }
        // Target link known: no CandidateLinkList (5.12.1.1.2); LLInformation only with a target
        // link (5.12.1.2.2).
        {
            MisN2nPreregXferRequest request;
            request.SetSourceId("spos");
            request.SetDestinationId("tpos");
            request.targetLink = TargetLink();
            request.candidateLinks = Candidates();
            MihTlvWriter w;
            w.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode("spos"));
            w.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode("tpos"));
            w.Write(mih::TLV_LINK_IDENTIFIER, TargetLink().Encode());
            w.Write(mih::TLV_CANDIDATE_LINK_LIST, MihCandidateLinkList::Encode(Candidates()));
            CheckBoth(request, w.GetBytes(), MihParseStatus::INCONSISTENT, "target and list");

            MisN2nPreregXferRequest llOnly;
            llOnly.SetSourceId("spos");
            llOnly.SetDestinationId("tpos");
            llOnly.llInformation = Bytes{1};
            MihTlvWriter w2;
            w2.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode("spos"));
            w2.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode("tpos"));
            w2.Write(mih::TLV_LINK_LAYER_INFORMATION, Bytes{1});
            CheckBoth(llOnly, w2.GetBytes(), MihParseStatus::INCONSISTENT, "LL without target");
            // (the rejected decode above cleared the message)
            llOnly.SetSourceId("spos");
            llOnly.SetDestinationId("tpos");
            llOnly.candidateLinks = Candidates();
            NS_TEST_EXPECT_MSG_EQ(llOnly.Validate(), MihParseStatus::OK, "list alone");
        }

        // MIS_Prereg_Xfer Response (5.13.3.20): key and Nonce-N together; SALifeTime only with
        // them; with them a TPoS identifier and Status Success.
        struct ResponseCase
        {
            bool key;
            bool nonce;
            bool lifetime;
            bool tpos;
            uint8_t status;
            MihParseStatus expected;
            const char* what;
        };

        const ResponseCase responseCases[] = {
            {true, true, true, true, 0, MihParseStatus::OK, "all present"},
            {false, false, false, false, 0, MihParseStatus::OK, "all absent"},
            {false, false, false, true, 2, MihParseStatus::OK, "no key, Rejected"},
            {true, false, false, true, 0, MihParseStatus::INCONSISTENT, "key without Nonce-N"},
            {false, true, false, true, 0, MihParseStatus::INCONSISTENT, "Nonce-N without key"},
            {false, false, true, true, 0, MihParseStatus::INCONSISTENT, "SALifeTime alone"},
            {true, true, false, false, 0, MihParseStatus::INCONSISTENT, "key without TPoS id"},
            {true, true, false, true, 1, MihParseStatus::INCONSISTENT, "key with a failure"},
        };
        for (const auto& c : responseCases)
        {
            MisPreregXferResponse response;
            response.SetSourceId("spos.example.net");
            response.SetDestinationId("mn1@example.net");
            response.status = c.status;
            MihTlvWriter w;
            w.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode("spos.example.net"));
            w.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode("mn1@example.net"));
            if (c.tpos)
            {
                response.tposId = "tpos.example.net";
                w.Write(mih::TLV_TPOS_IDENTIFIER, MihfId::Encode("tpos.example.net"));
            }
            if (c.key)
            {
                response.protectedKey = Bytes(16, 0x33);
                w.Write(mih::TLV_PROTECTED_KEY, Bytes(16, 0x33));
            }
            if (c.nonce)
            {
                response.nonceN = MakeNonce(0x40);
                w.Write(mih::TLV_NONCE, Bytes(16, 0x40));
            }
            if (c.lifetime)
            {
                response.saLifetime = 100;
                w.WriteU32(mih::TLV_KEY_LIFETIME, 100);
            }
            w.WriteU8(mih::TLV_STATUS, c.status);
            CheckBoth(response, w.GetBytes(), c.expected, c.what);
        }

        // Missing mandatory on encode.
        MisPreregXferRequest noIds;
        NS_TEST_EXPECT_MSG_EQ(noIds.Validate(),
                              MihParseStatus::MISSING_MANDATORY,
                              "request without Source/Destination");
        noIds.SetSourceId("mn");
        noIds.SetDestinationId(std::string(254, 'x'));
        NS_TEST_EXPECT_MSG_EQ(noIds.Validate(),
                              MihParseStatus::BAD_VALUE,
                              "Destination of 254 octets");
        MisN2nPreregXferResponse noLink;
        noLink.SetSourceId("tpos");
        noLink.SetDestinationId("spos");
        NS_TEST_EXPECT_MSG_EQ(noLink.Validate(),
                              MihParseStatus::MISSING_MANDATORY,
                              "N2N response without TargetLinkIdentifier");
        noLink.targetLink = TargetLink();
        NS_TEST_EXPECT_MSG_EQ(noLink.Validate(), MihParseStatus::OK, "with it");
        MisPreregXferRequest emptyList;
        emptyList.SetSourceId("mn");
        emptyList.SetDestinationId("sp");
        emptyList.candidateLinks = std::vector<MihLinkPoaList>{};
        NS_TEST_EXPECT_MSG_EQ(emptyList.Validate(), MihParseStatus::BAD_VALUE, "empty list");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief MIH_Auth (SID 1, AID 6): round trips of the request, response and indication, with
 *        a TLS payload of 300 octets (three-octet TLV length) and a Security TLV; rejection of
 *        both or neither payload, of Status in a request or missing from a response, and of a
 *        frame of another message.
 */
class MihAuthTestCase : public TestCase
{
  public:
    MihAuthTestCase()
        : TestCase("MIH_Auth round trips and rules")
    {
    }

  private:
    void DoRun() override
    {
        for (uint8_t opcode : {mih::OPCODE_REQUEST, mih::OPCODE_RESPONSE, mih::OPCODE_INDICATION})
        {
            MihAuth message(opcode);
            message.SetSourceId("mn1@example.net");
            message.SetDestinationId("spos.example.net");
            message.SetTransactionId(0x0abc);
            message.authPayload = Bytes(300, 0x16);
            if (opcode == mih::OPCODE_RESPONSE)
            {
                message.status = mih::STATUS_SUCCESS;
            }
            Bytes frame = message.Encode();
            // 8 header + (2 + 16) source + (2 + 17) destination + (1 + 2 + 300) payload, its
            // length 300 > 128 written 0x81 then 300 - 128 [+ 3 for the Status TLV].
            std::size_t expected = 8 + 18 + 19 + 303 + (opcode == mih::OPCODE_RESPONSE ? 3 : 0);
            NS_TEST_EXPECT_MSG_EQ(frame.size(), expected, "frame size, opcode " << +opcode);
            MihAuth back(opcode);
            NS_TEST_ASSERT_MSG_EQ(back.Decode(frame), MihParseStatus::OK, "decodes");
            NS_TEST_EXPECT_MSG_EQ((back.authPayload == message.authPayload), true, "payload");
            NS_TEST_EXPECT_MSG_EQ(back.GetTransactionId(), 0x0abc, "transaction ID");
            NS_TEST_EXPECT_MSG_EQ(+back.GetServiceId(), +mih::SID_SERVICE_MANAGEMENT, "SID 1");
            NS_TEST_EXPECT_MSG_EQ(back.GetActionId(), mih::AID_MIH_AUTH, "AID 6");
            MihAuth other(opcode == mih::OPCODE_REQUEST ? mih::OPCODE_INDICATION
                                                        : mih::OPCODE_REQUEST);
            NS_TEST_EXPECT_MSG_EQ(other.Decode(frame),
                                  MihParseStatus::UNEXPECTED_MESSAGE,
                                  "another opcode");
        }
        MihAuth secured(mih::OPCODE_REQUEST);
        secured.SetSourceId("mn");
        secured.SetDestinationId("tpos");
        secured.security = Bytes(40, 0x5a);
        MihAuth back(mih::OPCODE_REQUEST);
        NS_TEST_EXPECT_MSG_EQ(back.Decode(secured.Encode()), MihParseStatus::OK, "Security TLV");
        NS_TEST_EXPECT_MSG_EQ((back.security == secured.security), true, "its value");

        MihAuth both(mih::OPCODE_REQUEST);
        both.SetSourceId("mn");
        both.SetDestinationId("tpos");
        NS_TEST_EXPECT_MSG_EQ(both.Validate(), MihParseStatus::INCONSISTENT, "neither payload");
        both.authPayload = Bytes(1, 0);
        both.security = Bytes(20, 0);
        NS_TEST_EXPECT_MSG_EQ(both.Validate(), MihParseStatus::INCONSISTENT, "both payloads");
        both.security.reset();
        both.status = 0;
        NS_TEST_EXPECT_MSG_EQ(both.Validate(), MihParseStatus::INCONSISTENT, "Status in a request");
        MihAuth response(mih::OPCODE_RESPONSE);
        response.SetSourceId("tpos");
        response.SetDestinationId("mn");
        response.authPayload = Bytes(1, 0);
        NS_TEST_EXPECT_MSG_EQ(response.Validate(),
                              MihParseStatus::MISSING_MANDATORY,
                              "response without Status");
        // The same on the wire: a response frame without the Status TLV.
        MihTlvWriter w = WriterWithIds();
        w.Write(mih::TLV_AUTH_PAYLOAD, Bytes(5, 0x17));
        NS_TEST_EXPECT_MSG_EQ(response.Decode(RawFrame(mih::SID_SERVICE_MANAGEMENT,
                                                       mih::OPCODE_RESPONSE,
                                                       mih::AID_MIH_AUTH,
                                                       w.GetBytes())),
                              MihParseStatus::MISSING_MANDATORY,
                              "decoded response without Status");
        w.Write(mih::TLV_NONCE, Bytes(16, 0));
        MihAuth request(mih::OPCODE_REQUEST);
        NS_TEST_EXPECT_MSG_EQ(request.Decode(RawFrame(mih::SID_SERVICE_MANAGEMENT,
                                                      mih::OPCODE_REQUEST,
                                                      mih::AID_MIH_AUTH,
                                                      w.GetBytes())),
                              MihParseStatus::UNEXPECTED_TYPE,
                              "a TLV MIH_Auth does not have");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The MIH wire format test suite.
 */
class MihWireTestSuite : public TestSuite
{
  public:
    MihWireTestSuite()
        : TestSuite("secure-handover-mih-wire", TestSuite::Type::UNIT)
    {
        AddTestCase(new MihHeaderTestCase);
        AddTestCase(new MihTlvLengthTestCase);
        AddTestCase(new MihTlvRejectTestCase);
        AddTestCase(new MisMessageRoundTripTestCase);
        AddTestCase(new MisMessageRejectTestCase);
        AddTestCase(new MisPresenceRulesTestCase);
        AddTestCase(new MihAuthTestCase);
    }
};

/// The static instance.
static MihWireTestSuite g_mihWireTestSuite;
