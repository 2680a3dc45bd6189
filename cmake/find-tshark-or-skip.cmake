# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# For the pcap checks run with "cmake -P" (test/*-pcap-tshark.cmake): find tshark, or skip the
# test saying why. -DTSHARK=<path> chooses the program; a given path that does not exist counts
# as "not installed" (so the skip path itself can be tested). The ctest entries treat "SKIPPED: "
# as a skip (SKIP_REGULAR_EXPRESSION).
#
#   sh_find_tshark_or_skip(<what cannot be checked>)
#
# sets _tshark, or prints "SKIPPED: tshark is not installed, so <what> cannot be checked against
# Wireshark's dissectors (...)" and returns from the calling script (it is a macro).

macro(sh_find_tshark_or_skip _what)
  if(TSHARK)
    if(EXISTS "${TSHARK}")
      set(_tshark "${TSHARK}")
    endif()
  else()
    find_program(_tshark tshark)
  endif()
  if(NOT _tshark)
    message("SKIPPED: tshark is not installed, so ${_what} cannot be checked against "
            "Wireshark's dissectors (install tshark to run this test)")
    return()
  endif()
endmacro()
