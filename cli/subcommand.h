/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CLI_SUBCOMMAND_H
#define SECURE_HANDOVER_CLI_SUBCOMMAND_H

#include <boost/program_options.hpp>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace ns3
{
namespace cli
{

/// The program name, as printed in usage and error lines.
constexpr const char* PROGRAM_NAME = "secure-handover";

/// Exit code: success.
constexpr int EXIT_OK = 0;
/// Exit code: a cryptographic operation failed (ns3::crypto::CryptoError, OpenSSL).
constexpr int EXIT_CRYPTO_FAILURE = 1;
/// Exit code: bad command line (unknown subcommand, kind or option; missing or malformed value).
constexpr int EXIT_USAGE = 2;

/**
 * \ingroup secure-handover
 * \brief A mistake on the command line; main() prints it as one error line and exits with
 *        EXIT_USAGE.
 */
class UsageError : public std::runtime_error
{
  public:
    /**
     * \param what a one-line description of the mistake
     */
    explicit UsageError(const std::string& what);
};

/**
 * \ingroup secure-handover
 * \brief One subcommand of the secure-handover program (vectors, run, sweep, regress, ...).
 *
 * A subcommand parses its own arguments with Boost.Program_options and prints its own
 * --help. It reports a bad command line by throwing UsageError or a
 * boost::program_options::error; main() turns every exception into one error line.
 */
class Subcommand
{
  public:
    virtual ~Subcommand() = default;

    /**
     * \return the word that selects this subcommand, e.g. "vectors"
     */
    virtual std::string Name() const = 0;

    /**
     * \return a one-line description for the program's --help
     */
    virtual std::string Summary() const = 0;

    /**
     * \brief Run the subcommand.
     * \param args the arguments that follow the subcommand's name
     * \return the process exit code (EXIT_OK on success)
     */
    virtual int Run(const std::vector<std::string>& args) = 0;
};

/**
 * \ingroup secure-handover
 * \brief The subcommands the program knows, in registration order.
 */
class SubcommandRegistry
{
  public:
    /**
     * \brief Add a subcommand.
     * \param subcommand the subcommand; its Name() must not be registered yet
     */
    void Add(std::unique_ptr<Subcommand> subcommand);

    /**
     * \param name a subcommand name
     * \return the subcommand of that name, or nullptr
     */
    Subcommand* Find(const std::string& name) const;

    /**
     * \return every registered subcommand, in registration order
     */
    const std::vector<std::unique_ptr<Subcommand>>& GetAll() const;

  private:
    std::vector<std::unique_ptr<Subcommand>> m_subcommands; //!< registered subcommands
};

/**
 * \brief Register every built-in subcommand. Adding a subcommand is one line here (see
 *        subcommand.cc) plus its own file.
 * \param registry the registry to fill
 */
void RegisterSubcommands(SubcommandRegistry& registry);

/**
 * \brief A Boost.Program_options extra style parser that stops option parsing at the first
 *        positional token: it and every token after it become positional values.
 *
 * This is what "program [options] command [command arguments]" needs: the options of a
 * subcommand (even --help) are left to the subcommand.
 *
 * \param args the tokens not parsed yet
 * \return the positional options taken from args (args is then emptied), or nothing
 */
std::vector<boost::program_options::option> StopAtFirstPositional(std::vector<std::string>& args);

/**
 * \return the command-line style of every parser of the program: Unix style without guessing
 *         abbreviated option names
 */
int CommandLineStyle();

/**
 * \brief Parse the arguments of a subcommand that takes only options, and store them.
 * \param args the arguments that follow the subcommand's name
 * \param desc its options
 * \param subcommand its name, for the error message
 * \param vm where to store them (po::notify is left to the caller)
 * \throw UsageError on a positional argument; boost::program_options::error on a bad option
 */
void StoreOptionsOnly(const std::vector<std::string>& args,
                      const boost::program_options::options_description& desc,
                      const std::string& subcommand,
                      boost::program_options::variables_map& vm);

} // namespace cli
} // namespace ns3

#endif /* SECURE_HANDOVER_CLI_SUBCOMMAND_H */
