# package_oxt.cmake - writes an ortijd .oxt for one or more platforms.
# The one place that lays out the extension package; run in script mode:
#
#   cmake -DCONFIG=<build>/oxt-config.cmake -DOUTPUT=<file.oxt>
#         "-DPLATFORMS=linux_x86_64=<lib>;windows_x86_64=<lib>;..."
#         -P cmake/package_oxt.cmake
#
# CONFIG (written by addin/CMakeLists.txt) sets SHARED_DIR, TEMPLATE_DIR,
# VERSION, EXTENSION_ID, IMPLEMENTATION_NAME and SERVICE_NAME.
# SHARED_DIR holds what every platform shares (byte-identical across builds:
# type library, Paths.xcu, the template, texts, LICENSE,
# icon). Each platform's component library goes to <platform>/ with its own
# <platform>/ortijd.components; META-INF/manifest.xml gets one components
# entry per platform and description.xml lists exactly these platforms
# (desktop/source/deployment/misc/dp_platform.cxx compares the tokens; an
# office whose platform is listed but has no manifest entry shows Err:504).
# Fails, writing nothing, on an unknown platform token or a missing file.
cmake_minimum_required(VERSION 3.20)

if(DEFINED CONFIG)
  include("${CONFIG}")
endif()

foreach(var SHARED_DIR TEMPLATE_DIR PLATFORMS VERSION EXTENSION_ID
            IMPLEMENTATION_NAME SERVICE_NAME OUTPUT)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "package_oxt: ${var} is not set")
  endif()
endforeach()

# Description token -> manifest token (the office's OS_ARCH) and library name.
set(known_linux_x86_64   "Linux_X86_64;ortijd.uno.so")
set(known_linux_aarch64  "Linux_AARCH64;ortijd.uno.so")
set(known_windows_x86_64 "Windows_X86_64;ortijd.uno.dll")

find_program(ZIP_EXECUTABLE zip)
if(NOT ZIP_EXECUTABLE)
  message(FATAL_ERROR "package_oxt: zip not found (Debian package zip)")
endif()

set(stage "${OUTPUT}.d")
file(REMOVE_RECURSE "${stage}")
file(REMOVE "${OUTPUT}")
file(COPY "${SHARED_DIR}/" DESTINATION "${stage}")

set(platform_list "")
set(COMPONENT_ENTRIES "")
set(zip_items META-INF description.xml)
foreach(entry ${PLATFORMS})
  if(NOT entry MATCHES "^([a-z0-9_]+)=(.+)$")
    message(FATAL_ERROR "package_oxt: bad platform entry '${entry}'")
  endif()
  set(token "${CMAKE_MATCH_1}")
  set(library "${CMAKE_MATCH_2}")
  if(NOT DEFINED known_${token})
    message(FATAL_ERROR "package_oxt: unknown platform '${token}'")
  endif()
  if(NOT EXISTS "${library}")
    message(FATAL_ERROR "package_oxt: ${token}: no component library ${library}")
  endif()
  list(GET known_${token} 0 manifest_token)
  list(GET known_${token} 1 LIBRARY)
  file(MAKE_DIRECTORY "${stage}/${token}")
  file(COPY_FILE "${library}" "${stage}/${token}/${LIBRARY}")
  configure_file("${TEMPLATE_DIR}/ortijd.components.in"
                 "${stage}/${token}/ortijd.components" @ONLY)
  string(APPEND COMPONENT_ENTRIES
    "  <manifest:file-entry manifest:full-path=\"${token}/ortijd.components\"\n"
    "      manifest:media-type=\"application/vnd.sun.star.uno-components;platform=${manifest_token}\"/>\n")
  list(APPEND platform_list "${token}")
  list(APPEND zip_items "${token}")
endforeach()
list(LENGTH platform_list count)
if(count EQUAL 0)
  message(FATAL_ERROR "package_oxt: no platform given")
endif()
string(REPLACE ";" "," PLATFORM_LIST "${platform_list}")

configure_file("${TEMPLATE_DIR}/description.xml.in" "${stage}/description.xml" @ONLY)
configure_file("${TEMPLATE_DIR}/manifest.xml.in" "${stage}/META-INF/manifest.xml" @ONLY)

file(GLOB shared_items RELATIVE "${SHARED_DIR}" "${SHARED_DIR}/*")
list(APPEND zip_items ${shared_items})
list(REMOVE_DUPLICATES zip_items)
list(SORT zip_items)
execute_process(COMMAND "${ZIP_EXECUTABLE}" -q -X -r "${OUTPUT}.tmp" ${zip_items}
                WORKING_DIRECTORY "${stage}" RESULT_VARIABLE zip_result)
if(NOT zip_result EQUAL 0)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "package_oxt: zip failed")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
message(STATUS "package_oxt: ${OUTPUT} (${PLATFORM_LIST})")
