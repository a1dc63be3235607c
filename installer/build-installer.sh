#!/usr/bin/env bash
# Builds Bulkhead's native packages for the platform it runs on, with a Java runtime trimmed by jlink:
#   Linux:   target/installer/bulkhead_VERSION_ARCH.deb, bulkhead-VERSION.ARCH.rpm (where rpmbuild exists)
#            and the app image target/installer/bulkhead/ (runs from where it lies, no install)
#   macOS:   target/installer/Bulkhead-VERSION.dmg
#   Windows: target/installer/Bulkhead-VERSION.msi (needs the WiX Toolset 3 on the PATH), from Git Bash
# Usage: installer/build-installer.sh [TYPE...]   TYPE: app-image deb rpm (Linux), dmg pkg (macOS), msi exe
#        (Windows); without one it builds the platform's usual ones. See installer/README.md.
# Environment: JAVA_HOME  a JDK 17+ with jlink, jpackage and its jmods (default: the `java` on the PATH's JDK)
#              SKIP_BUILD=1  reuse target/ from an earlier `mvn package` instead of running Maven again
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { echo "build-installer: $*" >&2; exit 2; }
need() { command -v "$1" >/dev/null || die "$1 not found; $2"; }

# --- The platform, its JavaFX classifier and its default package types -----------------------------------------
case "$(uname -s)" in
  Linux)   os=linux; types_default="app-image deb"; command -v rpmbuild >/dev/null && types_default+=" rpm" ;;
  Darwin)  os=mac;   types_default="dmg" ;;
  MINGW*|MSYS*|CYGWIN*) os=win; types_default="msi" ;;
  *) die "unsupported system $(uname -s)" ;;
esac
arch=$(uname -m)
types=${*:-$types_default}

# --- The JDK -----------------------------------------------------------------------------------------------------
if [ -z "${JAVA_HOME:-}" ]; then
  need java "install a JDK 17+ (Debian: apt-get install -y openjdk-17-jdk)"
  JAVA_HOME=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
fi
for tool in java jdeps jlink jpackage; do
  [ -x "$JAVA_HOME/bin/$tool" ] || [ -x "$JAVA_HOME/bin/$tool.exe" ] || die "$JAVA_HOME has no bin/$tool; set JAVA_HOME to a full JDK 17+"
done
# jlink links from the JDK's jmods (JDKs before 24 cannot link from the running image).
[ -d "$JAVA_HOME/jmods" ] || die "$JAVA_HOME has no jmods/; install the JDK's jmods (Debian: apt-get install -y openjdk-17-jmods)"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
if [ "$os" = linux ]; then
  need rsvg-convert "install librsvg2-bin (apt-get install -y librsvg2-bin)"
  case " $types " in *" deb "*) need dpkg-deb "install dpkg-dev"; need fakeroot "install fakeroot (apt-get install -y fakeroot)" ;; esac
  case " $types " in *" rpm "*) need rpmbuild "install rpm (apt-get install -y rpm)" ;; esac
fi

# --- 1. The jar, its libraries and the pom's metadata ----------------------------------------------------------
if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -B -q -DskipTests package
fi
[ -f target/bulkhead.jar ] && [ -f target/packaging/package.properties ] || die "target/bulkhead.jar is missing; run 'mvn package'"
prop() { sed -n "s/^$1=//p" target/packaging/package.properties; }
name=$(prop name); description=$(prop description); vendor=$(prop vendor); homepage=$(prop homepage)
license=$(prop license)
# Native package versions are numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0.
version=$(prop version | sed 's/-.*//')
echo "build-installer: $name $version ($license, $vendor, $homepage) for $os/$arch: $types"

work=target/packaging
out=target/installer
rm -rf "$work/javafx" "$work/runtime" "$work/input" "$work/image" "$out"
mkdir -p "$work/javafx" "$work/input/lib" "$out"

# JavaFX comes as Maven jars with the platform's classifier (javafx-graphics-21.0.11-linux.jar, ...), which
# Maven resolved for this platform into target/lib. They are modular jars: they go on jlink's module path, so the
# runtime holds them as named modules, and their native libraries are copied into the runtime's lib/ (bin/ on
# Windows), where JavaFX looks first, as the JavaFX jmods would put them.
cp target/lib/javafx-*-"$os"*.jar "$work/javafx/" 2>/dev/null || die "no JavaFX jars for $os in target/lib"
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$work/input/lib/" ;; esac
done
cp target/bulkhead.jar "$work/input/"
cp -r sample-models "$work/input/sample-models"

