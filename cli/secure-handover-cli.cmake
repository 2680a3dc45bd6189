# SPDX-License-Identifier: GPL-2.0-only
#
# The command-line front end: build/secure-handover (target secure-handover-cli).
# Included from the module's CMakeLists.txt after build_lib, in every build mode; there
# ${libsecure-handover} names the module library (ns-3's own in-tree, the stand-in's standalone).

find_package(Boost 1.71 REQUIRED COMPONENTS program_options)

set(_sh_cli_dir ${CMAKE_CURRENT_LIST_DIR})
if(NOT libsecure-handover)
  message(FATAL_ERROR "secure-handover CLI: \${libsecure-handover} is not set; include "
                      "cli/secure-handover-cli.cmake after build_lib(LIBNAME secure-handover ...)")
endif()

# The subcommands: one .cc per subcommand, registered in subcommand.cc (RegisterSubcommands).
add_executable(secure-handover-cli
  ${_sh_cli_dir}/main.cc
  ${_sh_cli_dir}/regress-command.cc
  ${_sh_cli_dir}/run-command.cc
  ${_sh_cli_dir}/subcommand.cc
  ${_sh_cli_dir}/sweep-command.cc
  ${_sh_cli_dir}/vectors-command.cc
)
set_target_properties(secure-handover-cli PROPERTIES OUTPUT_NAME secure-handover)
target_link_libraries(secure-handover-cli PRIVATE ${libsecure-handover} Boost::program_options
                      nlohmann_json::nlohmann_json)

