#!/usr/bin/env bash
# Renders Bulkhead's icon from its SVG source (assets/icon/bulkhead.svg) into target/icons/: PNGs at the sizes
# Linux desktops look up (hicolor theme), bulkhead.ico for Windows and bulkhead.icns for macOS.
# Needs rsvg-convert (Debian: librsvg2-bin; macOS: brew install librsvg) and a JDK.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v rsvg-convert >/dev/null || { echo "icons.sh: rsvg-convert not found; install librsvg2-bin (apt-get install -y librsvg2-bin)" >&2; exit 2; }
out=target/icons
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" assets/icon/bulkhead.svg --output "$out/bulkhead-$size.png"
done
java installer/IconFiles.java "$out"
echo "icons.sh: wrote $out/bulkhead-{16..512}.png, bulkhead.ico, bulkhead.icns"
