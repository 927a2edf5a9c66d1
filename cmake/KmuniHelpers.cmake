# SPDX-FileCopyrightText: KMUni CRM contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# One INTERFACE target carries the project-wide compile settings.
add_library(kmuni_common_cfg INTERFACE)
target_compile_features(kmuni_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(kmuni_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(kmuni_common_cfg INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wshadow=local>)
if(KMUNI_WERROR)
    target_compile_options(kmuni_common_cfg INTERFACE $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror>)
endif()
if(KMUNI_SANITIZE)
    target_compile_options(kmuni_common_cfg INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                      -fno-sanitize-recover=undefined)
    target_link_options(kmuni_common_cfg INTERFACE -fsanitize=address,undefined)
endif()

# kmuni_add_test(<name> SOURCES <files...> LIBS <targets...> [GUI] [SERVER] [KEYRING] [TIMEOUT s])
# One Qt Test executable per class or feature, registered with CTest, run offscreen. KEYRING runs it
# with a system keyring of its own (tests/support/with-keyring.sh).
function(kmuni_add_test name)
    cmake_parse_arguments(arg "GUI;SERVER;KEYRING" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test kmuni_testsupport ${arg_LIBS} kmuni_common_cfg)
    # A test's own code is built for a short build (line tables, light optimisation: a third less time
    # a file); the program's code it tests keeps the build's optimisation and debug information.
    target_compile_options(${name} PRIVATE $<$<AND:$<CONFIG:RelWithDebInfo>,$<CXX_COMPILER_ID:GNU,Clang>>:-O1 -g1>)
    if(arg_KEYRING)
        add_test(NAME ${name} COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;KMUNI_USER=testuser;KMUNI_LANG=en;ASAN_OPTIONS=detect_leaks=0")
    if(arg_SERVER) # a test of the server mode only: always against the throw-away cluster
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED postgresql LABELS server)
        set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT
            "KMUNI_TEST_SERVER=postgresql://testuser@127.0.0.1:${KMUNI_TEST_PG_PORT}/postgres")
    endif()
endfunction()

# Runs the test ${name} (made by kmuni_add_test) a second time against a PostgreSQL server: a
# throw-away cluster the fixture "postgresql" starts (tests/support/pg-cluster.sh), where every
# TempDatabase is a fresh database. CTest name: ${name}.postgresql, label "server".
function(kmuni_add_server_test name)
    add_test(NAME ${name}.postgresql COMMAND ${name} ${ARGN})
    get_test_property(${name} TIMEOUT timeout)
    set_tests_properties(${name}.postgresql PROPERTIES
        TIMEOUT ${timeout}
        FIXTURES_REQUIRED postgresql
        LABELS server
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;KMUNI_USER=testuser;KMUNI_LANG=en;ASAN_OPTIONS=detect_leaks=0;KMUNI_TEST_SERVER=postgresql://testuser@127.0.0.1:${KMUNI_TEST_PG_PORT}/postgres")
endfunction()
