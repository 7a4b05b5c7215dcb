# Every list of ortijd's functions that users read comes from the function
# table, through the names manifest that addin/gen_config.c writes
# (build/generated/functions.json), or is checked against it.
#
#   cmake -DMANIFEST=functions.json -DMODE=fill -DIN=<text.in> -DOUT=<text>
#         -DLANG=nl|en [-DVERSION=x.y.z] -P tools/function_list.cmake
#     writes OUT from IN with @FUNCTION_NAMES@ (every display name in the
#     table's order, "ORUREN, ..., SCHOLINGSKOSTEN en ORSECRETARIAAT";
#     "and" in English), @FUNCTION_COUNT@ and @VERSION@ filled in (the .oxt
#     description and release notes, addin/oxt/*.in).
#
#   cmake -DMANIFEST=functions.json -DMODE=check -DFILES=<a;b;...>
#         -P tools/function_list.cmake
#     fails when a paragraph of one of FILES names four or more of the
#     functions (display names, or stored method names in backquotes) but
#     not all of them: such a paragraph lists the functions and must be
#     complete. Table rows are not paragraphs (they say which functions
#     take an argument), each list item is one, code blocks (examples) are
#     skipped.
#     The README's generated function reference (between its markers) is
#     skipped: it is the table itself.
cmake_minimum_required(VERSION 3.20)

file(READ "${MANIFEST}" json)
string(JSON count LENGTH "${json}" functions)
math(EXPR last "${count} - 1")
set(names)
set(methods)
foreach(i RANGE ${last})
  string(JSON name GET "${json}" functions ${i} name)
  string(JSON method GET "${json}" functions ${i} method)
  list(APPEND names "${name}")
  list(APPEND methods "${method}")
endforeach()

if(MODE STREQUAL "fill")
  set(all ${names})
  list(POP_BACK all final)
  list(JOIN all ", " head)
  if(LANG STREQUAL "nl")
    set(FUNCTION_NAMES "${head} en ${final}")
  else()
    set(FUNCTION_NAMES "${head} and ${final}")
  endif()
  set(FUNCTION_COUNT ${count})
  configure_file("${IN}" "${OUT}" @ONLY)
  return()
endif()

if(NOT MODE STREQUAL "check")
  message(FATAL_ERROR "function_list: MODE must be fill or check")
endif()
set(failures 0)
foreach(file IN LISTS FILES)
  # Paragraphs: runs of non-empty lines; a table row (starting with "|") is
  # a paragraph of its own (the input-rule table names the functions that
  # take an argument, which is no list of the functions).
  file(STRINGS "${file}" lines)
  list(APPEND lines "")
  set(skip OFF)
  set(fence OFF)
  set(n 0)
  set(paragraph "")
  set(start 1)
  foreach(line IN LISTS lines)
    math(EXPR n "${n} + 1")
    if(line MATCHES "BEGIN FUNCTION REFERENCE")
      set(skip ON)
    elseif(line MATCHES "END FUNCTION REFERENCE")
      set(skip OFF)
      continue()
    endif()
    if(line MATCHES "^```")
      if(fence)
        set(fence OFF)
      else()
        set(fence ON)
      endif()
      continue()
    endif()
    if(skip OR fence)
      continue()
    endif()
    # A list item ("- ", "* ", "1. ") starts a paragraph of its own.
    if(NOT line STREQUAL "" AND NOT line MATCHES "^ *[|]" AND
       NOT (line MATCHES "^ *([-*]|[0-9]+[.]) " AND NOT paragraph STREQUAL ""))
      if(paragraph STREQUAL "")
        set(start ${n})
      endif()
      string(APPEND paragraph " ${line}")
      continue()
    endif()
    set(named 0)
    set(missing)
    foreach(name method IN ZIP_LISTS names methods)
      # A display name as a word (ORUREN, not ORURENSTAAT), or `method`.
      if(paragraph MATCHES "(^|[^A-Z])${name}([^A-Z]|$)" OR paragraph MATCHES "`${method}`")
        math(EXPR named "${named} + 1")
      else()
        list(APPEND missing ${name})
      endif()
    endforeach()
    if(named GREATER_EQUAL 4 AND missing)
      message(SEND_ERROR "${file}:${start}: lists ${named} of the ${count} "
                         "functions, not ${missing}")
      math(EXPR failures "${failures} + 1")
    endif()
    set(paragraph "")
    if(line MATCHES "^ *([-*]|[0-9]+[.]) ")
      set(start ${n})
      set(paragraph " ${line}")
    endif()
  endforeach()
endforeach()
if(failures)
  message(FATAL_ERROR "function_list: ${failures} incomplete lists of functions")
endif()
list(LENGTH FILES nfiles)
message(STATUS "function_list: every list of functions in ${nfiles} files names all ${count}")
