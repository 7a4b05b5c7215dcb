# Keeps the README's function reference equal to the one generated from the
# function table (addin/gen_config.c markdown).
#   cmake -DREADME=README.md -DGENERATED=build/generated/functions.md
#         -DMODE=check|update -P tools/readme_functions.cmake
# check: fails when the README section differs; update: rewrites it.
set(begin_marker "<!-- BEGIN FUNCTION REFERENCE -->\n")
set(end_marker "<!-- END FUNCTION REFERENCE -->")
file(READ "${README}" readme)
file(READ "${GENERATED}" generated)
string(FIND "${readme}" "${begin_marker}" b)
string(FIND "${readme}" "${end_marker}" e)
if(b EQUAL -1 OR e EQUAL -1 OR e LESS b)
  message(FATAL_ERROR "${README}: function reference markers missing")
endif()
string(LENGTH "${begin_marker}" blen)
math(EXPR start "${b} + ${blen}")
math(EXPR len "${e} - ${start}")
string(SUBSTRING "${readme}" ${start} ${len} current)
if(current STREQUAL generated)
  message(STATUS "README function reference is up to date")
elseif(MODE STREQUAL "update")
  string(SUBSTRING "${readme}" 0 ${start} head)
  string(SUBSTRING "${readme}" ${e} -1 tail)
  file(WRITE "${README}" "${head}${generated}${tail}")
  message(STATUS "README function reference updated")
else()
  message(FATAL_ERROR "README.md's function reference differs from the "
          "function table: run `cmake --build build --target regenerate`")
endif()
