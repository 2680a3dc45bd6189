# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# The ctest "mobility-pcap-tshark": tshark must decode the pcap that
# examples/mobility-header-pcap-example writes (every Mobility Header and FMIPv6 ICMPv6 message
# of this module) as Mobile IPv6 / ICMPv6, by name for the standard messages and options, with no
# "Malformed" packet, no expert error and no bad ICMPv6 checksum.
#
# This file has two roles:
#  - included from CMakeLists.txt (standalone build only): registers the test, which requires the
#    fixture "mobility-header-pcap" that the example's test sets up;
#  - run as a script (cmake -DTSHARK=... -DPCAP=... -DREPORT=... -P this-file): the check itself.
#    When tshark is not installed it prints a message that the test's SKIP_REGULAR_EXPRESSION
#    matches, so ctest reports the test as skipped.

if(CMAKE_SCRIPT_MODE_FILE)
  if(NOT TSHARK OR NOT EXISTS "${TSHARK}")
    message("mobility-pcap-tshark: SKIPPED, tshark not found (${TSHARK})")
    return()
  endif()
  if(NOT EXISTS "${PCAP}")
    message(FATAL_ERROR "mobility-pcap-tshark: ${PCAP} is missing; run the example first")
  endif()
  execute_process(COMMAND ${TSHARK} -n -r ${PCAP} -V
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  if(REPORT)
    file(WRITE ${REPORT} "${_out}")
  endif()
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "tshark failed (${_rc}): ${_err}")
  endif()
  set(_problems "")
  # Nothing malformed, no expert error, no checksum that tshark finds wrong.
  foreach(_bad "Malformed" "Expert Info (Error" "Expert Info (Warning" "[Checksum Status: Bad]"
               "incorrect, should be" "Invalid length" "Bogus")
    string(FIND "${_out}" "${_bad}" _at)
    if(NOT _at EQUAL -1)
      list(APPEND _problems "found \"${_bad}\"")
    endif()
  endforeach()
  # Each message, by name, as many times as the example writes it.
  set(_expected
      "Frame 10:=1"
      "Next Header: Mobile IPv6 (135)=7"
      "Payload protocol: No Next Header for IPv6 (59)=7"
      "Mobility Header Type: Unknown (253)=2"
      "Mobility Header Type: Unknown (254)=1"
      "Mobility Header Type: Fast Binding Update (8)=1"
      "Mobility Header Type: Fast Binding Acknowledgment (9)=1"
      "Mobility Header Type: Handover Initiate (14)=1"
      "Mobility Header Type: Handover Acknowledge (15)=1"
      "MIPv6 Option - Binding Authorization Data for FMIPv6 (BADF)=2"
      "MIPv6 Option - Alternate Care-of Address=1"
      "MIPv6 Option - Mobility Header IPv6 Address/Prefix=3"
      "MIPv6 Option - Mobility Header Link-Layer Address=1"
      "Subtype: Router Solicitation for Proxy Advertisement (2)=1"
      "Subtype: Proxy Router Advertisement (3)=1"
      "Type: Neighbor Advertisement (136)=1"
      "[Checksum Status: Good]=3")
  foreach(_pair ${_expected})
    string(REGEX MATCH "^(.*)=([0-9]+)$" _m "${_pair}")
    set(_needle "${CMAKE_MATCH_1}")
    set(_want ${CMAKE_MATCH_2})
    string(LENGTH "${_needle}" _needle_length)
    set(_rest "${_out}")
    set(_count 0)
    string(FIND "${_rest}" "${_needle}" _at)
    while(NOT _at EQUAL -1)
      math(EXPR _count "${_count} + 1")
      math(EXPR _next "${_at} + ${_needle_length}")
      string(SUBSTRING "${_rest}" ${_next} -1 _rest)
      string(FIND "${_rest}" "${_needle}" _at)
    endwhile()
    if(NOT _count EQUAL _want)
      list(APPEND _problems "\"${_needle}\" appears ${_count} times, expected ${_want}")
    endif()
  endforeach()
  if(_problems)
    string(REPLACE ";" "\n  " _text "${_problems}")
    message(FATAL_ERROR "tshark's decoding of ${PCAP}:\n  ${_text}")
  endif()
  message("mobility-pcap-tshark: 10 packets decoded, no malformed packet, no bad checksum")
  return()
endif()

# ---- registration (standalone build) --------------------------------------------------------
if(COMMAND _sh_apply_common_flags AND TARGET mobility-header-pcap-example)
  find_program(SECURE_HANDOVER_TSHARK tshark PATHS /usr/bin)
  set(_tshark "${SECURE_HANDOVER_TSHARK}")
  if(NOT _tshark)
    set(_tshark /usr/bin/tshark)
  endif()
  add_test(NAME mobility-pcap-tshark
           COMMAND ${CMAKE_COMMAND} -DTSHARK=${_tshark}
                   -DPCAP=${CMAKE_BINARY_DIR}/examples/mobility-header.pcap
                   -DREPORT=${CMAKE_BINARY_DIR}/examples/mobility-header-tshark.txt
                   -P ${CMAKE_CURRENT_LIST_FILE})
  set_tests_properties(mobility-pcap-tshark PROPERTIES FIXTURES_REQUIRED mobility-header-pcap
                       SKIP_REGULAR_EXPRESSION "mobility-pcap-tshark: SKIPPED" TIMEOUT 120)
endif()
