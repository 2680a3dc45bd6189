# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# ctest "hkp-pcap-tshark": the access link of examples/hkp-example.cc, with the HKReq and HKResp
# that the MN and AR agents exchanged in simulation (private MH types 253 and 254), must decode
# in tshark's Mobile IPv6 dissector: it may call the types unknown, but no frame may be
# malformed, carry an expert error or warning, or have a bad checksum. The example makes three
# exchanges (fresh key, verify, refresh), so three of each. Without tshark the test is skipped
# ("SKIPPED: ") and says so.
#
# Run as: cmake -DEXAMPLE=<hkp-example> -DPCAP=<file to write> [-DTSHARK=<tshark>]
#         -P hkp-pcap-tshark.cmake

if(NOT EXAMPLE OR NOT PCAP)
  message(FATAL_ERROR "hkp-pcap-tshark: give -DEXAMPLE=<program> and -DPCAP=<file>")
endif()
if(TSHARK)
  if(EXISTS "${TSHARK}")
    set(_tshark "${TSHARK}")
  endif()
else()
  find_program(_tshark tshark)
endif()
if(NOT _tshark)
  message("SKIPPED: tshark is not installed, so the HKP pcap cannot be checked against "
          "Wireshark's Mobile IPv6 dissector (install tshark to run this test)")
  return()
endif()

file(REMOVE ${PCAP})
execute_process(COMMAND ${EXAMPLE} --pcap=${PCAP}
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${EXAMPLE} failed (${_rc}):\n${_out}${_err}")
endif()
message("${_out}")

execute_process(COMMAND ${_tshark} -n -r ${PCAP} -V
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _verbose ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "tshark -V failed (${_rc}): ${_err}")
endif()
set(_problems "")
foreach(_bad "Malformed" "Expert Info (Error" "Expert Info (Warning" "[Checksum Status: Bad]"
             "incorrect, should be")
  string(FIND "${_verbose}" "${_bad}" _at)
  if(NOT _at EQUAL -1)
    list(APPEND _problems "found \"${_bad}\"")
  endif()
endforeach()
foreach(_type 253 254)
  string(REGEX MATCHALL "Mobility Header Type: Unknown \\(${_type}\\)" _hits "${_verbose}")
  list(LENGTH _hits _n)
  if(NOT _n EQUAL 3)
    list(APPEND _problems "MH type ${_type} decoded ${_n} times, expected 3")
  endif()
endforeach()
if(_problems)
  string(REPLACE ";" "\n  " _text "${_problems}")
  message(FATAL_ERROR "hkp-pcap-tshark:\n  ${_text}")
endif()
message("hkp-pcap-tshark: 3 HKReq and 3 HKResp decoded as Mobile IPv6, none malformed")
