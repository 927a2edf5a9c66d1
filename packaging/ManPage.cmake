# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DPROGRAM=path/to/kmuni -DOUTPUT=kmuni.1 -P ManPage.cmake
# Writes OUTPUT from "kmuni --man" in English, independent of the builder's environment, and
# compresses it to OUTPUT.gz (gzip -9n, as Debian wants manual pages).
unset(ENV{KMUNI_DB})
unset(ENV{XDG_DATA_HOME})
set(ENV{KMUNI_LANG} en)
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND ${PROGRAM} --man OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE result ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --man failed (${result}): ${error}")
endif()
execute_process(COMMAND gzip -9nf ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip ${OUTPUT} failed")
endif()
