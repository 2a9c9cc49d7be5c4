# SPDX-License-Identifier: Apache-2.0
# cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DSTAGE=... -DAPP_ID=... -DVERSION=... -P StageInstall.cmake
# Installs the "desktop" component into STAGE and checks that every file a desktop and a software
# centre look for is where they look, that the PNG icon is 256x256, and that the newest release of
# the metainfo and of the Debian changelog is the project's version (a version bump without
# release notes fails here).
foreach(var BUILD_DIR SOURCE_DIR STAGE APP_ID VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "StageInstall.cmake: -D${var}=... is missing")
    endif()
endforeach()

file(REMOVE_RECURSE "${STAGE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --component desktop --prefix "${STAGE}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install of the desktop component failed (${rc})")
endif()

set(expected
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/icons/hicolor/256x256/apps/${APP_ID}.png
    share/doc/foremast-designer/copyright
    share/doc/foremast-designer/changelog.gz
    share/man/man1/foremast-designer.1.gz
    share/foremast-designer/examples/forrest-core/.foremast-designer.json
    share/foremast-designer/examples/forrest-core/runway/pipeline.json
    share/foremast-designer/examples/forrest-core/runway/application-master-dev.json
    share/foremast-designer/examples/forrest-core/runway/application-master-stage.json
    share/foremast-designer/examples/forrest-core/runway/application-master-prod.json)
set(failures "")
foreach(path IN LISTS expected)
    if(NOT EXISTS "${STAGE}/${path}")
        string(APPEND failures "  missing: ${path}\n")
    endif()
endforeach()

# PNG: 8-byte signature, then the IHDR chunk (length, type) whose data opens with width and height.
set(png "${STAGE}/share/icons/hicolor/256x256/apps/${APP_ID}.png")
if(EXISTS "${png}")
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 16 size)
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT size STREQUAL "0000010000000100")
        string(APPEND failures "  ${APP_ID}.png is not a 256x256 PNG (header ${header})\n")
    endif()
endif()

set(desktop "${STAGE}/share/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
    file(STRINGS "${desktop}" icon REGEX "^Icon=")
    if(NOT icon STREQUAL "Icon=${APP_ID}")
        string(APPEND failures "  the desktop file says '${icon}', the icons are named ${APP_ID}\n")
    endif()
endif()

set(metainfo "${STAGE}/share/metainfo/${APP_ID}.metainfo.xml")
if(EXISTS "${metainfo}")
    file(READ "${metainfo}" xml)
    if(NOT xml MATCHES "<release version=\"([^\"]+)\"")
        string(APPEND failures "  the metainfo lists no release\n")
    elseif(NOT CMAKE_MATCH_1 STREQUAL VERSION)
        string(APPEND failures "  the metainfo's newest release is ${CMAKE_MATCH_1}, the project is ${VERSION}: add a <release>\n")
    endif()
    if(NOT xml MATCHES "<launchable type=\"desktop-id\">${APP_ID}\\.desktop</launchable>")
        string(APPEND failures "  the metainfo does not launch ${APP_ID}.desktop\n")
    endif()
endif()

file(STRINGS "${SOURCE_DIR}/packaging/changelog" top LIMIT_COUNT 1)
if(NOT top MATCHES "^foremast-designer \\(([^)]+)\\)")
    string(APPEND failures "  packaging/changelog does not start with an entry: '${top}'\n")
elseif(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    string(APPEND failures "  packaging/changelog's newest entry is ${CMAKE_MATCH_1}, the project is ${VERSION}: add an entry\n")
endif()

if(failures)
    message(FATAL_ERROR "The installed tree in ${STAGE} is wrong:\n${failures}")
endif()
message(STATUS "Installed tree in ${STAGE} is complete")
