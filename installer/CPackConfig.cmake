# Packaging: `cpack` in a Release build directory makes a .deb and a .tar.gz of the designer,
# spokewise-cli and the example designs. Included from the top-level CMakeLists.txt after app/;
# a later issue adds the desktop entry, icons and the price catalog.
include(GNUInstallDirs)

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
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

# Debian: library dependencies come from dpkg-shlibdeps; Qt's platform plugins are loaded at run
# time, so shlibdeps cannot see them.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# The archive unpacks into one folder named like the package.
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)

include(CPack)
