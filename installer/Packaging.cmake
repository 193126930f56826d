# Installation and packages. The version comes from project(VERSION) and nowhere else.
#   Linux:   DEB (dependencies declared, so `apt install ./autocoin_*.deb` pulls in Qt) and TGZ
#   Windows: NSIS installer with Start-menu and desktop shortcuts, and ZIP
#   macOS:   DragNDrop (.dmg) with the app bundle
include(GNUInstallDirs)

set(AUTOCOIN_APP_ID app.autocoin.autocoin)

if(APPLE)
    install(TARGETS autocoin BUNDLE DESTINATION .)
elseif(WIN32)
    install(TARGETS autocoin RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    install(TARGETS autocoin RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Qt's deployment script puts the Qt libraries and plugins (platform, TLS, SQL drivers, image
# formats, SVG) beside the program on Windows and into the bundle on macOS. Linux packages depend
# on the distribution's Qt instead.
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET autocoin FILENAME_VARIABLE autocoin_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${autocoin_deploy_script})
endif()

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/installer/linux/${AUTOCOIN_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${PROJECT_SOURCE_DIR}/installer/linux/${AUTOCOIN_APP_ID}.metainfo.xml
                   ${CMAKE_BINARY_DIR}/${AUTOCOIN_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/${AUTOCOIN_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size IN LISTS AUTOCOIN_ICON_SIZES)
        install(FILES ${CMAKE_BINARY_DIR}/icons/autocoin-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${AUTOCOIN_APP_ID}.png)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/autocoin.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${AUTOCOIN_APP_ID}.svg)
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
    install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
    # Debian wants a compressed changelog and a manual page (gzip -n: no timestamp, reproducible).
    find_program(GZIP gzip)
    if(GZIP)
        foreach(page changelog autocoin.1)
            add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/${page}.gz
                COMMAND ${GZIP} -9nc ${PROJECT_SOURCE_DIR}/installer/linux/${page} > ${CMAKE_BINARY_DIR}/${page}.gz
                DEPENDS ${PROJECT_SOURCE_DIR}/installer/linux/${page})
        endforeach()
        add_custom_target(autocoin_docs ALL DEPENDS ${CMAKE_BINARY_DIR}/changelog.gz ${CMAKE_BINARY_DIR}/autocoin.1.gz)
        install(FILES ${CMAKE_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
        install(FILES ${CMAKE_BINARY_DIR}/autocoin.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endif()
# The translations are compiled into the program (":/i18n"); the sources ship for translators.
install(FILES ${PROJECT_SOURCE_DIR}/translations/autocoin_ko.ts ${PROJECT_SOURCE_DIR}/translations/autocoin_en.ts
        DESTINATION ${CMAKE_INSTALL_DATADIR}/autocoin/translations)

set(CPACK_PACKAGE_NAME autocoin)
set(CPACK_PACKAGE_VENDOR "the autocoin developers")
set(CPACK_PACKAGE_CONTACT "autocoin developers <dev@autocoin.app>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY autocoin)
set(CPACK_PACKAGE_EXECUTABLES autocoin autocoin)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_DISPLAY_NAME autocoin)
    set(CPACK_NSIS_PACKAGE_NAME autocoin)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\autocoin.exe)
    set(CPACK_NSIS_MUI_ICON ${CMAKE_BINARY_DIR}/icons/autocoin.ico)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_CREATE_ICONS_EXTRA
        "CreateShortCut '$DESKTOP\\\\autocoin.lnk' '$INSTDIR\\\\bin\\\\autocoin.exe'")
    set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$DESKTOP\\\\autocoin.lnk'")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME autocoin)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Qt, QtKeychain, libc… from the linked libraries
    # Plugins are not linked, so dpkg-shlibdeps cannot see them: the platform plugin, the SQLite
    # and PostgreSQL drivers, SVG icons.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n, fonts-noto-cjk")
    # The body under the summary (CPACK_PACKAGE_DESCRIPTION_SUMMARY), lines under 80 columns.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "autocoin trades the KRW markets of Upbit and Bithumb with an EMA crossover
strategy, an RSI filter and ATR risk management. Paper trading is the
default; live orders need an explicit confirmation. Backtests run the same
strategy, risk and execution code as live trading.")
endif()

include(CPack)
