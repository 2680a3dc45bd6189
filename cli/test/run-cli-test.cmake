# SPDX-License-Identifier: GPL-2.0-only
#
# Runs the secure-handover CLI once and checks what it printed; registered with ctest by
# cli/secure-handover-cli.cmake (sh_cli_test). Run as:
#   cmake -DCLI=<program> -DARGS=<a;b;c> -DMODE=<mode> [-DEXPECTED=<file>] [-DPATTERN=<regex>]
#         -P run-cli-test.cmake
# An argument spelled <empty> is passed as the empty string (a CMake list cannot hold one).
# Modes:
#   EXPECT  exit 0, empty stderr, stdout equal to the file EXPECTED byte for byte;
#   SUBSET  exit 0, empty stderr, every line of EXPECTED is a line of stdout;
#   MATCH   exit 0, empty stderr, stdout matches the regular expression PATTERN;
#   ERROR   non-zero exit, empty stdout, stderr exactly one line "secure-handover: error: ...".
# With -DRC=<n>, EXPECT, SUBSET and MATCH require exit code n instead of 0 (a verdict such as
# regress's "regression found", which is an answer on stdout and not an error).
cmake_minimum_required(VERSION 3.18)

foreach(_var CLI MODE)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "run-cli-test.cmake: ${_var} is not set")
  endif()
endforeach()

# Build the call with bracket arguments, so that an empty argument survives.
set(_call "execute_process(COMMAND [==[${CLI}]==]")
foreach(_arg IN LISTS ARGS)
  if(_arg STREQUAL "<empty>")
    set(_arg "")
  endif()
  string(APPEND _call " [==[${_arg}]==]")
endforeach()
string(APPEND _call " OUTPUT_VARIABLE _out ERROR_VARIABLE _err RESULT_VARIABLE _rc)")
cmake_language(EVAL CODE "${_call}")

string(REPLACE ";" " " _shown "${ARGS}")
set(_report "command: secure-handover ${_shown}\nexit: ${_rc}\nstdout:\n${_out}\nstderr:\n${_err}")

if(MODE STREQUAL "ERROR")
  if(_rc EQUAL 0)
    message(FATAL_ERROR "expected a non-zero exit\n${_report}")
  endif()
  if(NOT _out STREQUAL "")
    message(FATAL_ERROR "expected nothing on stdout\n${_report}")
  endif()
  if(NOT _err MATCHES "^secure-handover: error: [^\n]+\n$")
    message(FATAL_ERROR
            "expected exactly one line 'secure-handover: error: ...' on stderr\n${_report}")
  endif()
  message(STATUS "ok: exit ${_rc}, ${_err}")
  return()
endif()

if(NOT DEFINED RC)
  set(RC 0)
endif()
if(NOT _rc EQUAL RC)
  message(FATAL_ERROR "expected exit ${RC}\n${_report}")
endif()
if(NOT _err STREQUAL "")
  message(FATAL_ERROR "expected nothing on stderr\n${_report}")
endif()

if(MODE STREQUAL "EXPECT" OR MODE STREQUAL "SUBSET")
  file(READ "${EXPECTED}" _expected)
  if(MODE STREQUAL "EXPECT")
    if(NOT _out STREQUAL _expected)
      message(FATAL_ERROR "stdout differs from ${EXPECTED}:\n${_expected}\n${_report}")
    endif()
  else()
    string(REPLACE "\n" ";" _want "${_expected}")
    string(REPLACE "\n" ";" _have "${_out}")
    foreach(_line IN LISTS _want)
      if(_line STREQUAL "")
        continue()
      endif()
      list(FIND _have "${_line}" _index)
      if(_index EQUAL -1)
        message(FATAL_ERROR "line '${_line}' of ${EXPECTED} is not in stdout\n${_report}")
      endif()
    endforeach()
  endif()
elseif(MODE STREQUAL "MATCH")
  if(NOT _out MATCHES "${PATTERN}")
    message(FATAL_ERROR "stdout does not match '${PATTERN}'\n${_report}")
  endif()
else()
  message(FATAL_ERROR "run-cli-test.cmake: unknown MODE '${MODE}'")
endif()
message(STATUS "ok:\n${_out}")