# Standalone build only (cmake/ns3-standalone.cmake): the flags of every other target, and the
# CLI tests (ctest -R cli). Inside an ns-3 tree ns-3's global flags apply and no test is added.
if(COMMAND _sh_apply_common_flags)
  _sh_apply_common_flags(secure-handover-cli)

  # sh_cli_test(NAME name [EXPECT file | SUBSET file | MATCH regex | ERROR] ARGS arg...)
  #  EXPECT: stdout must equal the file; SUBSET: every line of the file must be a line of stdout;
  #  MATCH: stdout must match the regex; ERROR: non-zero exit, empty stdout, one error line.
  #  Every mode but ERROR also requires an empty stderr, and exit code 0 (or RC if given).
  function(sh_cli_test)
    cmake_parse_arguments(T "ERROR" "NAME;EXPECT;SUBSET;MATCH;RC" "ARGS" ${ARGN})
    set(_defs -DCLI=$<TARGET_FILE:secure-handover-cli>)
    if(DEFINED T_RC)
      list(APPEND _defs -DRC=${T_RC})
    endif()
    if(T_ERROR)
      list(APPEND _defs -DMODE=ERROR)
    elseif(T_EXPECT)
      list(APPEND _defs -DMODE=EXPECT -DEXPECTED=${_sh_cli_dir}/test/expected/${T_EXPECT})
    elseif(T_SUBSET)
      list(APPEND _defs -DMODE=SUBSET -DEXPECTED=${_sh_cli_dir}/test/expected/${T_SUBSET})
    elseif(T_MATCH)
      list(APPEND _defs -DMODE=MATCH "-DPATTERN=${T_MATCH}")
    else()
      message(FATAL_ERROR "sh_cli_test(${T_NAME}): give EXPECT, SUBSET, MATCH or ERROR")
    endif()
    # The arguments travel as one list in one quoted argument; the script iterates over it.
    add_test(NAME cli-${T_NAME}
             COMMAND ${CMAKE_COMMAND} ${_defs} "-DARGS=${T_ARGS}"
                     -P ${_sh_cli_dir}/test/run-cli-test.cmake)
    set_tests_properties(cli-${T_NAME} PROPERTIES TIMEOUT 60)
  endfunction()

  # --- published known answers --------------------------------------------------------------
  # RFC 4493 section 4, Example 2 (Mlen = 128): CMAC 070a16b4 6b4d4144 f79bdd9d d04a287c.
  sh_cli_test(NAME vectors-cmac-rfc4493-example2 EXPECT cmac-rfc4493-example2.txt
    ARGS vectors cmac --key 2b7e151628aed2a6abf7158809cf4f3c
         --msg 6bc1bee22e409f96e93d7e117393172a)
  # RFC 4493 section 4, Example 1 (Mlen = 0, the empty message):
  # CMAC bb1d6929 e9593728 7fa37d12 9b756746.
  sh_cli_test(NAME vectors-cmac-rfc4493-example1 EXPECT cmac-rfc4493-example1.txt
    ARGS vectors cmac --key 2b7e151628aed2a6abf7158809cf4f3c --msg <empty>)
  # RFC 2202 section 3, test case 1 (HMAC-SHA1): key = 0x0b * 20, data = "Hi There".
  sh_cli_test(NAME vectors-hmac-rfc2202-case1 EXPECT hmac-rfc2202-case1.txt
    ARGS vectors hmac --alg sha1 --key 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b
         --msg 4869205468657265)
  # RFC 4231 section 4.3, test case 2 (HMAC-SHA-256): key = "Jefe",
  # data = "what do ya want for nothing?".
  sh_cli_test(NAME vectors-hmac-rfc4231-case2 EXPECT hmac-rfc4231-case2.txt
    ARGS vectors hmac --alg sha256 --key 4a656665
         --msg 7768617420646f2079612077616e7420666f72206e6f7468696e673f)
  # gprf+ of one block is PRF(K, S || Y0) (handover-keys draft, READINGS.md). RFC 2202 case 1's
  # data "Hi There" read as S = "Hi The" || Y0 = "re" (0x7265, 2 octets), or as S = "Hi Ther" ||
  # Y0 = "e" (0x65, 1 octet), must therefore give RFC 2202 case 1's digest.
  sh_cli_test(NAME vectors-gprf-rfc2202-case1-y2 EXPECT gprf-rfc2202-case1.txt
    ARGS vectors gprf --prf sha1 --key 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b
         --seed 486920546865 --y0 0x7265 --bytes 20)
  sh_cli_test(NAME vectors-gprf-rfc2202-case1-y1 EXPECT gprf-rfc2202-case1.txt
    ARGS vectors gprf --prf sha1 --key 0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b
         --seed 48692054686572 --y0 0x65 --bytes 20 --y-octets 1)

  # The MSKs of vectors D1 and D2 of vectors-802.16.txt.
  string(CONCAT _sh_msk_d1 d15887db8e5c55502cf7e518c621aa87be93c4941909f8538c49f75e2ea40861
                           a190fd3ad8fc3039af5572ddf43ce2ccb56bf2f1862c2aac724c20db437d62ad)
  string(CONCAT _sh_msk_d2 3d8bfc43c8004afb0ff83b6a30ee7d6cbf93b076b93653e9627fe47aef9cb384
                           caa55b812aad2d7de554cf9eea8487a0f6f4b35fbddb2f232b771d2f71fdda94)
  # vectors-802.16.txt (/work/shared/spec; answers of the independent public implementation
  # frankurcrazy/helloworld wimax/akid.c, dot16kdf.c), vector D1: PMK, AK and AKID (PMK_SN 0)
  # are published; the CMAC keys and KEK of D1 are not, so only the published lines are compared.
  sh_cli_test(NAME vectors-dot16-keys-d1 SUBSET dot16-keys-d1.txt
    ARGS vectors dot16-keys --msk ${_sh_msk_d1}
         --msmac 00ED04A5105B --bsid 0000BB020003)
  # Vector D2 (CMAC_KEY_COUNT 0): AK, AKID, CMAC_KEY_U, CMAC_KEY_D and KEK are published; PMK is
  # Truncate(MSK, 160), the rightmost 20 octets of the published MSK, so all six lines compare.
  sh_cli_test(NAME vectors-dot16-keys-d2 EXPECT dot16-keys-d2.txt
    ARGS vectors dot16-keys --msk ${_sh_msk_d2}
         --msmac 001b11c9d50c --bsid 000000000005 --pmk-sn 0 --cmac-key-count 0)
  # Vector D2 at CMAC_KEY_COUNT 1: CMAC_KEY_U is published (CMAC_KEY_D at count 1 is not).
  sh_cli_test(NAME vectors-dot16-keys-d2-count1 SUBSET dot16-keys-d2-count1.txt
    ARGS vectors dot16-keys --msk ${_sh_msk_d2}
         --msmac 001b11c9d50c --bsid 000000000005 --cmac-key-count 0x1)
  # D1 step by step with the raw KDF: AK = Dot16KDF(PMK, MSMAC || BSID || "AK", 160) and
  # AKID = Dot16KDF(AK, 0x00 || MSMAC || BSID || "AK", 64), the published AK and AKID.
  sh_cli_test(NAME vectors-dot16kdf-d1-ak EXPECT dot16kdf-d1-ak.txt
    ARGS vectors dot16kdf --key f43ce2ccb56bf2f1862c2aac724c20db437d62ad
         --astring 00ED04A5105B0000BB020003414b --bits 160)
  sh_cli_test(NAME vectors-dot16kdf-d1-akid EXPECT dot16kdf-d1-akid.txt
    ARGS vectors dot16kdf --key cae0de08e027acb5198ae78c2a2d78ab9945ce74
         --astring 0000ED04A5105B0000BB020003414b --bits 64)

  # --- kinds without a published answer ------------------------------------------------------
  # Expected values computed outside this module, from the constructions of
  # /work/shared/spec/READINGS.md, with the OpenSSL 3 command line (openssl mac CMAC, openssl dgst
  # -mac HMAC, openssl kdf KBKDF) and, for AES-CCM, python3-cryptography's AESCCM:
  #  tek:      AES-CMAC(KEK, 00000000 || 0001 || 2c01 || "TEK0 Generation" || 00000080);
  #  ccm-mpdu: nonce 4000123456 || 00000000 || PN little-endian, AESCCM(TEK, M = 8) of
  #            0001020304050607, after the PN field 01000000;
  #  hik:      HMAC-SHA1(HMK, "Handover Integrity Key" || 0007) (one gprf+ block);
  #  hk:       HMAC-SHA1(HMK, MN-Nonce || HKS-Nonce || "mn1@example.net" || 2001:db8:1::1 ||
  #            "Handover Key" || 0000);
  #  kdk-wrap: AES-CMAC(key, "MIS N2N KDK" || 00 || LV(MNID) || LV(Nonce-T) || LV(Nonce-N)), then
  #            K XOR mask;
  #  misk:     KBKDF-CMAC(K, "MISK", ctx, 128), KBKDF-CMAC(MISK, "MIS SA KEYS", ctx, 256) with
  #            ctx = Nonce-T || Nonce-N || LV(MNID) || LV(TPoSID) || 01.
  string(CONCAT _sh_hmk 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
                        202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f)
  set(_sh_nonce_a 000102030405060708090a0b0c0d0e0f)
  set(_sh_nonce_b 101112131415161718191a1b1c1d1e1f)
  # TEK0 from D2's published KEK, at CMAC_KEY_COUNT 1 and SAID 0x2c01.
  sh_cli_test(NAME vectors-tek EXPECT tek-d2-kek.txt
    ARGS vectors tek --kek e09389b8f3391dfec8a99af41da147b9 --cmac-key-count 1 --said 0x2c01
         --index 0)
  sh_cli_test(NAME vectors-ccm-mpdu-little EXPECT ccm-mpdu-little.txt
    ARGS vectors ccm-mpdu --tek a82a467116793d699aa8ed1b71d3c797 --gmh 400012345678 --pn 1
         --payload 0001020304050607)
  sh_cli_test(NAME vectors-hik EXPECT hik.txt
    ARGS vectors hik --hmk ${_sh_hmk} --msg-id 7)
  sh_cli_test(NAME vectors-hk-spec EXPECT hk-spec.txt
    ARGS vectors hk --hmk ${_sh_hmk} --mn-nonce ${_sh_nonce_a} --hks-nonce ${_sh_nonce_b}
         --mn-id mn1@example.net --ar-id 2001:db8:1::1)
  sh_cli_test(NAME vectors-kdk-wrap-tpos EXPECT kdk-wrap-tpos.txt
    ARGS vectors kdk-wrap --to tpos --key 2b7e151628aed2a6abf7158809cf4f3c
         --k 00112233445566778899aabbccddeeff --id mn1@example.net --nonce-t ${_sh_nonce_a}
         --nonce-n ${_sh_nonce_b})
  sh_cli_test(NAME vectors-misk EXPECT misk.txt
    ARGS vectors misk --k 00112233445566778899aabbccddeeff --nonce-t ${_sh_nonce_a}
         --nonce-n ${_sh_nonce_b} --mn-id mn1@example.net --tpos-id tpos.example.net
         --ciphersuite 1)

  # The other switches: output shape (names, lengths, fixed fields). CMake regular expressions
  # have no {n}: _sh_hexN holds N octets' worth of [0-9a-f].
  foreach(_octets 4 8 16 20 32)
    set(_sh_hex${_octets} "")
    foreach(_i RANGE 1 ${_octets})
      string(APPEND _sh_hex${_octets} "[0-9a-f][0-9a-f]")
    endforeach()
  endforeach()
  # The CCM nonce is GMH octets 0..4 || 00000000 || PN, here big-endian; the MPDU is
  # PN(4) || ciphertext (as long as the payload) || ICV(8). Only the nonce is pinned down: the
  # byte order of the MPDU's PN field under "big" is the crypto layer's (Dot16CcmSeal) to define.
  # ccm-mpdu --pn-order big: nonce and PN field both big-endian; expected value computed with
  # python3-cryptography's AESCCM(tag_length=8) over nonce 4001020304 || 00000000 || 01020304.
  sh_cli_test(NAME vectors-ccm-mpdu-big EXPECT ccm-mpdu-big.txt
    ARGS vectors ccm-mpdu --tek 000102030405060708090a0b0c0d0e0f --gmh 400102030405
         --pn 16909060 --payload deadbeef --pn-order big)
  sh_cli_test(NAME vectors-hk-sha256-overview MATCH "^HK ${_sh_hex32}\n$"
    ARGS vectors hk --hmk ${_sh_hmk} --mn-nonce ${_sh_nonce_a} --hks-nonce ${_sh_nonce_b}
         --mn-id mn1@example.net --ar-id 2001:db8:1::1 --prf sha256 --order overview)
  sh_cli_test(NAME vectors-kdk-wrap-mn-draft-sender
    MATCH "^MASK ${_sh_hex16}\nWRAPPED ${_sh_hex16}\n$"
    ARGS vectors kdk-wrap --to mn --key 000102030405060708090a0b0c0d0e0f
         --k 00000000000000000000000000000000 --id tpos.example.net --nonce-t ${_sh_nonce_a}
         --nonce-n ${_sh_nonce_b} --mn-inputs draft-sender)

  # --- help and version ----------------------------------------------------------------------
  sh_cli_test(NAME help MATCH "^Usage: secure-handover .*vectors" ARGS --help)
  sh_cli_test(NAME version MATCH "^secure-handover [0-9]" ARGS --version)
  sh_cli_test(NAME vectors-help MATCH "^Usage: secure-handover vectors KIND.*misk"
    ARGS vectors --help)
  sh_cli_test(NAME vectors-cmac-help MATCH "^Usage: secure-handover vectors cmac .*--key"
    ARGS vectors cmac --help)

  # --- bad input: one error line, non-zero exit ----------------------------------------------
  sh_cli_test(NAME error-unknown-subcommand ERROR ARGS frobnicate)
  sh_cli_test(NAME error-no-subcommand ERROR ARGS)
  sh_cli_test(NAME error-unknown-kind ERROR ARGS vectors frobnicate --key 00)
  sh_cli_test(NAME error-unknown-option ERROR
    ARGS vectors cmac --key 2b7e151628aed2a6abf7158809cf4f3c --msg 00 --colour red)
  sh_cli_test(NAME error-bad-hex ERROR
    ARGS vectors cmac --key 2b7e151628aed2a6abf7158809cf4f3z --msg 00)
  sh_cli_test(NAME error-odd-hex ERROR
    ARGS vectors cmac --key 2b7e151628aed2a6abf7158809cf4f3c --msg 0)
  sh_cli_test(NAME error-wrong-key-length ERROR
    ARGS vectors cmac --key 2b7e151628aed2a6abf7158809cf4f --msg 00)
  sh_cli_test(NAME error-missing-option ERROR
    ARGS vectors cmac --key 2b7e151628aed2a6abf7158809cf4f3c)
  sh_cli_test(NAME error-bits-not-octets ERROR
    ARGS vectors dot16kdf --key f43ce2ccb56bf2f1862c2aac724c20db437d62ad --astring 414b --bits 7)
  sh_cli_test(NAME error-tek-index ERROR
    ARGS vectors tek --kek e09389b8f3391dfec8a99af41da147b9 --cmac-key-count 1 --said 1 --index 2)
  sh_cli_test(NAME error-pmk-sn-range ERROR
    ARGS vectors dot16-keys --msk ${_sh_msk_d1}
         --msmac 00ED04A5105B --bsid 0000BB020003 --pmk-sn 16)
  sh_cli_test(NAME error-pn-range ERROR
    ARGS vectors ccm-mpdu --tek 000102030405060708090a0b0c0d0e0f --gmh 400102030405
         --pn 0x100000000 --payload 00)
  sh_cli_test(NAME error-bad-number ERROR
    ARGS vectors tek --kek e09389b8f3391dfec8a99af41da147b9 --cmac-key-count 1x --said 1 --index 0)
  sh_cli_test(NAME error-bad-ipv6 ERROR
    ARGS vectors hk --hmk ${_sh_hmk} --mn-nonce ${_sh_nonce_a} --hks-nonce ${_sh_nonce_b}
         --mn-id mn1@example.net --ar-id 10.0.0.1)
  sh_cli_test(NAME error-mn-inputs-for-tpos ERROR
    ARGS vectors kdk-wrap --to tpos --key 2b7e151628aed2a6abf7158809cf4f3c
         --k 00112233445566778899aabbccddeeff --id mn1@example.net --nonce-t ${_sh_nonce_a}
         --nonce-n ${_sh_nonce_b} --mn-inputs draft-sender)
  sh_cli_test(NAME error-bad-choice ERROR
    ARGS vectors hmac --alg md5 --key 00 --msg 00)
  sh_cli_test(NAME error-stray-positional ERROR
    ARGS vectors cmac --key 2b7e151628aed2a6abf7158809cf4f3c --msg 00 extra)

  # --- run: the handover scenario runner (issue 3) -------------------------------------------
  set(_sh_run_out ${CMAKE_BINARY_DIR}/cli-test-results)
  sh_cli_test(NAME run-help MATCH "^Usage: secure-handover run .*--backbone-delay" ARGS run --help)
  # Two scripted handovers wifi -> csma -> wifi: the table has one line per link pair.
  sh_cli_test(NAME run-wifi-csma
    MATCH "none +csma->wifi +1 .*none +wifi->csma +1 .*wrote .*/run-wifi-csma/handovers.csv"
    ARGS run --links wifi,csma --handovers 2 --interval 1 --out ${_sh_run_out}/run-wifi-csma)
  # With --ckc-skew -1 the replayed first uplink MPDU is an ARP request, so the handover waits
  # for ARP's 1 s retry, and the next scripted trigger (1 s later) finds the MN still busy.
  sh_cli_test(NAME run-note-ignored-triggers
    MATCH "note: [1-9] of 4 scripted handovers did not start"
    ARGS run --scheme dot16-counter-tek --links wimax,wimax --handovers 4 --interval 1
         --ckc-skew -1 --out ${_sh_run_out}/run-note-ignored-triggers)
  sh_cli_test(NAME run-error-unknown-scheme ERROR ARGS run --scheme rot13 --out ${_sh_run_out}/x)
  sh_cli_test(NAME run-error-unknown-link ERROR
    ARGS run --links wifi,token-ring --out ${_sh_run_out}/x)
  sh_cli_test(NAME run-error-unknown-option ERROR ARGS run --colour red)
  sh_cli_test(NAME run-error-stray-positional ERROR ARGS run extra)
  sh_cli_test(NAME run-error-bad-number ERROR ARGS run --handovers 3x)
  sh_cli_test(NAME run-error-bad-set ERROR ARGS run --set ns3::NoSuchType::Foo=1 --out ${_sh_run_out}/x)
  sh_cli_test(NAME run-error-bad-config ERROR
    ARGS run --config ${_sh_cli_dir}/test/run-bad-config.ini --out ${_sh_run_out}/x)
  sh_cli_test(NAME run-error-missing-config ERROR ARGS run --config /nonexistent.ini)

  # --- pcaps of whole runs, checked in tshark (test/run-pcap-tshark.cmake) ------------------
  # sh_run_pcap_test(NAME name ARGS run-arguments... [EXPECT tshark-filter...])
  function(sh_run_pcap_test)
    cmake_parse_arguments(T "" "NAME" "ARGS;EXPECT" ${ARGN})
    add_test(NAME run-pcap-tshark-${T_NAME}
             COMMAND ${CMAKE_COMMAND} -DCLI=$<TARGET_FILE:secure-handover-cli>
                     -DOUT=${CMAKE_BINARY_DIR}/run-pcap-tshark/${T_NAME} "-DARGS=${T_ARGS}"
                     "-DEXPECT=${T_EXPECT}"
                     -P ${_sh_cli_dir}/../test/run-pcap-tshark.cmake)
    set_tests_properties(run-pcap-tshark-${T_NAME}
                         PROPERTIES TIMEOUT 300 SKIP_REGULAR_EXPRESSION "SKIPPED: ")
  endfunction()
  sh_run_pcap_test(NAME none ARGS --links wifi,wimax,csma --handovers 3 --interval 1
                   EXPECT "udp.port == 9999" "wlan.fc.type_subtype == 0x0001")

  # --- sweep: a grid over seeds, in parallel processes --------------------------------------
  # 2 backbone delays x 2 runs, each with one wifi->csma and one csma->wifi handover: 4 groups,
  # each pooling the 2 runs (n=2); the 18 ms longer path shows in the pooled means.
  sh_cli_test(NAME sweep-grid
    MATCH "2 combination.s. x 2 run.s..*backbone-delay-2 +none +wifi->csma +n=2 +failed=0 +mean 3[0-9][.].*backbone-delay-20 +none +wifi->csma +n=2 +failed=0 +mean 7[0-9][.].*wrote .*/sweep-grid/sweep.csv"
    ARGS sweep --links wifi,csma --handovers 2 --interval 1 --vary backbone-delay=2,20
         --runs 2 --jobs 2 --out ${_sh_run_out}/sweep-grid)
  sh_cli_test(NAME sweep-help MATCH "^Usage: secure-handover sweep .*--vary" ARGS sweep --help)
  sh_cli_test(NAME sweep-error-reserved ERROR ARGS sweep --run 3 --out ${_sh_run_out}/x)
  sh_cli_test(NAME sweep-error-unknown-vary ERROR
    ARGS sweep --vary colour=red --out ${_sh_run_out}/x)
  # A bad value in the grid is found before any run starts.
  sh_cli_test(NAME sweep-error-bad-value ERROR
    ARGS sweep --vary handovers=2,2x --out ${_sh_run_out}/x)

  # --- regress: results against a baseline -------------------------------------------------
  # cli/test/baselines/none-wifi-csma.json is the summary.json of the cli-run-wifi-csma run
  # (seed 1, run 1) when it was committed: today's run must stay within 10 % + 1 ms of it.
  # The "tight" baseline halves its latencies, so the same results must be found slower.
  set_tests_properties(cli-run-wifi-csma PROPERTIES FIXTURES_SETUP run-wifi-csma)
  sh_cli_test(NAME regress-baseline MATCH "regress: no regression .2 group"
    ARGS regress --baseline ${_sh_cli_dir}/test/baselines/none-wifi-csma.json
         --results ${_sh_run_out}/run-wifi-csma)
  sh_cli_test(NAME regress-detects-slower RC 3
    MATCH "mean_ms +60[.]036 +-> +120[.]073 +REGRESSION .slower.*regress: 4 regression"
    ARGS regress --baseline ${_sh_cli_dir}/test/baselines/none-wifi-csma-tight.json
         --results ${_sh_run_out}/run-wifi-csma)
  set_tests_properties(cli-regress-baseline cli-regress-detects-slower
                       PROPERTIES FIXTURES_REQUIRED run-wifi-csma)
  sh_cli_test(NAME regress-error-missing ERROR
    ARGS regress --baseline /nonexistent.json --results ${_sh_run_out}/run-wifi-csma)
  sh_cli_test(NAME regress-error-not-summary ERROR
    ARGS regress --baseline ${_sh_cli_dir}/test/run-bad-config.ini --results /nonexistent)
  sh_cli_test(NAME regress-error-no-results ERROR
    ARGS regress --baseline ${_sh_cli_dir}/test/baselines/none-wifi-csma.json)
endif()
