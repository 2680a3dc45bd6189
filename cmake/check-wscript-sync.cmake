# SPDX-License-Identifier: GPL-2.0-only
#
# Author: secure-handover developers
#
# Checks that the waf build (wscript, for ns-3 <= 3.35) lists the same files as the CMake build,
# in the same order. Run as: cmake -DSOURCE_DIR=<module dir> -P check-wscript-sync.cmake
# (registered as the ctest test "wscript-in-sync" by cmake/ns3-standalone.cmake).
#
# Compared, per pair of files:
#  - CMakeLists.txt vs wscript: library sources (*.cc outside test/), public headers (*.h) and
#    test sources (test/*.cc), each in order of appearance, and the ns-3 modules linked
#    (${lib<name>} vs the list given to create_ns3_module);
#  - examples/CMakeLists.txt vs examples/wscript (if either exists): program names and sources.
# Comments (from '#' to the end of a line) are ignored in both languages.

if(NOT SOURCE_DIR)
  get_filename_component(SOURCE_DIR ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)
endif()

# Reads FILE without comments into OUT.
function(_sync_read file out)
  file(READ ${file} _content)
  string(REGEX REPLACE "#[^\n]*" "" _content "${_content}")
  set(${out} "${_content}\n" PARENT_SCOPE)
endfunction()

# File names ending in .cc or .h, in order of appearance, split into three lists.
function(_sync_files content out_sources out_headers out_tests)
  string(REGEX MATCHALL "[A-Za-z0-9_./+-]+\\.(cc|h)[^A-Za-z0-9_.+-]" _names "${content}")
  set(_sources "")
  set(_headers "")
  set(_tests "")
  foreach(_name ${_names})
    string(REGEX REPLACE ".$" "" _name "${_name}")
    if(_name MATCHES "\\.h$")
      list(APPEND _headers ${_name})
    elseif(_name MATCHES "^test/")
      list(APPEND _tests ${_name})
    else()
      list(APPEND _sources ${_name})
    endif()
  endforeach()
  set(${out_sources} "${_sources}" PARENT_SCOPE)
  set(${out_headers} "${_headers}" PARENT_SCOPE)
  set(${out_tests} "${_tests}" PARENT_SCOPE)
endfunction()

set(_problems "")

# Compares two ordered lists; appends a description of every difference to _problems.
function(_sync_compare what cmake_file cmake_list waf_file waf_list)
  set(_missing ${cmake_list})
  set(_extra ${waf_list})
  if(waf_list)
    list(REMOVE_ITEM _missing ${waf_list})
  endif()
  if(cmake_list)
    list(REMOVE_ITEM _extra ${cmake_list})
  endif()
  set(_text "")
  if(_missing)
    list(JOIN _missing "\n      " _lines)
    string(APPEND _text "  ${what} in ${cmake_file} but not in ${waf_file}:\n      ${_lines}\n")
  endif()
  if(_extra)
    list(JOIN _extra "\n      " _lines)
    string(APPEND _text "  ${what} in ${waf_file} but not in ${cmake_file}:\n      ${_lines}\n")
  endif()
  if(NOT _missing AND NOT _extra AND NOT "${cmake_list}" STREQUAL "${waf_list}")
    list(JOIN cmake_list " " _cmake_order)
    list(JOIN waf_list " " _waf_order)
    string(APPEND _text "  ${what}: same files, different order\n"
                        "      ${cmake_file}: ${_cmake_order}\n"
                        "      ${waf_file}: ${_waf_order}\n")
  endif()
  set(_problems "${_problems}${_text}" PARENT_SCOPE)
endfunction()

# The module: CMakeLists.txt vs wscript.
foreach(_file CMakeLists.txt wscript)
  if(NOT EXISTS ${SOURCE_DIR}/${_file})
    message(FATAL_ERROR "check-wscript-sync: ${SOURCE_DIR}/${_file} does not exist")
  endif()
