# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# ctest "mih-pcap-tshark": the MIH frames that examples/mih-pcap-example.cc writes (UDP/IPv6,
# port 4551) must decode in Wireshark's MIH dissector: every frame is dissected as MIH, the
# protocol tree shows "Media-Independent Handover", and tshark reports no malformed packet and
# no expert info of severity Error. Without tshark the test is skipped (SKIP_REGULAR_EXPRESSION
# "SKIPPED: " in CMakeLists.txt) and says so.
#
# Run as: cmake -DEXAMPLE=<mih-pcap-example> -DPCAP=<file to write> [-DTSHARK=<tshark>]
#         [-DFILTER=<display filter>] -P mih-pcap-tshark.cmake
# With FILTER (e.g. "udp.port == 4551", for a capture that also holds other traffic, as that of
# examples/mis-handover-example.cc: ctest "mis-pcap-tshark"), the checks apply to the frames the
# filter selects, and there must be at least one.

if(NOT EXAMPLE OR NOT PCAP)
  message(FATAL_ERROR "mih-pcap-tshark: give -DEXAMPLE=<program> and -DPCAP=<file>")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/find-tshark-or-skip.cmake)
sh_find_tshark_or_skip("the MIH pcap")

execute_process(COMMAND ${EXAMPLE} --pcap=${PCAP}
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "${EXAMPLE} failed (${_rc}):\n${_out}${_err}")
endif()
message("${_out}")

# Every frame (or every frame FILTER selects), and the frames the MIH dissector claimed.
if(FILTER)
  set(_select -Y "${FILTER}")
  set(_mih_filter "(${FILTER}) && mih")
else()
  set(_select "")
  set(_mih_filter "mih")
endif()
execute_process(COMMAND ${_tshark} -n -r ${PCAP} ${_select} -T fields -e frame.number
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _all ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "tshark -r ${PCAP} failed (${_rc}): ${_err}")
endif()
execute_process(COMMAND ${_tshark} -n -r ${PCAP} -Y "${_mih_filter}" -T fields -e frame.number
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _mih ERROR_VARIABLE _err)
string(REGEX MATCHALL "[0-9]+" _all "${_all}")
string(REGEX MATCHALL "[0-9]+" _mih "${_mih}")
list(LENGTH _all _frames)
list(LENGTH _mih _mih_frames)
if(_frames EQUAL 0 OR NOT _frames EQUAL _mih_frames)
  message(FATAL_ERROR "tshark decoded ${_mih_frames} of ${_frames} frames as MIH")
endif()

execute_process(COMMAND ${_tshark} -n -r ${PCAP} ${_select} -V
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _verbose ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "tshark -V failed (${_rc}): ${_err}")
endif()
string(REGEX MATCHALL "\nMedia.Independent Handover" _trees "${_verbose}")
list(LENGTH _trees _tree_count)
if(NOT _tree_count EQUAL _frames)
  message(FATAL_ERROR "${_tree_count} MIH protocol trees for ${_frames} frames:\n${_verbose}")
endif()
if(_verbose MATCHES "Malformed" OR _verbose MATCHES "Expert Info \\(Error")
  message(FATAL_ERROR "tshark flags a malformed MIH frame:\n${_verbose}")
endif()
string(REGEX MATCHALL "Expert Info \\(Warning" _warnings "${_verbose}")
list(LENGTH _warnings _warning_count)
message("tshark: ${_frames} frames, all decoded as MIH; no malformed packet, no expert error; "
        "${_warning_count} expert warnings (private TLV values shown as text)")
