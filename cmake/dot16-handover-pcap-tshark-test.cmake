# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# Included from examples/CMakeLists.txt in the standalone build only, right after the
# dot16-counter-tek-handover-example program: the ctest "dot16-handover-pcap-tshark" runs the
# example with --pcap and decodes the MAC PDUs of both cells with tshark's WiMAX plugin
# (cmake/check-dot16-handover-pcap-tshark.cmake). Skipped when tshark is not installed.

add_test(NAME dot16-handover-pcap-tshark
         COMMAND ${CMAKE_COMMAND}
                 -DEXAMPLE=$<TARGET_FILE:dot16-counter-tek-handover-example>
                 -DOUT=${CMAKE_CURRENT_BINARY_DIR}/dot16-handover-pcap
                 -P ${CMAKE_CURRENT_LIST_DIR}/check-dot16-handover-pcap-tshark.cmake)
set_tests_properties(dot16-handover-pcap-tshark PROPERTIES
                     SKIP_REGULAR_EXPRESSION "SKIPPED: "
                     TIMEOUT 120)