# --- 2. The modules the app needs (jdeps) and a runtime of only those (jlink) -----------------------------------
classpath=$(find "$work/input/lib" -name '*.jar' | sort | paste -sd "$( [ "$os" = win ] && echo ';' || echo ':')" -)
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$work/javafx" --class-path "$classpath" target/bulkhead.jar)
# Not named in code, so jdeps does not list them: jdk.unsupported (sun.misc.Unsafe, which JavaFX and Jackson's
# Blackbird reach reflectively) and jdk.charsets (model files in a legacy encoding). jdk.localedata is left out on
# purpose (it is 20 MB of locales): the UI is English, and java.base's English and root locale data cover it.
modules="$modules,jdk.unsupported,jdk.charsets"
echo "$modules" > "$work/modules.txt"
echo "build-installer: jlink modules: $modules"
jlink --module-path "$JAVA_HOME/jmods$( [ "$os" = win ] && echo ';' || echo ':')$work/javafx" --add-modules "$modules" \
  --output "$work/runtime" --strip-debug --no-header-files --no-man-pages --generate-cds-archive
# bin/java stays until the AppCDS training run (step 5) has used it. The base CDS archive for heaps over 32 GB
# (classes_nocoops.jsa, 11 MB) can never be used under the launcher's -Xmx2g.
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"
natlib=lib; [ "$os" = win ] && natlib=bin
for jar in "$work"/javafx/*.jar; do
  natives=$(jar tf "$jar" | grep -E '\.(so|dylib|dll)$' || true)
  [ -z "$natives" ] || (cd "$work/runtime/$natlib" && jar xf "$OLDPWD/$jar" $natives)
done

# --- 3. Icons ----------------------------------------------------------------------------------------------------
if [ "$os" = linux ]; then installer/icons.sh; else command -v rsvg-convert >/dev/null && installer/icons.sh; fi
case "$os" in linux) icon=target/icons/bulkhead-256.png ;; mac) icon=target/icons/bulkhead.icns ;; win) icon=target/icons/bulkhead.ico ;; esac
[ -f "$icon" ] || die "no icon $icon; install librsvg (rsvg-convert) to render assets/icon/bulkhead.svg"
if [ "$os" = linux ]; then
  # The PNG sizes for the hicolor icon theme and the script that links them, the menu entry, the MIME type and
  # the command into the system (called by the package's postinst/prerm or %post/%preun; see installer/linux/),
  # and the `bulkhead` command that picks the desktop app's launcher or the command line's.
  mkdir -p "$work/input/icons"
  cp target/icons/bulkhead-*.png "$work/input/icons/"
  cp installer/linux/desktop-integration.sh installer/linux/bulkhead-mime.xml installer/linux/bulkhead-command installer/daemon-client.bash "$work/input/"
fi

# --- 4. The app image: jpackage's launcher, the runtime, the jars ----------------------------------------------
# Linux package and launcher names are lower case (Debian requires it and a shell user types `bulkhead`).
app=$name; [ "$os" = linux ] && app=$(echo "$name" | tr '[:upper:]' '[:lower:]')
common=(--name "$app" --app-version "$version" --vendor "$vendor" --description "$description"
        --icon "$icon" --dest "$work/image")
java_options=(--java-options "-Xmx2g"
              # AppCDS (step 5): classes of the command line come mapped from this archive instead of parsed
              # from the jars; a JVM that cannot use it (moved app, other JVM) goes on without it, silently.
              --java-options "-XX:SharedArchiveFile=\$APPDIR/bulkhead.jsa"
              --java-options "-Xshare:auto"
              # ... and without a word on stderr, which the command line's output must not carry.
              --java-options "-Xlog:cds=off,cds+dynamic=off")
# A second launcher, bulkhead-cli, runs commands with JVM options for a short process (C1 only, serial GC; see
# installer/cli-launcher.properties): with the main launcher's a 300-tenant compare took 1.7 times as long.
# On Windows bulkhead-cli.exe is the console program (win-console=true there), so the desktop app's launcher is
# not one: a double click opens no console window next to the app's. A third, bulkhead-daemon, is the resident
# process that `bulkhead` sends commands to (installer/daemon-launcher.properties, installer/daemon-client.bash).
jpackage --type app-image "${common[@]}" "${java_options[@]}" --runtime-image "$work/runtime" \
  --input "$work/input" --main-jar bulkhead.jar --main-class "$(prop mainClass)" \
  --add-launcher bulkhead-cli=installer/cli-launcher.properties \
  --add-launcher bulkhead-daemon=installer/daemon-launcher.properties

# --- 5. The AppCDS archive, made with the app at the path it is installed at -------------------------------------
# A JDK 17 dynamic CDS archive is used only when the class path is the one it was made with, path for path (and
# with the same jar sizes and times), so the training run must see the app at its installed path. The training
# is `compare` on a sample, which loads everything `validate` and `compare` use, run by the image's own java with
# the launcher's class path, read from its .cfg. On Linux as root, the app image is bind-mounted at /opt/bulkhead
# in a private mount namespace (a tmpfs over /opt that only this command sees; the machine's /opt is untouched).
# Otherwise the archive is made for the image where it lies: the app image then starts with it, an installed copy
# starts without it (the JVM ignores an archive whose class path differs, silently).
train() { # APPROOT: where the image is seen; writes APPROOT's app dir/bulkhead.jsa
  local root=$1 dir java cp
  case "$os" in
    linux) dir=$root/lib/app; java=$root/lib/runtime/bin/java ;;
    mac)   dir=$root/Contents/app; java=$root/Contents/runtime/Contents/Home/bin/java ;;
    win)   dir=$root/app; java=$root/runtime/bin/java ;;
  esac
  cp=$(sed -n 's/^app.classpath=//p' "$dir/$app.cfg" | sed "s|\$APPDIR|$dir|" | paste -sd "$( [ "$os" = win ] && echo ';' || echo ':')" -)
  "$java" -Xmx2g -Xshare:auto -XX:ArchiveClassesAtExit="$dir/bulkhead.jsa" -cp "$cp" "$(prop mainClass)" \
    compare "$dir/sample-models/ai-agent-saas.bulkhead.json" >/dev/null
}
case "$os" in
  linux) image="$work/image/$app"; appdir="$image/lib/app"; runtime_bin="$image/lib/runtime/bin"; install_dir=/opt/$app ;;
  mac)   image="$work/image/$app.app"; appdir="$image/Contents/app"; runtime_bin="$image/Contents/runtime/Contents/Home/bin"; install_dir="/Applications/$app.app" ;;
  win)   image="$work/image/$app"; appdir="$image/app"; runtime_bin="$image/runtime/bin"; install_dir="C:/Program Files/$app" ;;
esac
# The archive also records each jar's modification time; copies (jpackage's, the packages') get them set back to
# this one fixed time: the last commit's, or SOURCE_DATE_EPOCH.
jar_mtime=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
find "$appdir" -name '*.jar' -exec touch -d "@$jar_mtime" {} +
if [ "$os" = linux ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
  unshare --mount --propagation private bash -c "set -euo pipefail; mount -t tmpfs tmpfs /opt; mkdir /opt/$app
    mount --bind '$PWD/$image' /opt/$app; $(declare -f train prop); os=$os app=$app; train /opt/$app"
  echo "build-installer: AppCDS archive made for the install path $install_dir"
else
  [ "$os" = linux ] && echo "build-installer: not root: the AppCDS archive fits the app image in place, not $install_dir" >&2
  train "$PWD/$image"
fi
[ -f "$appdir/bulkhead.jsa" ] || die "the AppCDS training run wrote no archive"
# The launcher does not need the runtime's commands (java, keytool); jpackage leaves them out by default too.
rm -rf "$runtime_bin"

# --- 6. The packages -----------------------------------------------------------------------------------------------
resources=$work/resources
rm -rf "$resources" && cp -r installer/linux "$resources"
sed -i "s/BULKHEAD_JAR_MTIME/$jar_mtime/" "$resources/bulkhead.spec"
for type in $types; do
  if [ "$type" = app-image ]; then
    cp -rp "$image" "$out/"
    continue
  fi
  args=(--type "$type" "${common[@]}" --app-image "$image" --about-url "$homepage"
        --file-associations installer/bulkhead-model.properties --license-file installer/LICENSE-NOTICE.txt)
  case "$os" in
    linux) args+=(--linux-shortcut --linux-menu-group Development --linux-app-category devel
                  --linux-deb-maintainer "packages@${homepage#https://}" --linux-rpm-license-type "$license"
                  --resource-dir "$resources") ;;
    mac)   args+=(--mac-package-identifier dev.bulkhead.app) ;;
    win)   args+=(--win-menu --win-menu-group "$vendor" --win-shortcut --win-dir-chooser
                  --win-upgrade-uuid 8f0d3d4e-4b8a-4c2e-9d53-5b1d3c0b7a15) ;;
  esac
  # JavaFX opens GTK 3 with dlopen, so jpackage's dependency scan (ldd) cannot see it, and on a machine
  # without it, it cannot name the package: the window would fail with "Unable to load glass GTK library".
  case "$type" in deb) args+=(--linux-package-deps libgtk-3-0) ;; rpm) args+=(--linux-package-deps gtk3) ;; esac
  jpackage "${args[@]}" --dest "$out"
  if [ "$type" = deb ]; then
    # jpackage copied the jars with new times, so the .deb is unpacked, its jars set back to $jar_mtime, and packed
    # again: dpkg installs files with the times the package holds, and the AppCDS archive then fits.
    deb=$(ls "$out"/*.deb) raw=$work/deb-raw
    rm -rf "$raw" && dpkg-deb -R "$deb" "$raw"
    find "$raw/opt/$app/lib/app" -name '*.jar' -exec touch -d "@$jar_mtime" {} +
    fakeroot dpkg-deb -Zxz --build "$raw" "$deb" >/dev/null
    rm -rf "$raw"
  fi
done
echo "build-installer: written to $out/:"
ls -l "$out"
