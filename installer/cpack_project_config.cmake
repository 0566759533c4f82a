# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE). The .deb installs into /usr; the
# .tar.gz holds the same tree without the /usr prefix (bin/, share/), so it can be unpacked into
# /usr/local, /opt/spokewise or a home directory and run from there, with the system's Qt 6.4.
if(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/")
endif()
