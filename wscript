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
    # OpenSSL 3 libcrypto (EVP, EVP_MAC, EVP_KDF); stored as the 'SSL' uselib for module.use.
    # (waf 2 has no atleast_version: the constraint goes into the pkg-config package string.)
    have_ssl = conf.check_cfg(
        package="libcrypto >= 3.0.0",
        uselib_store="SSL",
        args=["--cflags", "--libs"],
        mandatory=False,
        msg="Checking for OpenSSL 3 (libcrypto >= 3.0.0)",
    )
    # nlohmann/json (header only) for the scenario files.
    have_json = conf.check_cxx(
        header_name="nlohmann/json.hpp",
        uselib_store="NLOHMANN_JSON",
        define_name="HAVE_NLOHMANN_JSON",
        mandatory=False,
        msg="Checking for nlohmann/json.hpp",
    )
    missing = []
    if not have_ssl:
        missing.append("libcrypto >= 3.0.0 (pkg-config)")
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
        "model/handover/handover-manager.h",
        "model/handover/handover-record.h",
        "model/handover/handover-scheme.h",
        "model/handover/latency-recorder.h",
        "model/handover/link-adapter.h",
        "model/handover/mobility-anchor.h",
        "model/handover/none-handover-scheme.h",
        "model/handover/wifi-link-adapter.h",
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
            "wifi",
        ],
    )
    module.source = secure_handover_backbone_sources + secure_handover_crypto_sources + [
        "model/random/security-random.cc",
    ]
    module.use.extend(["SSL", "NLOHMANN_JSON"])

    module_test = bld.create_ns3_module_test_library("secure-handover")
    module_test.source = [
        "test/build-configuration-test-suite.cc",
        "test/crypto-primitives-test-suite.cc",
        "test/crypto-kdf-test-suite.cc",
        "test/dot16-keys-test-suite.cc",
        "test/handover-backbone-test-suite.cc",
        "test/handover-components-test-suite.cc",
        "test/handover-determinism-test-suite.cc",
        "test/scenario-config-test-suite.cc",
        "test/security-random-test-suite.cc",
    ]
    module_test.use.extend(["SSL", "NLOHMANN_JSON"])

    headers = bld(features="ns3header")
    headers.module = "secure-handover"
    headers.source = secure_handover_backbone_headers + secure_handover_crypto_headers + [
        "model/random/security-random.h",
    ]

    if bld.env["ENABLE_EXAMPLES"] and os.path.exists(
        os.path.join(bld.path.abspath(), "examples", "wscript")
    ):
        bld.recurse("examples")
