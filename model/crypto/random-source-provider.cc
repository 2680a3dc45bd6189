/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "random-source-provider.h"

#include "crypto-error.h"
#include "openssl-handles.h"

#include <new>
#include <openssl/core_dispatch.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/params.h>
#include <openssl/provider.h>
#include <openssl/rand.h>

namespace ns3
{
namespace crypto
{

namespace
{

/// The name the built-in provider is registered under in the random-source context.
constexpr const char* PROVIDER_NAME = "secure-handover-random-source";
/// The EVP_RAND it offers, selected for every DRBG of that context.
constexpr const char* RAND_NAME = "SECURE-HANDOVER-RANDOM-SOURCE";
/// The property query that picks it (and nothing from the default provider).
constexpr const char* RAND_PROPERTIES = "provider=secure-handover-random-source";
/// Octets handed out per generate call (OpenSSL splits larger requests).
constexpr std::size_t MAX_REQUEST = 1 << 16;

/// The source in charge on this thread (set by ScopedRandomSource), or null.
thread_local RandomSource* g_currentSource = nullptr;

/// One EVP_RAND_CTX of the adapter: it only remembers its state, the octets are the source's.
struct SourceRandState
{
    int state{EVP_RAND_STATE_UNINITIALISED}; //!< EVP_RAND_STATE_*
};

/**
 * \brief OSSL_FUNC_rand_newctx: a new adapter instance (the parent DRBG is not used: the
 *        octets come from the source in charge, not from a seed).
 * \return the instance, or null
 */
void*
RandNewCtx(void* /* provctx */, void* /* parent */, const OSSL_DISPATCH* /* parentCalls */)
{
    return new (std::nothrow) SourceRandState();
}

/**
 * \brief OSSL_FUNC_rand_freectx.
 * \param ctx the instance
 */
void
RandFreeCtx(void* ctx)
{
    delete static_cast<SourceRandState*>(ctx);
}

/**
 * \brief OSSL_FUNC_rand_instantiate: nothing to seed.
 * \param ctx the instance
 * \return 1
 */
int
RandInstantiate(void* ctx,
                unsigned int /* strength */,
                int /* predictionResistance */,
                const unsigned char* /* personalisation */,
                size_t /* personalisationLength */,
                const OSSL_PARAM /* params */[])
{
    static_cast<SourceRandState*>(ctx)->state = EVP_RAND_STATE_READY;
    return 1;
}

/**
 * \brief OSSL_FUNC_rand_uninstantiate.
 * \param ctx the instance
 * \return 1
 */
int
RandUninstantiate(void* ctx)
{
    static_cast<SourceRandState*>(ctx)->state = EVP_RAND_STATE_UNINITIALISED;
    return 1;
}

/**
 * \brief OSSL_FUNC_rand_generate: copy octets from the source in charge. Without one it
 *        fails with an OpenSSL error, so that nothing silently falls back to other randomness.
 * \param out where to write
 * \param outlen how many octets
 * \return 1 on success, 0 on failure
 */
int
RandGenerate(void* /* ctx */,
             unsigned char* out,
             size_t outlen,
             unsigned int /* strength */,
             int /* predictionResistance */,
             const unsigned char* /* additional */,
             size_t /* additionalLength */)
{
    if (g_currentSource == nullptr)
    {
        ERR_raise_data(ERR_LIB_RAND,
                       ERR_R_INTERNAL_ERROR,
                       "no crypto::RandomSource in charge (ScopedRandomSource missing)");
        return 0;
    }
    try
    {
        g_currentSource->Fill(out, outlen);
    }
    catch (const std::exception& error)
    {
        // Never let an exception cross OpenSSL's C frames.
        ERR_raise_data(ERR_LIB_RAND, ERR_R_INTERNAL_ERROR, "RandomSource: %s", error.what());
        return 0;
    }
    return 1;
}

/**
 * \brief OSSL_FUNC_rand_reseed: the source needs no reseeding.
 * \return 1
 */
int
RandReseed(void* /* ctx */,
           int /* predictionResistance */,
           const unsigned char* /* entropy */,
           size_t /* entropyLength */,
           const unsigned char* /* additional */,
           size_t /* additionalLength */)
{
    return 1;
}

/**
 * \brief OSSL_FUNC_rand_enable_locking: OpenSSL requires it of the primary DRBG; the source
 *        in charge is per thread, so there is nothing to lock.
 * \return 1
 */
int
RandEnableLocking(void* /* ctx */)
{
    return 1;
}

/**
 * \brief OSSL_FUNC_rand_get_ctx_params: the state, the strength and the largest request.
 * \param ctx the instance
 * \param params the parameters asked for
 * \return 1 on success
 */
int
RandGetCtxParams(void* ctx, OSSL_PARAM params[])
{
    OSSL_PARAM* p = OSSL_PARAM_locate(params, OSSL_RAND_PARAM_STATE);
    if (p != nullptr && OSSL_PARAM_set_int(p, static_cast<SourceRandState*>(ctx)->state) != 1)
    {
        return 0;
    }
    p = OSSL_PARAM_locate(params, OSSL_RAND_PARAM_STRENGTH);
    if (p != nullptr && OSSL_PARAM_set_uint(p, 256) != 1)
    {
        return 0;
    }
    p = OSSL_PARAM_locate(params, OSSL_RAND_PARAM_MAX_REQUEST);
    if (p != nullptr && OSSL_PARAM_set_size_t(p, MAX_REQUEST) != 1)
    {
        return 0;
    }
    return 1;
}

/**
 * \brief OSSL_FUNC_rand_gettable_ctx_params.
 * \return the parameters RandGetCtxParams answers
 */
const OSSL_PARAM*
RandGettableCtxParams(void* /* ctx */, void* /* provctx */)
{
    static const OSSL_PARAM gettable[] = {OSSL_PARAM_int(OSSL_RAND_PARAM_STATE, nullptr),
                                          OSSL_PARAM_uint(OSSL_RAND_PARAM_STRENGTH, nullptr),
                                          OSSL_PARAM_size_t(OSSL_RAND_PARAM_MAX_REQUEST, nullptr),
                                          OSSL_PARAM_END};
    return gettable;
}

/**
 * \param function a provider function
 * \return it as the generic pointer type of an OSSL_DISPATCH entry
 */
template <typename Function>
auto
AsDispatch(Function* function)
{
    // The type of OSSL_DISPATCH::function, a generic function pointer.
    using Generic = decltype(OSSL_DISPATCH::function);
    return reinterpret_cast<Generic>(function);
}

/// The EVP_RAND functions of the adapter.
const OSSL_DISPATCH RAND_FUNCTIONS[] = {
    {OSSL_FUNC_RAND_NEWCTX, AsDispatch(&RandNewCtx)},
    {OSSL_FUNC_RAND_FREECTX, AsDispatch(&RandFreeCtx)},
    {OSSL_FUNC_RAND_INSTANTIATE, AsDispatch(&RandInstantiate)},
    {OSSL_FUNC_RAND_UNINSTANTIATE, AsDispatch(&RandUninstantiate)},
    {OSSL_FUNC_RAND_GENERATE, AsDispatch(&RandGenerate)},
    {OSSL_FUNC_RAND_RESEED, AsDispatch(&RandReseed)},
    {OSSL_FUNC_RAND_ENABLE_LOCKING, AsDispatch(&RandEnableLocking)},
    {OSSL_FUNC_RAND_GET_CTX_PARAMS, AsDispatch(&RandGetCtxParams)},
    {OSSL_FUNC_RAND_GETTABLE_CTX_PARAMS, AsDispatch(&RandGettableCtxParams)},
    {0, nullptr}};

/// The provider's algorithms: the one EVP_RAND.
const OSSL_ALGORITHM RAND_ALGORITHMS[] = {
    {RAND_NAME, RAND_PROPERTIES, RAND_FUNCTIONS, "octets of the crypto::RandomSource in charge"},
    {nullptr, nullptr, nullptr, nullptr}};

/**
 * \brief OSSL_FUNC_provider_query_operation.
 * \param operation the operation asked for
 * \param noCache set to 0: the answer never changes
 * \return the algorithms for OSSL_OP_RAND, null for every other operation
 */
const OSSL_ALGORITHM*
ProviderQueryOperation(void* /* provctx */, int operation, int* noCache)
{
    *noCache = 0;
    return operation == OSSL_OP_RAND ? RAND_ALGORITHMS : nullptr;
}

/// The provider's own functions.
const OSSL_DISPATCH PROVIDER_FUNCTIONS[] = {
    {OSSL_FUNC_PROVIDER_QUERY_OPERATION, AsDispatch(&ProviderQueryOperation)},
    {0, nullptr}};

/// A non-null provider context (the provider keeps no state).
int g_providerContext = 0;

/**
 * \brief The provider's OSSL_provider_init_fn.
 * \param out set to the provider's functions
 * \param provctx set to the provider context
 * \return 1
 */
int
ProviderInit(const OSSL_CORE_HANDLE* /* handle */,
             const OSSL_DISPATCH* /* in */,
             const OSSL_DISPATCH** out,
             void** provctx)
{
    *out = PROVIDER_FUNCTIONS;
    *provctx = &g_providerContext;
    return 1;
}

/// The random-source library context and its loaded providers (freed when OpenSSL cleans up).
struct RandomSourceContext
{
    OSSL_LIB_CTX* libctx{nullptr};           //!< the context
    OSSL_PROVIDER* defaultProvider{nullptr}; //!< every algorithm
    OSSL_PROVIDER* adapterProvider{nullptr}; //!< the RAND
};

/// The context once created.
RandomSourceContext g_randomSourceContext;

/// Unload the providers and free the context (also undoes a partial set-up).
void
FreeRandomSourceContext()
{
    RandomSourceContext& context = g_randomSourceContext;
    if (context.adapterProvider != nullptr)
    {
        OSSL_PROVIDER_unload(context.adapterProvider);
    }
    if (context.defaultProvider != nullptr)
    {
        OSSL_PROVIDER_unload(context.defaultProvider);
    }
    OSSL_LIB_CTX_free(context.libctx);
    context = RandomSourceContext();
}

/**
 * \brief Create the random-source library context: the default provider for every algorithm,
 *        the adapter provider for every DRBG.
 * \return the context
 */
OSSL_LIB_CTX*
CreateRandomSourceContext()
{
    RandomSourceContext& context = g_randomSourceContext;
    context.libctx = OSSL_LIB_CTX_new();
    if (context.libctx == nullptr)
    {
        ThrowOpenSslError("OSSL_LIB_CTX_new");
    }
    bool ok = OSSL_PROVIDER_add_builtin(context.libctx, PROVIDER_NAME, &ProviderInit) == 1;
    if (ok)
    {
        context.defaultProvider = OSSL_PROVIDER_load(context.libctx, "default");
        context.adapterProvider = OSSL_PROVIDER_load(context.libctx, PROVIDER_NAME);
        ok = context.defaultProvider != nullptr && context.adapterProvider != nullptr &&
             RAND_set_DRBG_type(context.libctx, RAND_NAME, RAND_PROPERTIES, nullptr, nullptr) == 1;
    }
    if (!ok)
    {
        FreeRandomSourceContext();
        ThrowOpenSslError("random-source library context");
    }
    OPENSSL_atexit(&FreeRandomSourceContext); // if it cannot be registered, it lives on
    return context.libctx;
}

} // namespace

OSSL_LIB_CTX*
RandomSourceLibraryContext()
{
    // Created once and kept until OpenSSL's own clean-up at exit (never per handshake).
    static OSSL_LIB_CTX* const libctx = CreateRandomSourceContext();
    return libctx;
}

ScopedRandomSource::ScopedRandomSource(RandomSource* source)
    : m_previous(g_currentSource),
      m_active(UsesRandomSource(source))
{
    if (m_active)
    {
        g_currentSource = source;
    }
}

ScopedRandomSource::~ScopedRandomSource()
{
    if (m_active)
    {
        g_currentSource = m_previous;
    }
}

bool
UsesRandomSource(const RandomSource* source)
{
    return source != nullptr && !source->IsOpenSslRand();
}

Bytes
DrawThroughRandomSourceContext(std::size_t size)
{
    Bytes out(size);
    ERR_clear_error();
    if (RAND_bytes_ex(RandomSourceLibraryContext(), out.data(), out.size(), 0) != 1)
    {
        ThrowOpenSslError("RAND_bytes_ex(random-source library context)");
    }
    return out;
}

} // namespace crypto
} // namespace ns3
