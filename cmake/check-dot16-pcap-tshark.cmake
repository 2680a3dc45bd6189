# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# Decodes the pcap of examples/dot16-mac-pcap-example.cc with tshark's WiMAX plugin and checks
# that every 802.16 MAC management message is recognised and none is malformed.
# Run as: cmake -DPCAP=<file> -P check-dot16-pcap-tshark.cmake
# (registered as the ctest test "dot16-pcap-tshark" by cmake/dot16-pcap-tshark-test.cmake).
#
# The pcap's link type is DLT_USER0 (147). tshark hands DLT_USER0 records to the dissector
# named in the "user_dlts" table; the WiMAX plugin registers its generic-MAC-header dissector
# as "mac_header_generic_handler". Corrigendum 2 decoding (wmx.corrigendum_2_version) makes
# the RNG-REQ dissector name TLV 13 (CMAC_KEY_COUNT). Prints "SKIPPED: ..." (which the test
# reports as skipped) when tshark or its WiMAX plugin is missing.

if(NOT PCAP)
  message(FATAL_ERROR "check-dot16-pcap-tshark: give -DPCAP=<file>")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/tshark-wimax.cmake)
if(SH_TSHARK_SKIP)
  message("SKIPPED: ${SH_TSHARK_SKIP}; ${PCAP} was not decoded")
  return()
endif()
if(NOT EXISTS ${PCAP})
  message(FATAL_ERROR "check-dot16-pcap-tshark: ${PCAP} does not exist (run the example first)")
endif()

execute_process(
  COMMAND ${SH_TSHARK} -n -V -r ${PCAP} ${SH_TSHARK_WIMAX_OPTIONS}
  RESULT_VARIABLE _result
  OUTPUT_VARIABLE _out
  ERROR_VARIABLE _err)
if(NOT _result EQUAL 0)
  message(FATAL_ERROR "tshark failed (${_result}):\n${_err}")
endif()

set(_problems "")
sh_tshark_decode_problems("${_out}" _problems)

string(REGEX MATCHALL "\nFrame [0-9]+:" _frames "\n${_out}")
list(LENGTH _frames _count)
if(NOT _count EQUAL 13)
  string(APPEND _problems "  expected 13 frames, tshark shows ${_count}\n")
endif()

# What each of the 13 MAC PDUs must decode to.
foreach(_expected
        "MAC Management Message Type: REG-REQ (6)"
        "MAC Management Message Type: REG-RSP (7)"
        "Response: OK (0x00)"
        "Code: PKMv2 SA TEK Challenge (20)"
        "Code: PKMv2 SA TEK Request (21)"
        "Code: PKMv2 SA TEK Response (22)"
        "Code: PKMv2 Key-Request (23)"
        "Code: PKMv2 Key-Reply (24)"
        "CMAC Packet Number counter, CMAC_PN_*: 0x00000004"
        "Key Lifetime: 0x00000708"
        "MAC Management Message Type: MOB-NBR-ADV (53)"
        "MAC Management Message Type: MOB-MSHO-REQ (57)"
        "MAC Management Message Type: MOB-BSHO-RSP (58)"
        "MAC Management Message Type: MOB-HO-IND (59)"
        "MAC Management Message Type: RNG-REQ (4)"
        "CMAC Key Count: 1"
        "MAC Management Message Type: RNG-RSP (5)"
        "Ranging status: success (3)"
        "HO Process Optimization: 0x0002"
        "CMAC Tuple (13 bytes)"
        "Connection ID: 65535")
  string(FIND "${_out}" "${_expected}" _at)
  if(_at EQUAL -1)
    string(APPEND _problems "  missing from tshark's decode: \"${_expected}\"\n")
  endif()
endforeach()

if(_problems)
  message(FATAL_ERROR "tshark's WiMAX decode of ${PCAP} is not as expected:\n${_problems}")
endif()
message(STATUS "dot16-pcap-tshark: ${_count} MAC PDUs decoded by tshark's WiMAX plugin, none malformed")
