# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# Runs examples/dot16-counter-tek-handover-example.cc with --pcap and decodes the MAC PDUs of
# both 802.16 cells with tshark's WiMAX plugin: network entry (RNG, EAP-Transfer, the SA-TEK
# 3-way handshake, REG with the handover capability, Key-Request/Reply), the handover (MOB_NBR-ADV, MOB_MSHO-REQ,
# MOB_BSHO-RSP, MOB_HO-IND, RNG-REQ with CMAC_KEY_COUNT and the CMAC tuple) and encrypted data
# must be recognised, and nothing may be malformed.
# Run as: cmake -DEXAMPLE=<program> -DOUT=<dir> -P check-dot16-handover-pcap-tshark.cmake
#
# Encapsulation: DLT_USER0 (147) records, each one MAC PDU (GMH first); tshark maps DLT_USER0
# to the WiMAX plugin's "mac_header_generic_handler" through its user_dlts table. The module's
# CIDs put basic CIDs in 1..4096 and primary management CIDs at basic + 4096, so the plugin
# needs wmx.basic_cid_max = 4096 to tell management from data connections.

if(NOT EXAMPLE OR NOT OUT)
  message(FATAL_ERROR "check-dot16-handover-pcap-tshark: give -DEXAMPLE=<program> -DOUT=<dir>")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/tshark-wimax.cmake)
if(SH_TSHARK_SKIP)
  message("SKIPPED: ${SH_TSHARK_SKIP}")
  return()
endif()

file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${EXAMPLE} --pcap=${OUT} --handovers=2
                RESULT_VARIABLE _result OUTPUT_VARIABLE _run ERROR_VARIABLE _run_err)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "the example failed (${_result}):\n${_run}${_run_err}")
endif()
file(GLOB _pcaps ${OUT}/pcap/wimax*.pcap)
list(LENGTH _pcaps _npcaps)
if(NOT _npcaps EQUAL 4)
  message(FATAL_ERROR "expected 4 802.16 pcaps (BS and MS of two cells), found ${_npcaps}")
endif()

set(_out "")
foreach(_pcap ${_pcaps})
  execute_process(
    COMMAND ${SH_TSHARK} -n -V -r ${_pcap} ${SH_TSHARK_WIMAX_OPTIONS} -o wmx.basic_cid_max:4096
    RESULT_VARIABLE _result
    OUTPUT_VARIABLE _one
    ERROR_VARIABLE _err)
  if(NOT _result EQUAL 0)
    message(FATAL_ERROR "tshark failed on ${_pcap} (${_result}):\n${_err}")
  endif()
  string(APPEND _out "${_one}")
endforeach()

set(_problems "")
sh_tshark_decode_problems("${_out}" _problems)
foreach(_expected
        "MAC Management Message Type: RNG-REQ (4)"
        "MAC Management Message Type: RNG-RSP (5)"
        "Ranging status: success (3)"
        "CMAC Key Count: 1"
        "CMAC Key Count: 2"
        "CMAC Tuple (13 bytes)"
        "Code: PKMv2 EAP-Transfer (18)"
        "EAP Payload"
        "Code: PKMv2 SA TEK Challenge (20)"
        "Code: PKMv2 SA TEK Request (21)"
        "Code: PKMv2 SA TEK Response (22)"
        "MAC Management Message Type: REG-REQ (6)"
        "MAC Management Message Type: REG-RSP (7)"
        "Code: PKMv2 Key-Request (23)"
        "Code: PKMv2 Key-Reply (24)"
        "MAC Management Message Type: MOB-NBR-ADV (53)"
        "MAC Management Message Type: MOB-MSHO-REQ (57)"
        "MAC Management Message Type: MOB-BSHO-RSP (58)"
        "MAC Management Message Type: MOB-HO-IND (59)"
        "MAC Encryption Control: Encrypted (0x1)")
  string(FIND "${_out}" "${_expected}" _at)
  if(_at EQUAL -1)
    string(APPEND _problems "  missing from tshark's decode: \"${_expected}\"\n")
  endif()
endforeach()
if(_problems)
  message(FATAL_ERROR "tshark's WiMAX decode of ${OUT}/pcap is not as expected:\n${_problems}")
endif()
string(REGEX MATCHALL "\nFrame [0-9]+:" _frames "\n${_out}")
list(LENGTH _frames _count)
message(STATUS "dot16-handover-pcap-tshark: ${_count} MAC PDUs in ${_npcaps} pcaps decoded, none malformed")
