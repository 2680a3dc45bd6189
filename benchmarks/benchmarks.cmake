# SPDX-License-Identifier: GPL-2.0-only
#
# Benchmarks print figures; they are built in the standalone build but are not ctest tests
# (timings vary with the machine and never decide pass or fail).
if(COMMAND _sh_apply_common_flags)
  add_executable(crypto-benchmark ${CMAKE_CURRENT_LIST_DIR}/crypto-benchmark.cc)
  set_target_properties(crypto-benchmark PROPERTIES RUNTIME_OUTPUT_DIRECTORY
                                                    ${CMAKE_BINARY_DIR}/benchmarks)
  _sh_apply_common_flags(crypto-benchmark)
  target_link_libraries(crypto-benchmark PRIVATE ${libsecure-handover})
endif()
