# Packaging: `cpack` in a Release build directory. The generators follow the platform:
#   Linux    DEB (spokewise_<version>_amd64.deb, for Debian 12's Qt) and TGZ (the same tree)
#   Windows  NSIS (.exe installer) and WIX (.msi), with the Qt runtime from Qt's deploy script
#   macOS    DragNDrop (.dmg holding Spokewise.app), with the Qt runtime from Qt's deploy script
# docs/install.md says what gets installed where; scripts/test-install.sh builds and checks the .deb.
# Included from the top-level CMakeLists.txt after app/.
include(GNUInstallDirs)
include("${CMAKE_CURRENT_LIST_DIR}/install_rules.cmake")

set(CPACK_PACKAGE_NAME "spokewise")
set(CPACK_PACKAGE_VENDOR "Spokewise")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Spokewise is an offline desktop designer for Azure hybrid networks: hub and spoke, VPN, ExpressRoute, \
Azure Firewall, Route Server and Virtual WAN. It computes design-time effective routes and reachability \
with the reasons, and estimates the monthly cost. spokewise-cli checks designs without a display.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Spokewise maintainers <maintainers@spokewise.example>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Spokewise")
set(CPACK_PACKAGE_EXECUTABLES "spokewise;Spokewise")
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_STRIP_FILES ON)
# Per-generator settings that must differ between DEB and TGZ (see the file).
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/cpack_project_config.cmake")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;WIX")
    # NSIS: a Start-menu shortcut to the designer, an uninstaller, and the licence page.
    set(CPACK_NSIS_DISPLAY_NAME "Spokewise ${PROJECT_VERSION}")
    set(CPACK_NSIS_PACKAGE_NAME "Spokewise")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\spokewise.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # WiX needs a fixed upgrade code so that a newer .msi replaces an older one; never change it.
    set(CPACK_WIX_UPGRADE_GUID "6D3C2B1E-5A4F-4E8B-9C7D-2F1A0B3E4C5D")
    set(CPACK_WIX_PRODUCT_NAME "Spokewise")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "Spokewise")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Spokewise ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDBZ")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

    # Debian: library dependencies come from dpkg-shlibdeps (libqt6svg6, which also holds the SVG
    # icon engine, among them). Qt loads its platform plugins (xcb, wayland, offscreen) at run time,
    # so shlibdeps cannot see those.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    # Chinese for Qt's own buttons and dialogs (qtbase_zh_CN.qm); Spokewise's texts are built in.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # The archive unpacks into one folder named like the package.
    set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()

include(CPack)
