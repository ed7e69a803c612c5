#!/usr/bin/env bash
# Proves the Linux installer the way a user meets it (called by .ci/run after the tests; runs as root):
# builds it with the README's command, installs the .deb with dpkg -i, starts the installed workstation in its
# screenshot mode under Xvfb and checks the picture, runs the installed `twin`, upgrades over itself (user data
# must survive), uninstalls (user data must survive, the installation must be gone).
# Usage: jpackage/ci-install-test.sh [--no-build [packages folder]]
#        (--no-build: test the packages already in app/target/installer/packages or the given folder)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "installer-test: $*"; }
die() { echo "installer-test: FAILED: $*" >&2; exit 1; }
t0=$SECONDS

# What jpackage needs for a .deb (fakeroot, dpkg-deb) and for the training start and this test (Xvfb).
missing=()
command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "${1:-}" != --no-build ]; then
  say "building the installers: ./mvnw -B -ntp -Pinstaller -DskipTests package"
  xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -ntp -q -Pinstaller -DskipTests package \
    || die "the installer build failed (see above)"
fi
packages=${2:-app/target/installer/packages}
deb=$(ls "$packages"/evtwin_*_amd64.deb 2>/dev/null | head -1)
[ -n "$deb" ] || die "no .deb in $packages"
tarball=$(ls "$packages"/evtwin-*-linux-x64.tar.gz 2>/dev/null | head -1)
[ -n "$tarball" ] || die "no portable .tar.gz in $packages"
say "built $(basename "$deb") ($(du -m "$deb" | cut -f1) MB), $(basename "$tarball") ($(du -m "$tarball" | cut -f1) MB)"

