# CPack settings. On Linux `cpack -G DEB` in a build directory makes hoist_<version>_<arch>.deb;
# scripts/package.sh does it for a release build configured with -DCMAKE_INSTALL_PREFIX=/usr, so that
# the README path compiled into Help → About Hoist is where the package puts it.

set(HOIST_PACKAGE_MAINTAINER "Hoist developers <dev@hoist.invalid>"
    CACHE STRING "Who answers for the package: a name and a mail address (the Debian Maintainer field)")

set(CPACK_PACKAGE_NAME hoist)
set(CPACK_PACKAGE_VENDOR "The Hoist developers")
set(CPACK_PACKAGE_CONTACT "${HOIST_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines stay under 80 characters: the Debian description shows them as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
       "Hoist uploads files to web media libraries through their HTTP"
       "multipart/form-data APIs: Xibo CMS, Squidex, Qualtrics, Mayan EDMS and"
       "Django REST endpoints. Each upload is right by construction: the file part"
       "gets its filename and its own Content-Type, text fields are plain parts,"
       "and a preflight check looks at the file and the request before anything"
       "is sent."
       ""
       "The desktop app queues files and folders, shows exactly what is sent and"
       "what the server answered, and keeps a history; the hoist command uploads"
       "from scripts. Secrets stay in the system keychain.")
set(CPACK_STRIP_FILES TRUE)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HOIST_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # The linked libraries come from dpkg-shlibdeps; these are loaded at run time without being linked:
    # the SQLite driver of the history, the SVG icon engine of the toolbar icons, Qt's own
    # translations (buttons, file dialogs) and the libsecret that QtKeychain opens for the
    # Secret Service.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0, qt6-translations-l10n")
    # A keychain to keep the secrets in (as QtKeychain recommends), and xdg-open, which Qt starts to
    # show a folder in the file manager or a result URL in the browser.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, xdg-utils")
    # Used when present: a native Wayland window (else Qt falls back to XWayland), and previews of
    # WebP, TIFF and other images beyond the PNG, JPEG, GIF and SVG that the dependencies read.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland, qt6-image-formats-plugins")

    # A Debian package's changelog and copyright, in the formats lintian checks.
    set(hoist_changelog "${PROJECT_BINARY_DIR}/packaging/changelog")
    add_custom_command(OUTPUT "${hoist_changelog}.gz"
        COMMAND "${CMAKE_COMMAND}" -E copy "${PROJECT_SOURCE_DIR}/packaging/debian/changelog" "${hoist_changelog}"
        COMMAND gzip -9nf "${hoist_changelog}"
        DEPENDS "${PROJECT_SOURCE_DIR}/packaging/debian/changelog"
        COMMENT "Compressing the package changelog" VERBATIM)
    add_custom_target(hoist_changelog ALL DEPENDS "${hoist_changelog}.gz")
    install(FILES "${hoist_changelog}.gz" "${PROJECT_SOURCE_DIR}/packaging/debian/copyright"
            DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()

include(CPack)
