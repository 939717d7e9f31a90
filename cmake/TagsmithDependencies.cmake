# Every dependency comes from Debian 12 packages (see scripts/setup.sh).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Sql Widgets Test Concurrent LinguistTools)
find_package(OpenCV 4.6 REQUIRED COMPONENTS core imgproc imgcodecs dnn)
find_package(PkgConfig REQUIRED)
pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET libavformat libavcodec libavutil libswscale)
pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler-qt6)
pkg_check_modules(EXIV2 REQUIRED IMPORTED_TARGET exiv2)
pkg_check_modules(LIBHEIF REQUIRED IMPORTED_TARGET libheif)
