# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string of core, ui or app has no translation in TS (kmuni_de.ts; with
# EXTRA=-pluralonly the English plural forms in kmuni_en.ts). Runs lupdate on a copy; the committed file is not changed.
# Fix: cmake --build build --target kmuni_lupdate, then translate the new entries (Qt Linguist).
file(MAKE_DIRECTORY ${WORK})
file(COPY ${TS} DESTINATION ${WORK})
get_filename_component(name ${TS} NAME)
execute_process(
    COMMAND ${LUPDATE} -silent ${EXTRA} -locations none -no-obsolete -extensions cpp,h,ui
            ${SOURCE_DIR}/core ${SOURCE_DIR}/ui ${SOURCE_DIR}/app -ts ${WORK}/${name}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ ${WORK}/${name} content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" missing "${content}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
    message(FATAL_ERROR "${count} string(s) without translation in ${name}:\n${missing}")
endif()
message(STATUS "All strings of ${name} are translated.")
