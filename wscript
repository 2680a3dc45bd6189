# -*- Mode: python; py-indent-offset: 4; indent-tabs-mode: nil; coding: utf-8; -*-
# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# Build description for waf-era ns-3 (ns-3.35 and older), where this module lives in
# contrib/secure-handover. CMakeLists.txt is the source of truth: keep the file lists below
# identical to it and in the same order. The standalone ctest "wscript-in-sync"
# (cmake/check-wscript-sync.cmake) fails when they differ.

import os


def configure(conf):
    # global_define=False: the HAVE_* results go to the uselib variables (DEFINES_SSL, ...), not
    # to ns-3's global DEFINES; a global define would make waf recompile every ns-3 module.
    # OpenSSL 3 libcrypto (EVP, EVP_MAC, EVP_KDF) and libssl (TLS over an ns-3 transport);
    # stored as the 'SSL' uselib for module.use.
    # (waf 2 has no atleast_version: the constraint goes into the pkg-config package string.)
    have_ssl = conf.check_cfg(
        package="libssl >= 3.0.0 libcrypto >= 3.0.0",
        uselib_store="SSL",
        args=["--cflags", "--libs"],
        global_define=False,
        mandatory=False,
        msg="Checking for OpenSSL 3 (libssl, libcrypto >= 3.0.0)",
    )
    # nlohmann/json (header only) for the scenario files.
    have_json = conf.check_cxx(
        header_name="nlohmann/json.hpp",
        uselib_store="NLOHMANN_JSON",
        define_name="HAVE_NLOHMANN_JSON",
        global_define=False,
        mandatory=False,
        msg="Checking for nlohmann/json.hpp",
    )
    missing = []
    if not have_ssl:
        missing.append("libssl, libcrypto >= 3.0.0 (pkg-config)")
    if not have_json:
        missing.append("nlohmann/json.hpp")
    conf.env["ENABLE_SECURE_HANDOVER"] = not missing
    conf.report_optional_feature(
        "secure-handover",
        "Secure handover (OpenSSL 3)",
        conf.env["ENABLE_SECURE_HANDOVER"],
        "missing " + ", ".join(missing),
    )
    if not conf.env["ENABLE_SECURE_HANDOVER"]:
        conf.env["MODULES_NOT_BUILT"].append("secure-handover")


