/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "tls-mih-transport.h"

#include "mis-function.h"

#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/tls-session.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("TlsMihTransport");

NS_OBJECT_ENSURE_REGISTERED(TlsMihTransport);

TypeId
TlsMihTransport::GetTypeId()
{
    static TypeId tid = TypeId("ns3::TlsMihTransport")
                            .SetParent<Object>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<TlsMihTransport>();
    return tid;
}

TlsMihTransport::TlsMihTransport()
    : m_sent(0)
{
    NS_LOG_FUNCTION(this);
}

TlsMihTransport::~TlsMihTransport()
{
    NS_LOG_FUNCTION(this);
}

void
TlsMihTransport::DoDispose()
{
    if (m_session)
    {
        m_session->SetSendCallback(MakeNullCallback<void, Ptr<Packet>>());
    }
    m_session = nullptr;
    m_misf = nullptr;
    m_output = Callback<void, const std::string&, Ptr<Packet>>();
    Object::DoDispose();
}

void
TlsMihTransport::Setup(Ptr<TlsSession> session, Ptr<MisFunction> misf, const std::string& peerId)
{
    m_session = session;
    m_misf = misf;
    m_peerId = peerId;
    m_session->SetSendCallback(MakeCallback(&TlsMihTransport::SendToPeer, this));
}

void
TlsMihTransport::SetOutputCallback(Callback<void, const std::string&, Ptr<Packet>> output)
{
    m_output = output;
}

void
TlsMihTransport::Receive(Ptr<Packet> records)
{
    m_session->Receive(records);
}

Ptr<TlsSession>
TlsMihTransport::GetSession() const
{
    return m_session;
}

uint32_t
TlsMihTransport::GetMessagesSent() const
{
    return m_sent;
}

void
TlsMihTransport::SendToPeer(Ptr<Packet> records)
{
    NS_LOG_FUNCTION(this << records->GetSize());
    ++m_sent;
    if (!m_output.IsNull())
    {
        m_output(m_peerId, records);
        return;
    }
    m_misf->SendAuthPayload(m_peerId, records);
}

crypto::MisSessionKeys
ExportMisSessionKeys(Ptr<const TlsSession> session)
{
    crypto::Bytes keys = session->ExportKeyingMaterial("EXPORTER-802.21-MIS-SA", {}, 48);
    crypto::WipeOnExit wipe(keys);
    return crypto::MisSessionKeys{crypto::Misk(crypto::ByteView(keys.data(), 16)),
                                  crypto::Miik(crypto::ByteView(keys.data() + 16, 16)),
                                  crypto::Miek(crypto::ByteView(keys.data() + 32, 16))};
}

} // namespace ns3
