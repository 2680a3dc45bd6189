/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "security-random.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/openssl-random-source.h"
#include "ns3/trace-source-accessor.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SecurityRandom");

NS_OBJECT_ENSURE_REGISTERED(SecurityRandom);

TypeId
SecurityRandom::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::SecurityRandom")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<SecurityRandom>()
            .AddAttribute("UseOpenSslRand",
                          "Draw from OpenSSL RAND_bytes instead of ns-3 random streams "
                          "(runs are then not reproducible).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&SecurityRandom::m_useOpenSslRand),
                          MakeBooleanChecker())
            .AddTraceSource("Draw",
                            "Random octets were drawn for a nonce or key.",
                            MakeTraceSourceAccessor(&SecurityRandom::m_drawTrace),
                            "ns3::SecurityRandom::DrawTracedCallback");
    return tid;
}

SecurityRandom::SecurityRandom()
    : m_useOpenSslRand(false),
      m_uniform(CreateObject<UniformRandomVariable>())
{
    NS_LOG_FUNCTION(this);
}

SecurityRandom::~SecurityRandom()
{
    NS_LOG_FUNCTION(this);
}

void
SecurityRandom::DoDispose()
{
    NS_LOG_FUNCTION(this);
    m_uniform = nullptr;
    m_rand.reset();
    Object::DoDispose();
}

void
SecurityRandom::Fill(uint8_t* out, std::size_t size)
{
    NS_LOG_FUNCTION(this << size);
    if (m_useOpenSslRand)
    {
        if (!m_rand)
        {
            m_rand = std::make_unique<crypto::OpenSslRandomSource>();
        }
        m_rand->Fill(out, size);
    }
    else
    {
        NS_ABORT_MSG_IF(!m_uniform, "SecurityRandom used after Dispose");
        // One draw per octet: GetInteger(0, 255) is exact, wider ranges are not in ns-3.37.
        for (std::size_t i = 0; i < size; ++i)
        {
            out[i] = static_cast<uint8_t>(m_uniform->GetInteger(0, 255));
        }
    }
    m_drawTrace(static_cast<uint32_t>(size));
}

int64_t
SecurityRandom::AssignStreams(int64_t stream)
{
    NS_LOG_FUNCTION(this << stream);
    m_uniform->SetStream(stream);
    return 1;
}

bool
SecurityRandom::IsOpenSslRand() const
{
    return m_useOpenSslRand;
}

bool
SecurityRandom::UsesOpenSslRand() const
{
    return m_useOpenSslRand;
}

} // namespace ns3
