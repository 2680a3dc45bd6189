/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CLI_VECTORS_COMMAND_H
#define SECURE_HANDOVER_CLI_VECTORS_COMMAND_H

#include "subcommand.h"

namespace ns3
{
namespace cli
{

/**
 * \ingroup secure-handover
 * \brief "secure-handover vectors KIND [options]": compute one key derivation or key-transport
 *        output of the crypto layer from hex inputs, for standards contributors.
 *
 * Prints one "NAME lowercasehex" line per output. A bad input (unknown kind or option, missing
 * option, malformed hex, wrong length, number out of range) is a UsageError; a failure inside
 * the crypto layer propagates as ns3::crypto::CryptoError.
 */
class VectorsCommand : public Subcommand
{
  public:
    /** \copydoc Subcommand::Name */
    std::string Name() const override;

    /** \copydoc Subcommand::Summary */
    std::string Summary() const override;

    /** \copydoc Subcommand::Run */
    int Run(const std::vector<std::string>& args) override;
};

} // namespace cli
} // namespace ns3

#endif /* SECURE_HANDOVER_CLI_VECTORS_COMMAND_H */