dpkg -r evtwin >/dev/null 2>&1 || true   # a copy left by an interrupted run
# dpkg -i does not fetch dependencies: install the ones the package declares from Debian first.
deps=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/[ (|].*//' | grep -v '^$' || true)
absent=()
for p in $deps; do dpkg -s "$p" >/dev/null 2>&1 || absent+=("$p"); done
if [ ${#absent[@]} -gt 0 ]; then
  say "installing the package's dependencies: ${absent[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${absent[@]}" >/dev/null
fi

# A desktop system has the menu folders xdg-desktop-menu writes to; a bare CI machine lacks them (the package then
# installs without a menu entry), so create them to check the entry is registered.
mkdir -p /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications
dpkg -i "$deb" >/dev/null || die "dpkg -i $deb failed"
[ -x /opt/evtwin/bin/evtwin ] || die "/opt/evtwin/bin/evtwin missing after dpkg -i"
# The launchers are the script that reads the .cfg, not jpackage's native one (which queries dpkg at every start).
head -1 /opt/evtwin/bin/evtwin | grep -qx '#!/bin/bash' || die "/opt/evtwin/bin/evtwin is not the script launcher"
[ "$(readlink /usr/bin/twin)" = /opt/evtwin/bin/twin ] || die "/usr/bin/twin does not point to the installed twin"
desktop=$(dpkg -L evtwin | grep '\.desktop$' | head -1)
grep -q '^Categories=Science;Engineering;' "$desktop" \
  || die "desktop entry $desktop lacks Categories=Science;Engineering;"
[ -f /usr/share/applications/evtwin-evtwin.desktop ] || die "the menu entry was not registered"
say "installed $(dpkg-query -W -f '${Package} ${Version}' evtwin) in /opt/evtwin"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fresh user's XDG folders (Java takes user.home from the password database, not $HOME, so point XDG here).
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
touch "$work/after-install"
sleep 1

# The archive the launcher names: an AOT cache when the runtime is JDK 25+, else a dynamic CDS archive. Either must
# be valid for the installed jars (size and time; see the postinst) and for the installed runtime. (Temurin 25.0.3
# does not compare the jars with an AOT cache, JDK-8377932; see docs/decisions/0008-installer-aot-cache.md.)
if grep -q -- '-XX:AOTCache=\$APPDIR/evtwin.aot' /opt/evtwin/lib/app/evtwin.cfg; then
  kind="AOT cache" archive=/opt/evtwin/lib/app/evtwin.aot must_map="-XX:AOTMode=on"
else
  kind="CDS archive" archive=/opt/evtwin/lib/app/evtwin.jsa must_map="-Xshare:on"
fi
[ -s "$archive" ] || die "the launcher names $archive, which is missing or empty"
check_archive() {
  JAVA_TOOL_OPTIONS="-XX:+PrintSharedArchiveAndExit" /opt/evtwin/bin/evtwin > "$work/cds.log" 2>&1 \
    || { tail -5 "$work/cds.log" >&2; die "$1: the installed $kind is not valid for the installed jars"; }
  grep -q "Reading classpath(s) from $archive" "$work/cds.log" || die "$1: the JVM did not read $archive"
  grep -q '^archive is valid' "$work/cds.log" || die "$1: the JVM did not confirm the $kind"
}
check_archive "after installing"
say "$kind $archive valid for the installed jars"

# The installed workstation, first frames to PNG ($must_map: the JVM stops instead of starting without the archive;
# forceGPU only because JavaFX rejects Xvfb's software OpenGL otherwise and would draw the 2D fallback).
shot="$work/installed.png"
JAVA_TOOL_OPTIONS="$must_map -Dprism.forceGPU=true" \
  timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" /opt/evtwin/bin/evtwin --screenshot "$shot" --frames 30 \
  > "$work/app.log" 2>&1 || { cat "$work/app.log" >&2; die "the installed app did not save its screenshot"; }
[ -s "$shot" ] || die "screenshot $shot missing or empty"
read -r -a b <<< "$(od -An -tu1 -N24 -w24 "$shot")"
[ "${b[0]} ${b[1]} ${b[2]} ${b[3]}" = "137 80 78 71" ] || die "screenshot is not a PNG"
width=$(( (b[16] << 24) | (b[17] << 16) | (b[18] << 8) | b[19] ))
height=$(( (b[20] << 24) | (b[21] << 16) | (b[22] << 8) | b[23] ))
bytes=$(stat -c %s "$shot")
[ "$width" = 1440 ] && [ "$height" = 900 ] || die "screenshot is ${width}x${height}, expected 1440x900"
# A window that rendered nothing compresses to a few kB; the real one is well over 50 kB.
[ "$bytes" -gt 50000 ] || die "screenshot is only $bytes bytes: the window looks empty"
say "installed app rendered its window with the $kind mapped ($must_map): ${width}x${height} PNG, $bytes bytes"

[ -f "$XDG_CONFIG_HOME/evtwin/settings.properties" ] || die "settings not saved in \$XDG_CONFIG_HOME/evtwin"
written=$(find /opt/evtwin -newer "$work/after-install" | head -5)
[ -z "$written" ] || die "the app wrote into the installation: $written"
say "settings in \$XDG_CONFIG_HOME/evtwin; nothing written under /opt/evtwin"

version=$(twin --version) || die "twin --version failed"
case "$version" in "twin $(dpkg-query -W -f '${Version}' evtwin | sed 's/-[0-9]*$//')"*) ;;
  *) die "twin --version printed '$version', not the package version" ;; esac
twin simulate --pack leaf-96s2p --experiment "Discharge at 1C for 2 minutes" --pack-only \
  --out "$work/sim.csv" --json > "$work/sim.json" || die "twin simulate failed: $(cat "$work/sim.json")"
[ "$(wc -l < "$work/sim.csv")" -gt 100 ] || die "twin simulate wrote only $(wc -l < "$work/sim.csv") lines"
say "$version; twin simulate wrote $(wc -l < "$work/sim.csv") lines: $(tail -1 "$work/sim.json" | cut -c1-120)"

# Upgrade over itself: user data stays, the archive is still valid.
dpkg -i "$deb" >/dev/null || die "reinstalling (upgrade) failed"
[ -f "$XDG_CONFIG_HOME/evtwin/settings.properties" ] || die "the upgrade lost the user's settings"
check_archive "after the upgrade"
twin --version >/dev/null || die "twin does not start after the upgrade"

dpkg -r evtwin >/dev/null || die "dpkg -r evtwin failed"
[ ! -e /opt/evtwin ] || die "/opt/evtwin still there after dpkg -r"
[ ! -e /usr/bin/twin ] || die "/usr/bin/twin still there after dpkg -r"
[ ! -e /usr/share/applications/evtwin-evtwin.desktop ] || die "the menu entry is still there after dpkg -r"
[ -f "$XDG_CONFIG_HOME/evtwin/settings.properties" ] || die "uninstalling removed the user's settings"
say "upgrade and uninstall kept the user's data; installation removed; $((SECONDS - t0)) s in all"
