/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "diameter-stream.h"

#include "diameter-constants.h"
#include "diameter-message.h"

namespace ns3
{

DiameterStreamReader::DiameterStreamReader(uint32_t maxMessageSize)
    : m_maxMessageSize(maxMessageSize),
      m_failed(false)
{
}

void
DiameterStreamReader::Append(const uint8_t* data, std::size_t size)
{
    if (!m_failed)
    {
        m_buffer.insert(m_buffer.end(), data, data + size);
    }
}

bool
DiameterStreamReader::Next(std::vector<uint8_t>& message)
{
    if (m_failed || m_buffer.size() < 4)
    {
        return false;
    }
    const uint32_t length = DiameterMessage::PeekLength(m_buffer.data());
    if (length < diameter::HEADER_SIZE || length % 4 != 0 || length > m_maxMessageSize)
    {
        m_failed = true;
        m_buffer.clear();
        return false;
    }
    if (m_buffer.size() < length)
    {
        return false;
    }
    message.assign(m_buffer.begin(), m_buffer.begin() + length);
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + length);
    return true;
}

bool
DiameterStreamReader::HasFailed() const
{
    return m_failed;
}

void
DiameterStreamReader::Reset()
{
    m_buffer.clear();
    m_failed = false;
}

} // namespace ns3
