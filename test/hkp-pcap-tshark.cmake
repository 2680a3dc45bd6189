# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# ctest "hkp-pcap-tshark": the traffic of the HKP and FMIPv6 agents in examples/hkp-example.cc
# must decode in tshark's Mobile IPv6 dissector. The access link carries the HKReq and HKResp
# (private MH types 253 and 254: tshark may call them unknown) of three exchanges (fresh key,
# verify, refresh), one RtSolPr and PrRtAdv, and one FBU and FBack, each with a BADF option;
# the PAR-NAR link carries one HI and one HAck. No frame may be malformed, carry an expert error or warning, or have a bad
# checksum. Without tshark the test is skipped ("SKIPPED: ") and says so.
#
# Run as: cmake -DEXAMPLE=<hkp-example> -DPCAP=<file to write> [-DTSHARK=<tshark>]
#         -P hkp-pcap-tshark.cmake

if(NOT EXAMPLE OR NOT PCAP)
  message(FATAL_ERROR "hkp-pcap-tshark: give -DEXAMPLE=<program> and -DPCAP=<file>")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/find-tshark-or-skip.cmake)
sh_find_tshark_or_skip("the HKP pcap")

file(REMOVE ${PCAP})
execute_process(COMMAND ${EXAMPLE} --pcap=${PCAP}
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${EXAMPLE} failed (${_rc}):\n${_out}${_err}")
endif()
message("${_out}")

set(_problems "")
# file, then "needle=count" pairs expected in its verbose decode
foreach(_file "${PCAP}" "${PCAP}-nar.pcap")
  execute_process(COMMAND ${_tshark} -n -r ${_file} -V
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _verbose ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "tshark -V ${_file} failed (${_rc}): ${_err}")
  endif()
  foreach(_bad "Malformed" "Expert Info (Error" "Expert Info (Warning" "[Checksum Status: Bad]"
               "incorrect, should be")
    string(FIND "${_verbose}" "${_bad}" _at)
    if(NOT _at EQUAL -1)
      list(APPEND _problems "${_file}: found \"${_bad}\"")
    endif()
  endforeach()
  if(_file STREQUAL PCAP)
    set(_expected "Mobility Header Type: Unknown \\(253\\)=3" "Mobility Header Type: Unknown \\(254\\)=3"
                  "Mobility Header Type: Fast Binding Update \\(8\\)=1"
                  "Mobility Header Type: Fast Binding Acknowledgment \\(9\\)=1"
                  "MIPv6 Option - Binding Authorization Data for FMIPv6 \\(BADF\\)=2"
                  "Subtype: Router Solicitation for Proxy Advertisement \\(2\\)=1"
                  "Subtype: Proxy Router Advertisement \\(3\\)=1")
  else()
    set(_expected "Mobility Header Type: Handover Initiate \\(14\\)=1"
                  "Mobility Header Type: Handover Acknowledge \\(15\\)=1")
  endif()
  foreach(_pair ${_expected})
    string(REGEX MATCH "^(.*)=([0-9]+)$" _m "${_pair}")
    set(_needle "${CMAKE_MATCH_1}")
    set(_want ${CMAKE_MATCH_2})
    string(REGEX MATCHALL "${_needle}" _hits "${_verbose}")
    list(LENGTH _hits _n)
    if(NOT _n EQUAL _want)
      list(APPEND _problems "${_file}: \"${_needle}\" decoded ${_n} times, expected ${_want}")
    endif()
  endforeach()
endforeach()
if(_problems)
  string(REPLACE ";" "\n  " _text "${_problems}")
  message(FATAL_ERROR "hkp-pcap-tshark:\n  ${_text}")
endif()
message("hkp-pcap-tshark: HKReq/HKResp x3, RtSolPr/PrRtAdv, FBU/FBack with BADF, HI/HAck "
        "decoded, none malformed")
