# What a package installs besides the two programs and the examples (app/CMakeLists.txt): desktop
# integration on Linux, the licence and the documentation everywhere. Included by CPackConfig.cmake.
# The translations need no rule: the build embeds spokewise_zh_CN.qm in the designer (:/i18n), and
# Qt's own qtbase_zh_CN.qm comes from the system's Qt (qt6-translations-l10n) or windeployqt/macdeployqt.
include(GNUInstallDirs)

# Release date shown by software centres (AppStream); update it with PROJECT_VERSION.
set(SPOKEWISE_RELEASE_DATE "2026-11-22")

set(spokewise_docdir "${CMAKE_INSTALL_DATADIR}/doc/spokewise")

if(UNIX AND NOT APPLE)
    set(linux_dir "${CMAKE_CURRENT_LIST_DIR}/linux")
    install(FILES "${linux_dir}/io.spokewise.Spokewise.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    configure_file("${linux_dir}/io.spokewise.Spokewise.metainfo.xml"
        "${PROJECT_BINARY_DIR}/installer/io.spokewise.Spokewise.metainfo.xml" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/installer/io.spokewise.Spokewise.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${linux_dir}/io.spokewise.Spokewise.mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME "io.spokewise.Spokewise.xml")
    foreach(size 16 32 48 64 128 256)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app/hicolor/${size}x${size}/apps/spokewise.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app/spokewise.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    install(FILES "${linux_dir}/spokewise-cli.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    # Debian keeps the licence as /usr/share/doc/<package>/copyright.
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${spokewise_docdir}" RENAME copyright)
else()
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${spokewise_docdir}")
endif()

# The About box links the installed user guide (app/designer/about.cpp looks for it here).
install(FILES
    "${PROJECT_SOURCE_DIR}/README.md"
    "${PROJECT_SOURCE_DIR}/docs/user-guide.md"
    "${PROJECT_SOURCE_DIR}/docs/cli.md"
    "${PROJECT_SOURCE_DIR}/docs/file-format.md"
    "${PROJECT_SOURCE_DIR}/docs/routing.md"
    "${PROJECT_SOURCE_DIR}/docs/cost.md"
    "${PROJECT_SOURCE_DIR}/docs/install.md"
    DESTINATION "${spokewise_docdir}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/images/" DESTINATION "${spokewise_docdir}/images")

# Windows and macOS have no system Qt: Qt's deploy script (Qt 6.4 supports these two platforms; it
# runs windeployqt / macdeployqt) copies the Qt libraries, plugins and translations the designer
# needs next to it at install time, so the NSIS, WiX and DragNDrop packages carry them.
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET spokewise FILENAME_VARIABLE spokewise_deploy_script)
    install(SCRIPT "${spokewise_deploy_script}")
endif()
if(APPLE)
    # In the bundle, the designer looks for its examples at Contents/MacOS/../share (default_design.cpp).
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/examples/"
        DESTINATION "spokewise.app/Contents/${CMAKE_INSTALL_DATADIR}/spokewise/examples"
        FILES_MATCHING PATTERN "*.spokewise.json")
endif()
