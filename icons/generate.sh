#!/usr/bin/env bash
# Renders the application icon from its one source artwork (src/main/svg/app-icon.svg) into every size and
# format the app and the installers use, and records the artwork's checksum so a test can tell when the
# committed renditions are older than the artwork.
#
# Needs (Debian/Ubuntu): apt-get install -y --no-install-recommends librsvg2-bin imagemagick icnsutils
# Run from anywhere: icons/generate.sh   (then commit the changed files)
#
# Outputs:
#   src/main/resources/io/servicecatalog/console/icons/app-<size>.png   16..1024 px, class-path resources
#   src/main/installer/app.ico    Windows (16, 24, 32, 48, 64, 128, 256)
#   src/main/installer/app.icns   macOS   (16, 32, 48, 128, 256, 512, 1024)
#   src/main/installer/app.png    Linux desktop entry / jpackage --icon (512)
#   src/main/svg/app-icon.svg.sha256
set -euo pipefail
cd "$(dirname "$0")"

svg=src/main/svg/app-icon.svg
png_dir=src/main/resources/io/servicecatalog/console/icons
installer_dir=src/main/installer
# Debian's /usr/bin/convert is ImageMagick; an unrelated `convert` earlier on PATH must not win.
magick=/usr/bin/convert

for tool in rsvg-convert "$magick" png2icns sha256sum; do
  command -v "$tool" >/dev/null || {
    echo "generate.sh: $tool is missing. Install librsvg2-bin imagemagick icnsutils." >&2
    exit 1
  }
done

mkdir -p "$png_dir" "$installer_dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$work/raw-$size.png"
  # -strip drops timestamps and other chunks so that re-running the script gives identical files;
  # PNG32 keeps every size RGBA (icon loaders differ on palette PNGs).
  "$magick" "$work/raw-$size.png" -strip "PNG32:$png_dir/app-$size.png"
done

"$magick" $(for s in 16 24 32 48 64 128 256; do echo "$png_dir/app-$s.png"; done) "$installer_dir/app.ico"
png2icns "$installer_dir/app.icns" $(for s in 16 32 48 128 256 512 1024; do echo "$png_dir/app-$s.png"; done) >/dev/null
cp "$png_dir/app-512.png" "$installer_dir/app.png"

(cd src/main/svg && sha256sum app-icon.svg > app-icon.svg.sha256)
echo "generate.sh: icons written from $svg"
