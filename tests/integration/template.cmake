# The OR budget template (examples/), included from CMakeLists.txt in this
# directory; uses ORTIJD_UNO_PYTHON and oxt from there.

# Template registration, its figures for the seed example, the scenario
# table, the member table, the example workbook and the round trip without
# the extension (tests/integration/test_template.py).
add_test(NAME integration_template
         COMMAND ${ORTIJD_UNO_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/test_template.py
                 --oxt ${oxt})
# The committed .ots/.ods match what examples/make_template.py generates.
add_test(NAME integration_template_up_to_date
         COMMAND ${ORTIJD_UNO_PYTHON} ${PROJECT_SOURCE_DIR}/examples/make_template.py
                 --check --oxt ${oxt})
# The main job (tools/demo.py) on the example workbook; PDF into the build tree.
add_test(NAME integration_demo
         COMMAND ${ORTIJD_UNO_PYTHON} ${PROJECT_SOURCE_DIR}/tools/demo.py
                 --oxt ${oxt} --out ${CMAKE_BINARY_DIR}/demo-test)
set_tests_properties(integration_template integration_template_up_to_date integration_demo
  PROPERTIES TIMEOUT 300 RESOURCE_LOCK libreoffice_office LABELS integration)
