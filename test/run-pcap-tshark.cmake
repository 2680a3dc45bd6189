# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# ctest "run-pcap-tshark-<name>": a whole `secure-handover run --pcap` scenario, checked end to
# end in tshark. Every pcap the run writes (backbone, 802.11, Ethernet, 802.16 links) must be
# read by tshark with no malformed packet and no expert info of severity Error, and each
# protocol filter of EXPECT must match at least one frame somewhere (so that the agents'
# messages really are in the capture, not just the data flow). 802.16 MAC frames (DLT_USER0,
# 147) go to the WiMAX plugin's generic MAC header dissector through the user_dlts table.
# Without tshark the test is skipped, saying so.
#
# Run as: cmake -DCLI=<secure-handover> -DOUT=<dir> "-DARGS=<run arguments; as a list>"
#         ["-DEXPECT=<filter;filter>"] [-DTSHARK=<tshark>] -P run-pcap-tshark.cmake

if(NOT CLI OR NOT OUT)
  message(FATAL_ERROR "run-pcap-tshark: give -DCLI=<program> and -DOUT=<dir>")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/../cmake/find-tshark-or-skip.cmake)
sh_find_tshark_or_skip("the run's pcaps")

file(REMOVE_RECURSE ${OUT})
execute_process(COMMAND ${CLI} run ${ARGS} --pcap --quiet --out ${OUT}
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "secure-handover run ${ARGS} failed (${_rc}):\n${_out}${_err}")
endif()
file(GLOB _pcaps ${OUT}/pcap/*.pcap)
list(LENGTH _pcaps _pcap_count)
if(_pcap_count EQUAL 0)
  message(FATAL_ERROR "the run wrote no pcap under ${OUT}/pcap")
endif()

set(_dlts -o "uat:user_dlts:\"User 0 (DLT=147)\",\"mac_header_generic_handler\",\"0\",\"\",\"0\",\"\"")
set(_frames 0)
set(_protocols "")
foreach(_pcap IN LISTS _pcaps)
  execute_process(COMMAND ${_tshark} -n ${_dlts} -r ${_pcap} -V
                  RESULT_VARIABLE _rc OUTPUT_VARIABLE _verbose ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "tshark -r ${_pcap} failed (${_rc}): ${_err}")
  endif()
  if(_verbose MATCHES "Malformed" OR _verbose MATCHES "Expert Info \\(Error")
    string(REGEX MATCH "[^\n]*(Malformed|Expert Info \\(Error)[^\n]*" _line "${_verbose}")
    message(FATAL_ERROR "tshark flags an error in ${_pcap}: ${_line}")
  endif()
  string(REGEX MATCHALL "\nFrame [0-9]+:" _these "${_verbose}")
  list(LENGTH _these _n)
  math(EXPR _frames "${_frames} + ${_n}")
endforeach()

foreach(_filter IN LISTS EXPECT)
  set(_found 0)
  foreach(_pcap IN LISTS _pcaps)
    execute_process(COMMAND ${_tshark} -n ${_dlts} -r ${_pcap} -Y "${_filter}" -T fields
                            -e frame.number
                    OUTPUT_VARIABLE _hits ERROR_VARIABLE _err)
    string(REGEX MATCHALL "[0-9]+" _hits "${_hits}")
    list(LENGTH _hits _n)
    math(EXPR _found "${_found} + ${_n}")
  endforeach()
  if(_found EQUAL 0)
    message(FATAL_ERROR "no frame of the run matches the tshark filter '${_filter}'")
  endif()
  string(APPEND _protocols " ${_filter}=${_found}")
endforeach()
message("tshark: ${_pcap_count} pcaps, ${_frames} frames, no malformed packet, no expert "
        "error; frames per expected filter:${_protocols}")
