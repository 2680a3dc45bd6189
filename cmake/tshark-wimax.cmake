# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# Shared by the 802.16 pcap checks (check-dot16-pcap-tshark.cmake,
# check-dot16-handover-pcap-tshark.cmake): finds tshark with its WiMAX plugin and knows how to
# make it decode DLT_USER0 records as 802.16 MAC PDUs.
#
# Sets SH_TSHARK (the program) and SH_TSHARK_SKIP (empty, or why no decode is possible), and
# SH_TSHARK_WIMAX_OPTIONS: DLT_USER0 (147) to the plugin's generic-MAC-header dissector
# ("mac_header_generic_handler") through the user_dlts table, and Corrigendum 2 decoding (which
# names RNG-REQ TLV 13 CMAC_KEY_COUNT).

set(SH_TSHARK_SKIP "")
find_program(SH_TSHARK tshark)
if(NOT SH_TSHARK)
  set(SH_TSHARK_SKIP "tshark is not installed")
else()
  execute_process(COMMAND ${SH_TSHARK} -G protocols OUTPUT_VARIABLE _sh_protocols ERROR_QUIET)
  if(NOT _sh_protocols MATCHES "\twmx\n")
    set(SH_TSHARK_SKIP "${SH_TSHARK} has no WiMAX plugin (protocol wmx)")
  endif()
endif()
set(SH_TSHARK_WIMAX_OPTIONS
    -o "uat:user_dlts:\"User 0 (DLT=147)\",\"mac_header_generic_handler\",\"0\",\"\",\"0\",\"\""
    -o wmx.corrigendum_2_version:TRUE)

# Append to the variable named OUTVAR one line per sign of a bad decode found in TEXT.
function(sh_tshark_decode_problems TEXT OUTVAR)
  set(_found "${${OUTVAR}}")
  foreach(_bad "Malformed" "Exception occurred" "Invalid TLV" "TLV error" "is too small"
          "frame is too short" "Packet size limited")
    string(FIND "${TEXT}" "${_bad}" _at)
    if(NOT _at EQUAL -1)
      string(APPEND _found "  tshark reports \"${_bad}\"\n")
    endif()
  endforeach()
  set(${OUTVAR} "${_found}" PARENT_SCOPE)
endfunction()