endforeach()
_sync_read(${SOURCE_DIR}/CMakeLists.txt _cmake)
_sync_read(${SOURCE_DIR}/wscript _waf)
_sync_files("${_cmake}" _cmake_sources _cmake_headers _cmake_tests)
_sync_files("${_waf}" _waf_sources _waf_headers _waf_tests)
_sync_compare("library sources" CMakeLists.txt "${_cmake_sources}" wscript "${_waf_sources}")
_sync_compare("headers" CMakeLists.txt "${_cmake_headers}" wscript "${_waf_headers}")
_sync_compare("test sources" CMakeLists.txt "${_cmake_tests}" wscript "${_waf_tests}")
# The ns-3 modules the library depends on: ${lib<name>} in CMakeLists.txt, the list given to
# bld.create_ns3_module('secure-handover', [...]) in wscript; compared as sorted sets.
string(REGEX MATCHALL "\\$\\{lib[A-Za-z0-9_-]+\\}" _cmake_deps "${_cmake}")
list(TRANSFORM _cmake_deps REPLACE "^\\$\\{lib(.*)\\}$" "\\1")
list(REMOVE_ITEM _cmake_deps secure-handover)
list(REMOVE_DUPLICATES _cmake_deps)
list(SORT _cmake_deps)
string(REGEX MATCH "create_ns3_module\\([^]]*\\]" _waf_call "${_waf}")
string(REGEX MATCHALL "[\"'][A-Za-z0-9_-]+[\"']" _waf_deps "${_waf_call}")
list(TRANSFORM _waf_deps REPLACE "[\"']" "")
if(_waf_deps)
  list(REMOVE_AT _waf_deps 0) # the module's own name
endif()
list(REMOVE_DUPLICATES _waf_deps)
list(SORT _waf_deps)
_sync_compare("ns-3 module dependencies" CMakeLists.txt "${_cmake_deps}" wscript "${_waf_deps}")
set(_checked "CMakeLists.txt/wscript")

# The examples: program names and their sources.
set(_cmake_examples ${SOURCE_DIR}/examples/CMakeLists.txt)
set(_waf_examples ${SOURCE_DIR}/examples/wscript)
if(EXISTS ${_cmake_examples} OR EXISTS ${_waf_examples})
  if(NOT EXISTS ${_waf_examples})
    string(APPEND _problems "  examples/CMakeLists.txt exists but examples/wscript does not\n")
  elseif(NOT EXISTS ${_cmake_examples})
    string(APPEND _problems "  examples/wscript exists but examples/CMakeLists.txt does not\n")
  else()
    _sync_read(${_cmake_examples} _cmake)
    _sync_read(${_waf_examples} _waf)
    string(REGEX MATCHALL "NAME[ \t\r\n]+[A-Za-z0-9_.+-]+" _cmake_programs "${_cmake}")
    list(TRANSFORM _cmake_programs REPLACE "^NAME[ \t\r\n]+" "")
    string(REGEX MATCHALL "create_ns3_program\\([ \t\r\n]*[\"'][A-Za-z0-9_.+-]+" _waf_programs
                 "${_waf}")
    list(TRANSFORM _waf_programs REPLACE "^create_ns3_program\\([ \t\r\n]*[\"']" "")
    _sync_compare("example programs" examples/CMakeLists.txt "${_cmake_programs}"
                  examples/wscript "${_waf_programs}")
    _sync_files("${_cmake}" _cmake_sources _cmake_headers _cmake_tests)
    _sync_files("${_waf}" _waf_sources _waf_headers _waf_tests)
    list(APPEND _cmake_sources ${_cmake_headers})
    list(APPEND _waf_sources ${_waf_headers})
    _sync_compare("example sources" examples/CMakeLists.txt "${_cmake_sources}"
                  examples/wscript "${_waf_sources}")
    string(APPEND _checked ", examples/CMakeLists.txt/examples/wscript")
  endif()
endif()

if(_problems)
  message(FATAL_ERROR "wscript is out of sync with the CMake build (${SOURCE_DIR}):\n"
                      "${_problems}"
                      "Edit the waf file(s) to list the same modules and files, in the same order.")
endif()
message(STATUS "wscript-in-sync: ${_checked} list the same modules and files in the same order")