def build(bld):
    if "secure-handover" in bld.env["MODULES_NOT_BUILT"]:
        return

    secure_handover_crypto_sources = [
        "model/crypto/aes-block.cc",
        "model/crypto/aes-ccm.cc",
        "model/crypto/aes-key-wrap.cc",
        "model/crypto/crypto-error.cc",
        "model/crypto/crypto-types.cc",
        "model/crypto/dot16-keys.cc",
        "model/crypto/handover-keys.cc",
        "model/crypto/hex.cc",
        "model/crypto/kbkdf.cc",
        "model/crypto/mac.cc",
        "model/crypto/mis-keys.cc",
        "model/crypto/openssl-random-source.cc",
        "model/crypto/prf-plus.cc",
        "model/crypto/random-source-provider.cc",
    ]

    secure_handover_crypto_headers = [
        "model/crypto/aes-block.h",
        "model/crypto/aes-ccm.h",
        "model/crypto/aes-key-wrap.h",
        "model/crypto/crypto-error.h",
        "model/crypto/crypto-types.h",
        "model/crypto/dot16-keys.h",
        "model/crypto/handover-keys.h",
        "model/crypto/hex.h",
        "model/crypto/kbkdf.h",
        "model/crypto/mac.h",
        "model/crypto/mis-keys.h",
        "model/crypto/openssl-random-source.h",
        "model/crypto/prf-plus.h",
        "model/crypto/random-source.h",
        "model/crypto/random-source-provider.h",
    ]

    # The IEEE 802.21 / 802.21.1 MIH wire format: header, TLVs and the MIS messages.
    secure_handover_mih_sources = [
        "model/mih/mih-auth.cc",
        "model/mih/mih-header.cc",
        "model/mih/mih-message.cc",
        "model/mih/mih-tlv.cc",
        "model/mih/mih-types.cc",
        "model/mih/mih-protected-message.cc",
        "model/mih/mis-n2n-prereg-xfer.cc",
        "model/mih/mis-prereg-xfer.cc",
    ]

    secure_handover_mih_headers = [
        "model/mih/mih-auth.h",
        "model/mih/mih-constants.h",
        "model/mih/mih-header.h",
        "model/mih/mih-message.h",
        "model/mih/mih-tlv.h",
        "model/mih/mih-types.h",
        "model/mih/mih-protected-message.h",
        "model/mih/mis-n2n-prereg-xfer.h",
        "model/mih/mis-prereg-xfer.h",
    ]

    # The IEEE 802.21.1 MIS function: MIH transport, MIS SAP, MN/SPoS/TPoS roles, schemes (issue 4).
    secure_handover_mis_sources = [
        "helper/mis-helper.cc",
        "model/mis/mih-transport.cc",
        "model/mis/mis-function.cc",
        "model/mis/mis-handover-scheme.cc",
        "model/mis/mis-mn-application.cc",
        "model/mis/mis-pos-application.cc",
        "model/mis/mis-security-association.cc",
        "model/mis/tls-mih-transport.cc",
    ]

    secure_handover_mis_headers = [
        "helper/mis-helper.h",
        "model/mis/mih-transport.h",
        "model/mis/mis-function.h",
        "model/mis/mis-handover-scheme.h",
        "model/mis/mis-mn-application.h",
        "model/mis/mis-pos-application.h",
        "model/mis/mis-sap.h",
        "model/mis/mis-security-association.h",
        "model/mis/tls-mih-transport.h",
    ]

    # TLS over an ns-3 transport: test CA and libssl engine (pure OpenSSL), and the ns-3 session.
    secure_handover_tls_sources = [
        "model/crypto/test-ca.cc",
        "model/crypto/tls-engine.cc",
        "model/tls/tls-session.cc",
        "model/tls/tls-udp-transport.cc",
    ]

    secure_handover_tls_headers = [
        "model/crypto/test-ca.h",
        "model/crypto/tls-engine.h",
        "model/tls/tls-session.h",
        "model/tls/tls-udp-transport.h",
    ]

    # The handover backbone: 802.16 placeholder link, handover manager, recorder, scenario helpers.
    secure_handover_backbone_sources = [
        "helper/handover-scenario-helper.cc",
        "helper/scenario-config.cc",
        "helper/scenario-runner.cc",
        "model/dot16/dot16-channel.cc",
        "model/dot16/dot16-net-device.cc",
        "model/handover/binding-header.cc",
        "model/handover/csma-link-adapter.cc",
        "model/handover/dot16-link-adapter.cc",
        "model/handover/handover-data-sink.cc",
        "model/handover/handover-loss-counter.cc",
        "model/handover/handover-manager.cc",
        "model/handover/handover-record.cc",
        "model/handover/handover-scheme.cc",
        "model/handover/latency-recorder.cc",
        "model/handover/link-adapter.cc",
        "model/handover/mobility-anchor.cc",
        "model/handover/none-handover-scheme.cc",
        "model/handover/wifi-link-adapter.cc",
    ]

    secure_handover_backbone_headers = [
        "helper/handover-scenario-helper.h",
        "helper/scenario-config.h",
        "helper/scenario-runner.h",
        "model/dot16/dot16-channel.h",
        "model/dot16/dot16-net-device.h",
        "model/handover/binding-header.h",
        "model/handover/csma-link-adapter.h",
        "model/handover/dot16-link-adapter.h",
        "model/handover/handover-data-sink.h",
        "model/handover/handover-loss-counter.h",
        "model/handover/handover-manager.h",
        "model/handover/handover-record.h",
        "model/handover/handover-scheme.h",
        "model/handover/latency-recorder.h",
        "model/handover/link-adapter.h",
        "model/handover/mobility-anchor.h",
        "model/handover/none-handover-scheme.h",
        "model/handover/wifi-link-adapter.h",
    ]

    # 802.16e MAC management wire formats: GMH, TLVs, CMAC tuple, messages.
    secure_handover_dot16_mac_sources = [
        "model/dot16/dot16-cmac-tuple.cc",
        "model/dot16/dot16-generic-mac-header.cc",
        "model/dot16/dot16-handover-messages.cc",
        "model/dot16/dot16-management-message.cc",
        "model/dot16/dot16-pkm-messages.cc",
        "model/dot16/dot16-ranging-messages.cc",
        "model/dot16/dot16-registration-messages.cc",
        "model/dot16/dot16-sa-tek-update.cc",
        "model/dot16/dot16-tlv.cc",
    ]

    secure_handover_dot16_mac_headers = [
        "model/dot16/dot16-cmac-tuple.h",
        "model/dot16/dot16-generic-mac-header.h",
        "model/dot16/dot16-handover-messages.h",
        "model/dot16/dot16-management-message.h",
        "model/dot16/dot16-pkm-messages.h",
        "model/dot16/dot16-ranging-messages.h",
        "model/dot16/dot16-registration-messages.h",
        "model/dot16/dot16-sa-tek-update.h",
        "model/dot16/dot16-tlv.h",
    ]

    # 802.16e handover security (issue 6): MS, BS and authenticator agents, backbone messages,
    # TEK contexts, the dot16-* schemes and their helper.
    secure_handover_dot16_sources = [
        "model/dot16/dot16-authenticator.cc",
        "model/dot16/dot16-backbone-header.cc",
        "model/dot16/dot16-bs-agent.cc",
        "model/dot16/dot16-eap-transfer.cc",
        "model/dot16/dot16-mac-agent.cc",
        "model/dot16/dot16-ms-agent.cc",
        "model/dot16/dot16-tek-context.cc",
        "model/handover/dot16-tek-handover-scheme.cc",
        "helper/dot16-security-helper.cc",
    ]

    secure_handover_dot16_headers = [
        "model/dot16/dot16-authenticator.h",
        "model/dot16/dot16-backbone-header.h",
        "model/dot16/dot16-bs-agent.h",
        "model/dot16/dot16-eap-transfer.h",
        "model/dot16/dot16-mac-agent.h",
        "model/dot16/dot16-ms-agent.h",
        "model/dot16/dot16-tek-context.h",
        "model/handover/dot16-tek-handover-scheme.h",
        "helper/dot16-security-helper.h",
    ]

    # IPv6 Mobility Header wire formats: HKReq/HKResp, FMIPv6 messages and their options.
    secure_handover_cost_sources = [
        "model/cost/crypto-cost-model.cc",
    ]

    secure_handover_cost_headers = [
        "model/cost/crypto-cost-model.h",
    ]

    secure_handover_mobility_sources = [
        "model/mobility/fast-binding-ack-header.cc",
        "model/mobility/fast-binding-update-header.cc",
        "model/mobility/fmip6-icmp-header.cc",
        "model/mobility/handover-ack-header.cc",
        "model/mobility/handover-initiate-header.cc",
        "model/mobility/handover-key-request-header.cc",
        "model/mobility/handover-key-response-header.cc",
        "model/mobility/ipv6-checksum.cc",
        "model/mobility/mobility-auth.cc",
        "model/mobility/mobility-header.cc",
        "model/mobility/mobility-option.cc",
        "model/mobility/mobility-parse-status.cc",
        "model/mobility/nd-option.cc",
        "model/mobility/unsolicited-neighbor-advertisement-header.cc",
    ]

    secure_handover_mobility_headers = [
        "model/mobility/fast-binding-ack-header.h",
        "model/mobility/fast-binding-update-header.h",
        "model/mobility/fmip6-icmp-header.h",
        "model/mobility/handover-ack-header.h",
        "model/mobility/handover-initiate-header.h",
        "model/mobility/handover-key-request-header.h",
        "model/mobility/handover-key-response-header.h",
        "model/mobility/ipv6-checksum.h",
        "model/mobility/mobility-auth.h",
        "model/mobility/mobility-constants.h",
        "model/mobility/mobility-header.h",
        "model/mobility/mobility-option.h",
        "model/mobility/mobility-parse-status.h",
        "model/mobility/nd-option.h",
        "model/mobility/unsolicited-neighbor-advertisement-header.h",
    ]

    # Handover keys (draft-vidya-mipshop-handover-keys-aaa-04): AAA channel, MH transport, agents.
    secure_handover_hkp_sources = [
        "helper/hkp-helper.cc",
        "model/hkp/diameter-avp.cc",
        "model/hkp/diameter-message.cc",
        "model/hkp/diameter-stream.cc",
        "model/hkp/diameter-tls-connection.cc",
        "model/hkp/fmip6-access-router.cc",
        "model/hkp/fmip6-handover-scheme.cc",
        "model/hkp/fmip6-mobile-node.cc",
        "model/hkp/fmip6-tunnel.cc",
        "model/hkp/handover-key-server.cc",
        "model/hkp/hkp-access-router.cc",
        "model/hkp/hkp-common.cc",
        "model/hkp/hkp-mobile-node.cc",
        "model/hkp/mobility-l4-protocol.cc",
        "model/tls/tls-tcp-transport.cc",
    ]

    secure_handover_hkp_headers = [
        "helper/hkp-helper.h",
        "model/hkp/diameter-avp.h",
        "model/hkp/diameter-constants.h",
        "model/hkp/diameter-message.h",
        "model/hkp/diameter-stream.h",
        "model/hkp/diameter-tls-connection.h",
        "model/hkp/fmip6-access-router.h",
        "model/hkp/fmip6-handover-scheme.h",
        "model/hkp/fmip6-mobile-node.h",
        "model/hkp/fmip6-tunnel.h",
        "model/hkp/handover-key-server.h",
        "model/hkp/hkp-access-router.h",
        "model/hkp/hkp-common.h",
        "model/hkp/hkp-mobile-node.h",
        "model/hkp/mobility-l4-protocol.h",
        "model/tls/tls-tcp-transport.h",
    ]

    module = bld.create_ns3_module(
        "secure-handover",
        [
            "applications",
            "core",
            "csma",
            "internet",
            "mobility",
            "network",
            "point-to-point",
            "virtual-net-device",
            "wifi",
        ],
    )
    module.source = (
        secure_handover_backbone_sources
        + secure_handover_cost_sources
        + secure_handover_crypto_sources
        + secure_handover_dot16_mac_sources
        + secure_handover_dot16_sources
        + secure_handover_hkp_sources
        + secure_handover_mih_sources
        + secure_handover_mis_sources
        + secure_handover_mobility_sources
        + secure_handover_tls_sources
        + ["model/common/packet-octets.cc", "model/random/security-random.cc"]
    )
    module.use.extend(["SSL", "NLOHMANN_JSON"])

    module_test = bld.create_ns3_module_test_library("secure-handover")
    module_test.source = [
        "test/build-configuration-test-suite.cc",
        "test/crypto-primitives-test-suite.cc",
        "test/crypto-kdf-test-suite.cc",
        "test/crypto-cost-test-suite.cc",
        "test/dot16-handover-test-suite.cc",
        "test/diameter-test-suite.cc",
        "test/dot16-keys-test-suite.cc",
        "test/dot16-mac-wire-test-suite.cc",
        "test/dot16-security-test-suite.cc",
        "test/handover-backbone-test-suite.cc",
        "test/handover-components-test-suite.cc",
        "test/handover-determinism-test-suite.cc",
        "test/hkp-agents-test-suite.cc",
        "test/mih-wire-test-suite.cc",
        "test/mih-transport-test-suite.cc",
        "test/mis-sa-test-suite.cc",
        "test/mis-scheme-test-suite.cc",
        "test/mobility-header-wire-test-suite.cc",
        "test/scenario-config-test-suite.cc",
        "test/security-random-test-suite.cc",
        "test/tls-session-test-suite.cc",
        "test/tls-random-test-suite.cc",
    ]
    module_test.use.extend(["SSL", "NLOHMANN_JSON"])

    headers = bld(features="ns3header")
    headers.module = "secure-handover"
    headers.source = (
        secure_handover_backbone_headers
        + secure_handover_cost_headers
        + secure_handover_crypto_headers
        + secure_handover_dot16_mac_headers
        + secure_handover_dot16_headers
        + secure_handover_hkp_headers
        + secure_handover_mih_headers
        + secure_handover_mis_headers
        + secure_handover_mobility_headers
        + secure_handover_tls_headers
        + [
            "model/common/packet-octets.h",
            "model/compat/ns3-compat.h",
            "model/random/security-random.h",
        ]
    )

    if bld.env["ENABLE_EXAMPLES"] and os.path.exists(
        os.path.join(bld.path.abspath(), "examples", "wscript")
    ):
        bld.recurse("examples")
