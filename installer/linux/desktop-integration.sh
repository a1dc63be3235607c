#!/bin/sh
# Ships in the Linux packages as /opt/bulkhead/lib/app/desktop-integration.sh; the package's post-install and
# pre-remove scripts call it with `install` or `uninstall`.
# Puts Bulkhead on the PATH, in the desktop menu (Development) and behind a double click on *.bulkhead.json.
# Links rather than copies, so uninstall removes exactly what install made. It links only into directories that
# exist: a server or container without a desktop gets the command only, and nothing is left behind there.
# (jpackage's own menu commands use xdg-desktop-menu, which fails the whole install on a system that has no
# menu directory, such as a server or a container.)
set -e
app=/opt/bulkhead
links="/usr/bin/bulkhead=$app/lib/app/bulkhead-command
/usr/share/applications/bulkhead.desktop=$app/lib/bulkhead-bulkhead.desktop
/usr/share/mime/packages/bulkhead.xml=$app/lib/app/bulkhead-mime.xml"
for size in 16 24 32 48 64 128 256 512; do
  links="$links
/usr/share/icons/hicolor/${size}x${size}/apps/bulkhead.png=$app/lib/app/icons/bulkhead-$size.png"
done

refresh() {
  if command -v update-desktop-database >/dev/null && [ -d /usr/share/applications ]; then update-desktop-database -q /usr/share/applications || true; fi
  if command -v update-mime-database >/dev/null && [ -d /usr/share/mime/packages ]; then update-mime-database /usr/share/mime || true; fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f /usr/share/icons/hicolor/index.theme ]; then gtk-update-icon-cache -q -f /usr/share/icons/hicolor || true; fi
}

case "$1" in
  install)
    echo "$links" | while IFS== read -r link target; do
      if [ -d "$(dirname "$link")" ]; then ln -sf "$target" "$link"; fi
    done
    refresh ;;
  uninstall)
    echo "$links" | while IFS== read -r link target; do
      # Only a link that still points into this package is removed.
      if [ "$(readlink "$link" 2>/dev/null)" = "$target" ]; then rm -f "$link"; fi
    done
    refresh ;;
  *) echo "usage: $0 install|uninstall" >&2; exit 2 ;;
esac
