# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# Included from examples/CMakeLists.txt in the standalone build only, right after the
# dot16-mac-pcap-example program: the ctest "dot16-pcap-tshark" decodes that example's pcap
# with tshark's WiMAX plugin (cmake/check-dot16-pcap-tshark.cmake) once the example test has
# written it. It is reported as skipped when tshark is not installed.

set_tests_properties(example-dot16-mac-pcap-example PROPERTIES FIXTURES_SETUP dot16-mac-pcap)
add_test(NAME dot16-pcap-tshark
         COMMAND ${CMAKE_COMMAND}
                 -DPCAP=${CMAKE_CURRENT_BINARY_DIR}/dot16-mac-pcap-example.pcap
                 -P ${CMAKE_CURRENT_LIST_DIR}/check-dot16-pcap-tshark.cmake)
set_tests_properties(dot16-pcap-tshark PROPERTIES
                     FIXTURES_REQUIRED dot16-mac-pcap
                     SKIP_REGULAR_EXPRESSION "SKIPPED: "
                     TIMEOUT 120)
